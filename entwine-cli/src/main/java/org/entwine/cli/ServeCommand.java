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
      "It listens on this machine only (a loopback address) until analysts can sign in, and records"
          + " writes as the user who started it. While it runs, the server owns the database: other"
          + " commands on the same file stop with a message that says so. Every request is logged"
          + " on stderr."
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
      description = "The loopback address to listen on (default: 127.0.0.1).")
  String host = "127.0.0.1";

  @picocli.CommandLine.Mixin MethodOption method;

  @Override
  int run(Store store) throws InterruptedException {
    if (port < 0 || port > LAST_PORT)
      throw new UserInputException(
          "--port expects a port from 0 to " + LAST_PORT + ", got " + port);
    var app = WebApp.create(store, method.load(), host, System.getProperty("user.name") + " (web)");
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
                + " Ctrl-C stops it%n",
            store.location(), host, app.port());
    out().flush();
    // Ctrl-C ends the JVM without returning here: stop serving, then close the database so that
    // DuckDB checkpoints what the session wrote.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  store.close();
                }));
    Thread.currentThread().join();
    return ExitCodes.OK;
  }
}
