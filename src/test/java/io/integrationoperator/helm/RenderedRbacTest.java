package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedRbacTest {

  private static final String GROUP = "integration-operator.io";

  @Test
  void answersForTheOperatorsServiceAccountInClusterWideMode() {
    RenderedRbac rbac = RenderedRbac.render(Map.of());

    assertThat(rbac.allows(GROUP, "integrationinstallations", "status", "patch", "tenant-a"))
        .isTrue();
    assertThat(rbac.allows(GROUP, "integrationinstallations", null, "patch", "tenant-a")).isFalse();
    assertThat(rbac.allows(GROUP, "integrations", "status", "update", null)).isTrue();
    assertThat(rbac.allows("", "secrets", null, "get", "tenant-a")).isTrue();
    assertThat(rbac.allows("", "secrets", null, "update", "tenant-a")).isFalse();
    assertThat(rbac.allows("", "configmaps", null, "delete", "tenant-a")).isTrue();
    assertThat(rbac.allows("", "events", null, "create", "tenant-a")).isTrue();
    assertThat(rbac.allows("events.k8s.io", "events", null, "create", "tenant-a")).isFalse();
  }

  @Test
  void leaseRulesHoldOnlyInTheReleaseNamespace() {
    RenderedRbac rbac = RenderedRbac.render(Map.of());

    assertThat(rbac.allows("coordination.k8s.io", "leases", null, "create", HelmChart.NAMESPACE))
        .isTrue();
    assertThat(rbac.allows("coordination.k8s.io", "leases", null, "get", HelmChart.NAMESPACE))
        .as("resourceNames are ignored when no name is asked about")
        .isTrue();
    assertThat(rbac.allows("coordination.k8s.io", "leases", null, "get", "tenant-a")).isFalse();
  }

  @Test
  void ignoresRolesNotBoundToTheServiceAccount() {
    RenderedRbac rbac = RenderedRbac.render(Map.of());

    // The -edit ClusterRole grants installation writes to users, through the built-in edit role.
    assertThat(rbac.allows(GROUP, "integrationinstallations", null, "create", "tenant-a"))
        .isFalse();
    assertThat(rbac.grantedRules()).doesNotContain(GROUP + "/integrationinstallations:create");
  }

  @Test
  void noSecretWriteIsGrantedInAnyMode() {
    for (Map<String, Object> values : HelmChartRbacTest.everyRbacMode().toList()) {
      RenderedRbac rbac = RenderedRbac.render(values);
      for (String verb : new String[] {"create", "update", "patch", "delete", "deletecollection"}) {
        assertThat(rbac.allows("", "secrets", null, verb, HelmChart.NAMESPACE)).isFalse();
        assertThat(rbac.allows("", "secrets", null, verb, "tenant-a")).isFalse();
      }
    }
  }
}
