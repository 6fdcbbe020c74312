package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HelmChartRbacTest {

  private static final Map<String, Object> NAMESPACED =
      Map.of("watchNamespaces[0]", "tenant-a", "watchNamespaces[1]", "tenant-b");

  private static final Set<String> WRITE_VERBS =
      Set.of("create", "update", "patch", "delete", "deletecollection", "*");

  static Stream<Map<String, Object>> everyRbacMode() {
    return Stream.of(
        Map.of(),
        NAMESPACED,
        Map.of(
            "rbac.aggregateToViewEdit",
            false,
            "operator.leaderElection.enabled",
            false,
            "replicaCount",
            1),
        Map.of("watchNamespaces[0]", HelmChart.NAMESPACE));
  }

  private static List<PolicyRule> allRules(RenderedChart chart) {
    List<PolicyRule> rules = new ArrayList<>();
    chart
        .ofKind("ClusterRole")
        .forEach(d -> rules.addAll(chart.as(d, ClusterRole.class).getRules()));
    chart.ofKind("Role").forEach(d -> rules.addAll(chart.as(d, Role.class).getRules()));
    return rules;
  }

  @ParameterizedTest
  @MethodSource("everyRbacMode")
  void noRuleGrantsAWriteVerbOnSecrets(Map<String, Object> values) {
    RenderedChart chart = HelmChart.committed().render(values);

    assertThat(allRules(chart))
        .isNotEmpty()
        .noneSatisfy(
            rule -> {
              assertThat(rule.getApiGroups()).containsAnyOf("", "*");
              assertThat(rule.getResources()).containsAnyOf("secrets", "*");
              assertThat(rule.getVerbs()).containsAnyElementsOf(WRITE_VERBS);
            });
  }

  @Test
  void clusterWideModeBindsOneClusterRoleWithLeastPrivilege() {
    RenderedRbac rbac = RenderedRbac.render(Map.of());

    assertThat(rbac.grantedRules())
        .containsExactlyInAnyOrder(
            "integration-operator.io/integrations:get",
            "integration-operator.io/integrations:list",
            "integration-operator.io/integrations:watch",
            "integration-operator.io/integrations/status:update",
            "integration-operator.io/integrations/status:patch",
            "integration-operator.io/integrationinstallations:get",
            "integration-operator.io/integrationinstallations:list",
            "integration-operator.io/integrationinstallations:watch",
            "integration-operator.io/integrationinstallations/status:update",
            "integration-operator.io/integrationinstallations/status:patch",
            "core/secrets:get",
            "core/secrets:list",
            "core/secrets:watch",
            "core/configmaps:get",
            "core/configmaps:list",
            "core/configmaps:watch",
            "core/configmaps:create",
            "core/configmaps:update",
            "core/configmaps:patch",
            "core/configmaps:delete",
            "core/events:create",
            "core/events:get",
            "core/events:patch",
            "coordination.k8s.io/leases:create",
            "coordination.k8s.io/leases:get",
            "coordination.k8s.io/leases:update",
            "coordination.k8s.io/leases:patch");
    assertThat(rbac.allows("", "secrets", null, "list", "any-tenant")).isTrue();
  }

  @Test
  void namespaceScopedModeGrantsOnlyInTheWatchedNamespaces() {
    RenderedChart chart = HelmChart.committed().render(NAMESPACED);
    RenderedRbac rbac = RenderedRbac.of(chart);

    for (String namespace : List.of("tenant-a", "tenant-b")) {
      assertThat(rbac.allows("", "secrets", null, "watch", namespace)).isTrue();
      assertThat(rbac.allows("", "configmaps", null, "delete", namespace)).isTrue();
      assertThat(rbac.allows("", "events", null, "create", namespace)).isTrue();
      assertThat(
              rbac.allows(
                  "integration-operator.io", "integrationinstallations", null, "list", namespace))
          .isTrue();
      assertThat(
              rbac.allows(
                  "integration-operator.io",
                  "integrationinstallations",
                  "status",
                  "patch",
                  namespace))
          .isTrue();
    }
    assertThat(rbac.allows("", "secrets", null, "get", "tenant-c")).isFalse();
    assertThat(rbac.allows("", "configmaps", null, "create", "tenant-c")).isFalse();
    assertThat(
            rbac.allows("integration-operator.io", "integrationinstallations", null, "list", null))
        .isFalse();
    assertThat(rbac.allows("integration-operator.io", "integrations", null, "watch", null))
        .isTrue();
    assertThat(rbac.allows("", "secrets", null, "get", HelmChart.NAMESPACE))
        .as("platform app Secrets in the release namespace")
        .isTrue();
    assertThat(chart.ofKind("ClusterRoleBinding"))
        .singleElement()
        .satisfies(b -> assertThat(b.at("/roleRef/name").asText()).endsWith("-integrations"));
  }

  @Test
  void namespaceScopedClusterRoleCoversOnlyIntegrations() {
    RenderedChart chart = HelmChart.committed().render(NAMESPACED);
    ClusterRole role =
        chart.as(chart.get("ClusterRole", "integration-operator-integrations"), ClusterRole.class);

    assertThat(role.getRules())
        .flatExtracting(PolicyRule::getResources)
        .containsOnly("integrations", "integrations/status");
  }

  @Test
  void leaseRightsAreLimitedToTheLeaseName() {
    RenderedChart chart =
        HelmChart.committed().render(Map.of("operator.leaderElection.leaseName", "io-leader"));
    Role role = chart.as(chart.get("Role", "integration-operator-leader-election"), Role.class);

    assertThat(role.getMetadata().getNamespace()).isEqualTo(HelmChart.NAMESPACE);
    assertThat(role.getRules())
        .filteredOn(r -> r.getVerbs().containsAll(List.of("get", "update", "patch")))
        .singleElement()
        .satisfies(r -> assertThat(r.getResourceNames()).containsExactly("io-leader"));
    assertThat(role.getRules())
        .filteredOn(r -> r.getVerbs().contains("create"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getVerbs()).containsExactly("create");
              assertThat(r.getResourceNames()).isNullOrEmpty();
            });
    RenderedRbac rbac = RenderedRbac.of(chart);
    assertThat(
            rbac.allows(
                "coordination.k8s.io", "leases", null, "update", HelmChart.NAMESPACE, "io-leader"))
        .isTrue();
    assertThat(
            rbac.allows(
                "coordination.k8s.io",
                "leases",
                null,
                "update",
                HelmChart.NAMESPACE,
                "someone-else"))
        .isFalse();
  }

  @Test
  void noLeaseRightsWithoutLeaderElection() {
    RenderedRbac rbac =
        RenderedRbac.render(Map.of("operator.leaderElection.enabled", false, "replicaCount", 1));

    assertThat(rbac.grantedRules()).noneMatch(rule -> rule.startsWith("coordination.k8s.io/"));
  }

  @Test
  void aggregatedRolesExtendViewEditAndAdmin() {
    RenderedChart chart = HelmChart.committed().render(Map.of());
    JsonNode view = chart.get("ClusterRole", "integration-operator-view");
    ClusterRole edit =
        chart.as(chart.get("ClusterRole", "integration-operator-edit"), ClusterRole.class);

    assertThat(view.at("/metadata/labels/rbac.authorization.k8s.io~1aggregate-to-view").asText())
        .isEqualTo("true");
    assertThat(edit.getMetadata().getLabels())
        .containsEntry("rbac.authorization.k8s.io/aggregate-to-edit", "true")
        .containsEntry("rbac.authorization.k8s.io/aggregate-to-admin", "true");
    assertThat(edit.getRules())
        .flatExtracting(PolicyRule::getResources)
        .containsOnly("integrationinstallations");
    assertThat(
            HelmChart.committed()
                .render(Map.of("rbac.aggregateToViewEdit", false))
                .ofKind("ClusterRole"))
        .extracting(d -> d.at("/metadata/name").asText())
        .containsExactly("integration-operator");
  }

  @Test
  void rbacCanBeLeftToTheCluster() {
    RenderedChart chart = HelmChart.committed().render(Map.of("rbac.create", false));

    assertThat(chart.all())
        .extracting(d -> d.path("kind").asText())
        .doesNotContain("Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding");
  }
}
