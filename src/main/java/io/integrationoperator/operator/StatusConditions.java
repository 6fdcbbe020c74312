package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a {@link Verdict} into kstatus conditions: {@code Ready} always, {@code Reconciling} and
 * {@code Stalled} only while true, and never both: a problem only the user can fix wins over one
 * that may resolve itself. {@code lastTransitionTime} moves only when a status flips.
 */
final class StatusConditions {
  static final String READY = "Ready";
  static final String RECONCILING = "Reconciling";
  static final String STALLED = "Stalled";

  private StatusConditions() {}

  static List<Condition> next(
      List<Condition> current, Verdict verdict, long generation, Clock clock) {
    List<Condition> next = new ArrayList<>();
    next.add(
        condition(
            current, READY, verdict.ready(), verdict.reason(), verdict.message(), generation));
    List<Problem> waiting = verdict.problems(Reason.Disposition.WAITING);
    List<Problem> stalled = verdict.problems(Reason.Disposition.STALLED);
    // kstatus reads Reconciling first: while the user must fix something, it would wait forever.
    if (stalled.isEmpty() && (!waiting.isEmpty() || verdict.reason() == Reason.Progressing)) {
      Reason reason = waiting.isEmpty() ? Reason.Progressing : waiting.get(0).reason();
      String message = waiting.isEmpty() ? verdict.message() : Verdict.describe(waiting);
      next.add(condition(current, RECONCILING, "True", reason, message, generation));
    }
    if (!stalled.isEmpty()) {
      next.add(
          condition(
              current,
              STALLED,
              "True",
              stalled.get(0).reason(),
              Verdict.describe(stalled),
              generation));
    }
    String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    for (Condition condition : next) {
      if (condition.getLastTransitionTime() == null) {
        condition.setLastTransitionTime(now);
      }
    }
    return next;
  }

  /** A condition that keeps the previous transition time when its status did not change. */
  private static Condition condition(
      List<Condition> current,
      String type,
      String status,
      Reason reason,
      String message,
      long generation) {
    Condition previous = find(current, type);
    String since =
        previous != null && Objects.equals(previous.getStatus(), status)
            ? previous.getLastTransitionTime()
            : null;
    return new ConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason.name())
        .withMessage(message)
        .withObservedGeneration(generation)
        .withLastTransitionTime(since)
        .build();
  }

  static Condition find(List<Condition> conditions, String type) {
    if (conditions == null) {
      return null;
    }
    return conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
  }
}
