package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmChartServiceAccountTest {

  @Test
  void createsTheServiceAccountThePodAndBindingsUse() {
    RenderedChart chart =
        HelmChart.committed()
            .render(
                Map.of(
                    "serviceAccount.name", "operator",
                    "serviceAccount.annotations.team", "platform",
                    "serviceAccount.automount", false));
    JsonNode account = chart.single("ServiceAccount");

    assertThat(account.at("/metadata/name").asText()).isEqualTo("operator");
    assertThat(account.at("/metadata/annotations/team").asText()).isEqualTo("platform");
    assertThat(account.path("automountServiceAccountToken").asBoolean()).isFalse();
    assertThat(chart.single("Deployment").at("/spec/template/spec/serviceAccountName").asText())
        .isEqualTo("operator");
    assertThat(
            chart
                .single("Deployment")
                .at("/spec/template/spec/automountServiceAccountToken")
                .asBoolean())
        .as("the operator needs its token whatever the account's default")
        .isTrue();
    assertThat(chart.ofKind("ClusterRoleBinding"))
        .allSatisfy(b -> assertThat(b.at("/subjects/0/name").asText()).isEqualTo("operator"));
  }

  @Test
  void existingServiceAccountMustBeNamed() {
    assertThatThrownBy(() -> HelmChart.committed().render(Map.of("serviceAccount.create", false)))
        .hasMessageContaining("serviceAccount.name is required");
    assertThat(
            HelmChart.committed()
                .render(Map.of("serviceAccount.create", false, "serviceAccount.name", "existing"))
                .ofKind("ServiceAccount"))
        .isEmpty();
  }
}
