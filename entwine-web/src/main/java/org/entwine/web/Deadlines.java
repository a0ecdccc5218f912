package org.entwine.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Deadlines Jetty's idle timeout does not give: every byte a client sends starts the idle timeout
 * again, so a client sending a byte every few seconds could hold a connection for hours (and, while
 * its body comes, a thread). A request's headers must be in within {@code headers} of their first
 * byte; its body within {@code body} of the server asking for it. A client slower than that is cut
 * off.
 */
final class Deadlines extends AbstractLifeCycle {
  /** The defaults: generous for any client on a working network. */
  static final Duration HEADERS = Duration.ofSeconds(10);

  static final Duration BODY = Duration.ofSeconds(30);

  private final Duration headers;
  private final Duration body;
  private Server server;
  private ScheduledExecutorService clock;

  /** What a connection had received when last seen: requests, responses, bytes. */
  private static final class Seen {
    long requests;
    long responses;
    long bytes;
    long since; // when bytes of a request whose headers are not in yet were first seen (0: none)
  }

  private final Map<EndPoint, Seen> seen = new ConcurrentHashMap<>();

  Deadlines(Duration headers, Duration body) {
    this.headers = headers;
    this.body = body;
  }

  /** Watches the connections of {@code server} while it runs. */
  void watch(Server server) {
    this.server = server;
    server.addBean(this);
  }

  @Override
  protected void doStart() {
    clock =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "entwine-deadlines");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(50, headers.toMillis() / 10);
    clock.scheduleAtFixedRate(this::sweep, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void doStop() {
    clock.shutdownNow();
    seen.clear();
  }

  /**
   * Cuts off the connections whose request's headers have been arriving for longer than the
   * deadline: bytes came in since the last response, and no request is complete.
   */
  private void sweep() {
    long now = System.nanoTime();
    seen.keySet().removeIf(e -> !e.isOpen());
    for (Connector c : server.getConnectors()) {
      if (!(c instanceof AbstractConnector connector)) continue;
      for (EndPoint e : connector.getConnectedEndPoints()) {
        Connection conn = e.getConnection();
        if (conn == null) continue;
        long requests = conn.getMessagesIn();
        long responses = conn.getMessagesOut();
        long bytes = conn.getBytesIn();
        Seen s = seen.computeIfAbsent(e, x -> new Seen());
        if (requests != s.requests || responses != s.responses) {
          s.requests = requests;
          s.responses = responses;
          s.bytes = bytes;
          s.since = 0;
        }
        // between requests, bytes have come in: the next request's headers, not in yet
        if (requests == responses && bytes > s.bytes) {
          if (s.since == 0) s.since = now;
          else if (now - s.since > headers.toNanos()) e.close();
        }
      }
    }
  }

  /**
   * Reads the request's body (Javalin keeps it for the routes) within the body deadline, else cuts
   * the connection and refuses the request (408).
   */
  void readBody(Context ctx) {
    EndPoint e =
        ServletContextRequest.getServletContextRequest(ctx.req())
            .getConnectionMetaData()
            .getConnection()
            .getEndPoint();
    Runnable close = e::close;
    ScheduledFuture<?> cut = clock.schedule(close, body.toMillis(), TimeUnit.MILLISECONDS);
    try {
      ctx.bodyAsBytes();
    } catch (Exception x) { // Jetty's EofException is checked; Javalin, in Kotlin, throws it as is
      if (cut.isDone())
        throw new RequestGuard.Refused(
            408, "the request's body did not arrive within " + body.toSeconds() + " s");
      if (x instanceof RuntimeException r) throw r;
      throw new IllegalStateException("the request's body could not be read", x);
    } finally {
      cut.cancel(false);
    }
  }
}
