package org.entwine.cli;

import org.entwine.input.UserInputException;
import org.entwine.storage.Store;
import org.entwine.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web application and its JSON API (described at /api/openapi.json) on the"
          + " database.",
      "Once the store has accounts ('entwine users add'), everyone signs in, with the role their"
          + " account has, and the server may listen on any address (serve it behind HTTPS: the"
          + " session cookie is sent over HTTPS only, or to this machine). Without accounts it"
          + " listens on this machine only and records writes as the user who started it.",
      "On a database file the server owns it while it runs: other commands on the same file stop"
          + " with a message that says so; on PostgreSQL, commands and other servers work beside"
          + " it. Every request is logged on stderr (method, path, status, time, user, address)."
    })
final class ServeCommand extends DatabaseCommand {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port (default: 7007; 0 picks a free one).")
  int port = 7007;

  /** The highest TCP port. */
  private static final int LAST_PORT = 65_535;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description =
          "The address to listen on (default: 127.0.0.1; another only once the store has"
              + " accounts).")
  String host = "127.0.0.1";

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDRESS",
      split = ",",
      description =
          "A reverse proxy in front of the server (an address, a CIDR block such as 10.0.0.0/8,"
              + " or a range; repeatable): its X-Forwarded-For names the client, for sign-in"
              + " slow-downs and the audit trail. Anyone else's X-Forwarded-For is ignored.")
  java.util.List<String> trustedProxies = new java.util.ArrayList<>();

  @picocli.CommandLine.Mixin MethodFileOption method;

  @Option(
      names = "--update",
      paramLabel = "EVERY",
      description =
          "Keep the store current: run 'entwine update gdelt' every EVERY (hourly, daily, or 90m,"
              + " 6h, 2d), the first a minute after the server starts, from the month of the latest"
              + " export loaded (load the first months with 'entwine update gdelt --from …'). A"
              + " failed run stores nothing, is logged, and is tried again after 10 minutes, then"
              + " 20…, up to EVERY; after a run that stored something the server computes its"
              + " answers again. The options below set where it fetches from and how.")
  String update;

  @picocli.CommandLine.Mixin UpdateOptions updating;
  @picocli.CommandLine.Mixin EventLoadOptions loading;

  @Override
  int run(Store store) throws InterruptedException {
    if (port < 0 || port > LAST_PORT)
      throw new UserInputException(
          "--port expects a port from 0 to " + LAST_PORT + ", got " + port);
    java.time.Duration every = update == null ? null : UpdateSchedule.every(update);
    WebApp.Served served =
        WebApp.serve(
            store,
            method.load(),
            WebApp.Options.on(host, System.getProperty("user.name") + " (web)")
                .trusting(trustedProxies));
    var app = served.app();
    try {
      app.start(port);
    } catch (io.javalin.util.JavalinBindException e) {
      throw new UserInputException(
          "port "
              + port
              + " on "
              + host
              + " is in use by another program: give another with --port"
              + " (0 picks a free one)");
    }
    out()
        .printf(
            "entwine: serving %s at http://%s:%d/ (the API is described at /api/openapi.json);"
                + " %s; Ctrl-C stops it%n",
            store.location(),
            host,
            app.port(),
            new org.entwine.app.accounts.Accounts(store).any()
                ? "everyone signs in with their account"
                : "no accounts, so no sign-in: this machine only, writes entered as "
                    + System.getProperty("user.name"));
    out().flush();
    UpdateSchedule schedule =
        every == null
            ? null
            : UpdateSchedule.gdelt(served, every, new GdeltRun(updating, loading, false));
    if (schedule != null) schedule.start(java.time.Duration.ofMinutes(1));
    // Ctrl-C ends the JVM without returning here: stop updating and serving, then close the
    // database so that DuckDB checkpoints what the session wrote.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (schedule != null) schedule.close();
                  app.stop();
                  store.close();
                }));
    Thread.currentThread().join();
    return ExitCodes.OK;
  }
}
