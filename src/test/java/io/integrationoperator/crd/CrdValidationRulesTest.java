package io.integrationoperator.crd;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluates every {@code x-kubernetes-validations} rule of the committed CRDs, since the mock API
 * server of the other tests does not run them.
 */
class CrdValidationRulesTest {
  /** Kubernetes adds cel-go's strings extension to the standard environment of CRD rules. */
  private static final Cel CEL =
      CelFactory.standardCelBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("self", SimpleType.DYN)
          .addCompilerLibraries(CelExtensions.strings())
          .addRuntimeLibraries(CelExtensions.strings())
          .build();

  record Rule(String field, String expression) {}

  record Samples(List<Object> accepted, List<Object> rejected) {}

  private static final String ENDPOINT = "https://{subdomain}.zendesk.com/oauth/tokens";
  private static final String CALLBACK = "https://connect.example.com/oauth/callback";

  private static final Samples HTTPS_URLS =
      new Samples(
          List.of(
              ENDPOINT,
              "https://accounts.google.com",
              "https://login.example.com/authorize?v=2",
              "https://example.com/user@path"),
          List.of(
              "http://x",
              "https://u@h",
              "https://h/#f",
              "https://h#f",
              "https://",
              "ftp://h/x",
              "https://h/a b",
              "/oauth/tokens"));

  private static final Samples REDIRECT_URIS =
      new Samples(
          List.of(
              CALLBACK,
              "http://localhost:8080/callback",
              "http://127.0.0.1/callback",
              "http://[::1]:51234/callback",
              "http://localhost"),
          List.of(
              "http://x",
              "http://connect.example.com/callback",
              "http://localhost.evil.com/callback",
              "http://localhost@evil.com/callback",
              "https://u@h/callback",
              "https://h/callback#f",
              "/callback"));

  private static final Samples SCOPE_TOKENS =
      new Samples(
          List.of(
              List.of(),
              List.of("read", "tickets:write", "https://www.googleapis.com/auth/drive"),
              List.of("x!#$%&'()*+,-./:;<=>?@[]^_`{|}~")),
          List.of(
              List.of("a b"),
              List.of("read", "a\"b"),
              List.of("a\\b"),
              List.of(""),
              List.of("r\u00e9ad"),
              List.of("a\tb"),
              List.of("x".repeat(257))));

