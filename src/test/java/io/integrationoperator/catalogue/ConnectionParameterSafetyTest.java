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
import java.util.SplittableRandom;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile connection parameter values never move a catalogue endpoint off its provider: each is
 * rejected, or the endpoints keep the template's fixed host (suffix) and path.
 */
class ConnectionParameterSafetyTest {
  /** Random values tried per templated parameter; raise it with -Dhostile.tries=N. */
  private static final int TRIES = Integer.getInteger("hostile.tries", 400);

  /** Seed of the random values; a failure message names it, so -Dhostile.seed=S replays it. */
  private static final long SEED = Long.getLong("hostile.seed", System.nanoTime());

  record Target(String entry, String parameter) {
    @Override
    public String toString() {
      return entry + "." + parameter;
    }
  }

  static List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (String name : Catalogue.names()) {
      for (ConnectionParameterSpec p :
          CatalogueFixtures.parameters(CatalogueFixtures.entry(name))) {
        targets.add(new Target(name, p.getName()));
      }
    }
    return targets;
  }

  @Test
  void catalogueHasTemplatedEntries() {
    assertThat(targets()).extracting(Target::entry).contains("zendesk", "shopify", "microsoft");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void hostileValueIsRejectedOrStaysOnTheProvidersHostAndPath(Target target) {
    CatalogueEntry entry = CatalogueFixtures.entry(target.entry());
    String sample = CatalogueFixtures.sampleParameters(entry).get(target.parameter());
    // The sample value must take the accepting path, or the checks below would prove nothing.
    assertThat(resolve(entry, target, sample)).isInstanceOf(Resolution.Resolved.class);

    SplittableRandom random = new SplittableRandom(SEED ^ target.toString().hashCode());
    List<String> values = new ArrayList<>(HostileValues.KNOWN);
    for (int i = 0; i < TRIES; i++) {
      values.add(HostileValues.random(random));
    }
    for (String value : values) {
      try {
        checkRejectedOrOnTemplate(entry, target, value);
      } catch (AssertionError e) {
        throw new AssertionError(
            "value %s (seed %d): %s".formatted(printable(value), SEED, e.getMessage()), e);
      }
    }
  }

  private static Resolution resolve(CatalogueEntry entry, Target target, String value) {
    Map<String, String> parameters = new TreeMap<>(CatalogueFixtures.sampleParameters(entry));
    parameters.put(target.parameter(), value);
    return InstallationResolver.resolve(CatalogueFixtures.onPlatformApp(entry, parameters));
  }

  private static void checkRejectedOrOnTemplate(CatalogueEntry entry, Target target, String value) {
    Resolution resolution = resolve(entry, target, value);
    if (resolution instanceof Resolution.Rejected rejected) {
      assertThat(rejected.problems())
          .extracting(Problem::reason)
          .containsOnly(Reason.InvalidConnectionParameter);
      return;
    }
    Map<String, String> parameters = new TreeMap<>(CatalogueFixtures.sampleParameters(entry));
    parameters.put(target.parameter(), value);
    EffectiveAuthorization authorization = ((Resolution.Resolved) resolution).authorization();
    OAuthSpec oauth = entry.spec().getOauth();
    assertStaysOnTemplate(
        oauth.getAuthorizationEndpoint(), parameters, authorization.authorizationEndpoint());
    assertStaysOnTemplate(oauth.getTokenEndpoint(), parameters, authorization.tokenEndpoint());
  }

  /** The value with control and non-ASCII characters escaped, cut to 120 characters. */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder("'");
    value
        .codePoints()
        .limit(120)
        .forEach(
            c -> {
              if (c >= 0x20 && c < 0x7f) {
                out.appendCodePoint(c);
              } else {
                out.append("\\u{").append(Integer.toHexString(c)).append('}');
              }
            });
    return out.append(value.length() > 120 ? "'..." : "'").toString();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "acme",
        "acme--uat.sandbox",
        "acme.develop",
        "acme.scratch",
        "acme.demo",
        "acme.patch",
        "acme.free",
        "acme.trailblaze"
      })
  void documentedMyDomainFormsResolveOnTheirLoginHost(String myDomain) {
    CatalogueEntry entry = CatalogueFixtures.entry("salesforce-mydomain");

    Resolution resolution =
        InstallationResolver.resolve(
            CatalogueFixtures.onPlatformApp(entry, Map.of("myDomain", myDomain)));

    assertThat(resolution).isInstanceOf(Resolution.Resolved.class);
    assertThat(((Resolution.Resolved) resolution).authorization().tokenEndpoint())
        .isEqualTo("https://" + myDomain + ".my.salesforce.com/services/oauth2/token");
  }

  @Test
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

  @Test
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
