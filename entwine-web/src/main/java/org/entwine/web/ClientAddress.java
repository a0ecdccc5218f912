package org.entwine.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;
import org.entwine.input.UserInputException;

/**
 * The address a request came from: the connection's, unless that is a reverse proxy the server was
 * told to trust ({@code --trusted-proxy}): then the nearest address in {@code X-Forwarded-For} that
 * is not a trusted proxy's. A header from anyone else is ignored, since a client can write any
 * address in it. Sign-in slow-downs and the audit trail go by this address.
 */
final class ClientAddress {
  /** An address written as an IP literal: only those are looked up, never a name (no DNS). */
  private static final Pattern LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]?");

  private final InetAddressSet trusted = new InetAddressSet();

  /**
   * @param proxies addresses (192.0.2.7), CIDR blocks (10.0.0.0/8) or ranges of the reverse proxies
   *     in front of the server
   * @throws UserInputException for a proxy that is none of these
   */
  ClientAddress(List<String> proxies) {
    for (String p : proxies) {
      try {
        trusted.add(p.strip());
      } catch (RuntimeException e) {
        throw new UserInputException(
            "--trusted-proxy expects an address, a CIDR block (10.0.0.0/8) or a range"
                + " (10.0.0.1-10.0.0.9), got '"
                + p
                + "'");
      }
    }
  }

  /** The request's client address (see the class). */
  String of(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    if (trusted.isEmpty() || !isTrusted(peer)) return peer;
    List<String> hops = new ArrayList<>();
    for (String header :
        ctx.req().getHeaders("X-Forwarded-For") == null
            ? List.<String>of()
            : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")))
      for (String hop : header.split(",")) if (!hop.isBlank()) hops.add(hop.strip());
    // right to left: each trusted proxy appended the address it heard from
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!isTrusted(hop)) return hop.length() > 64 ? hop.substring(0, 64) : hop;
    }
    return hops.isEmpty() ? peer : hops.get(0);
  }

  private boolean isTrusted(String address) {
    if (address == null || !LITERAL.matcher(address).matches()) return false;
    try {
      return trusted.test(InetAddress.getByName(address.replace("[", "").replace("]", "")));
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
