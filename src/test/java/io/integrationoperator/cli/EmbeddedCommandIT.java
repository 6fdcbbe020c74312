package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.integrationoperator.catalogue.Catalogue;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox command as a user runs it, including what it does with bad input. */
class EmbeddedCommandIT {
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void showsTheExamplesAndExitsWithOneBecauseOneIsDeliberatelyBroken() {
    int exit = run("embedded", "--once", "--apply", "examples");

    assertThat(exit).as(cli.err()).isEqualTo(1);
    assertThat(cli.out())
        .containsPattern("Kubernetes API: http://127\\.0\\.0\\.1:\\d+")
        .contains("tenant-acme/zendesk")
        .contains("Published")
        .contains("OAUTH_CLIENT_ID: platform-zendesk")
        .contains("tenant-umbrella/zendesk is not ready (InvalidConnectionParameter)");
    assertThat(cli.out()).doesNotContain("s3cr3t-platform-zendesk", "globex-hubspot-secret");
  }

  @Test
  void installsTheBuiltInCatalogueBeforeTheManifests() {
    int exit = run("embedded", "--once", "--apply", "examples");

    assertThat(exit).as(cli.err()).isEqualTo(1);
    assertThat(cli.out()).contains("Built-in catalogue: " + Catalogue.names().size());
    for (String name : Catalogue.names()) {
      assertThat(cli.out()).containsPattern("(?m)^" + name + " +True +Valid ");
    }
    // The examples replace the catalogue's zendesk with one that names a platform app.
    assertThat(cli.out())
        .containsPattern("(?m)^zendesk +True +Valid +zendesk-platform-app ")
        .containsPattern("(?m)^tenant-hooli/shopify +shopify +Override +True +Published ")
        .contains("OAUTH_AUTHORIZATION_ENDPOINT: https://hooli-store.myshopify.com/admin/oauth/");
  }

  @Test
  void leavesTheCatalogueOutOnRequest(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("examples/00-operator-namespace.yaml"), dir.resolve("00.yaml"));
    Files.copy(Path.of("examples/10-integrations.yaml"), dir.resolve("10.yaml"));
    Files.copy(Path.of("examples/50-tenant-hooli-catalogue.yaml"), dir.resolve("50.yaml"));

    int exit = run("embedded", "--once", "--no-catalogue", "--apply", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(cli.out())
        .doesNotContain("Built-in catalogue")
        .doesNotContainPattern("(?m)^shopify ")
        .containsPattern("(?m)^tenant-hooli/shopify +shopify +- +False +IntegrationNotFound");
  }

  @Test
  void reportsBadDocumentsByFileAndPositionAndAppliesTheRest(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-not-yaml.yaml"), "key: [unclosed\n  - : :\n");
    Files.writeString(
        dir.resolve("b-unknown.yaml"),
        "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n---\n"
            + Files.readString(Path.of("examples/10-integrations.yaml")));
    Files.writeString(
        dir.resolve("d-malformed.yaml"),
        "- just\n- a list\n---\napiVersion: integration-operator.io/v1alpha1\n"
            + "kind: IntegrationInstallation\nmetadata:\n  name: bad\n  namespace: tenant-acme\n"
            + "spec:\n  integrationRef: zendesk\n");
    Files.copy(Path.of("examples/00-operator-namespace.yaml"), dir.resolve("00.yaml"));
    Files.copy(Path.of("examples/20-tenant-acme.yaml"), dir.resolve("c-acme.yaml"));

    int exit = run("embedded", "--once", "--apply", dir.toString());

    assertThat(cli.err())
        .contains("a-not-yaml.yaml is not valid YAML")
        .contains("b-unknown.yaml document 1: unknown kind Widget in example.com/v1")
        .contains("d-malformed.yaml document 1: not a Kubernetes object")
        .contains(
            "d-malformed.yaml document 2: malformed IntegrationInstallation:"
                + " spec.integrationRef: expected an object")
        .doesNotContain("\tat ");
    assertThat(cli.out()).contains("tenant-acme/zendesk").contains("Published");
    assertThat(exit).isZero();
  }

  @Test
  void refusesAPortInUseWithAClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      int exit = run("embedded", "--once", "--port", String.valueOf(port));

      assertThat(exit).isEqualTo(2);
      assertThat(cli.err())
          .contains("cannot listen on 127.0.0.1:" + port)
          .contains("choose another --port")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void refusesARedirectUriThatIsNotAnHttpsUrl() {
    int exit = run("embedded", "--once", "--redirect-uri", "connect.example.com/callback");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains("--redirect-uri connect.example.com/callback is not absolute");
  }

  @Test
  void namesAKubeconfigFolderThatDoesNotExist(@TempDir Path dir) {
    Path kubeconfig = dir.resolve("missing/kubeconfig");

    int exit = run("embedded", "--once", "--kubeconfig", kubeconfig.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err())
        .contains("--kubeconfig " + kubeconfig + ": folder")
        .contains("does not exist")
        .doesNotContain("\tat ");
  }

  @Test
  void namesAMissingManifestPath() {
    int exit = run("embedded", "--once", "--apply", "no/such/dir");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err()).contains("no/such/dir does not exist");
  }
}
