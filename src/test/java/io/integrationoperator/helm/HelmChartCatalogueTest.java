package io.integrationoperator.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on a copy of the chart holding only test entries, whatever the repository's catalogue. */
class HelmChartCatalogueTest {

  private static final Map<String, Object> AS_RELEASE_RESOURCES =
      Map.of("catalogue.hookOnInstall", false);

  private HelmChart chart;

  @BeforeEach
  void copyChartWithTestEntries(@TempDir Path temp) {
    chart =
        HelmChart.copyInto(temp)
            .withCatalogueEntry("acme", CatalogueEntries.ACME)
            .withCatalogueEntry("globex", CatalogueEntries.GLOBEX);
  }

  private JsonNode entry(RenderedChart rendered, String name) {
    return rendered.get("Integration", name);
  }

  @Test
  void everyEntryGetsThePlatformRedirectUriAndChartLabels() {
    RenderedChart rendered = chart.render(AS_RELEASE_RESOURCES);
    JsonNode acme = entry(rendered, "acme");

    assertThat(rendered.ofKind("Integration")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(acme.path("apiVersion").asText()).isEqualTo("integration-operator.io/v1alpha1");
    assertThat(acme.at("/spec/oauth/redirectUri").asText()).isEqualTo(HelmChart.REDIRECT_URI);
    assertThat(acme.at("/spec/oauth/tokenEndpoint").asText())
        .isEqualTo("https://login.acme.example/oauth/token");
    assertThat(acme.at("/spec/oauth/scopes/default/0").asText()).isEqualTo("contacts.read");
    assertThat(acme.at("/metadata/labels/app.kubernetes.io~1instance").asText())
        .isEqualTo(HelmChart.RELEASE);
    assertThat(acme.at("/spec/defaultCredentials").isMissingNode()).isTrue();
    assertThat(acme.at("/metadata/annotations/helm.sh~1hook").isMissingNode()).isTrue();
  }

  @Test
  void defaultCredentialsSecretNamesThePlatformApp() {
    RenderedChart rendered =
        chart.render(
            Map.of(
                "catalogue.hookOnInstall",
                false,
                "catalogue.providers.acme.defaultCredentialsSecret",
                "acme-platform-app"));
    JsonNode secretRef = entry(rendered, "acme").at("/spec/defaultCredentials/secretRef");

    assertThat(secretRef.path("name").asText()).isEqualTo("acme-platform-app");
    assertThat(secretRef.path("clientIdKey").asText()).isEqualTo("client-id");
    assertThat(secretRef.path("clientSecretKey").asText()).isEqualTo("client-secret");
    assertThat(entry(rendered, "globex").at("/spec/defaultCredentials").isMissingNode()).isTrue();
  }

  @Test
  void allowedRedirectHostsGoToEveryEntryBesideItsOwnOverrideSettings() {
    chart.withCatalogueEntry(
        "initech",
        CatalogueEntries.ACME.replace("name: acme", "name: initech")
            + "  override:\n    allowed: true\n    notice: Register the platform's callback.\n");
    RenderedChart rendered =
        chart.render(
            Map.of(
                "catalogue.hookOnInstall",
                false,
                "catalogue.allowedRedirectHosts[0]",
                "auth.tenant.example",
                "catalogue.allowedRedirectHosts[1]",
                "connect.example.com:8443"));

    for (String name : new String[] {"acme", "globex", "initech"}) {
      assertThat(entry(rendered, name).at("/spec/override/allowedRedirectHosts").toString())
          .as(name)
          .isEqualTo("[\"auth.tenant.example\",\"connect.example.com:8443\"]");
    }
    JsonNode initech = entry(rendered, "initech").at("/spec/override");
    assertThat(initech.path("allowed").asBoolean()).isTrue();
    assertThat(initech.path("notice").asText()).isEqualTo("Register the platform's callback.");
    assertThat(
            entry(chart.render(AS_RELEASE_RESOURCES), "acme").at("/spec/override").isMissingNode())
        .isTrue();
  }

  @Test
  void entryThatSetsItsOwnAllowedRedirectHostsIsRefused() {
    chart.withCatalogueEntry(
        "initech",
        CatalogueEntries.ACME.replace("name: acme", "name: initech")
            + "  override:\n    allowedRedirectHosts: [evil.example]\n");

    assertThatThrownBy(() -> chart.render(AS_RELEASE_RESOURCES))
        .hasMessageContaining(
            "catalogue/initech.yaml must not set spec.override.allowedRedirectHosts");
  }

  @Test
  void disabledProviderIsLeftOut() {
    RenderedChart rendered =
        chart.render(
            Map.of("catalogue.hookOnInstall", false, "catalogue.providers.globex.enabled", false));

    assertThat(rendered.ofKind("Integration"))
        .extracting(d -> d.at("/metadata/name").asText())
        .contains("acme")
        .doesNotContain("globex");
  }

  @Test
  void disabledCatalogueRendersNoEntryAndNeedsNoRedirectUri() {
    RenderedChart rendered = chart.renderExactly(Map.of("catalogue.enabled", false));

    assertThat(rendered.ofKind("Integration")).isEmpty();
    assertThat(rendered.ofKind("Deployment")).hasSize(1);
  }

  @Test
  void missingRedirectUriFailsWithAClearMessage() {
    assertThatThrownBy(() -> chart.renderExactly(AS_RELEASE_RESOURCES))
        .hasMessageContaining("catalogue.redirectUri is required while catalogue.enabled is true");
  }

  @Test
  void redirectUriMustBeHttps() {
    assertThatThrownBy(
            () -> chart.render(Map.of("catalogue.redirectUri", "http://connect.example.com/cb")))
        .hasMessageContaining("catalogue.redirectUri");
  }

  @Test
  void providerSettingForAnUnknownEntryFails() {
    assertThatThrownBy(() -> chart.render(Map.of("catalogue.providers.acmee.enabled", false)))
        .hasMessageContaining("catalogue.providers.acmee: the catalogue has no entry of that name");
  }

  @Test
  void entryThatSetsItsOwnRedirectUriIsRefused() {
    chart.withCatalogueEntry(
        "initech",
        """
        apiVersion: integration-operator.io/v1alpha1
        kind: Integration
        metadata:
          name: initech
        spec:
          oauth:
            issuer: https://login.initech.example
            redirectUri: https://elsewhere.example/callback
        """);

    assertThatThrownBy(() -> chart.render(AS_RELEASE_RESOURCES))
        .hasMessageContaining("catalogue/initech.yaml must not set spec.oauth.redirectUri");
  }

  @Test
  void entryNamedUnlikeItsFileIsRefused() {
    chart.withCatalogueEntry("initech", CatalogueEntries.ACME);

    assertThatThrownBy(() -> chart.render(AS_RELEASE_RESOURCES))
        .hasMessageContaining("catalogue/initech.yaml must hold one Integration");
  }

  @Test
  void firstInstallCreatesTheEntriesThroughAHookRatherThanTheReleaseManifest() {
    // Helm keeps hooks out of the release manifest, which is what the library returns.
    RenderedChart rendered = chart.render(Map.of());

    assertThat(rendered.ofKind("Integration")).isEmpty();
    assertThat(rendered.ofKind("CustomResourceDefinition")).hasSize(2);
  }
}
