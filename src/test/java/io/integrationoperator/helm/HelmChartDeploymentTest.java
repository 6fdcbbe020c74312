package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmChartDeploymentTest {

  private static Deployment deployment(Map<String, Object> values) {
    RenderedChart chart = HelmChart.committed().render(values);
    return chart.as(chart.single("Deployment"), Deployment.class);
  }

  private static PodSpec pod(Map<String, Object> values) {
    return deployment(values).getSpec().getTemplate().getSpec();
  }

  private static Container operator(Map<String, Object> values) {
    return pod(values).getContainers().get(0);
  }

  private static String env(Container container, String name) {
    return container.getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .map(EnvVar::getValue)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void runsTwoReplicasWithLeaderElectionByDefault() {
    Deployment deployment = deployment(Map.of());

    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
        .containsExactly(
            "run",
            "--operator-namespace=" + HelmChart.NAMESPACE,
            "--http-port=8080",
            "--log-format=text",
            "--leader-election",
            "--lease-name=integration-operator");
  }

  @Test
  void passesWatchedNamespacesLogFormatAndLeaseName() {
    Container container =
        operator(
            Map.of(
                "watchNamespaces[0]", "tenant-a",
                "watchNamespaces[1]", "tenant-b",
                "operator.logFormat", "json",
                "operator.leaderElection.leaseName", "io-leader"));

    assertThat(container.getArgs())
        .contains(
            "--watch-namespaces=tenant-a,tenant-b", "--log-format=json", "--lease-name=io-leader");
  }

  @Test
  void refusesSeveralReplicasWithoutLeaderElection() {
    assertThatThrownBy(() -> deployment(Map.of("operator.leaderElection.enabled", false)))
        .hasMessageContaining("needs operator.leaderElection.enabled=true");
    assertThat(
            operator(Map.of("operator.leaderElection.enabled", false, "replicaCount", 1)).getArgs())
        .doesNotContain("--leader-election");
  }

  @Test
  void podRunsAsNonRootWithRuntimeDefaultSeccomp() {
    var context = pod(Map.of()).getSecurityContext();

    assertThat(context.getRunAsNonRoot()).isTrue();
    assertThat(context.getRunAsUser()).isEqualTo(65532L);
    assertThat(context.getFsGroup()).isEqualTo(65532L);
    assertThat(context.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
  }

  @Test
  void containerHasReadOnlyRootNoEscalationAndNoCapabilities() {
    Container container = operator(Map.of());
    var context = container.getSecurityContext();

    assertThat(context.getReadOnlyRootFilesystem()).isTrue();
    assertThat(context.getAllowPrivilegeEscalation()).isFalse();
    assertThat(context.getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(container.getVolumeMounts())
        .singleElement()
        .satisfies(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
    assertThat(pod(Map.of()).getVolumes())
        .singleElement()
        .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
  }

  @Test
  void probesUseTheHealthEndpointsOnTheHttpPort() {
    Container container = operator(Map.of("operator.httpPort", 9090));

    assertThat(container.getPorts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getName()).isEqualTo("http");
              assertThat(p.getContainerPort()).isEqualTo(9090);
            });
    assertThat(container.getArgs()).contains("--http-port=9090");
    assertProbe(container.getStartupProbe(), "/healthz/startup");
    assertProbe(container.getReadinessProbe(), "/healthz/ready");
    assertProbe(container.getLivenessProbe(), "/healthz/live");
  }

  private static void assertProbe(Probe probe, String path) {
    assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
    assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    assertThat(probe.getPeriodSeconds()).isPositive();
    assertThat(probe.getFailureThreshold()).isPositive();
  }

  @Test
  void jvmFollowsTheMemoryLimitAndExitsOnOutOfMemory() {
    Container container = operator(Map.of());

    assertThat(env(container, "JAVA_TOOL_OPTIONS"))
        .contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
    assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(container.getResources().getLimits()).containsEntry("memory", new Quantity("512Mi"));
    assertThat(env(operator(Map.of("javaToolOptions", "-Xmx300m")), "JAVA_TOOL_OPTIONS"))
        .isEqualTo("-Xmx300m");
  }

  @Test
  void podNamespaceComesFromTheDownwardApi() {
    EnvVar namespace =
        operator(Map.of()).getEnv().stream()
            .filter(e -> e.getName().equals("POD_NAMESPACE"))
            .findFirst()
            .orElseThrow();

    assertThat(namespace.getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("metadata.namespace");
  }

  @Test
  void imageTagDefaultsToAppVersionAndDigestWins() {
    assertThat(operator(Map.of()).getImage()).endsWith("/integration-operator:0.1.0");
    String digest = "sha256:" + "a".repeat(64);
    assertThat(operator(Map.of("image.tag", "0.2.0", "image.digest", digest)).getImage())
        .endsWith("/integration-operator@" + digest);
  }

  @Test
  void schedulingValuesReachThePod() {
    PodSpec pod =
        pod(
            Map.of(
                "priorityClassName", "platform-critical",
                "nodeSelector.pool", "system",
                "tolerations[0].key", "dedicated",
                "tolerations[0].operator", "Exists",
                "topologySpreadConstraints[0].maxSkew", 1,
                "topologySpreadConstraints[0].topologyKey", "topology.kubernetes.io/zone",
                "topologySpreadConstraints[0].whenUnsatisfiable", "ScheduleAnyway",
                "imagePullSecrets[0].name", "registry",
                "podAnnotations.team", "platform",
                "podLabels.team", "platform"));

    assertThat(pod.getPriorityClassName()).isEqualTo("platform-critical");
    assertThat(pod.getNodeSelector()).containsEntry("pool", "system");
    assertThat(pod.getTolerations()).singleElement().extracting("key").isEqualTo("dedicated");
    assertThat(pod.getImagePullSecrets()).singleElement().extracting("name").isEqualTo("registry");
    assertThat(pod.getTopologySpreadConstraints())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.getLabelSelector().getMatchLabels())
                    .containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/instance"));
  }

  @Test
  void aSpreadConstraintKeepsItsOwnLabelSelector() {
    PodSpec pod =
        pod(
            Map.of(
                "topologySpreadConstraints[0].maxSkew", 1,
                "topologySpreadConstraints[0].topologyKey", "kubernetes.io/hostname",
                "topologySpreadConstraints[0].whenUnsatisfiable", "DoNotSchedule",
                "topologySpreadConstraints[0].labelSelector.matchLabels.team", "payments"));

    assertThat(pod.getTopologySpreadConstraints())
        .singleElement()
        .satisfies(c -> assertThat(c.getLabelSelector().getMatchLabels()).containsOnlyKeys("team"));
  }

  @Test
  void podAnnotationsAndLabelsReachThePodWithoutBreakingTheSelector() {
    Deployment deployment =
        deployment(
            Map.of(
                "podAnnotations.team", "platform",
                "podLabels.team", "platform",
                "podLabels.app\\.kubernetes\\.io/name", "other"));
    var metadata = deployment.getSpec().getTemplate().getMetadata();

    assertThat(metadata.getAnnotations()).containsEntry("team", "platform");
    assertThat(metadata.getLabels())
        .containsEntry("team", "platform")
        .containsEntry("app.kubernetes.io/name", "integration-operator")
        .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
  }

  @Test
  void extraArgsAndEnvComeAfterTheChartsOwn() {
    Container container =
        operator(
            Map.of(
                "operator.extraArgs[0]", "--reconcile-threads=4",
                "extraEnv[0].name", "TZ",
                "extraEnv[0].value", "UTC"));

    assertThat(container.getArgs()).last().isEqualTo("--reconcile-threads=4");
    assertThat(env(container, "TZ")).isEqualTo("UTC");
  }
}
