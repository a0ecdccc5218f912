package org.entwine.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entwine.app.AsOf;
import org.entwine.app.NotFoundException;
import org.entwine.app.accounts.Accounts;
import org.entwine.input.UserInputException;
import org.entwine.json.DomainJson;
import org.entwine.method.Method;
import org.entwine.storage.Store;
import org.entwine.storage.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web application: the JSON API over the embedded database, described by the OpenAPI document
 * at {@code /api/openapi.json}. DuckDB lets one process hold the database file, so the server owns
 * it while it runs; requests take turns on it ({@link SharedStore}). Errors map to HTTP status in
 * one place: an unknown actor is 404, a malformed parameter 400, each with a message that says what
 * was expected; a value the user gave wrong is 400; anything else is a bug: 500, its cause logged,
 * and no stack trace or SQL in the answer. Every request is logged (method, path, status,
 * milliseconds) on the {@code entwine.requests} logger.
 */
public final class WebApp {
  private static final Logger REQUESTS = LoggerFactory.getLogger("entwine.requests");
  private static final Logger ERRORS = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  /**
   * How a server runs: where it listens, whom writes are entered as without accounts, the reverse
   * proxies whose {@code X-Forwarded-For} it believes, the clock sessions are timed by, and the
   * deadlines for a request's headers and body ({@link Deadlines}).
   */
  public record Options(
      String host,
      String author,
      List<String> trustedProxies,
      Supplier<Instant> clock,
      Duration headerDeadline,
      Duration bodyDeadline) {
    public Options {
      trustedProxies = List.copyOf(trustedProxies);
    }

    /** On {@code host}, writes entered as {@code author} until accounts exist; no proxy. */
    public static Options on(String host, String author) {
      return new Options(host, author, List.of(), Instant::now, Deadlines.HEADERS, Deadlines.BODY);
    }

    public Options trusting(List<String> proxies) {
      return new Options(host, author, proxies, clock, headerDeadline, bodyDeadline);
    }

    Options timedBy(Supplier<Instant> c) {
      return new Options(host, author, trustedProxies, c, headerDeadline, bodyDeadline);
    }

    Options deadlines(Duration headers, Duration body) {
      return new Options(host, author, trustedProxies, clock, headers, body);
    }
  }

  /**
   * A server on {@code host}; {@link Javalin#start(int)} it (port 0 picks a free port). Until
   * analysts sign in, it listens on this machine only, and writes are recorded as {@code author}'s
   * (the user who started it), never as whoever a request claims to be.
   *
   * @throws UserInputException when {@code host} is not a loopback address
   */
  public static Javalin create(Store store, Method method, String host, String author) {
    return create(store, method, Options.on(host, author));
  }

  /** As above, with the clock sessions are timed by (the tests move it on). */
  static Javalin create(
      Store store, Method method, String host, String author, Supplier<Instant> clock) {
    return create(store, method, Options.on(host, author).timedBy(clock));
  }

