package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Once everything converged, reconciling it again changes nothing and writes nothing. */
class IdempotenceIT extends OperatorTestSupport {
  private static final String GLOBEX = "tenant-globex";
  private static final Duration RESYNC = Duration.ofSeconds(1);

  @RegisterExtension final LogCapture logs = new LogCapture();

  @Override
  OperatorSettings settings() {
    return OperatorSettings.defaults().withResyncPeriod(RESYNC);
  }

  @Test
  void aResyncOfConvergedInstallationsMakesNoWriteRequest() {
    givenZendeskWithPlatformApp();
    Fixtures.createNamespace(client, GLOBEX);
    create(Fixtures.secret(TENANT, "own-app", "acme-id", "acme-secret"));
    create(Fixtures.secret(GLOBEX, "own-app", "globex-id", "globex-secret"));
    create(Fixtures.installation("platform"));
    create(Fixtures.ownApp("own", "own-app"));
    IntegrationInstallation globex = Fixtures.ownApp("own", "own-app");
    globex.getMetadata().setNamespace(GLOBEX);
    create(globex);
    IntegrationInstallation stalled = Fixtures.ownApp("stalled", "own-app");
    stalled.getSpec().getOauthOverride().setScopes(List.of("admin"));
    create(stalled);
    create(Fixtures.ownApp("waiting", "no-such-secret"));
    awaitReason("platform", "Published");
    awaitReason("own", "Published");
    awaitReason("stalled", "ScopeNotAllowed");
    awaitReason("waiting", "SecretNotFound");
    await().atMost(PATIENCE).until(() -> "Published".equals(readyReason(GLOBEX, "own")));

    List<String> all =
        List.of("platform", "own", "stalled", "waiting").stream()
            .map(name -> TENANT + "/" + name)
            .collect(Collectors.toCollection(ArrayList::new));
    all.add(GLOBEX + "/own");
    awaitResyncs(all, 1);
    harness.takeRequests();
    awaitResyncs(all, 3);

    assertThat(OperatorHarness.writes(harness.takeRequests())).isEmpty();
  }

  @Test
  void aFirstPublishWritesTheConfigMapOneEventAndTheStatusOnce() {
    givenZendeskWithPlatformApp();
    await().atMost(PATIENCE).until(() -> integrationStatusWritten("zendesk"));
    awaitQuiet();

    create(Fixtures.installation("zendesk"));
    awaitReason("zendesk", "Published");
    awaitResyncs(List.of(TENANT + "/zendesk"), 2);

    String installations = "/apis/integration-operator.io/v1alpha1/namespaces/" + TENANT;
    assertThat(OperatorHarness.writes(harness.takeRequests()))
        .containsExactlyInAnyOrder(
            "POST " + installations + "/integrationinstallations",
            "POST /api/v1/namespaces/" + TENANT + "/configmaps",
            "POST /api/v1/namespaces/" + TENANT + "/events",
            "PATCH " + installations + "/integrationinstallations/zendesk/status");
  }

  /** Waits until each installation was reconciled {@code times} more times than now. */
  private void awaitResyncs(List<String> installations, int times) {
    Map<String, Long> before = visits(installations);
    await()
        .atMost(RESYNC.multipliedBy(times + 5L))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                visits(installations).entrySet().stream()
                    .allMatch(e -> e.getValue() >= before.get(e.getKey()) + times));
  }

  private Map<String, Long> visits(List<String> installations) {
    return installations.stream()
        .collect(
            Collectors.toMap(
                Function.identity(),
                id -> logs.reconciliations(id.split("/")[0], id.split("/")[1])));
  }

  private boolean integrationStatusWritten(String name) {
    var integration = client.resources(Integration.class).withName(name).get();
    return integration.getStatus() != null;
  }

  private String readyReason(String namespace, String name) {
    IntegrationInstallation installation = installation(namespace, name);
    if (installation == null || installation.getStatus() == null) {
      return null;
    }
    return StatusConditions.find(installation.getStatus().getConditions(), "Ready").getReason();
  }
}
