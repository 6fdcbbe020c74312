package io.integrationoperator.operator;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a fresh operator and API server for each test and offers ways to wait on them. */
abstract class OperatorTestSupport {
  static final Duration PATIENCE = Duration.ofSeconds(20);

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

  <T extends HasMetadata> T create(T resource) {
    return client.resource(resource).create();
  }

  /** The zendesk integration and the platform's app for it. */
  void givenZendeskWithPlatformApp() {
    create(
        Fixtures.secret(
            OperatorHarness.OPERATOR_NAMESPACE,
            Fixtures.PLATFORM_SECRET,
            "platform-id",
            "platform-secret"));
    create(Fixtures.zendesk());
  }

  IntegrationInstallation installation(String name) {
    return installation(Fixtures.TENANT, name);
  }

  IntegrationInstallation installation(String namespace, String name) {
    return client
        .resources(IntegrationInstallation.class)
        .inNamespace(namespace)
        .withName(name)
        .get();
  }

  void editInstallation(String name, Consumer<IntegrationInstallation> change) {
    client
        .resources(IntegrationInstallation.class)
        .inNamespace(Fixtures.TENANT)
        .withName(name)
        .edit(
            i -> {
              change.accept(i);
              return i;
            });
  }

  void editIntegration(String name, Consumer<Integration> change) {
    client
        .resources(Integration.class)
        .withName(name)
        .edit(
            i -> {
              change.accept(i);
              return i;
            });
  }

  void replaceSecret(String namespace, String name, String clientId, String clientSecret) {
    Secret fresh = Fixtures.secret(namespace, name, clientId, clientSecret);
    client
        .secrets()
        .inNamespace(namespace)
        .withName(name)
        .edit(
            s -> {
              s.setData(fresh.getData());
              return s;
            });
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
        .atMost(PATIENCE)
        .until(
            () -> condition(installation, "Ready"), c -> c != null && reason.equals(c.getReason()));
  }

  IntegrationInstallation awaitInstallation(String name, Predicate<IntegrationInstallation> until) {
    return await()
        .atMost(PATIENCE)
        .until(() -> installation(name), i -> i != null && until.test(i));
  }

  ConfigMap configMap(String name) {
    return client.configMaps().inNamespace(Fixtures.TENANT).withName(name).get();
  }

  ConfigMap awaitConfigMap(String name, Predicate<ConfigMap> until) {
    return await()
        .atMost(PATIENCE)
        .until(() -> configMap(name), cm -> cm != null && until.test(cm));
  }

  /**
   * Waits until the operator has written nothing for a while, after a change settled, and returns
   * the writes made since requests were last taken.
   */
  List<String> awaitQuiet() {
    List<String> writes = new ArrayList<>();
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .during(Duration.ofMillis(800))
        .until(
            () -> {
              List<String> latest = OperatorHarness.writes(harness.takeRequests());
              writes.addAll(latest);
              return latest.isEmpty();
            });
    return writes;
  }

  List<Event> events(String namespace) {
    return client.v1().events().inNamespace(namespace).list().getItems();
  }

  /** The Events about one installation in the tenant namespace. */
  List<Event> eventsOf(String installation) {
    return events(Fixtures.TENANT).stream()
        .filter(e -> installation.equals(e.getInvolvedObject().getName()))
        .toList();
  }

  List<Event> awaitEvent(String namespace, String reason) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> events(namespace).stream().filter(e -> reason.equals(e.getReason())).toList(),
            list -> !list.isEmpty());
  }
}