  /** A server as {@code options} say (see {@link #create(Store, Method, String, String)}). */
  public static Javalin create(Store store, Method method, Options options) {
    String host = options.host();
    boolean team = new Accounts(store).any();
    if (!team && !RequestGuard.isLoopback(host)) {
      throw new UserInputException(
          "without accounts the server listens on this machine only (127.0.0.1, localhost or"
              + " ::1): on '"
              + host
              + "' anyone who can reach it could read and write the store. Add accounts first"
              + " ('entwine users add NAME --role admin'); then everyone signs in");
    }
    ClientAddress addresses = new ClientAddress(options.trustedProxies());
    SharedStore db = new SharedStore(store, method);
    SignIn signIn = new SignIn(db, team, options.author(), options.clock(), addresses);
    Deadlines deadlines = new Deadlines(options.headerDeadline(), options.bodyDeadline());
    return Javalin.create(
        config -> {
          config.jetty.host = host;
          config.jetty.modifyServer(deadlines::watch);
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.jsonMapper(new JavalinJackson(DomainJson.api(), false));
          config.http.maxRequestSize = SecurityHeaders.MAX_REQUEST_BYTES;
          config.routes.before(SecurityHeaders::add);
          config.staticFiles.add(
              "/org/entwine/web/public", io.javalin.http.staticfiles.Location.CLASSPATH);
          new RegistryApi(db).routes(config.routes);
          new AssessmentApi(db).routes(config.routes);
          new EventsApi(db).routes(config.routes);
          PageWords.routes(config.routes, db);
          config.routes.before(ctx -> RequestGuard.check(ctx, team));
          config.routes.before(signIn::authorize);
          config.routes.before(
              ctx -> {
                // a body is read at once, within its deadline, before any route waits for it
                if (ctx.method() != io.javalin.http.HandlerType.GET
                    && ctx.method() != io.javalin.http.HandlerType.HEAD) deadlines.readBody(ctx);
              });
          signIn.routes(config.routes);
          new AdminApi(db, signIn).routes(config.routes);
          new RecordsApi(db).routes(config.routes);
          config.routes.get(
              "/api/openapi.json",
              ctx -> ctx.contentType("application/json").result(OpenApi.document()));
          config.routes.exception(
              RequestGuard.Refused.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
          config.routes.exception(
              NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
          config.routes.exception(
              UserInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
          config.routes.exception(
              StoreException.class,
              (e, ctx) -> {
                // the store's own words may name tables or SQL: they go to the log only
                ERRORS.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
                error(ctx, 500, "the database could not answer (logged by the server)");
              });
          // anything else, an IllegalArgumentException included, is a bug: said so, its cause in
          // the log only
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                ERRORS.error("{} {}: internal error", ctx.method(), ctx.path(), e);
                error(
                    ctx,
                    500,
                    "internal error (logged by the server): " + e.getClass().getSimpleName());
              });
          config.requestLogger.http(
              (ctx, ms) ->
                  REQUESTS.info(
                      "{} {} {} {} ms {} {}",
                      ctx.method(),
                      ctx.path(),
                      ctx.statusCode(),
                      Math.round(ms),
                      SignIn.who(ctx) == null ? "-" : SignIn.who(ctx).name(),
                      SignIn.address(ctx)));
        });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("status", status, "error", message));
  }

  /**
   * The request's body as {@code type}: a body that is not JSON of that shape is the client's
   * mistake (400), said with where the JSON went wrong.
   *
   * @param expected what the object holds, for the message
   */
  static <T> T body(Context ctx, Class<T> type, String expected) {
    T t;
    try {
      t = ctx.bodyAsClass(type);
    } catch (UserInputException e) {
      throw e;
    } catch (Exception e) { // Jackson's exceptions are checked; Javalin, in Kotlin, throws them
      String where = "";
      Throwable cause = e;
      while (cause != null && !(cause instanceof JsonProcessingException)) cause = cause.getCause();
      if (cause instanceof JsonProcessingException j && j.getLocation() != null)
        where =
            " (line "
                + j.getLocation().getLineNr()
                + ", column "
                + j.getLocation().getColumnNr()
                + ": "
                + j.getOriginalMessage().lines().findFirst().orElse("")
                + ")";
      throw new UserInputException(
          "expected a JSON object with " + expected + ", got a body that is not" + where);
    }
    if (t == null) throw new UserInputException("expected a JSON object with " + expected);
    return t;
  }

  /** The {@code asOf} query parameter: a day, or today when absent. */
  static LocalDate asOf(Context ctx) {
    return AsOf.parse(ctx.queryParam("asOf"), "asOf");
  }

  /** A whole-number query parameter within [min, max], or {@code otherwise} when absent. */
  static int number(Context ctx, String name, int otherwise, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) return otherwise;
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new UserInputException(
        name + " expects a whole number from " + min + " to " + max + ", got '" + text + "'");
  }
}