  private static final Map<String, Samples> SAMPLES =
      Map.ofEntries(
          entry(
              "IntegrationInstallation.spec.connectionParameters#0",
              new Samples(
                  List.of(Map.of("subdomain", "acme"), Map.of()),
                  List.of(Map.of("k".repeat(64), "x"), Map.of("subdomain", "a".repeat(254))))),
          entry(
              "IntegrationInstallation.spec.oauthOverride#0",
              new Samples(
                  List.of(
                      Map.of("credentialsSecretRef", Map.of("name", "app"), "clientId", "abc"),
                      Map.of("credentialsSecretRef", Map.of("name", "app", "clientIdKey", "id")),
                      Map.of("credentialsSecretRef", Map.of("name", "app"))),
                  List.of(
                      Map.of(
                          "credentialsSecretRef",
                          Map.of("name", "app", "clientIdKey", "id"),
                          "clientId",
                          "abc")))),
          entry("IntegrationInstallation.spec.oauthOverride.redirectUri#0", REDIRECT_URIS),
          entry("IntegrationInstallation.spec.oauthOverride.scopes#0", SCOPE_TOKENS),
          entry(
              "Integration.spec.oauth#0",
              new Samples(
                  List.of(
                      Map.of(
                          "authorizationEndpoint", ENDPOINT,
                          "tokenEndpoint", ENDPOINT,
                          "redirectUri", CALLBACK),
                      Map.of("issuer", "https://accounts.example.com", "redirectUri", CALLBACK),
                      Map.of(
                          "issuer", "https://accounts.example.com",
                          "tokenEndpoint", ENDPOINT,
                          "redirectUri", CALLBACK)),
                  List.of(
                      Map.of("authorizationEndpoint", ENDPOINT, "redirectUri", CALLBACK),
                      Map.of("tokenEndpoint", ENDPOINT, "redirectUri", CALLBACK),
                      Map.of("redirectUri", CALLBACK)))),
          entry("Integration.spec.oauth.authorizationEndpoint#0", HTTPS_URLS),
          entry("Integration.spec.oauth.tokenEndpoint#0", HTTPS_URLS),
          entry("Integration.spec.oauth.issuer#0", HTTPS_URLS),
          entry("Integration.spec.oauth.redirectUri#0", REDIRECT_URIS),
          entry(
              "Integration.spec.oauth.authorizationParams#0",
              new Samples(
                  List.of(Map.of("access_type", "offline"), Map.of()),
                  List.of(Map.of("k".repeat(65), "v"), Map.of("prompt", "v".repeat(513))))),
          entry(
              "Integration.spec.oauth.authorizationParams#1",
              new Samples(
                  List.of(Map.of("access_type", "offline", "prompt", "consent"), Map.of()),
                  List.of(
                      Map.of("client_id", "x"),
                      Map.of("access_type", "offline", "state", "x"),
                      Map.of("redirect_uri", "https://evil.example.org/"),
                      Map.of("response_type", "token"),
                      Map.of("code_challenge", "x"),
                      Map.of("code_challenge_method", "plain")))),
          entry(
              "Integration.spec.oauth.scopes#0",
              new Samples(
                  List.of(
                      Map.of("parameter", "scope", "default", List.of("read")),
                      Map.of("parameter", ""),
                      Map.of("parameter", "", "default", List.of(), "required", List.of())),
                  List.of(
                      Map.of("parameter", "", "default", List.of("read")),
                      Map.of("parameter", "", "required", List.of("openid"))))),
          entry("Integration.spec.oauth.scopes.allowed#0", SCOPE_TOKENS),
          entry("Integration.spec.oauth.scopes.default#0", SCOPE_TOKENS),
          entry("Integration.spec.oauth.scopes.required#0", SCOPE_TOKENS),
          entry(
              "Integration.spec.oauth.scopes.allowedPatterns#0",
              new Samples(
                  List.of(List.of("https://www.googleapis.com/auth/*"), List.of()),
                  List.of(List.of("*", "x".repeat(257))))),
          entry(
              "Integration.spec.oauth.scopes.separator#0",
              new Samples(List.of(" ", ","), List.of(";", "", "  ", ", "))),
          entry(
              "Integration.spec.override.allowedRedirectHosts#0",
              new Samples(
                  List.of(List.of("connect.example.com", "localhost:8080", "127.0.0.1")),
                  List.of(
                      List.of("Connect.Example.com"),
                      List.of("connect.example.com", "https://connect.example.com"),
                      List.of("connect.example.com/callback"),
                      List.of("*.example.com"),
                      List.of("")))));

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (JsonNode crd : Crds.committed()) {
      Crds.walk(
          Crds.kind(crd) + ".spec",
          Crds.schema(crd, "spec"),
          (path, schema) -> {
            JsonNode validations = schema.path("x-kubernetes-validations");
            for (int i = 0; i < validations.size(); i++) {
              rules.add(new Rule(path + "#" + i, validations.get(i).path("rule").asText()));
            }
          });
    }
    return rules;
  }

  @Test
  void everyRuleHasSamples() {
    assertThat(rules().stream().map(Rule::field))
        .as("rules of the committed CRDs; give each new one samples here")
        .containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
  }

  @TestFactory
  Stream<DynamicTest> everyRuleCompiles() {
    return rules().stream()
        .map(
            rule ->
                dynamicTest(
                    rule.field() + " compiles",
                    () -> {
                      CelValidationResult result = CEL.compile(rule.expression());
                      assertThat(result.hasError()).as(result.getErrorString()).isFalse();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleAcceptsValidAndRejectsInvalidValues() {
    return rules().stream()
        .filter(rule -> SAMPLES.containsKey(rule.field()))
        .flatMap(
            rule -> {
              Samples samples = SAMPLES.get(rule.field());
              return Stream.concat(
                  samples.accepted().stream().map(value -> verdict(rule, value, true)),
                  samples.rejected().stream().map(value -> verdict(rule, value, false)));
            });
  }

  private static DynamicTest verdict(Rule rule, Object value, boolean valid) {
    String shown = String.valueOf(value);
    shown = shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
    return dynamicTest(
        rule.field() + (valid ? " accepts " : " rejects ") + shown,
        () -> assertThat(evaluate(rule.expression(), value)).isEqualTo(valid));
  }

  private static Object evaluate(String expression, Object self) throws Exception {
    return CEL.createProgram(CEL.compile(expression).getAst()).eval(Map.of("self", self));
  }
}
