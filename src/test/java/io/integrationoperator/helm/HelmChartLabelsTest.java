package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmChartLabelsTest {

  private static final Map<String, Object> EVERYTHING_ON =
      Map.of(
          "serviceMonitor.enabled", true,
          "catalogue.hookOnInstall", false,
          "watchNamespaces[0]", "tenant-a");

  private static final Set<String> SELECTOR_KEYS =
      Set.of("app.kubernetes.io/name", "app.kubernetes.io/instance");

  @Test
  void everyObjectCarriesTheStandardLabels(@TempDir Path temp) {
    RenderedChart chart =
        HelmChart.copyInto(temp)
            .withCatalogueEntry("acme", CatalogueEntries.ACME)
            .render(EVERYTHING_ON);

    assertThat(chart.all()).hasSizeGreaterThan(15);
    for (ObjectNode document : chart.all()) {
      JsonNode labels = document.at("/metadata/labels");
      assertThat(labels.path("app.kubernetes.io/name").asText())
          .as("%s %s", document.path("kind"), document.at("/metadata/name"))
          .isEqualTo("integration-operator");
      assertThat(labels.path("app.kubernetes.io/instance").asText()).isEqualTo(HelmChart.RELEASE);
      assertThat(labels.path("app.kubernetes.io/version").asText()).isEqualTo("0.1.0");
      assertThat(labels.path("app.kubernetes.io/managed-by").asText()).isEqualTo("Helm");
      assertThat(labels.path("helm.sh/chart").asText()).isEqualTo("integration-operator-0.1.0");
    }
  }

  @Test
  void commonLabelsReachEveryObject() {
    RenderedChart chart = HelmChart.committed().render(Map.of("commonLabels.team", "platform"));

    assertThat(chart.all())
        .allSatisfy(d -> assertThat(d.at("/metadata/labels/team").asText()).isEqualTo("platform"));
  }

  @Test
  void selectorsUseOnlyNameAndInstance() {
    RenderedChart chart = HelmChart.committed().render(EVERYTHING_ON);

    assertThat(fieldNames(chart.single("Deployment").at("/spec/selector/matchLabels")))
        .isEqualTo(SELECTOR_KEYS);
    assertThat(fieldNames(chart.single("Service").at("/spec/selector"))).isEqualTo(SELECTOR_KEYS);
    assertThat(fieldNames(chart.single("PodDisruptionBudget").at("/spec/selector/matchLabels")))
        .isEqualTo(SELECTOR_KEYS);
    assertThat(fieldNames(chart.single("ServiceMonitor").at("/spec/selector/matchLabels")))
        .isEqualTo(SELECTOR_KEYS);
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
