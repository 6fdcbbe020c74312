package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks an installation's connection parameters against the integration's declarations. */
final class ConnectionParameterRules {
  private static final String FIELD = "spec.connectionParameters";

  private ConnectionParameterRules() {}

  /**
   * Adds what is wrong with {@code given}. A parameter is required when declared so or when an
   * endpoint uses it, since an endpoint cannot be built without it.
   */
  static void check(
      List<ConnectionParameterSpec> declared,
      Set<String> usedInEndpoints,
      Map<String, String> given,
      Problems problems) {
    for (ConnectionParameterSpec parameter : declared) {
      String value = given.get(parameter.getName());
      String field = FIELD + "." + parameter.getName();
      if (value == null) {
        if (!Boolean.FALSE.equals(parameter.getRequired())
            || usedInEndpoints.contains(parameter.getName())) {
          problems.add(
              Reason.MissingConnectionParameter,
              field,
              "is required: " + describe(parameter) + "; add it to spec.connectionParameters");
        }
        continue;
      }
      checkValue(parameter, value, field, problems);
    }
    for (String name : given.keySet()) {
      if (declared.stream().noneMatch(p -> p.getName().equals(name))) {
        problems.add(
            Reason.InvalidConnectionParameter,
            FIELD + "." + name,
            "is not a parameter of this integration; "
                + (declared.isEmpty()
                    ? "it takes none, remove it"
                    : "remove it or use one of "
                        + declared.stream().map(p -> p.getName()).toList()));
      }
    }
  }

  private static void checkValue(
      ConnectionParameterSpec parameter, String value, String field, Problems problems) {
    String unsafe = EndpointTemplate.whyUnsafe(value);
    if (unsafe != null) {
      problems.add(Reason.InvalidConnectionParameter, field, "value " + unsafe);
      return;
    }
    if (parameter.getPattern() != null && !matches(parameter.getPattern(), value)) {
      problems.add(
          Reason.InvalidConnectionParameter,
          field,
          "value '"
              + value
              + "' does not match "
              + parameter.getPattern()
              + "; expected "
              + describe(parameter));
    }
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static String describe(ConnectionParameterSpec parameter) {
    return Objects.requireNonNullElse(parameter.getDescription(), parameter.getName());
  }
}
