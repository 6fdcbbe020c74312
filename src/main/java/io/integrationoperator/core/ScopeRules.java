package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.ScopeSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Computes and checks the effective scopes of an installation. */
final class ScopeRules {
  /** RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
  private static final Pattern SCOPE_TOKEN = Pattern.compile("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$");

  static final int MAX_SCOPE_LENGTH = 256;

  private ScopeRules() {}

  /**
   * The requested scopes (the override's, or else the integration's default) followed by the
   * integration's required ones, without duplicates, in order. Problems are reported against {@code
   * requestedField}, where the requested scopes came from.
   */
  static List<String> effective(
      ScopeSpec spec, List<String> requested, String requestedField, Problems problems) {
    List<String> required = Lists.orEmpty(spec.getRequired());
    if (spec.getParameter() != null && spec.getParameter().isEmpty()) {
      for (int i = 0; i < requested.size(); i++) {
        problems.add(
            Reason.InvalidScope,
            requestedField + "[" + i + "]",
            "this integration takes no scopes; remove them");
      }
      return List.of();
    }
    for (int i = 0; i < requested.size(); i++) {
      checkToken(spec, requested.get(i), requestedField + "[" + i + "]", true, problems);
    }
    LinkedHashSet<String> scopes = new LinkedHashSet<>(requested);
    scopes.addAll(required);
    return new ArrayList<>(scopes);
  }

  /** Checks one scope: token syntax, the separator and, when asked, the allow list. */
  static void checkToken(
      ScopeSpec spec, String scope, String field, boolean checkAllowed, Problems problems) {
    String separator = separator(spec);
    if (scope == null || scope.isEmpty() || scope.length() > MAX_SCOPE_LENGTH) {
      problems.add(Reason.InvalidScope, field, "must be 1 to " + MAX_SCOPE_LENGTH + " characters");
    } else if (!SCOPE_TOKEN.matcher(scope).matches()) {
      problems.add(
          Reason.InvalidScope,
          field,
          "'"
              + printable(scope)
              + "' is not a valid scope token: use printable ASCII without spaces, '\"' or '\\'");
    } else if (scope.contains(separator)) {
      problems.add(
          Reason.InvalidScope,
          field,
          "'"
              + scope
              + "' contains the separator '"
              + separator
              + "'; list each scope as its own item");
    } else if (checkAllowed && !isAllowed(spec, scope)) {
      problems.add(
          Reason.ScopeNotAllowed,
          field,
          "'" + scope + "' is not allowed by this integration; allowed: " + describeAllowed(spec));
    }
  }

  static String separator(ScopeSpec spec) {
    return spec.getSeparator() == null ? " " : spec.getSeparator();
  }

  static boolean isAllowed(ScopeSpec spec, String scope) {
    List<String> allowed = Lists.orEmpty(spec.getAllowed());
    List<String> patterns = Lists.orEmpty(spec.getAllowedPatterns());
    if (allowed.isEmpty() && patterns.isEmpty()) {
      return true;
    }
    return allowed.contains(scope)
        || patterns.stream().anyMatch(p -> p != null && Glob.matches(p, scope));
  }

  private static String describeAllowed(ScopeSpec spec) {
    List<String> all = new ArrayList<>(Lists.orEmpty(spec.getAllowed()));
    all.addAll(Lists.orEmpty(spec.getAllowedPatterns()));
    String text = String.join(", ", all);
    return text.length() > 300 ? text.substring(0, 300) + ", ..." : text;
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
