package io.integrationoperator.core;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found, so that users see all of them at once. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void add(Reason reason, String field, String message) {
    found.add(new Problem(reason, field, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Problem> toList() {
    return List.copyOf(found);
  }
}
