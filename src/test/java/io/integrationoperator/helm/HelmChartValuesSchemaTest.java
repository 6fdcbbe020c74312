package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelmChartValuesSchemaTest {

  @ParameterizedTest(name = "{0}={1} is refused")
  @CsvSource({
    "replicaCont, 2, Additional property replicaCont is not allowed",
    "image.tagg, 1.0.0, Additional property tagg is not allowed",
    "catalogue.providers.acme.defaultCredentialSecret, app, defaultCredentialSecret",
    "serviceMonitor.intervall, 1m, Additional property intervall is not allowed",
    "replicaCount, two, replicaCount",
    "operator.logFormat, xml, operator.logFormat",
    "operator.httpPort, 70000, operator.httpPort",
    "crds.keep, maybe, crds.keep",
    "watchNamespaces[0], Tenant_A, watchNamespaces",
    "securityContext.readOnlyRootFileSystem, false, readOnlyRootFileSystem",
    "podSecurityContext.runAsNonroot, true, runAsNonroot",
    "resources.limit.memory, 1Gi, Additional property limit is not allowed",
    "extraEnv[0].nmae, X, nmae",
    "commonLabels.app\\.kubernetes\\.io/name, other, commonLabels",
  })
  void rejectsUnknownKeysAndWrongTypes(String key, String value, String message) {
    assertThatThrownBy(() -> HelmChart.committed().render(Map.of(key, value)))
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining(message);
  }
}
