package io.integrationoperator.operator;

import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one reconciliation concluded, before it becomes conditions.
 *
 * @param ready "True", "False" or "Unknown"
 */
record Verdict(String ready, Reason reason, String message, List<Problem> problems) {
  /** Condition messages are cut here; the API server would accept more, people read less. */
  static final int MAX_MESSAGE = 2000;

  static Verdict ready(Reason reason, String message) {
    return new Verdict("True", reason, message, List.of());
  }

  /** Not ready because of {@code problems}; the first one that only the user can fix leads. */
  static Verdict rejected(List<Problem> problems) {
    Problem lead =
        problems.stream()
            .filter(p -> p.reason().disposition() == Reason.Disposition.STALLED)
            .findFirst()
            .orElse(problems.get(0));
    return new Verdict("False", lead.reason(), describe(problems), List.copyOf(problems));
  }

  /** Still working, for instance after a transient API error. */
  static Verdict unknown(String message) {
    return new Verdict("Unknown", Reason.Progressing, message, List.of());
  }

  List<Problem> problems(Reason.Disposition disposition) {
    return problems.stream().filter(p -> p.reason().disposition() == disposition).toList();
  }

  static String describe(List<Problem> problems) {
    String text = problems.stream().map(Problem::describe).collect(Collectors.joining("; "));
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 3) + "...";
  }
}
