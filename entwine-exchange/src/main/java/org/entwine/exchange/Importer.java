package org.entwine.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.entwine.registry.Entry;
import org.entwine.registry.Problem;
import org.entwine.registry.ReferenceCheck;
import org.entwine.registry.Registry;
import org.entwine.registry.RegistryStore;
import org.entwine.source.Provenance;

/**
 * Imports exchange files into a store, whole or not at all: the files are read and checked against
 * what is stored before anything is written, and the store writes the batch in one transaction.
 */
public final class Importer {
  private final RegistryStore store;
  private final boolean fromRequest;

  /** What is stored: read from the store, unless the caller keeps it (a server does). */
  private final java.util.function.Supplier<Registry> stored;

  /** What the last import or replacement stored (empty before any). */
  private Registry last = Registry.empty();

  public Importer(RegistryStore store) {
    this(store, false, store::load);
  }

  private Importer(
      RegistryStore store, boolean fromRequest, java.util.function.Supplier<Registry> stored) {
    this.store = store;
    this.fromRequest = fromRequest;
    this.stored = stored;
  }

  /**
   * An importer of documents a server received: they may not name files to open nor say who entered
   * their records ({@link RegistryReader#RegistryReader(org.entwine.framework.LevelVocabulary,
   * Provenance, boolean)}).
   */
  public static Importer ofRequests(RegistryStore store) {
    return new Importer(store, true, store::load);
  }

  /**
   * The same, checking against the registry the server keeps (it holds what the store holds) rather
   * than reading it.
   */
  public static Importer ofRequests(
      RegistryStore store, java.util.function.Supplier<Registry> stored) {
    return new Importer(store, true, stored);
  }

  /** Imports {@code files}; returns how many records were stored. */
  public int importFiles(List<Path> files, String enteredBy) {
    return write(files, enteredBy, false, null);
  }

  /**
   * The same, logged as coming from {@code origin} (files read from a copy: where the originals
   * are).
   */
  public int importFiles(List<Path> files, String enteredBy, String origin) {
    return write(files, enteredBy, false, origin);
  }

  /**
   * Stores {@code files}' records as new versions of stored records of the same kind and id (the
   * earlier versions are kept); returns how many were replaced. Checked as an import is, except
   * that each record must replace one.
   */
  public int replaceFiles(List<Path> files, String enteredBy) {
    return write(files, enteredBy, true, null);
  }

  /**
   * The records the last import or replacement stored: what a server must forget the answers about.
   */
  public Registry stored() {
    return last;
  }

  private int write(List<Path> files, String enteredBy, boolean replace, String givenOrigin) {
    Registry stored = this.stored.get();
    Provenance provenance = new Provenance(enteredBy, Instant.now());
    Batch batch = new RegistryReader(stored.vocabulary(), provenance, fromRequest).read(files);
    String origin =
        givenOrigin != null
            ? givenOrigin
            : files.stream().map(Path::toString).collect(Collectors.joining(", "));
    return write(batch, stored, files.get(0), Entry.of(origin, enteredBy), replace);
  }

  /**
   * Stores a batch already read ({@code replace}: as new versions of stored records), checked
   * against what is stored first; {@code file} names it in a message that has no line. Returns how
   * many records were stored.
   */
  public int write(Batch batch, Path file, String origin, String enteredBy, boolean replace) {
    return write(batch, stored.get(), file, Entry.of(origin, enteredBy), replace);
  }

  /** As {@link #write(Batch, Path, String, String, boolean)}, under {@code entry}. */
  public int write(Batch batch, Path file, Entry entry, boolean replace) {
    return write(batch, stored.get(), file, entry, replace);
  }

  private int write(Batch batch, Registry stored, Path file, Entry entry, boolean replace) {
    List<ExchangeProblem> problems = problems(stored, batch, replace);
    if (!problems.isEmpty()) throw new ExchangeException(problems);
    last = batch.registry();
    try {
      if (replace) store.replace(batch.registry(), entry);
      else store.add(batch.registry(), entry);
    } catch (RegistryStore.DuplicateObservations e) {
      throw new ExchangeException(
          new ExchangeProblem(
              file,
              0,
              "observations",
              "gives "
                  + e.getMessage()
                  + ": one indicator has one value per pair and period (replace the stored value"
                  + " through its dataset, or leave it out)"));
    }
    return batch.registry().size();
  }

  /**
   * What keeps {@code batch} from being stored beside {@code stored} ({@code replace}: as new
   * versions of its records), each problem at its line and field; empty when nothing does.
   */
  public static List<ExchangeProblem> problems(Registry stored, Batch batch, boolean replace) {
    List<Problem> problems =
        replace
            ? ReferenceCheck.replacing(stored, batch.registry())
            : ReferenceCheck.problems(stored, batch.registry());
    return problems.stream().limit(Problems.LIMIT).map(batch::locate).toList();
  }
}
