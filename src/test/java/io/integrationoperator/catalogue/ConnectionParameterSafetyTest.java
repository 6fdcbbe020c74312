package io.integrationoperator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.integrationoperator.api.v1alpha1.ConnectionParameterSpec;
import io.integrationoperator.api.v1alpha1.OAuthSpec;
import io.integrationoperator.core.CatalogueEntry;
import io.integrationoperator.core.EffectiveAuthorization;
import io.integrationoperator.core.InstallationResolver;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import io.integrationoperator.core.Resolution;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import okhttp3.HttpUrl;

/**
 * Hostile connection parameter values never move a catalogue endpoint off its provider: each is
 * rejected, or the endpoints keep the template's fixed host (suffix) and path.
 */
class ConnectionParameterSafetyTest {
  /** Values an attacker or a confused user might try, many of them near misses of valid ones. */
  private static final List<String> KNOWN_HOSTILE =
      List.of(
          "",
          " ",
          ".",
          "..",
          "...",
          "%2e",
          "%2e%2e",
          "%2E%2E",
          "acme%2eevil",
          "acme/..",
          "../acme",
          "acme/../evil",
          "acme/evil",
          "acme\\evil",
          "acme@evil.com",
          "evil.com@acme",
          "acme:443",
          "acme:@evil.com",
          "acme#",
          "acme#@evil.com",
          "acme?",
          "acme?x=evil.com",
          "acme&client_id=evil",
          "acme;evil",
          "acme,evil",
          "acme evil",
          "acme\n",
          "\nacme",
          "acme\r\nHost: evil.com",
          "acme\t",
          "acme\u0000",
          "acme%00",
          "acme.evil.com",
          "evil.com.",
          "acme.",
          ".acme",
          "-acme",
          "acme-",
          "acme..sandbox",
          "acme.sandbox.",
          "ACME",
          "Acme",
          "\uff45vil",
          "ａcme",
          "аcme",
          "acme\u200b",
          "acme\u3002evil",
          "acme\uff0eevil",
          "acme\u2024evil",
          "e\u0301vil",
          "xn--80ak6aa92e",
          "127.0.0.1",
          "0x7f000001",
          "[::1]",
          "localhost",
          "{subdomain}",
          "{shop}",
          "$0",
          "\\0",
          "a".repeat(63),
          "a".repeat(64),
          "a".repeat(253),
          "a".repeat(254),
          "a".repeat(10_000),
          "contoso.onmicrosoft.com",
          "contoso.onmicrosoft.com.",
          "contoso..com",
          "common/../consumers",
          "00000000-0000-0000-0000-000000000000");

  record Target(String entry, String parameter) {}

