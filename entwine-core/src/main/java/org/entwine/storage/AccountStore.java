package org.entwine.storage;

import java.util.List;
import java.util.Optional;
import org.entwine.registry.Entry;

/**
 * The accounts of a shared store and their API tokens. Each change is written to the import log
 * (the audit trail) in the same transaction.
 */
public interface AccountStore {
  Optional<Account> account(String name);

  /** Every account, by name. */
  List<Account> accounts();

  /** Stores a new account, or a new version of a stored one (same name). */
  void saveAccount(Account account, Entry entry);

  /** Stores an API token for {@code account}, by its hash (the token itself is never kept). */
  void addToken(String tokenHash, String account, String label, Entry entry);

  /** The account an API token's hash belongs to. */
  Optional<String> tokenAccount(String tokenHash);
}
