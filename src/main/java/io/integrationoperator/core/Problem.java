package io.integrationoperator.core;

import java.util.Objects;

/**
 * One thing wrong with an object: why, where (a field path such as {@code
 * spec.oauthOverride.scopes[1]}) and what the user should do about it. Messages never contain
 * secret values.
 */
public record Problem(Reason reason, String field, String message) {
  public Problem {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** The message prefixed with its field, as shown in status. */
  public String describe() {
    return field + ": " + message;
  }
}
