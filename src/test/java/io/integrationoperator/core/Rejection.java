package io.integrationoperator.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.integrationoperator.core.Fixtures.Scenario;

/**
 * A row of a rejection table: the scenario, the one problem it must produce, and a phrase its
 * message must contain to tell the user what to do.
 */
record Rejection(String name, Scenario scenario, Reason reason, String field, String hint) {

  static Rejection rejects(
      String name, Scenario scenario, Reason reason, String field, String hint) {
    return new Rejection(name, scenario, reason, field, hint);
  }

  void verify() {
    assertThat(scenario.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo(reason);
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.message()).contains(hint);
            });
  }

  @Override
  public String toString() {
    return name;
  }
}