  @Provide
  Arbitrary<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (String name : Catalogue.names()) {
      for (ConnectionParameterSpec p :
          CatalogueFixtures.parameters(CatalogueFixtures.entry(name))) {
        targets.add(new Target(name, p.getName()));
      }
    }
    return Arbitraries.of(targets);
  }

  @Provide
  Arbitrary<String> hostileValues() {
    Arbitrary<String> known = Arbitraries.of(KNOWN_HOSTILE);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(80);
    Arbitrary<String> urlish =
        Arbitraries.strings().withChars("aZ09.-_/@%#?:\\ \uff45\u3002\u00e9").ofMaxLength(30);
    Arbitrary<String> hostLike =
        Arbitraries.strings().alpha().numeric().withChars('.', '-', '_').ofMaxLength(300);
    Arbitrary<String> spliced =
        Combinators.combine(Arbitraries.of("acme", "acme-store", "contoso"), known, hostLike)
            .as((valid, bad, tail) -> valid + bad + tail);
    return Arbitraries.frequencyOf(
        Tuple.of(3, known),
        Tuple.of(2, anything),
        Tuple.of(2, urlish),
        Tuple.of(2, hostLike),
        Tuple.of(2, spliced));
  }

  @Property(tries = 3000)
  void hostileValueIsRejectedOrStaysOnTheProvidersHostAndPath(
      @ForAll("targets") Target target, @ForAll("hostileValues") String value) {
    CatalogueEntry entry = CatalogueFixtures.entry(target.entry());
    Map<String, String> parameters = new TreeMap<>(CatalogueFixtures.sampleParameters(entry));
    parameters.put(target.parameter(), value);

    Resolution resolution =
        InstallationResolver.resolve(CatalogueFixtures.onPlatformApp(entry, parameters));

    // The report shows how often each entry took the accepting path, which must stay non-zero.
    Statistics.collect(target.entry(), resolution.getClass().getSimpleName());
    if (resolution instanceof Resolution.Rejected rejected) {
      assertThat(rejected.problems())
          .extracting(Problem::reason)
          .containsOnly(Reason.InvalidConnectionParameter);
      return;
    }
    EffectiveAuthorization authorization = ((Resolution.Resolved) resolution).authorization();
    OAuthSpec oauth = entry.spec().getOauth();
    assertStaysOnTemplate(
        oauth.getAuthorizationEndpoint(), parameters, authorization.authorizationEndpoint());
    assertStaysOnTemplate(oauth.getTokenEndpoint(), parameters, authorization.tokenEndpoint());
  }

  @Example
  void absentParameterIsReportedMissing() {
    for (String name : Catalogue.names()) {
      CatalogueEntry entry = CatalogueFixtures.entry(name);
      for (ConnectionParameterSpec p : CatalogueFixtures.parameters(entry)) {
        Map<String, String> parameters = new TreeMap<>(CatalogueFixtures.sampleParameters(entry));
        parameters.remove(p.getName());

        Resolution resolution =
            InstallationResolver.resolve(CatalogueFixtures.onPlatformApp(entry, parameters));

        assertThat(resolution).isInstanceOf(Resolution.Rejected.class);
        assertThat(((Resolution.Rejected) resolution).problems())
            .extracting(Problem::reason, Problem::field)
            .containsExactly(
                tuple(
                    Reason.MissingConnectionParameter, "spec.connectionParameters." + p.getName()));
      }
    }
  }

  @Example
  void entryWithoutParametersRejectsAnyGivenOne() {
    for (String name : Catalogue.names()) {
      CatalogueEntry entry = CatalogueFixtures.entry(name);
      if (!CatalogueFixtures.parameters(entry).isEmpty()) {
        continue;
      }
      Resolution resolution =
          InstallationResolver.resolve(
              CatalogueFixtures.onPlatformApp(entry, Map.of("subdomain", "evil")));

      assertThat(resolution).isInstanceOf(Resolution.Rejected.class);
      assertThat(((Resolution.Rejected) resolution).problems())
          .extracting(Problem::reason)
          .containsExactly(Reason.InvalidConnectionParameter);
    }
  }

  /**
   * The resolved URL is https on the template's host, or on a host ending with the template's fixed
   * host suffix, with the template's path segments, no user info, port, query or fragment; and two
   * independent URL parsers agree on its host.
   */
  private static void assertStaysOnTemplate(
      String template, Map<String, String> values, String resolved) {
    String rest = template.substring("https://".length());
    String templateHost = rest.substring(0, rest.indexOf('/'));
    String templatePath = rest.substring(rest.indexOf('/'));
    URI uri = URI.create(resolved);

    assertThat(uri.getScheme()).isEqualTo("https");
    assertThat(uri.getRawUserInfo()).isNull();
    assertThat(uri.getPort()).isEqualTo(-1);
    assertThat(uri.getRawQuery()).isNull();
    assertThat(uri.getRawFragment()).isNull();
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    assertThat(HttpUrl.get(resolved).host()).isEqualTo(host);
    if (templateHost.contains("}")) {
      String suffix = templateHost.substring(templateHost.lastIndexOf('}') + 1);
      assertThat(host).endsWith(suffix).hasSizeGreaterThan(suffix.length());
      assertThat(host.substring(0, host.length() - suffix.length())).doesNotContain("/", "@");
    } else {
      assertThat(host).isEqualTo(templateHost);
    }

    String[] expected = templatePath.split("/", -1);
    String[] actual = uri.getRawPath().split("/", -1);
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      String segment = URLDecoder.decode(actual[i], StandardCharsets.UTF_8);
      assertThat(segment).isNotIn(".", "..");
      if (!expected[i].contains("{")) {
        assertThat(actual[i]).isEqualTo(expected[i]);
      } else {
        String name = expected[i].substring(1, expected[i].length() - 1);
        assertThat(segment).isEqualTo(values.get(name));
      }
    }
  }
}
