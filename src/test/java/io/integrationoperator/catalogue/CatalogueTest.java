package io.integrationoperator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.api.v1alpha1.ScopeSpec;
import io.integrationoperator.core.IntegrationValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {
  private static final Path CHART_FOLDER = Path.of("helm/integration-operator/catalogue");
  private static final Pattern SOURCE_URL = Pattern.compile("(?m)^#\\s+(https://\\S+)\\s*$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");

  static List<String> names() {
    return Catalogue.names();
  }

  @Test
  void indexListsEveryFileOfTheChartFolderOnceAndSorted() throws IOException {
    List<String> files;
    try (Stream<Path> listing = Files.list(CHART_FOLDER)) {
      files =
          listing
              .map(p -> p.getFileName().toString())
              .filter(f -> f.endsWith(".yaml"))
              .map(f -> f.substring(0, f.length() - ".yaml".length()))
              .sorted()
              .toList();
    }
    assertThat(Catalogue.names()).isSorted().doesNotHaveDuplicates().isEqualTo(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void coversTheProvidersThePlatformOffers() {
    assertThat(Catalogue.names())
        .contains(
            "salesforce",
            "hubspot",
            "google",
            "microsoft",
            "slack",
            "github",
            "zendesk",
            "atlassian",
            "xero",
            "quickbooks",
            "zoom",
            "notion",
            "dropbox",
            "shopify",
            "pipedrive");
  }

  @ParameterizedTest
  @MethodSource("names")
  void entryIsAnIntegrationNamedLikeItsFile(String name) {
    Integration integration = Catalogue.parse(name);

    assertThat(integration.getApiVersion()).isEqualTo("integration-operator.io/v1alpha1");
    assertThat(integration.getKind()).isEqualTo("Integration");
    assertThat(integration.getMetadata().getName()).isEqualTo(name);
    assertThat(integration.getSpec().getDisplayName()).isNotBlank().hasSizeLessThanOrEqualTo(128);
  }

  @ParameterizedTest
  @MethodSource("names")
  void entryIsValidOnceTheInstallerSettingsAreFilledIn(String name) {
    Integration withPlatformApp =
        Catalogue.load(name, CatalogueFixtures.REDIRECT_URI, n -> n + "-platform-app");
    Integration withoutPlatformApp = Catalogue.load(name, CatalogueFixtures.REDIRECT_URI, null);

    assertThat(IntegrationValidator.validate(withPlatformApp.getSpec())).isEmpty();
    assertThat(IntegrationValidator.validate(withoutPlatformApp.getSpec())).isEmpty();
    assertThat(withPlatformApp.getSpec().getDefaultCredentials().getSecretRef().getName())
        .isEqualTo(name + "-platform-app");
    assertThat(withoutPlatformApp.getSpec().getDefaultCredentials()).isNull();
  }

  @ParameterizedTest
  @MethodSource("names")
  void fileCitesItsSourcesInTheLeadingComment(String name) {
    String source = Catalogue.source(name);
    String header = source.substring(0, source.indexOf("apiVersion:"));

    assertThat(header.lines()).allMatch(line -> line.startsWith("#"));
    Matcher urls = SOURCE_URL.matcher(header);
    assertThat(urls.find()).as("%s cites at least one https URL", name).isTrue();
  }

  @ParameterizedTest
  @MethodSource("names")
  void fileLeavesTheInstallerSettingsOut(String name) {
    Integration integration = Catalogue.parse(name);

    assertThat(integration.getSpec().getOauth().getRedirectUri()).isNull();
    assertThat(integration.getSpec().getDefaultCredentials()).isNull();
    assertThat(integration.getSpec().getOverride().getAllowedRedirectHosts()).isNull();
    assertThat(integration.getStatus()).isNull();
  }

  @ParameterizedTest
  @MethodSource("names")
  void entryGivesItsEndpointsEvenWithAnIssuer(String name) {
    OAuthSpec oauth = Catalogue.parse(name).getSpec().getOauth();

    assertThat(oauth.getAuthorizationEndpoint()).startsWith("https://");
    assertThat(oauth.getTokenEndpoint()).startsWith("https://");
    assertThat(oauth.getTokenEndpointAuthMethod()).isNotNull();
    assertThat(oauth.getPkce()).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyPlaceholderIsARequiredParameterWithAnAnchoredPattern(String name) {
    Integration integration = Catalogue.parse(name);
    OAuthSpec oauth = integration.getSpec().getOauth();
    List<ConnectionParameterSpec> parameters =
        CatalogueFixtures.parameters(CatalogueFixtures.entry(name));
    List<String> placeholders =
        Stream.of(oauth.getAuthorizationEndpoint(), oauth.getTokenEndpoint())
            .flatMap(endpoint -> PLACEHOLDER.matcher(endpoint).results())
            .map(m -> m.group(1))
            .distinct()
            .toList();

    assertThat(parameters).extracting(ConnectionParameterSpec::getName).isEqualTo(placeholders);
    for (ConnectionParameterSpec parameter : parameters) {
      assertThat(parameter.getRequired()).isTrue();
      assertThat(parameter.getDescription()).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      assertThat(parameter.getPattern())
          .startsWith("^")
          .endsWith("$")
          .hasSizeLessThanOrEqualTo(512);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void listsStayWithinTheCrdBounds(String name) {
    OAuthSpec oauth = Catalogue.parse(name).getSpec().getOauth();
    ScopeSpec scopes = oauth.getScopes();

    assertThat(scopes).as("%s declares its scope parameter", name).isNotNull();
    assertWithin(scopes.getAllowed(), 256);
    assertWithin(scopes.getAllowedPatterns(), 32);
    assertWithin(scopes.getDefaultScopes(), 64);
    assertWithin(scopes.getRequired(), 32);
    Map<String, String> params = oauth.getAuthorizationParams();
    if (params != null) {
      assertThat(params).hasSizeLessThanOrEqualTo(16);
      params.forEach(
          (key, value) -> assertThat(key.length() <= 64 && value.length() <= 512).isTrue());
    }
    String notice = Catalogue.parse(name).getSpec().getOverride().getNotice();
    if (notice != null) {
      assertThat(notice).hasSizeLessThanOrEqualTo(1024);
    }
  }

  private static void assertWithin(List<String> list, int maxItems) {
    if (list != null) {
      assertThat(list).hasSizeLessThanOrEqualTo(maxItems).doesNotHaveDuplicates();
      assertThat(list).allMatch(s -> !s.isEmpty() && s.length() <= 256);
    }
  }
}
