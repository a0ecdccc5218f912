package org.entwine.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.entwine.app.accounts.Accounts;
import org.entwine.registry.Entry;
import org.entwine.storage.Account;
import org.entwine.storage.Role;

/**
 * Who is asking, once a store has accounts: a session (a random id in a secure, HttpOnly,
 * SameSite=Strict cookie, ended after {@link #IDLE} without use or {@link #LONGEST} after sign-in,
 * and at sign-out) or an API token ({@code Authorization: Bearer …}). Reading takes a reader,
 * entering ledgers and judgements an analyst, accounts and the audit trail an admin. A write with a
 * session must carry the session's CSRF token in {@value #CSRF_HEADER}. Failed sign-ins are counted
 * per name and per address: after {@link #ATTEMPTS} within {@link #WINDOW}, the next wait (429).
 * Without accounts (one analyst on this machine) everyone is the server's user.
 */
final class SignIn {
  static final String COOKIE = "entwine_session";
  static final String CSRF_HEADER = "X-Entwine-CSRF";
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration LONGEST = Duration.ofHours(12);
  static final int ATTEMPTS = 5;
  static final int ATTEMPTS_PER_ADDRESS = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** How often a session looks its account up again (a role changed, an account disabled). */
  private static final Duration RECHECK = Duration.ofSeconds(30);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  /** Who a request is from: an account's name and role, or the server's own user. */
  record Who(String name, Role role) {}

  private static final class Session {
    final String csrf;
    final Instant started;
    volatile Instant lastUsed;
    volatile Instant checked;
    volatile Who who;

    /** Unused for {@link #IDLE}, or older than {@link #LONGEST}. */
    boolean ended(Instant now) {
      return now.isAfter(lastUsed.plus(IDLE)) || now.isAfter(started.plus(LONGEST));
    }

    Session(Who who, Instant now) {
      this.who = who;
      this.csrf = random();
      this.started = now;
      this.lastUsed = now;
      this.checked = now;
    }
  }

  private final SharedStore db;
  private final boolean required;
  private final Who serverUser;
  private final Supplier<Instant> clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /**
   * @param required whether everyone signs in (the store has accounts)
   * @param serverUser who writes are entered by when no one signs in
   */
  SignIn(SharedStore db, boolean required, String serverUser, Supplier<Instant> clock) {
    this.db = db;
    this.required = required;
    this.serverUser = new Who(serverUser, Role.ADMIN);
    this.clock = clock;
  }

  boolean required() {
    return required;
  }

  /** Who made this request (set by {@link #authorize}). */
  static Who who(Context ctx) {
    return ctx.attribute("entwine.who");
  }

  /** A change by this request's account, from its address, with the reason it gave (?reason=). */
  static Entry entry(Context ctx, String origin) {
    Who who = who(ctx);
    return new Entry(origin, who.name(), ctx.ip(), ctx.queryParam("reason"));
  }

  /**
   * Before every API request: finds who asks and refuses what their role may not do. Public: the
   * pages and scripts, the API's description, and signing in.
   */
  void authorize(Context ctx) {
    String path = ctx.path();
    if (!required) {
      ctx.attribute("entwine.who", serverUser);
      return;
    }
    if (!path.startsWith("/api/")
        || path.equals("/api/openapi.json")
        || path.equals("/api/session")
        || path.equals(PageWords.PATH)) {
      return;
    }
    Who who = bearer(ctx).or(() -> session(ctx)).orElse(null);
    if (who == null) throw new RequestGuard.Refused(401, "sign in first (or send an API token)");
    Role needed =
        path.startsWith("/api/accounts")
                || path.startsWith("/api/audit")
                || path.startsWith("/api/freshness")
            ? Role.ADMIN
            : WRITES.contains(ctx.method()) ? Role.ANALYST : Role.READER;
    if (!who.role().includes(needed))
      throw new RequestGuard.Refused(
          403, who.name() + " is " + article(who.role()) + ": this needs " + article(needed));
    ctx.attribute("entwine.who", who);
  }

  private static String article(Role r) {
    return (r == Role.ADMIN || r == Role.ANALYST ? "an " : "a ") + r;
  }

