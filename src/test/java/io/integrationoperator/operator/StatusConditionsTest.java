package io.integrationoperator.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.Condition;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusConditionsTest {
  private static final Problem NO_SECRET =
      new Problem(Reason.SecretNotFound, "spec.oauthOverride.credentialsSecretRef", "create it");
  private static final Problem BAD_SCOPE =
      new Problem(Reason.ScopeNotAllowed, "spec.oauthOverride.scopes[0]", "'admin' is not allowed");

  private final TestClock clock = new TestClock();

  @Test
  void aProblemOnlyTheUserCanFixWinsOverOneThatMayResolveItself() {
    List<Condition> conditions =
        StatusConditions.next(null, Verdict.rejected(List.of(NO_SECRET, BAD_SCOPE)), 3, clock);

    assertThat(conditions).extracting(Condition::getType).containsExactly("Ready", "Stalled");
    Condition ready = conditions.get(0);
    assertThat(ready.getReason()).isEqualTo("ScopeNotAllowed");
    assertThat(ready.getMessage()).contains("credentialsSecretRef", "scopes[0]");
    assertThat(conditions.get(1).getMessage()).contains("scopes[0]").doesNotContain("Secret");
  }

  @Test
  void waitingAloneIsReconciling() {
    List<Condition> conditions =
        StatusConditions.next(null, Verdict.rejected(List.of(NO_SECRET)), 1, clock);

    assertThat(conditions)
        .extracting(Condition::getType, Condition::getStatus, Condition::getReason)
        .containsExactly(
            tuple("Ready", "False", "SecretNotFound"),
            tuple("Reconciling", "True", "SecretNotFound"));
  }

  @Test
  void transitionTimeMovesOnlyWhenTheStatusFlips() {
    List<Condition> waiting =
        StatusConditions.next(null, Verdict.rejected(List.of(NO_SECRET)), 1, clock);
    clock.advance(Duration.ofMinutes(5));
    List<Condition> stalled =
        StatusConditions.next(waiting, Verdict.rejected(List.of(BAD_SCOPE)), 2, clock);
    clock.advance(Duration.ofMinutes(5));
    List<Condition> ready =
        StatusConditions.next(stalled, Verdict.ready(Reason.Published, "ok"), 3, clock);

    assertThat(stalled.get(0).getLastTransitionTime())
        .isEqualTo(waiting.get(0).getLastTransitionTime());
    assertThat(stalled.get(0).getObservedGeneration()).isEqualTo(2);
    assertThat(stalled.get(1).getLastTransitionTime())
        .isNotEqualTo(waiting.get(0).getLastTransitionTime());
    assertThat(ready).singleElement().extracting(Condition::getStatus).isEqualTo("True");
    assertThat(ready.get(0).getLastTransitionTime())
        .isNotEqualTo(stalled.get(0).getLastTransitionTime());
  }
}
