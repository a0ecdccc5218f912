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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.entwine.app.accounts.Accounts;
import org.entwine.input.UserInputException;
import org.entwine.registry.Entry;
import org.entwine.storage.Account;
import org.entwine.storage.ApiToken;
import org.entwine.storage.Role;
import org.entwine.storage.Session;
import org.entwine.storage.StoreChange;

/**
 * Who is asking, once a store has accounts: a session (a random id in a secure, HttpOnly,
 * SameSite=Strict cookie, ended after {@link #IDLE} without use or {@link #LONGEST} after sign-in,
 * and at sign-out) or an API token ({@code Authorization: Bearer …}). Reading takes a reader,
 * entering ledgers and judgements an analyst, accounts and the audit trail an admin. A write with a
 * session must carry the session's CSRF token in {@value #CSRF_HEADER}.
 *
 * <p>Sessions are kept in the store, so that every server on a team's database knows them. Each
 * server keeps the sessions and tokens it has checked, so that a read costs no query; it forgets
 * them as soon as the store tells of a change to their account (disabled, a new role or password, a
 * token revoked) or of a sign-out elsewhere, and looks them up again after {@link #RECHECK} anyway.
 * A write looks its session or token and account up in the store every time: no write is made by an
 * account disabled a moment before.
 *
 * <p>Failed sign-ins slow down, never lock: per account, after {@value #FREE_PER_ACCOUNT} failures
 * from browsers that never signed in to it; per address, after {@value #FREE_PER_ADDRESS}; each
 * next attempt waits a second, then two, four…, at most a minute ({@link Throttle}). A browser that
 * signed in to the account before (its {@value #DEVICE_COOKIE} cookie) is slowed down only by its
 * own failures, so that no one can turn the slow-down on a team behind one proxy or on a known
 * account. Every sign-in, failure and slow-down, and each token's use (once an hour per address),
 * is in the audit trail. Without accounts (one analyst on this machine) everyone is the server's
 * user.
 */
final class SignIn {
  static final String COOKIE = "entwine_session";
  static final String DEVICE_COOKIE = "entwine_device";
  static final String CSRF_HEADER = "X-Entwine-CSRF";
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration LONGEST = Duration.ofHours(12);
  static final int FREE_PER_ACCOUNT = 5;
  static final int FREE_PER_ADDRESS = 50;
  static final int FREE_PER_DEVICE = 5;

  /** How long a server serves a session or token it checked before it looks it up again. */
  static final Duration RECHECK = Duration.ofSeconds(30);

  /** How often a session's last use is written to the store. */
  private static final Duration TOUCH = Duration.ofMinutes(1);

  /** A token's use from one address is in the audit trail once in this time. */
  static final Duration TOKEN_NOTED = Duration.ofHours(1);

  /** How long a browser's cookie names it (Chromium keeps a cookie at most 400 days). */
  private static final Duration DEVICE_LIFE = Duration.ofDays(400);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  /** Who a request is from: an account's name and role, or the server's own user. */
  record Who(String name, Role role) {}

  /** A session this server checked: as stored, whose it is, and when it was last used. */
  private static final class Known {
    final Session stored;
    final Who who;
    final Instant checked;
    volatile Instant lastUsed;
    volatile Instant written;

    Known(Session stored, Who who, Instant checked, Instant lastUsed) {
      this.stored = stored;
      this.who = who;
      this.checked = checked;
      this.lastUsed = lastUsed;
      this.written = stored.lastUsed();
    }

    /** Unused for {@link #IDLE}, or older than {@link #LONGEST}. */
    boolean ended(Instant now) {
      return now.isAfter(lastUsed.plus(IDLE)) || now.isAfter(stored.started().plus(LONGEST));
    }
  }

  /** A token this server checked. */
  private record Verified(ApiToken token, Who who, Instant checked) {}

  private final SharedStore db;
  private final boolean othersMayWrite;
  private final boolean required;
  private final Who serverUser;
  private final Supplier<Instant> clock;
  private final ClientAddress addresses;
  private final Map<String, Known> sessions = new ConcurrentHashMap<>();
  private final Map<String, Verified> tokens = new ConcurrentHashMap<>();
  private final Map<String, Instant> tokenNoted = new ConcurrentHashMap<>();
  private final Throttle byAccount = new Throttle(FREE_PER_ACCOUNT);
  private final Throttle byAddress = new Throttle(FREE_PER_ADDRESS);
  private final Throttle byDevice = new Throttle(FREE_PER_DEVICE);

