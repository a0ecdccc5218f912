package org.entwine.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.Instant;
import java.time.LocalDate;
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
   * A server on {@code host}; {@link Javalin#start(int)} it (port 0 picks a free port). Until
   * analysts sign in, it listens on this machine only, and writes are recorded as {@code author}'s
   * (the user who started it), never as whoever a request claims to be.
   *
   * @throws UserInputException when {@code host} is not a loopback address
   */
  public static Javalin create(Store store, Method method, String host, String author) {
    return create(store, method, host, author, Instant::now);
  }

  /**
   * A server, and what work beside its requests (a scheduled update) needs: the store in the
   * server's turns, and a way to say that such work changed it, so that the answers kept are
   * computed again.
   */
  public record Served(Javalin app, Store inTurn, Runnable changed) {}

  /**
   * A server as {@link #create(Store, Method, String, String)} makes it, with what work beside
   * needs.
   */
  public static Served serve(Store store, Method method, String host, String author) {
    SharedStore[] shared = new SharedStore[1];
    Javalin app = create(store, method, host, author, Instant::now, shared);
    return new Served(app, shared[0].inTurn(), shared[0]::changedBeside);
  }

  /** As above, with the clock sessions are timed by (the tests move it on). */
  static Javalin create(
      Store store, Method method, String host, String author, Supplier<Instant> clock) {
    return create(store, method, host, author, clock, new SharedStore[1]);
  }

  private static Javalin create(
      Store store,
      Method method,
      String host,
      String author,
      Supplier<Instant> clock,
      SharedStore[] shared) {
    boolean team = new Accounts(store).any();
    if (!team && !RequestGuard.isLoopback(host)) {
      throw new UserInputException(
          "without accounts the server listens on this machine only (127.0.0.1, localhost or"
              + " ::1): on '"
              + host
              + "' anyone who can reach it could read and write the store. Add accounts first"
              + " ('entwine users add NAME --role admin'); then everyone signs in");
    }
    SharedStore db = new SharedStore(store, method);
    shared[0] = db;
    SignIn signIn = new SignIn(db, team, author, clock);
    return Javalin.create(
        config -> {
          config.jetty.host = host;
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
                      ctx.ip()));
        });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("status", status, "error", message));
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
