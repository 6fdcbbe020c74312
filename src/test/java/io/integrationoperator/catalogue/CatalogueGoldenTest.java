package io.integrationoperator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import io.integrationoperator.core.CatalogueEntry;
import io.integrationoperator.core.EffectiveAuthorization;
import io.integrationoperator.core.InstallationRequest;
import io.integrationoperator.core.InstallationResolver;
import io.integrationoperator.core.PublishedConfig;
import io.integrationoperator.core.Resolution;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published config of every catalogue entry, on the platform's app and on a tenant's own app,
 * against reviewed golden files. Run with {@code -Dgolden.update=true} to rewrite them.
 */
class CatalogueGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  enum App {
    DEFAULT("default"),
    OVERRIDE("override");

    final String suffix;

    App(String suffix) {
      this.suffix = suffix;
    }
  }

  static Stream<Arguments> cases() {
    return Catalogue.names().stream()
        .flatMap(name -> Arrays.stream(App.values()).map(app -> Arguments.of(name, app)));
  }

  @ParameterizedTest(name = "{0} on the {1} app")
  @MethodSource("cases")
  void publishedConfigMatchesItsGoldenFiles(String name, App app) throws IOException {
    Map<String, String> data = PublishedConfig.render(resolve(name, app));

    compare(name + "-" + app.suffix + ".json", data.get(PublishedConfig.AUTHORIZATION_JSON));
    compare(name + "-" + app.suffix + ".properties", flatKeys(data));
  }

  @ParameterizedTest(name = "{0} on the {1} app")
  @MethodSource("cases")
  void authorizationUrlCarriesClientRedirectAndScopes(String name, App app) throws ParseException {
    EffectiveAuthorization authorization = resolve(name, app);
    URI url = URI.create(authorization.authorizationUrl());
    AuthorizationRequest request = AuthorizationRequest.parse(url);
    Map<String, List<String>> query = URLUtils.parseParameters(url.getRawQuery());
    String scopeParameter = Catalogue.parse(name).getSpec().getOauth().getScopes().getParameter();

    assertThat(request.getEndpointURI().toString())
        .isEqualTo(authorization.authorizationEndpoint());
    assertThat(request.getResponseType().toString()).isEqualTo("code");
    assertThat(request.getClientID().getValue()).isEqualTo(authorization.clientId());
    assertThat(request.getRedirectionURI().toString()).isEqualTo(CatalogueFixtures.REDIRECT_URI);
    assertThat(request.getState()).isNull();
    assertThat(request.getCodeChallenge()).isNull();
    assertThat(scopesIn(query, scopeParameter, authorization.scopeSeparator()))
        .isEqualTo(authorization.scopes());
    authorization
        .authorizationParams()
        .forEach((key, value) -> assertThat(query.get(key)).containsExactly(value));
  }

  @ParameterizedTest(name = "{0} on the {1} app")
  @MethodSource("cases")
  void providerNoticeIsShownOnlyToTenantsUsingTheirOwnApp(String name, App app) {
    String notice = Catalogue.parse(name).getSpec().getOverride().getNotice();

    assertThat(resolve(name, app).notice()).isEqualTo(app == App.OVERRIDE ? notice : null);
  }

  private static List<String> scopesIn(
      Map<String, List<String>> query, String parameter, String separator) {
    if (parameter.isEmpty()) {
      assertThat(query).doesNotContainKey("scope");
      return List.of();
    }
    assertThat(query.get(parameter)).hasSize(1);
    return List.of(query.get(parameter).get(0).split(separator.equals(" ") ? " " : ",", -1));
  }

  private static EffectiveAuthorization resolve(String name, App app) {
    CatalogueEntry entry = CatalogueFixtures.entry(name);
    Map<String, String> parameters = CatalogueFixtures.sampleParameters(entry);
    InstallationRequest request =
        app == App.DEFAULT
            ? CatalogueFixtures.onPlatformApp(entry, parameters)
            : CatalogueFixtures.onTenantApp(entry, parameters);
    Resolution resolution = InstallationResolver.resolve(request);
    assertThat(resolution).isInstanceOf(Resolution.Resolved.class);
    return ((Resolution.Resolved) resolution).authorization();
  }

  /** The flat {@code OAUTH_*} keys, one {@code KEY=value} line each, sorted by key. */
  private static String flatKeys(Map<String, String> data) {
    StringBuilder out = new StringBuilder();
    data.forEach(
        (key, value) -> {
          if (!key.equals(PublishedConfig.AUTHORIZATION_JSON)) {
            out.append(key).append('=').append(value).append('\n');
          }
        });
    return out.toString();
  }

  private static void compare(String file, String actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file %s; run mvn test -Dgolden.update=true and review it", golden);
    }
    assertThat(actual).as(file).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
