package io.integrationoperator.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
  static List<String> checkExpanded(String url) {
    List<String> problems = new ArrayList<>();
    UrlRules.whyNotAbsoluteHttps(url, true).ifPresent(problems::add);
    return problems;
  }
}
