package io.integrationoperator.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.cli.StandIn;
import io.integrationoperator.helm.RenderedRbac;
import io.javaoperatorsdk.operator.Operator;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas with leader election against the stand-in: one reconciles, the other stands by with
 * warm caches; a graceful stop hands the Lease over; a Lease taken by someone else stops the
 * leader. The stand-in answers the permission check JOSDK makes at start (a SelfSubjectRulesReview)
 * with the Lease rules the chart grants, and every Lease request is checked against the chart.
 */
class LeaderElectionIT {
  private static final String LEASE = "integration-operator";
  private static final String NAMESPACE = OperatorHarness.OPERATOR_NAMESPACE;
  private static final String AGENT = "integration-operator-replica";

  private final Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
  private final List<Operator> replicas = new ArrayList<>();
  private final List<KubernetesClient> clients = new ArrayList<>();
  private final AtomicInteger lostLeases = new AtomicInteger();
  private KubernetesMockServer server;
  private KubernetesClient client;

  @BeforeEach
  void startServer() throws Exception {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    server
        .expect()
        .post()
        .withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")
        .andReturn(
            201,
            new SelfSubjectRulesReviewBuilder()
                .withNewStatus()
                .withIncomplete(false)
                .withResourceRules(
                    new ResourceRuleBuilder()
                        .withApiGroups("coordination.k8s.io")
                        .withResources("leases")
                        .withVerbs("create")
                        .build(),
                    new ResourceRuleBuilder()
                        .withApiGroups("coordination.k8s.io")
                        .withResources("leases")
                        .withResourceNames(LEASE)
                        .withVerbs("get", "update", "patch")
                        .build())
                .endStatus()
                .build())
        .always();
    client = server.createClient();
    StandIn.installCrds(client);
    Fixtures.createNamespace(client, NAMESPACE);
    Fixtures.createNamespace(client, Fixtures.TENANT);
    client.resource(Fixtures.secret(NAMESPACE, Fixtures.PLATFORM_SECRET, "id", "secret")).create();
    client.resource(Fixtures.zendesk()).create();
  }

  @AfterEach
  void stop() {
    replicas.forEach(Operator::stop);
    clients.forEach(KubernetesClient::close);
    client.close();
    server.destroy();
  }

  private Operator startReplica(String identity) {
    KubernetesClient replicaClient =
        server.createClient(b -> b.editOrNewConfig().withUserAgent(AGENT).endConfig());
    clients.add(replicaClient);
    LeaderElectionSettings election =
        new LeaderElectionSettings(
            LEASE, identity, Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofMillis(300));
    Operator replica =
        IntegrationOperator.create(
            replicaClient,
            OperatorSettings.defaults().withLeaderElection(election),
            Clock.systemUTC(),
            new OperatorMetrics(),
            lostLeases::incrementAndGet);
    replica.start();
    replicas.add(replica);
    return replica;
  }

  private String holder() {
    Lease lease = client.leases().inNamespace(NAMESPACE).withName(LEASE).get();
    return lease == null ? null : lease.getSpec().getHolderIdentity();
  }

  private String readyReason(String name) {
    IntegrationInstallation installation =
        client
            .resources(IntegrationInstallation.class)
            .inNamespace(Fixtures.TENANT)
            .withName(name)
            .get();
    if (installation == null || installation.getStatus() == null) {
      return null;
    }
    return installation.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals("Ready"))
        .map(c -> c.getStatus() + "/" + c.getReason())
        .findFirst()
        .orElse(null);
  }

  @Test
  void theLeaderReconcilesAndAGracefulStopHandsTheLeaseToTheStandby() {
    Operator first = startReplica("replica-a");
    await().atMost(Duration.ofSeconds(10)).until(() -> "replica-a".equals(holder()));
    Operator second = startReplica("replica-b");
    // The standby's caches are synced (it starts ready) while the first keeps the Lease.
    assertThat(second.getRuntimeInfo().isStarted()).isTrue();
    assertThat(second.getRuntimeInfo().allEventSourcesAreHealthy()).isTrue();

    client.resource(Fixtures.installation("before")).create();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "True/Published".equals(readyReason("before")));
    assertThat(holder()).isEqualTo("replica-a");

    first.stop();
    replicas.remove(first);

    // Handed back while stopping, not left to expire, so the standby leads at its next retry.
    assertThat(holder()).isIn(null, "", "replica-b");
    await().atMost(Duration.ofSeconds(10)).until(() -> "replica-b".equals(holder()));
    client.resource(Fixtures.installation("after")).create();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "True/Published".equals(readyReason("after")));
    assertThat(lostLeases).hasValue(0);
    assertLeaseRequestsAllowedByTheChart();
  }

  @Test
  void aLeaderWhoseLeaseIsTakenStopsLeading() {
    startReplica("replica-a");
    await().atMost(Duration.ofSeconds(10)).until(() -> "replica-a".equals(holder()));

    client
        .leases()
        .inNamespace(NAMESPACE)
        .withName(LEASE)
        .edit(
            lease -> {
              lease.getSpec().setHolderIdentity("intruder");
              lease.getSpec().setRenewTime(ZonedDateTime.now().plusSeconds(60));
              return lease;
            });

    await().atMost(Duration.ofSeconds(10)).until(() -> lostLeases.get() == 1);
    assertThat(holder()).isEqualTo("intruder");
  }

  private void assertLeaseRequestsAllowedByTheChart() {
    RenderedRbac rbac = RenderedRbac.render(Map.of());
    List<String> leaseRequests = new ArrayList<>();
    List<String> denied = new ArrayList<>();
    RecordedRequest request;
    try {
      while ((request = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
        ApiRequest api = ApiRequest.of(request);
        if (!AGENT.equals(request.getHeader("User-Agent")) || !api.resource().equals("leases")) {
          continue;
        }
        String name = api.verb().equals("create") ? null : LEASE;
        leaseRequests.add(api.rule());
        if (!rbac.allows(api.group(), api.resource(), null, api.verb(), api.namespace(), name)) {
          denied.add(api.rule() + " " + request.getPath());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(leaseRequests)
        .contains(
            "coordination.k8s.io/leases:create",
            "coordination.k8s.io/leases:get",
            "coordination.k8s.io/leases:update");
    assertThat(denied).as("Lease requests the chart's RBAC would deny").isEmpty();
  }
}
