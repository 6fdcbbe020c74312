package io.integrationoperator.core;

import static io.integrationoperator.core.Fixtures.list;
import static io.integrationoperator.core.Fixtures.scenario;
import static io.integrationoperator.core.Rejection.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.integrationoperator.core.Fixtures.Scenario;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Connection parameters the resolver rejects, above all values that could change an endpoint. */
class ConnectionParameterRejectionTest {
  static Stream<Rejection> connectionParameters() {
    return Stream.of(
        rejects(
            "a required connection parameter that is absent",
            scenario().parameters(Map.of()),
            Reason.MissingConnectionParameter,
            "spec.connectionParameters.subdomain",
            "Your Zendesk subdomain"),
        rejects(
            "an optional parameter is still required when an endpoint uses it",
            scenario()
                .integration(i -> i.getConnectionParameters().get(0).setRequired(false))
                .parameters(Map.of()),
            Reason.MissingConnectionParameter,
            "spec.connectionParameters.subdomain",
            "is required"),
        rejects(
            "a value that does not match the parameter's pattern",
            scenario().parameters(Map.of("subdomain", "Acme")),
            Reason.InvalidConnectionParameter,
            "spec.connectionParameters.subdomain",
            "does not match"),
        rejects(
            "a parameter the integration does not declare",
            scenario().parameters(Map.of("subdomain", "acme", "region", "eu")),
            Reason.InvalidConnectionParameter,
            "spec.connectionParameters.region",
            "[subdomain]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("connectionParameters")
  void rejectsWithTheReasonAndTheFieldToFix(Rejection rejection) {
    rejection.verify();
  }

  static Stream<String> hostileValues() {
    return Stream.of(
        "evil.com/x",
        "a@b",
        "%2e%2e",
        "..",
        "acme..evil",
        "acme.",
        "\u0430cme",
        "\uff41cme",
        "acme\u200b",
        "acme:443",
        "acme?x=1",
        "acme#x",
        "acme\\evil.com",
        " acme",
        "acme\n",
        "");
  }

  @ParameterizedTest(name = "\"{0}\" is rejected even where no pattern guards the parameter")
  @MethodSource("hostileValues")
  void rejectsValuesThatCouldChangeTheUrlEvenWithoutAPattern(String value) {
    Scenario scenario =
        scenario()
            .integration(i -> i.getConnectionParameters().get(0).setPattern(null))
            .parameters(Map.of("subdomain", value));

    assertThat(scenario.problems())
        .extracting(Problem::reason, Problem::field)
        .containsExactly(
            tuple(Reason.InvalidConnectionParameter, "spec.connectionParameters.subdomain"));
  }

  @ParameterizedTest(name = "\"{0}\" is rejected where a pattern guards the parameter")
  @MethodSource("hostileValues")
  void rejectsValuesThatCouldChangeTheUrlWithAPattern(String value) {
    Scenario scenario = scenario().parameters(Map.of("subdomain", value));

    assertThat(scenario.problems())
        .extracting(Problem::reason, Problem::field)
        .containsExactly(
            tuple(Reason.InvalidConnectionParameter, "spec.connectionParameters.subdomain"));
  }

  @Test
  void rejectsAValueThatMakesTheHostInvalidOnceSubstituted() {
    Scenario scenario =
        scenario()
            .integration(i -> i.getConnectionParameters().get(0).setPattern(null))
            .parameters(Map.of("subdomain", "a".repeat(64)));

    assertThat(scenario.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.reason()).isEqualTo(Reason.InvalidConnectionParameter));
  }

  @Test
  void reportsAnUnusableSubstitutedEndpointTogetherWithOtherProblems() {
    Scenario scenario =
        scenario()
            .integration(i -> i.getConnectionParameters().get(0).setPattern(null))
            .parameters(Map.of("subdomain", "a".repeat(64)))
            .override(o -> o.setScopes(list("admin")));

    assertThat(scenario.problems())
        .extracting(Problem::reason)
        .contains(Reason.InvalidConnectionParameter, Reason.ScopeNotAllowed);
  }
}