  /** The failures count at which each slow-down was last written to the audit trail. */
  private final Map<String, Integer> slowDownNoted = new ConcurrentHashMap<>();

  /**
   * @param required whether everyone signs in (the store has accounts)
   * @param serverUser who writes are entered by when no one signs in
   */
  SignIn(
      SharedStore db,
      boolean required,
      String serverUser,
      Supplier<Instant> clock,
      ClientAddress addresses) {
    this.db = db;
    this.othersMayWrite = db.read(org.entwine.storage.Store::othersMayWrite);
    this.required = required;
    this.serverUser = new Who(serverUser, Role.ADMIN);
    this.clock = clock;
    this.addresses = addresses;
    if (required) db.listen(this::heard);
  }

  /** What the store tells of a change: the sessions and tokens it makes out of date go. */
  private void heard(StoreChange change) {
    switch (change.kind()) {
      case ACCOUNT -> forget(change.subject());
      case SESSION_ENDED -> sessions.remove(change.subject());
      case UNKNOWN -> {
        sessions.clear();
        tokens.clear();
      }
      default -> {
        // records and data: nothing about who may sign in
      }
    }
  }

  /** Forgets what this server checked of an account's sessions and tokens. */
  private void forget(String account) {
    sessions.values().removeIf(k -> k.who.name().equals(account));
    tokens.values().removeIf(v -> v.who().name().equals(account));
  }

  boolean required() {
    return required;
  }

  /** Who made this request (set by {@link #authorize}). */
  static Who who(Context ctx) {
    return ctx.attribute("entwine.who");
  }

  /** The address this request came from (set by {@link #authorize}). */
  static String address(Context ctx) {
    String a = ctx.attribute("entwine.address");
    return a == null ? ctx.ip() : a;
  }

  /** A change by this request's account, from its address, with the reason it gave (?reason=). */
  static Entry entry(Context ctx, String origin) {
    Who who = who(ctx);
    return new Entry(origin, who.name(), address(ctx), ctx.queryParam("reason"));
  }

  /**
   * Before every API request: finds who asks and refuses what their role may not do. Public: the
   * pages and scripts, the API's description, and signing in.
   */
  void authorize(Context ctx) {
    ctx.attribute("entwine.address", addresses.of(ctx));
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
    boolean write = WRITES.contains(ctx.method());
    // a write checks its session or token in the store where another process may have changed it
    // a moment ago; where this server is the store's only writer, it heard of every change at once
    boolean lookUp = write && othersMayWrite;
    Who who = bearer(ctx, lookUp).or(() -> session(ctx, write, lookUp)).orElse(null);
    if (who == null) throw new RequestGuard.Refused(401, "sign in first (or send an API token)");
    Role needed =
        path.startsWith("/api/accounts") || path.startsWith("/api/audit")
            ? Role.ADMIN
            : write ? Role.ANALYST : Role.READER;
    if (!who.role().includes(needed))
      throw new RequestGuard.Refused(
          403, who.name() + " is " + article(who.role()) + ": this needs " + article(needed));
    ctx.attribute("entwine.who", who);
  }

  private static String article(Role r) {
    return (r == Role.ADMIN || r == Role.ANALYST ? "an " : "a ") + r;
  }

