package io.integrationoperator.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endpoint URL with {@code {placeholders}} that connection parameters fill in. Values are
 * restricted to characters that cannot change the structure of a URL, so a value never moves an
 * endpoint to another host or path.
 */
final class EndpointTemplate {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]{0,62})}");

  /**
   * Runs of ASCII letters and digits, joined by a single dot or by hyphens and underscores. No
   * slash, at-sign, percent sign, colon or "..", so a value cannot change the URL's structure.
   */
  private static final Pattern SAFE_VALUE =
      Pattern.compile("^[A-Za-z0-9]+((\\.|[_-]+)[A-Za-z0-9]+)*$");

  static final int MAX_VALUE_LENGTH = 253;

  /** Two or more literal DNS labels after a dot: the provider's own domain, as in .zendesk.com. */
  private static final Pattern FIXED_DOMAIN =
      Pattern.compile("^\\.[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

  private final String template;

  EndpointTemplate(String template) {
    this.template = template;
  }

  /** The placeholder names in order of appearance. */
  Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * Why a tenant's value could choose this template's host, or null when it cannot: a placeholder
   * may stand in the host only before the provider's fixed domain, never in the port.
   */
  String whyHostNotFixed() {
    String host = host(template);
    String authority = authority(template);
    if (PLACEHOLDER.matcher(authority.substring(host.length())).find()) {
      return "must not take a placeholder in the port";
    }
    if (!PLACEHOLDER.matcher(host).find() || fixedHostSuffix() != null) {
      return null;
    }
    return "puts a placeholder in the host without the provider's domain after it; write the host"
        + " as {name}.provider.example, so that a tenant's value cannot choose the host";
  }

  /**
   * What every expanded host ends with: the whole host without placeholders, or the fixed domain
   * after the last placeholder; null when the template lets a value choose the host.
   */
  String fixedHostSuffix() {
    String host = host(template);
    int end = host.lastIndexOf('}');
    if (end < 0) {
      return host.toLowerCase(Locale.ROOT);
    }
    String suffix = host.substring(end + 1);
    return FIXED_DOMAIN.matcher(suffix).matches() ? suffix.toLowerCase(Locale.ROOT) : null;
  }

  /** What stands between {@code ://} and the path, query or fragment; empty without a scheme. */
  private static String authority(String url) {
    int start = url.indexOf("://");
    if (start < 0) {
      return "";
    }
    int end = start + 3;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start + 3, end);
  }

  /** The authority without user info and port. */
  private static String host(String url) {
    String authority = authority(url);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.startsWith("[") ? host.indexOf(':', host.indexOf(']')) : host.indexOf(':');
    return port < 0 ? host : host.substring(0, port);
  }

  /** The template with every placeholder replaced by a harmless sample, to check its shape. */
  String sample() {
    return PLACEHOLDER.matcher(template).replaceAll("x");
  }

  /** The template with placeholders replaced by {@code values}, which must all be safe. */
  String expand(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Why a connection parameter value cannot be put into a URL, or null when it can. */
  static String whyUnsafe(String value) {
    if (value.isEmpty()) {
      return "is empty";
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      return "is longer than " + MAX_VALUE_LENGTH + " characters";
    }
    if (!SAFE_VALUE.matcher(value).matches()) {
      return "may only contain ASCII letters, digits, '-', '_' and single dots between them";
    }
    return null;
  }

  /**
   * Problems with the URL that results from expansion, such as a host label over 63 chars. Plain
   * http passes only on a loopback host, which no template can produce (templates must be https)
   * and which discovery accepts only from a loopback issuer.
   */
  List<String> checkExpanded(String url) {
    List<String> problems = new ArrayList<>();
    UrlRules.whyNotAbsoluteHttps(url, true).ifPresent(problems::add);
    String suffix = fixedHostSuffix();
    String host = host(url).toLowerCase(Locale.ROOT);
    if (problems.isEmpty() && (suffix == null || !host.endsWith(suffix))) {
      problems.add("is not on the integration's host " + suffix);
    }
    return problems;
  }
}
