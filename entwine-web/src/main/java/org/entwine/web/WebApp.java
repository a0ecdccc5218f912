package org.entwine.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.entwine.app.NotFoundException;
import org.entwine.json.DomainJson;
import org.entwine.method.Method;
import org.entwine.store.DuckDbStore;
import org.entwine.store.StoreException;

/**
 * The web application: the JSON API over the embedded database, described by the OpenAPI document
 * at {@code /api/openapi.json}. DuckDB lets one process hold the database file, so the server owns
 * it while it runs; requests take turns on it ({@link Database}). Errors map to HTTP status in one
 * place: an unknown actor is 404, a malformed parameter 400, each with a message that says what was
 * expected.
 */
public final class WebApp {
  private WebApp() {}

  /**
   * A server on {@code host}; {@link Javalin#start(int)} it (port 0 picks a free port). Until analysts
   * sign in, it listens on this machine only, and writes are recorded as {@code author}'s (the user
   * who started it), never as whoever a request claims to be.
   *
   * @throws IllegalArgumentException when {@code host} is not a loopback address
   */
  public static Javalin create(DuckDbStore store, Method method, String host, String author) {
    if (!RequestGuard.isLoopback(host)) {
      throw new IllegalArgumentException("the server listens on this machine only (127.0.0.1, localhost or ::1) until analysts"
          + " sign in: on '" + host + "' anyone who can reach it could read and write the store");
    }
    Database db = new Database(store, method);
    return Javalin.create(config -> {
      config.jetty.host = host;
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jsonMapper(new JavalinJackson(DomainJson.api(), false));
      config.staticFiles.add("/org/entwine/web/public", io.javalin.http.staticfiles.Location.CLASSPATH);
      new RegistryApi(db).routes(config.routes);
      new AssessmentApi(db).routes(config.routes);
      new EventsApi(db).routes(config.routes);
      config.routes.before(RequestGuard::check);
      new RecordsApi(db, author).routes(config.routes);
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
      config.routes.exception(RequestGuard.Refused.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
      config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
    });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("status", status, "error", message));
  }

  /** The {@code asOf} query parameter: a day, or today when absent. */
  static LocalDate asOf(Context ctx) {
    String text = ctx.queryParam("asOf");
    if (text == null || text.isBlank() || text.equals("today")) return LocalDate.now();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("asOf expects a date as YYYY-MM-DD (or 'today'), got '" + text + "'");
    }
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
    throw new IllegalArgumentException(name + " expects a whole number from " + min + " to " + max + ", got '" + text + "'");
  }
}
