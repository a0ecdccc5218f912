package org.entwine.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;

/**
 * What keeps a page on another site, or a name that only resolves to this machine, from using the
 * server through the analyst's browser. Every request must name this machine in its Host header (a
 * DNS-rebinding page names its own domain). A write must also send JSON ({@code Content-Type:
 * application/json}) and the header {@value #HEADER}, which a cross-origin form cannot send and a
 * cross-origin script can only send after a CORS preflight this server never grants; and a
 * browser's {@code Origin}, when sent, must be this server's own.
 */
final class RequestGuard {
  /** The header every write carries; the pages send it, and so must any script that writes. */
  static final String HEADER = "X-Entwine-Request";

  private static final Set<String> LOOPBACK_NAMES =
      Set.of("127.0.0.1", "localhost", "[::1]", "::1");
  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private RequestGuard() {}

  /**
   * @param signIn whether everyone signs in: then any name may reach the server (a page that
   *     rebinds a name to it has no session there), and a browser's Origin must name the host the
   *     request was sent to
   */
  static void check(Context ctx, boolean signIn) {
    String host = hostName(ctx.header("Host"));
    if (!signIn && (host == null || !LOOPBACK_NAMES.contains(host))) {
      throw refusal(
          421,
          "this server answers only requests addressed to this machine (127.0.0.1, localhost or"
              + " [::1]), not to '"
              + ctx.header("Host")
              + "'");
    }
    if (!WRITES.contains(ctx.method())) return;
    String type = ctx.contentType();
    // a DELETE sends no body, and no page on another site can send one without a preflight
    if (ctx.method() != HandlerType.DELETE
        && (type == null
            || !type.toLowerCase(Locale.ROOT).split(";")[0].strip().equals("application/json"))) {
      throw refusal(
          415,
          "a write must send JSON (Content-Type: application/json), got "
              + (type == null ? "no type" : "'" + type + "'"));
    }
    if (ctx.header(HEADER) == null) {
      throw refusal(
          403,
          "a write must carry the header "
              + HEADER
              + " (the server's pages send it): a page on another site cannot");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !(signIn ? sameHost(origin, ctx) : sameOrigin(origin, ctx))) {
      throw refusal(403, "a write from another site (" + origin + ") is refused");
    }
  }

  /**
   * Whether {@code origin} is this server's: http, a loopback name, and the port the request came
   * to.
   */
  private static boolean sameOrigin(String origin, Context ctx) {
    String prefix = "http://";
    if (!origin.toLowerCase(Locale.ROOT).startsWith(prefix)) return false;
    String rest = origin.substring(prefix.length());
    String name = hostName(rest);
    String port = rest.substring(rest.lastIndexOf(':') + 1);
    return name != null && LOOPBACK_NAMES.contains(name) && port.equals(String.valueOf(ctx.port()));
  }

  /** Whether {@code origin} (scheme://authority) names the host the request was sent to. */
  private static boolean sameHost(String origin, Context ctx) {
    int scheme = origin.indexOf("://");
    String host = ctx.header("Host");
    return scheme > 0
        && host != null
        && origin.substring(scheme + 3).equalsIgnoreCase(host.strip());
  }

  /**
   * The name part of a Host header or origin authority ("localhost:7007" → "localhost", "[::1]:80"
   * → "[::1]").
   */
  static String hostName(String authority) {
    if (authority == null || authority.isBlank()) return null;
    String a = authority.strip().toLowerCase(Locale.ROOT);
    if (a.startsWith("[")) {
      int end = a.indexOf(']');
      return end < 0 ? null : a.substring(0, end + 1);
    }
    int colon = a.indexOf(':');
    return colon < 0 ? a : a.substring(0, colon);
  }

  /** A request refused before any route saw it, with its HTTP status. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private static Refused refusal(int status, String message) {
    return new Refused(status, message);
  }

  /**
   * Whether the server may listen on {@code host}: until analysts sign in, on this machine only.
   */
  static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
