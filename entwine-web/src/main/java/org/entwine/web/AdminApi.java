package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entwine.app.AsOf;
import org.entwine.app.accounts.Accounts;
import org.entwine.app.accounts.AuditTrail;
import org.entwine.input.UserInputException;
import org.entwine.storage.Account;
import org.entwine.storage.ApiToken;
import org.entwine.storage.Role;

/**
 * What admins do on the server ({@link SignIn} lets admins alone reach it): list, add and change
 * accounts, and read the audit trail. An account's password hash never leaves the server.
 */
final class AdminApi {
  private final SharedStore db;
  private final SignIn signIn;

  AdminApi(SharedStore db, SignIn signIn) {
    this.db = db;
    this.signIn = signIn;
  }

  /** A new account: its name, password and role. */
  record NewAccount(String name, String password, String role) {}

  /** A change to an account: a role, or disabled or not (either may be absent). */
  record AccountChange(String role, Boolean disabled) {}

  /** A new API token: its name and, optionally, the last day it works. */
  record NewToken(String name, String expires) {}

  /** A token as listed: never its hash. */
  private static Map<String, Object> shown(ApiToken t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("account", t.account());
    m.put("name", t.name());
    m.put("created", t.created());
    m.put("expires", t.expires());
    m.put("revoked", t.revoked());
    m.put("lastUsed", t.lastUsed());
    return m;
  }

  private static Map<String, Object> shown(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("role", a.role().toString());
    m.put("disabled", a.disabled());
    m.put("created", a.created());
    return m;
  }

  void routes(RoutesConfig routes) {
    routes.get(
        "/api/accounts",
        ctx ->
            ctx.json(db.read(s -> new Accounts(s).list()).stream().map(AdminApi::shown).toList()));
    routes.post(
        "/api/accounts",
        ctx -> {
          if (!signIn.required())
            throw new UserInputException(
                "this server runs without accounts: add the first ones with 'entwine users add',"
                    + " then start the server again (everyone will sign in)");
          NewAccount n = body(ctx, NewAccount.class, "name, password and role");
          if (n.name() == null || n.password() == null)
            throw new UserInputException("expected a JSON object with name, password and role");
          Role role = Role.parse(n.role() == null ? "reader" : n.role());
          Account a =
              db.read(
                  s ->
                      new Accounts(s)
                          .add(
                              n.name(),
                              n.password().toCharArray(),
                              role,
                              SignIn.entry(ctx, "web: account")));
          ctx.status(201).json(shown(a));
        });
    routes.post(
        "/api/accounts/{name}",
        ctx -> {
          String name = ctx.pathParam("name");
          AccountChange c = body(ctx, AccountChange.class, "role and/or disabled");
          Account a =
              db.read(
                  s -> {
                    Accounts accounts = new Accounts(s);
                    Account changed = null;
                    if (c.role() != null)
                      changed =
                          accounts.role(
                              name, Role.parse(c.role()), SignIn.entry(ctx, "web: account"));
                    if (c.disabled() != null)
                      changed =
                          accounts.disable(name, c.disabled(), SignIn.entry(ctx, "web: account"));
                    return changed;
                  });
          if (a == null) throw new UserInputException("expected role and/or disabled");
          // the store tells every server (this one at once): a disabled account's sessions and
          // tokens end, a new role acts from the next request
          ctx.json(shown(a));
        });
    routes.get(
        "/api/accounts/{name}/tokens",
        ctx -> {
          String name = ctx.pathParam("name");
          ctx.json(
              db.read(s -> new Accounts(s).tokens(name)).stream().map(AdminApi::shown).toList());
        });
    routes.post(
        "/api/accounts/{name}/tokens",
        ctx -> {
          String name = ctx.pathParam("name");
          NewToken n = body(ctx, NewToken.class, "name and, optionally, expires (YYYY-MM-DD)");
          Instant expires = n.expires() == null ? null : AsOf.endOf(n.expires(), "expires");
          Accounts.NewToken made =
              db.read(
                  s ->
                      new Accounts(s)
                          .newToken(
                              name,
                              n.name() == null ? "script" : n.name(),
                              expires,
                              SignIn.entry(ctx, "web: token")));
          Map<String, Object> m = shown(made.stored());
          m.put("token", made.token()); // shown this once: only its hash is kept
          ctx.status(201).json(m);
        });
    routes.delete(
        "/api/accounts/{name}/tokens/{token}",
        ctx -> {
          String name = ctx.pathParam("name");
          String token = ctx.pathParam("token");
          int n =
              db.read(s -> new Accounts(s).revoke(name, token, SignIn.entry(ctx, "web: token")));
          ctx.json(Map.of("revoked", n));
        });
    routes.get(
        "/api/audit",
        ctx -> {
          String since = ctx.queryParam("since");
          Instant from =
              since == null
                  ? null
                  : AsOf.parse(since, "since").atStartOfDay(ZoneId.systemDefault()).toInstant();
          int limit = WebApp.number(ctx, "limit", 100, 1, 10_000);
          String actor = ctx.queryParam("actor");
          String user = ctx.queryParam("user");
          String record = ctx.queryParam("record");
          ctx.json(
              db.read(
                  s ->
                      record != null
                          ? AuditTrail.ofRecord(s, record, limit)
                          : AuditTrail.of(s, actor, user, from, limit)));
        });
  }

  private static <T> T body(io.javalin.http.Context ctx, Class<T> type, String expected) {
    return WebApp.body(ctx, type, expected);
  }
}
