package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmChartMonitoringTest {

  @Test
  void metricsServiceExposesTheHttpPortAsHttpMetrics() {
    JsonNode port = HelmChart.committed().render().single("Service").at("/spec/ports/0");

    assertThat(port.path("name").asText()).isEqualTo("http-metrics");
    assertThat(port.path("targetPort").asText()).isEqualTo("http");
    assertThat(port.path("port").asInt()).isEqualTo(8080);
  }

  @Test
  void serviceMonitorIsOffByDefault() {
    assertThat(HelmChart.committed().render().ofKind("ServiceMonitor")).isEmpty();
  }

  @Test
  void serviceMonitorScrapesTheMetricsPort() {
    JsonNode monitor =
        HelmChart.committed()
            .render(
                Map.of(
                    "serviceMonitor.enabled", true,
                    "serviceMonitor.interval", "15s",
                    "serviceMonitor.labels.release", "prometheus"))
            .single("ServiceMonitor");

    assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
    assertThat(monitor.at("/metadata/labels/release").asText()).isEqualTo("prometheus");
    assertThat(monitor.at("/spec/endpoints/0/port").asText()).isEqualTo("http-metrics");
    assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/metrics");
    assertThat(monitor.at("/spec/endpoints/0/interval").asText()).isEqualTo("15s");
    // The installation gauge's own namespace label must survive the scrape.
    assertThat(monitor.at("/spec/endpoints/0/honorLabels").asBoolean()).isTrue();
    assertThat(monitor.at("/spec/namespaceSelector/matchNames/0").asText())
        .isEqualTo(HelmChart.NAMESPACE);
  }

  @Test
  void serviceMonitorNeedsTheMetricsService() {
    assertThatThrownBy(
            () ->
                HelmChart.committed()
                    .render(
                        Map.of("serviceMonitor.enabled", true, "metrics.service.enabled", false)))
        .hasMessageContaining("serviceMonitor.enabled needs metrics.service.enabled=true");
  }

  @Test
  void disruptionBudgetKeepsOnePodWhileThereAreSeveral() {
    assertThat(
            HelmChart.committed()
                .render()
                .single("PodDisruptionBudget")
                .at("/spec/minAvailable")
                .asInt())
        .isEqualTo(1);
    JsonNode spec =
        HelmChart.committed()
            .render(Map.of("podDisruptionBudget.maxUnavailable", "50%"))
            .single("PodDisruptionBudget")
            .path("spec");
    assertThat(spec.path("maxUnavailable").asText()).isEqualTo("50%");
    assertThat(spec.has("minAvailable")).isFalse();
    assertThat(
            HelmChart.committed().render(Map.of("replicaCount", 1)).ofKind("PodDisruptionBudget"))
        .isEmpty();
    assertThat(
            HelmChart.committed()
                .render(Map.of("podDisruptionBudget.enabled", false))
                .ofKind("PodDisruptionBudget"))
        .isEmpty();
  }
}
