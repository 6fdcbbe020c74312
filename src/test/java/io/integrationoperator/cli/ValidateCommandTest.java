package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The offline check of manifests, with the operator's own validation and resolution. */
class ValidateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void reportsEachExampleAsTheOperatorWouldAndFailsOnTheBrokenOne() {
    int exit = run("validate", "examples");

    assertThat(exit).as(err.toString()).isEqualTo(1);
    assertThat(out.toString())
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

    assertThat(exit).as(out + "" + err).isZero();
    assertThat(out.toString())
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
    assertThat(out.toString())
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
    assertThat(err.toString())
        .contains("bad.yaml document 1: malformed IntegrationInstallation: spec.integrationRef");
    assertThat(run("validate", "no/such/file.yaml")).isEqualTo(2);
  }

  @Test
  void exitsWithTwoOnAFileThatIsNotYaml(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("examples/10-integrations.yaml"), dir.resolve("10.yaml"));
    Files.writeString(dir.resolve("broken.yaml"), "key: [unclosed\n  - : :\n");

    assertThat(run("validate", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("broken.yaml is not valid YAML");
    assertThat(out.toString()).contains("integration zendesk: Valid");
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
    assertThat(err.toString())
        .contains(
            "spec.oauth.tokenEndpointAuthMethod: 'basic' is not one of"
                + " [client_secret_post, client_secret_basic]");
  }
}
