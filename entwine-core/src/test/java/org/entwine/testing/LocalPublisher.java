package org.entwine.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher on this machine for tests of code that fetches: the JDK's own HTTP server on a free
 * loopback port, serving the files of a folder under their paths as a publisher's server does (with
 * an ETag and Last-Modified, answering a conditional request 304), and told to fail a file's
 * requests in the ways real servers and networks fail. It serves only what is in the folder: the
 * tests put real published files there.
 */
public final class LocalPublisher implements AutoCloseable {
  /** The ways a request can fail. */
  public enum Fault {
    /** 404 Not Found. */
    NOT_FOUND,
    /** 500 Internal Server Error. */
    SERVER_ERROR,
    /** The first half of the file, served as if it were all of it. */
    TRUNCATED,
    /** The file with one byte changed, at its full length. */
    CORRUPT,
    /** The request is taken, and no answer comes. */
    NO_ANSWER,
    /** The answer begins, then comes at 160 bytes a second. */
    SLOW,
    /** The answer begins with the file's full length, and the connection closes halfway. */
    DROPPED
  }

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final Path root;
  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final List<String> agents = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger notModified = new AtomicInteger();

  private LocalPublisher(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "local-publisher");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::answer);
    server.start();
  }

  /** Serves {@code root}'s files at their paths under it. */
  public static LocalPublisher serving(Path root) {
    try {
      return new LocalPublisher(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's address, ending in a slash. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** An address where nothing listens: a port just freed, so a connection is refused. */
  public static URI nowhere() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails the next {@code times} requests for the file named {@code name} with {@code fault}. */
  public void fail(String name, Fault fault, int times) {
    Deque<Fault> d = faults.computeIfAbsent(name, n -> new ArrayDeque<>());
    synchronized (d) {
      for (int i = 0; i < times; i++) d.add(fault);
    }
  }

  /** Fails no request any more: the faults told have passed. */
  public void heal() {
    faults.clear();
  }

  /** The requests for the file named {@code name} so far. */
  public int requests(String name) {
    AtomicInteger n = requests.get(name);
    return n == null ? 0 : n.get();
  }

  /** The User-Agent of every request so far. */
  public List<String> userAgents() {
    synchronized (agents) {
      return List.copyOf(agents);
    }
  }

  /** The requests answered 304 (the copy the client keeps is current). */
  public int notModified() {
    return notModified.get();
  }

  private Fault fault(String name) {
    Deque<Fault> d = faults.get(name);
    if (d == null) return null;
    synchronized (d) {
      return d.poll();
    }
  }

  private void answer(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      requests.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
      agents.add(String.valueOf(x.getRequestHeaders().getFirst("User-Agent")));
      Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
      Fault fault = fault(name);
      if (fault == Fault.NOT_FOUND || !file.startsWith(root) || !Files.isRegularFile(file)) {
        x.sendResponseHeaders(404, -1);
        return;
      }
      if (fault == Fault.SERVER_ERROR) {
        x.sendResponseHeaders(500, -1);
        return;
      }
      if (fault == Fault.NO_ANSWER) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      String etag = "\"" + md5(bytes) + "\"";
      x.getResponseHeaders().set("ETag", etag);
      x.getResponseHeaders()
          .set("Last-Modified", HTTP_DATE.format(Files.getLastModifiedTime(file).toInstant()));
      if (fault == null && etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        x.sendResponseHeaders(304, -1);
        return;
      }
      if (fault == Fault.TRUNCATED) bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
      if (fault == Fault.CORRUPT) bytes[bytes.length / 2] ^= 0x20;
      x.sendResponseHeaders(200, bytes.length);
      OutputStream out = x.getResponseBody();
      if (fault == Fault.SLOW) {
        for (int i = 0; i < bytes.length; i += 64) {
          out.write(bytes, i, Math.min(64, bytes.length - i));
          out.flush();
          try {
            Thread.sleep(400);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      } else if (fault == Fault.DROPPED) {
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        // closing with bytes still owed closes the connection: the client sees it cut
      } else {
        out.write(bytes);
      }
    } catch (IOException e) {
      // the client went away (a test's timeout, or a fault's end): nothing more to answer
    }
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
