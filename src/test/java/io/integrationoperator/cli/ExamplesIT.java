package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applies examples/ after the built-in catalogue, as the sandbox does, and checks what each file's
 * comments promise.
 */
class ExamplesIT {
  private static final Pattern EXPECT =
      Pattern.compile(
          "^# expect: (\\S+)/(\\S+) Ready=(\\S+) reason=(\\S+)(?: source=(\\S+))?$",
          Pattern.MULTILINE);

  private final RunningSandbox sandbox = new RunningSandbox();
  private final KubernetesClient client = sandbox.client;

  @BeforeEach
  void installCatalogue() {
    EmbeddedCommand.installCatalogue(client, "https://connect.example.com/oauth/callback");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  record Expectation(String namespace, String name, String ready, String reason, String source) {}

  @Test
  void everyExampleReachesTheStatusItsCommentPromises() throws Exception {
    List<Path> files = Manifests.files(Path.of("examples"));
    List<Expectation> expectations = new ArrayList<>();
    for (Path file : files) {
      Matcher m = EXPECT.matcher(Files.readString(file));
      while (m.find()) {
        expectations.add(
            new Expectation(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
      }
    }
    assertThat(expectations).hasSizeGreaterThanOrEqualTo(4);
    StringWriter errors = new StringWriter();
    Manifests manifests = new Manifests(client, new PrintWriter(errors, true));

    int failed = manifests.apply(manifests.read(files));

    assertThat(failed).as(errors.toString()).isZero();
    for (Expectation expected : expectations) {
      Condition ready =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () -> readyOf(expected),
                  c -> c != null && expected.reason().equals(c.getReason()));
      assertThat(ready.getStatus()).as(expected.toString()).isEqualTo(expected.ready());
      if (expected.source() != null) {
        assertThat(installation(expected).getStatus().getCredentialSource().name())
            .isEqualTo(expected.source());
      }
    }
  }

  private IntegrationInstallation installation(Expectation e) {
    return client
        .resources(IntegrationInstallation.class)
        .inNamespace(e.namespace())
        .withName(e.name())
        .get();
  }

  private Condition readyOf(Expectation e) {
    return sandbox.ready(e.namespace(), e.name());
  }
}
