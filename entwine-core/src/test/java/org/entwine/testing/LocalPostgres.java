package org.entwine.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: {@code initdb} in a temporary folder, started on a free
 * loopback port, stopped when the JVM ends. One server per test JVM; each test class asks for
 * databases of its own ({@link #newDatabase}). The server's programs are looked for in
 * $ENTWINE_PG_BIN, /usr/lib/postgresql/(newest)/bin, then the PATH; where there are none the tests
 * skip, except under CI (CI=true), where that is a failure ({@code .ci/run} installs Debian's
 * postgresql). PostgreSQL refuses to run as root: as root, the server runs as the user postgres
 * (Debian's package makes it), or nobody.
 */
public final class LocalPostgres {
  private static LocalPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Path bin;
  private final Path data;
  private final int port;
  private final List<String> asUser;

  private LocalPostgres(Path bin, Path data, int port, List<String> asUser) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.asUser = asUser;
  }

  /** The server, started on first use. */
  public static synchronized LocalPostgres get() {
    if (server == null) server = start();
    return server;
  }

  /** A new, empty database on the server, as an Entwine address (postgresql://…). */
  public String newDatabase() {
    String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    run(
        List.of(
            bin.resolve("createdb").toString(),
            "-h",
            "127.0.0.1",
            "-p",
            String.valueOf(port),
            "-U",
            USER,
            name));
    return address(name);
  }

  /** The address of database {@code name} on this server. */
  public String address(String name) {
    return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + name;
  }

  public int port() {
    return port;
  }

  /** The superuser the tests connect as (trusted on loopback, no password). */
  public static final String USER = "entwine";

  private static LocalPostgres start() {
    Optional<Path> bin = programs();
    if ("true".equals(System.getenv("CI")) && bin.isEmpty())
      throw new IllegalStateException(
          "CI=true but PostgreSQL's server programs (initdb, pg_ctl) are not installed: .ci/run"
              + " installs Debian's postgresql package");
    assumeTrue(
        bin.isPresent(),
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: the PostgreSQL tests"
            + " skip (apt-get install postgresql)");
    try {
      List<String> asUser = asUser();
      Path dir = Files.createTempDirectory("entwine-pg");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path data = dir.resolve("data");
      Files.createDirectories(data);
      if (!asUser.isEmpty()) {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(data, users.lookupPrincipalByName(asUser.get(2)));
        Files.setOwner(dir, users.lookupPrincipalByName(asUser.get(2)));
      }
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      LocalPostgres pg = new LocalPostgres(bin.get(), data, port, asUser);
      pg.run(
          List.of(
              bin.get().resolve("initdb").toString(),
              "-D",
              data.toString(),
              "-U",
              USER,
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--locale=C",
              "--no-sync"));
      pg.run(
          List.of(
              bin.get().resolve("pg_ctl").toString(),
              "-D",
              data.toString(),
              "-l",
              dir.resolve("server.log").toString(),
              "-w",
              "-o",
              "-p "
                  + port
                  + " -k "
                  + dir
                  + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                  + " -c full_page_writes=off -c max_connections=200",
              "start"));
      Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
      return pg;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a PostgreSQL server for the tests", e);
    }
  }

  private void stop() {
    try {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
    } finally {
      try (Stream<Path> files = Files.walk(data.getParent())) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary folder left behind
      }
    }
  }

  /** Runs a PostgreSQL program (as the server's user, where the tests run as root). */
  private void run(List<String> command) {
    List<String> full = new ArrayList<>(asUser);
    full.addAll(command);
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0)
        throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  /** As root: {@code runuser -u USER --}, since PostgreSQL will not run as root. */
  private static List<String> asUser() throws IOException {
    if (!"root".equals(System.getProperty("user.name"))) return List.of();
    String user =
        Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith("postgres:"))
            ? "postgres"
            : "nobody";
    return List.of("runuser", "-u", user, "--");
  }

  private static Optional<Path> programs() {
    String given = System.getenv("ENTWINE_PG_BIN");
    if (given != null && !given.isBlank()) return Optional.of(Path.of(given));
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.comparing(b -> versionOf(b.getParent())));
        if (newest.isPresent()) return newest;
      } catch (IOException ignored) {
        // then the PATH
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")))
        return Optional.of(real(dir)); // where initdb links to: createdb and pg_ctl are beside it
    }
    return Optional.empty();
  }

  private static Path real(String dir) {
    try {
      return Path.of(dir, "initdb").toRealPath().getParent();
    } catch (IOException e) {
      return Path.of(dir);
    }
  }

  private static int versionOf(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