  /**
   * The token's account: as checked within {@link #RECHECK}, or looked up in the store ({@code
   * lookUp}: a write on a store others write to).
   */
  private Optional<Who> bearer(Context ctx, boolean lookUp) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
    String token = header.substring(7).strip();
    String hash = Accounts.hashOf(token);
    Instant now = clock.get();
    Verified v = tokens.get(hash);
    if (v == null || lookUp || now.isAfter(v.checked().plus(RECHECK))) {
      Optional<Accounts.Verified> found = db.read(s -> new Accounts(s).byToken(token, now));
      if (found.isEmpty()) {
        tokens.remove(hash);
        throw new RequestGuard.Refused(
            401, "this API token is not valid (unknown, revoked or expired)");
      }
      Account a = found.get().account();
      v = new Verified(found.get().token(), new Who(a.name(), a.role()), now);
      tokens.put(hash, v);
    }
    if (!v.token().usable(now)) {
      tokens.remove(hash);
      throw new RequestGuard.Refused(401, "this API token has expired");
    }
    noteTokenUse(v, address(ctx), now);
    return Optional.of(v.who());
  }

  /** A token's use, in the audit trail once an hour for each address it comes from. */
  private void noteTokenUse(Verified v, String address, Instant now) {
    String key = v.token().hash() + " " + address;
    Instant last = tokenNoted.get(key);
    if (last != null && now.isBefore(last.plus(TOKEN_NOTED))) return;
    if (tokenNoted.size() > 100_000) tokenNoted.clear();
    tokenNoted.put(key, now);
    db.read(
        s -> {
          s.tokenUsed(
              v.token().hash(),
              now,
              new Entry("API token used: " + v.token().name(), v.who().name(), address, null));
          return null;
        });
  }

  /**
   * The session's account: as checked within {@link #RECHECK}, or looked up in the store ({@code
   * lookUp}: a write on a store others write to).
   */
  private Optional<Who> session(Context ctx, boolean write, boolean lookUp) {
    String id = ctx.cookie(COOKIE);
    if (id == null) return Optional.empty();
    String hash = Accounts.hashOf(id);
    Instant now = clock.get();
    Known k = sessions.get(hash);
    if (k == null || lookUp || now.isAfter(k.checked.plus(RECHECK))) k = lookUp(hash, now, k);
    if (k.ended(now)) {
      end(hash);
      throw new RequestGuard.Refused(401, "the session has ended: sign in again");
    }
    if (write && !same(k.stored.csrf(), ctx.header(CSRF_HEADER)))
      throw new RequestGuard.Refused(
          403, "a write must carry the session's CSRF token in " + CSRF_HEADER);
    k.lastUsed = now;
    if (now.isAfter(k.written.plus(TOUCH))) {
      k.written = now;
      db.read(
          s -> {
            s.sessionUsed(hash, now);
            return null;
          });
    }
    return Optional.of(k.who);
  }

  /** The session and its account as stored now; refused if it ended or the account cannot act. */
  private Known lookUp(String hash, Instant now, Known before) {
    record Found(Session session, Optional<Account> account) {}
    Optional<Found> found =
        db.read(s -> s.session(hash).map(x -> new Found(x, s.account(x.account()))));
    if (found.isEmpty()) {
      sessions.remove(hash);
      throw new RequestGuard.Refused(401, "the session has ended: sign in again");
    }
    Optional<Account> a = found.get().account().filter(x -> !x.disabled());
    if (a.isEmpty()) {
      end(hash);
      throw new RequestGuard.Refused(401, "the account is disabled");
    }
    Session stored = found.get().session();
    Instant lastUsed =
        before != null && before.lastUsed.isAfter(stored.lastUsed())
            ? before.lastUsed
            : stored.lastUsed();
    Known k = new Known(stored, new Who(a.get().name(), a.get().role()), now, lastUsed);
    sessions.put(hash, k);
    return k;
  }

  private void end(String hash) {
    sessions.remove(hash);
    db.read(
        s -> {
          s.endSession(hash);
          return null;
        });
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
          Credentials c = WebApp.body(ctx, Credentials.class, "name and password");
          if (c.name() == null || c.password() == null)
            throw new UserInputException("expected a JSON object with name and password");
          signIn(ctx, c);
        });
    routes.get(
        "/api/session",
        ctx -> {
          if (!required) {
            ctx.json(state(serverUser, null));
            return;
          }
          String id = ctx.cookie(COOKIE);
          if (id == null) throw new RequestGuard.Refused(401, "not signed in");
          Who who = session(ctx, false, false).orElseThrow();
          ctx.json(state(who, sessions.get(Accounts.hashOf(id)).stored.csrf()));
        });
    routes.delete(
        "/api/session",
        ctx -> {
          String id = ctx.cookie(COOKIE);
          if (id != null && required) end(Accounts.hashOf(id));
          ctx.removeCookie(COOKIE, "/");
          ctx.status(204);
        });
  }

  /**
   * Checks a name and password, slowed down as the class says, and starts a session; each outcome
   * in the audit trail.
   */
  private void signIn(Context ctx, Credentials c) {
    Instant now = clock.get();
    String address = address(ctx);
    String name = c.name();
    String tried = shown(name);
    String device = ctx.cookie(DEVICE_COOKIE);
    String deviceHash = device == null ? null : Accounts.hashOf(device);
    boolean known =
        deviceHash != null
            && db.read(s -> s.deviceAccount(deviceHash)).filter(name::equals).isPresent();
    // the slow-downs that apply: a known browser's own, else the account's and the address's
    List<Slowing> slowings =
        known
            ? List.of(new Slowing(byDevice, "device:" + deviceHash, "from this browser"))
            : List.of(
                new Slowing(byAccount, "account:" + name, "for " + tried),
                new Slowing(byAddress, "address:" + address, "from " + address));
    for (Slowing s : slowings) {
      Duration wait = s.throttle().waitFor(s.key(), now);
      if (wait.isZero()) continue;
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      int failures = s.throttle().failures(s.key(), now);
      if (!Integer.valueOf(failures).equals(slowDownNoted.put(s.key(), failures)))
        note(
            "sign-in slowed down: "
                + failures
                + " failed sign-ins "
                + s.what()
                + " in "
                + Throttle.WINDOW.toMinutes()
                + " minutes; the next is checked in "
                + seconds
                + " s",
            tried,
            address);
      ctx.header("Retry-After", String.valueOf(seconds));
      throw new RequestGuard.Refused(
          429,
          "too many failed sign-ins "
              + s.what()
              + ": try again in "
              + seconds
              + " s"
              + (known ? "" : " (a browser that signed in to this account before is not held up)"));
    }
    // the account read in the store's turn; the slow hash checked outside it
    Optional<Account> a =
        Accounts.verify(db.read(s -> s.account(name)), c.password().toCharArray());
    if (a.isEmpty()) {
      slowings.forEach(s -> s.throttle().failed(s.key(), now));
      note("sign-in failed: wrong name or password, or a disabled account", tried, address);
      throw new RequestGuard.Refused(401, "wrong name or password, or a disabled account");
    }
    (known ? byDevice : byAccount).clear(known ? "device:" + deviceHash : "account:" + name);
    String id = random();
    Session s = new Session(Accounts.hashOf(id), name, random(), address, now, now);
    db.read(
        x -> {
          x.endSessions(now.minus(LONGEST), now.minus(IDLE)); // the table keeps no ended session
          x.startSession(s, new Entry("sign-in", name, address, null));
          if (!known) x.addDevice(Accounts.hashOf(newDevice(ctx)), name, now);
          return null;
        });
    Who who = new Who(a.get().name(), a.get().role());
    sessions.put(s.idHash(), new Known(s, who, now, now));
    ctx.cookie(cookie(COOKIE, id, "/", -1));
    ctx.json(state(who, s.csrf()));
  }

  /** A slow-down that applies to a sign-in: its counter, key, and in words. */
  private record Slowing(Throttle throttle, String key, String what) {}

  /** Gives the browser a new id to be known by; returns it. */
  private static String newDevice(Context ctx) {
    String id = random();
    ctx.cookie(cookie(DEVICE_COOKIE, id, "/api/session", (int) DEVICE_LIFE.toSeconds()));
    return id;
  }

  private static Cookie cookie(String name, String value, String path, int maxAge) {
    Cookie c = new Cookie(name, value);
    c.setPath(path);
    c.setHttpOnly(true);
    c.setSecure(true);
    c.setSameSite(SameSite.STRICT);
    if (maxAge > 0) c.setMaxAge(maxAge);
    return c;
  }

  /** A name someone tried, as the audit trail shows it: printable, and not too long. */
  private static String shown(String name) {
    String printable = name.replaceAll("\\p{Cntrl}", "?");
    if (printable.isBlank()) return "(no name)";
    return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
  }

  /** An entry in the audit trail that changes nothing (a failure, a slow-down). */
  private void note(String what, String who, String address) {
    db.read(
        s -> {
          s.note(new Entry(what, who, address, null));
          return null;
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

  private static String random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
