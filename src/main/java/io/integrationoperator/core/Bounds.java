package io.integrationoperator.core;

import java.util.Collection;
import java.util.Map;

/**
 * The size bounds of the CRD schemas, checked again by the operator: an API server that does not
 * validate against the schema (or an object written before a bound existed) must not get past them.
 * Each check reports a problem at the field with the given reason.
 */
final class Bounds {
  private final Problems problems;
  private final Reason reason;

  Bounds(Problems problems, Reason reason) {
    this.problems = problems;
    this.reason = reason;
  }

  /** A string of at most {@code max} characters; null passes. */
  Bounds length(String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(reason, field, "is longer than " + max + " characters");
    }
    return this;
  }

  /** At most {@code max} items or entries; null passes. */
  Bounds size(String field, Collection<?> values, int max) {
    if (values != null && values.size() > max) {
      problems.add(
          reason, field, "has " + values.size() + " items; at most " + max + " are allowed");
    }
    return this;
  }

  Bounds size(String field, Map<?, ?> values, int max) {
    return size(field, values == null ? null : values.keySet(), max);
  }

  /** Every value of a map at most {@code max} characters long. */
  Bounds valueLengths(String field, Map<String, String> values, int max) {
    Lists.orEmpty(values).forEach((k, v) -> length(field + "." + k, v, max));
    return this;
  }
}
