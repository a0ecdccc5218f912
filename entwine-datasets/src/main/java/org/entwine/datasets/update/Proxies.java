package org.entwine.datasets.update;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entwine.input.UserInputException;

/**
 * The HTTP(S) proxies the usual environment variables name, as curl reads them: {@code http_proxy}
 * for http addresses, {@code https_proxy} (or {@code HTTPS_PROXY}) for https, {@code all_proxy} for
 * either, and {@code no_proxy} (or {@code NO_PROXY}): hosts, domains (a suffix, with or without its
 * leading dot) or {@code *}, reached directly. {@code HTTP_PROXY} in capitals is ignored, as curl
 * ignores it: a web server's CGI sets it from a request's {@code Proxy} header.
 */
final class Proxies extends ProxySelector {
  private final URI http;
  private final URI https;
  private final List<String> direct;

  private Proxies(URI http, URI https, List<String> direct) {
    this.http = http;
    this.https = https;
    this.direct = direct;
  }

  /** The proxies {@code env} names (none: every address reached directly). */
  static Proxies from(Map<String, String> env) {
    URI all = address(env, "all_proxy", "ALL_PROXY");
    URI http = address(env, "http_proxy");
    URI https = address(env, "https_proxy", "HTTPS_PROXY");
    String none = first(env, "no_proxy", "NO_PROXY");
    List<String> direct =
        none == null
            ? List.of()
            : Arrays.stream(none.split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .map(h -> h.replaceFirst(":\\d+$", ""))
                .filter(h -> !h.isEmpty())
                .toList();
    return new Proxies(http != null ? http : all, https != null ? https : all, direct);
  }

  /** The proxy for {@code uri}, or null where it is reached directly. */
  URI proxyFor(URI uri) {
    URI p = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    if (p == null || uri.getHost() == null) return null;
    String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
    for (String d : direct) {
      if (d.equals("*") || host.equals(d) || host.endsWith("." + d)) return null;
    }
    return p;
  }

  @Override
  public List<Proxy> select(URI uri) {
    URI p = proxyFor(uri);
    if (p == null) return List.of(Proxy.NO_PROXY);
    int port = p.getPort() > 0 ? p.getPort() : "https".equalsIgnoreCase(p.getScheme()) ? 443 : 80;
    return List.of(
        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port)));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException e) {
    // the fetcher reports the failure with its address, and tries again
  }

  /**
   * The proxies' user and password, where an address gives them ({@code
   * http://user:password@host:port}), answered to a proxy that asks; null where none gives them.
   */
  Authenticator authenticator() {
    URI withUser = http != null && http.getUserInfo() != null ? http : https;
    if (withUser == null || withUser.getUserInfo() == null) return null;
    String[] parts = withUser.getUserInfo().split(":", 2);
    char[] password = parts.length > 1 ? parts[1].toCharArray() : new char[0];
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return getRequestorType() == RequestorType.PROXY
            ? new PasswordAuthentication(parts[0], password.clone())
            : null;
      }
    };
  }

  private static String first(Map<String, String> env, String... names) {
    for (String n : names) {
      String v = env.get(n);
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }

  private static URI address(Map<String, String> env, String... names) {
    String v = first(env, names);
    if (v == null) return null;
    String text = v.contains("://") ? v : "http://" + v; // curl's default scheme
    try {
      URI u = new URI(text);
      if (u.getHost() == null) throw new URISyntaxException(text, "no host");
      return u;
    } catch (URISyntaxException e) {
      throw new UserInputException(
          "the proxy "
              + names[0]
              + " names is not an address such as http://proxy.example:3128, got '"
              + v.replaceFirst("(://[^:/@]*):[^@/]*@", "$1:***@")
              + "'");
    }
  }
}
