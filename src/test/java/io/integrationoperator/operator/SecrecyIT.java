package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client secret never leaves its Secret: proven with a canary value no one else could write. */
class SecrecyIT extends OperatorTestSupport {
  private final String canary = "canary-" + UUID.randomUUID();

  @RegisterExtension final LogCapture logs = new LogCapture();

  @Test
  void aPublishedAndRotatedClientSecretAppearsNowhereElse() {
    create(Fixtures.zendesk());
    create(Fixtures.secret(TENANT, "own-app", "acme-id", canary));
    create(Fixtures.ownApp("zendesk", "own-app"));
    awaitReason("zendesk", "Published");

    replaceSecret(TENANT, "own-app", "acme-id", canary + "-rotated");
    awaitEvent(TENANT, "CredentialsRotated");

    assertCanaryAppearsNowhere();
  }

  @Test
  void aRejectedClientSecretAppearsNowhereEither() {
    create(Fixtures.zendesk());
    create(Fixtures.secret(TENANT, "own-app", "acme-id", canary + "\n"));
    create(Fixtures.secret(TENANT, "spaced-app", "acme-id", canary + " " + canary));
    create(Fixtures.ownApp("zendesk", "own-app"));
    create(Fixtures.ownApp("spaced", "spaced-app"));

    awaitReason("zendesk", "InvalidCredentials");
    awaitReason("spaced", "InvalidCredentials");
    awaitEvent(TENANT, "InvalidCredentials");

    assertCanaryAppearsNowhere();
  }

  private void assertCanaryAppearsNowhere() {
    List<String> published = new ArrayList<>();
    client.configMaps().inAnyNamespace().list().getItems().forEach(cm -> published.add(json(cm)));
    client
        .resources(IntegrationInstallation.class)
        .inAnyNamespace()
        .list()
        .getItems()
        .forEach(i -> published.add(json(i)));
    client.v1().events().inAnyNamespace().list().getItems().forEach(e -> published.add(json(e)));
    assertThat(published).hasSizeGreaterThan(3);
    List<String> writes =
        harness.takeRequests().stream()
            .filter(r -> !"GET".equals(r.getMethod()) && !r.getPath().contains("/secrets"))
            .map(r -> r.getPath() + " " + r.getUtf8Body())
            .toList();
    List<String> lines = logs.lines();
    assertThat(lines).isNotEmpty();

    for (String leak : List.of(canary, Fixtures.base64(canary))) {
      assertThat(published).noneMatch(text -> text.contains(leak));
      assertThat(writes).noneMatch(text -> text.contains(leak));
      assertThat(lines).noneMatch(line -> line.contains(leak));
    }
  }

  private static String json(HasMetadata resource) {
    return Serialization.asJson(resource);
  }
}