  private Optional<Who> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
    String token = header.substring(7).strip();
    Optional<Account> a = accounts(x -> x.byToken(token));
    if (a.isEmpty()) throw new RequestGuard.Refused(401, "this API token is not valid");
    return a.map(x -> new Who(x.name(), x.role()));
  }

  private Optional<Who> session(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (id == null) return Optional.empty();
    Session s = sessions.get(id);
    Instant now = clock.get();
    if (s == null || s.ended(now)) {
      if (s != null) sessions.remove(id);
      throw new RequestGuard.Refused(401, "the session has ended: sign in again");
    }
    if (now.isAfter(s.checked.plus(RECHECK))) {
      String name = s.who.name();
      Optional<Account> a = accounts(x -> x.find(name)).filter(x -> !x.disabled());
      if (a.isEmpty()) {
        sessions.remove(id);
        throw new RequestGuard.Refused(401, "the account is disabled");
      }
      s.who = new Who(a.get().name(), a.get().role());
      s.checked = now;
    }
    if (WRITES.contains(ctx.method()) && !same(s.csrf, ctx.header(CSRF_HEADER)))
      throw new RequestGuard.Refused(
          403, "a write must carry the session's CSRF token in " + CSRF_HEADER);
    s.lastUsed = now;
    return Optional.of(s.who);
  }

  private static boolean same(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** A sign-in request: a name and a password. */
  record Credentials(String name, String password) {}

  void routes(RoutesConfig routes) {
    routes.post(
        "/api/session",
        ctx -> {
          if (!required) throw new RequestGuard.Refused(404, "this server has no accounts");
          Credentials c;
          try {
            c = ctx.bodyAsClass(Credentials.class);
          } catch (RuntimeException e) {
            throw new org.entwine.input.UserInputException(
                "expected a JSON object with name and password");
          }
          if (c == null || c.name() == null || c.password() == null)
            throw new org.entwine.input.UserInputException(
                "expected a JSON object with name and password");
          Instant now = clock.get();
          String byName = "name:" + c.name();
          String byAddress = "address:" + ctx.ip();
          if (tooMany(byName, ATTEMPTS, now) || tooMany(byAddress, ATTEMPTS_PER_ADDRESS, now)) {
            ctx.header("Retry-After", String.valueOf(WINDOW.toSeconds()));
            throw new RequestGuard.Refused(
                429, "too many failed sign-ins: wait " + WINDOW.toMinutes() + " minutes");
          }
          // the account read in the store's turn; the slow hash checked outside it
          String name = c.name();
          Optional<Account> stored = accounts(x -> x.find(name));
          Optional<Account> a = Accounts.verify(stored, c.password().toCharArray());
          if (a.isEmpty()) {
            failed(byName, now);
            failed(byAddress, now);
            throw new RequestGuard.Refused(401, "wrong name or password, or a disabled account");
          }
          failures.remove(byName);
          String id = random();
          Session s = new Session(new Who(a.get().name(), a.get().role()), now);
          sessions.put(id, s);
          Cookie cookie = new Cookie(COOKIE, id);
          cookie.setPath("/");
          cookie.setHttpOnly(true);
          cookie.setSecure(true);
          cookie.setSameSite(SameSite.STRICT);
          ctx.cookie(cookie);
          ctx.json(state(s.who, s.csrf));
        });
    routes.get(
        "/api/session",
        ctx -> {
          if (!required) {
            ctx.json(state(serverUser, null));
            return;
          }
          String id = ctx.cookie(COOKIE);
          Session s = id == null ? null : sessions.get(id);
          Instant now = clock.get();
          if (s == null || s.ended(now)) throw new RequestGuard.Refused(401, "not signed in");
          ctx.json(state(s.who, s.csrf));
        });
    routes.delete(
        "/api/session",
        ctx -> {
          String id = ctx.cookie(COOKIE);
          if (id != null) sessions.remove(id);
          ctx.removeCookie(COOKIE, "/");
          ctx.status(204);
        });
  }

  private Map<String, Object> state(Who who, String csrf) {
    java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("user", who.name());
    m.put("role", who.role().toString());
    m.put("signInRequired", required);
    if (csrf != null) m.put("csrf", csrf);
    return m;
  }

  private boolean tooMany(String key, int attempts, Instant now) {
    Deque<Instant> d = failures.get(key);
    if (d == null) return false;
    synchronized (d) {
      while (!d.isEmpty() && d.peekFirst().isBefore(now.minus(WINDOW))) d.pollFirst();
      return d.size() >= attempts;
    }
  }

  private void failed(String key, Instant now) {
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(now);
    }
  }

  /** Works on the accounts in the store's turn (the embedded store serves one query at a time). */
  private <T> T accounts(java.util.function.Function<Accounts, T> work) {
    return db.read(store -> work.apply(new Accounts(store)));
  }

  /** Ends the sessions of an account (disabled, or its role changed by an admin here). */
  void endSessionsOf(String name) {
    sessions.values().removeIf(s -> s.who.name().equals(name));
  }

  private static String random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
