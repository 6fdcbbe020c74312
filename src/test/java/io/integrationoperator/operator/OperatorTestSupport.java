package io.integrationoperator.operator;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a fresh operator and API server for each test and offers ways to wait on them. */
abstract class OperatorTestSupport {
  OperatorHarness harness;
  KubernetesClient client;

  OperatorSettings settings() {
    return OperatorSettings.defaults();
  }

  @BeforeEach
  void startOperator() throws Exception {
    harness = OperatorHarness.start(settings());
    client = harness.client;
    Fixtures.createNamespace(client, Fixtures.TENANT);
  }

  @AfterEach
  void stopOperator() {
    harness.close();
  }

  <T extends io.fabric8.kubernetes.api.model.HasMetadata> T create(T resource) {
    return client.resource(resource).create();
  }

  IntegrationInstallation installation(String name) {
    return client
        .resources(IntegrationInstallation.class)
        .inNamespace(Fixtures.TENANT)
        .withName(name)
        .get();
  }

  Condition condition(String installation, String type) {
    IntegrationInstallation current = installation(installation);
    if (current == null || current.getStatus() == null) {
      return null;
    }
    return StatusConditions.find(current.getStatus().getConditions(), type);
  }

  /** Waits until the installation's Ready condition has this reason, and returns it. */
  Condition awaitReason(String installation, String reason) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> condition(installation, "Ready"), c -> c != null && reason.equals(c.getReason()));
  }

  ConfigMap configMap(String name) {
    return client.configMaps().inNamespace(Fixtures.TENANT).withName(name).get();
  }

  ConfigMap awaitConfigMap(String name, java.util.function.Predicate<ConfigMap> until) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> configMap(name), cm -> cm != null && until.test(cm));
  }

  List<Event> events(String namespace) {
    return client.v1().events().inNamespace(namespace).list().getItems();
  }

  List<Event> awaitEvent(String namespace, String reason) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> events(namespace).stream().filter(e -> reason.equals(e.getReason())).toList(),
            list -> !list.isEmpty());
  }
}
