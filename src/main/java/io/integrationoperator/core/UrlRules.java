package io.integrationoperator.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of absolute URLs shared by endpoints, issuers and redirect URIs. */
final class UrlRules {
  private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
  private static final Pattern DNS_NAME =
      Pattern.compile("^(?=.{1,253}$)(" + LABEL + ")(\\." + LABEL + ")*$");
  private static final int MAX_LENGTH = 2048;

  private UrlRules() {}

  /**
   * Why {@code value} is not an absolute https URL without fragment or user info, or empty when it
   * is. With {@code loopbackHttp}, plain http is accepted for loopback hosts (RFC 8252).
   */
  static Optional<String> whyNotAbsoluteHttps(String value, boolean loopbackHttp) {
    if (value == null || value.isBlank()) {
      return Optional.of("is empty; give an absolute https URL");
    }
    if (value.length() > MAX_LENGTH) {
      return Optional.of("is longer than " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URL (" + e.getReason() + ")");
    }
    if (!uri.isAbsolute() || uri.getScheme() == null) {
      return Optional.of("is not absolute; give a URL such as https://example.com/callback");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getRawAuthority() == null) {
      return Optional.of("has no host; give a URL such as https://example.com/callback");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not contain user info (the part before @ in the host)");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not contain a fragment (#...)");
    }
    if (scheme.equals("http") && loopbackHttp && isLoopback(host)) {
      return Optional.empty();
    }
    if (!scheme.equals("https")) {
      return Optional.of(
          loopbackHttp
              ? "must use https (plain http only for localhost, 127.0.0.1 or [::1])"
              : "must use https");
    }
    if (!isLoopback(host) && !DNS_NAME.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
      return Optional.of("has an invalid host name '" + host + "'");
    }
    return Optional.empty();
  }

  /** Whether a URL's host is a loopback address. */
  static boolean isLoopbackUrl(String value) {
    try {
      String host = new URI(value).getHost();
      return host != null && isLoopback(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
  }

  /** The host (and port, when given) of a URL that passed {@link #whyNotAbsoluteHttps}. */
  static String hostAndPort(String value) {
    URI uri = URI.create(value);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
  }

  static boolean isDnsName(String host) {
    return DNS_NAME.matcher(host).matches();
  }
}
