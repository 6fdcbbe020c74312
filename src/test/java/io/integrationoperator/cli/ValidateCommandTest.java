package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline check of manifests, with the operator's own validation and resolution. */
class ValidateCommandTest {
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void reportsEachExampleAsTheOperatorWouldAndFailsOnTheBrokenOne() {
    int exit = run("validate", "examples");

    assertThat(exit).as(cli.err()).isEqualTo(1);
    assertThat(cli.out())
        .contains("integration zendesk: Valid")
        .contains("installation tenant-acme/zendesk: Published (Default)")
        .contains("installation tenant-globex/hubspot: Published (Override)")
        .contains("installation tenant-hooli/shopify: Published (Override)")
        .contains("installation tenant-umbrella/zendesk: Stalled")
        .contains(
            "InvalidConnectionParameter spec.connectionParameters.subdomain: value 'Umbrella'")
        .contains("ScopeNotAllowed spec.oauthOverride.scopes[1]")
        .doesNotContain("s3cr3t-platform-zendesk", "globex-hubspot-secret");
  }

  @Test
  void passesValidManifestsAndTreatsAMissingSecretAsSomethingToWaitFor(@TempDir Path dir)
      throws Exception {
    Files.copy(Path.of("examples/10-integrations.yaml"), dir.resolve("10.yaml"));
    Files.writeString(
        dir.resolve("20.yaml"),
        """
        apiVersion: integration-operator.io/v1alpha1
        kind: IntegrationInstallation
        metadata:
          name: zendesk
          namespace: tenant-acme
        spec:
          integrationRef:
            name: zendesk
          connectionParameters:
            subdomain: acme
          oauthOverride:
            credentialsSecretRef:
              name: created-later
        """);

    int exit = run("validate", dir.toString());

    assertThat(exit).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out())
        .contains("installation tenant-acme/zendesk: Waiting")
        .contains("SecretNotFound spec.oauthOverride.credentialsSecretRef");
  }

  @Test
  void refusesAnIntegrationWhosePlaceholderChoosesTheHost(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("integration.yaml"),
        """
        apiVersion: integration-operator.io/v1alpha1
        kind: Integration
        metadata:
          name: anywhere
        spec:
          oauth:
            authorizationEndpoint: https://{host}/authorize
            tokenEndpoint: https://{host}/token
            redirectUri: https://connect.example.com/oauth/callback
          connectionParameters:
          - name: host
        """);

    int exit = run("validate", "--no-catalogue", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out())
        .contains("integration anywhere: InvalidIntegration")
        .contains("spec.oauth.tokenEndpoint: puts a placeholder in the host");
  }

  @Test
  void namesAFileItCannotRead(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("bad.yaml"),
        "apiVersion: integration-operator.io/v1alpha1\nkind: IntegrationInstallation\n"
            + "metadata:\n  name: bad\nspec:\n  integrationRef: zendesk\n");

    assertThat(run("validate", dir.toString())).isEqualTo(2);
    assertThat(cli.err())
        .contains("bad.yaml document 1: malformed IntegrationInstallation: spec.integrationRef");
    assertThat(run("validate", "no/such/file.yaml")).isEqualTo(2);
  }

  @Test
  void exitsWithTwoOnAFileThatIsNotYaml(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("examples/10-integrations.yaml"), dir.resolve("10.yaml"));
    Files.writeString(dir.resolve("broken.yaml"), "key: [unclosed\n  - : :\n");

    assertThat(run("validate", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("broken.yaml is not valid YAML");
    assertThat(cli.out()).contains("integration zendesk: Valid");
  }

  @Test
  void namesTheValuesAnEnumFieldTakesAsTheyAreWritten(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("integration.yaml"),
        """
        apiVersion: integration-operator.io/v1alpha1
        kind: Integration
        metadata:
          name: basic
        spec:
          oauth:
            authorizationEndpoint: https://login.example.com/authorize
            tokenEndpoint: https://login.example.com/token
            tokenEndpointAuthMethod: basic
            redirectUri: https://connect.example.com/oauth/callback
        """);

    assertThat(run("validate", dir.toString())).isEqualTo(2);
    assertThat(cli.err())
        .contains(
            "spec.oauth.tokenEndpointAuthMethod: 'basic' is not one of"
                + " [client_secret_post, client_secret_basic]");
  }
}
