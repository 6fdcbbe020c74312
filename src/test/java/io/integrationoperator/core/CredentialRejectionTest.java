package io.integrationoperator.core;

import static io.integrationoperator.core.Fixtures.scenario;
import static io.integrationoperator.core.Rejection.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials the resolver rejects: whose app, which Secret, which key, what is wrong with it. */
class CredentialRejectionTest {
  private static final String SECRET_REF = "spec.oauthOverride.credentialsSecretRef";
  private static final String PLATFORM_REF = "integration.spec.defaultCredentials.secretRef";

  static Stream<Rejection> credentials() {
    return Stream.of(
        rejects(
            "a tenant Secret without the client secret key",
            scenario()
                .withOverride()
                .secret(Fixtures.tenantSecret(Map.of("client-id", "tenant-client"))),
            Reason.SecretKeyMissing,
            SECRET_REF + ".clientSecretKey",
            "'client-secret'"),
        rejects(
            "a tenant Secret without the client ID key the override names",
            scenario().override(o -> o.getCredentialsSecretRef().setClientIdKey("app-id")),
            Reason.SecretKeyMissing,
            SECRET_REF + ".clientIdKey",
            "'app-id'"),
        rejects(
            "a platform Secret without the client ID key",
            scenario().secret(Fixtures.platformSecret(Map.of("client-secret", "platform-secret"))),
            Reason.SecretKeyMissing,
            PLATFORM_REF + ".clientIdKey",
            "'client-id'"),
        rejects(
            "an override that names no Secret",
            scenario().override(o -> o.setCredentialsSecretRef(null)),
            Reason.SecretKeyMissing,
            SECRET_REF,
            "is required"),
        rejects(
            "an empty client secret",
            scenario().withOverride().secret(Fixtures.tenantSecret("")),
            Reason.InvalidCredentials,
            SECRET_REF + ".clientSecretKey",
            "is empty"),
        rejects(
            "a client secret with the trailing newline of kubectl create secret --from-file",
            scenario().withOverride().secret(Fixtures.tenantSecret("s3cret\n")),
            Reason.InvalidCredentials,
            SECRET_REF + ".clientSecretKey",
            "--from-file"),
        rejects(
            "a platform client secret with a trailing newline",
            scenario().secret(Fixtures.platformSecret("s3cret\r\n")),
            Reason.InvalidCredentials,
            PLATFORM_REF + ".clientSecretKey",
            "newline"),
        rejects(
            "a client ID with a trailing newline",
            scenario()
                .withOverride()
                .secret(
                    Fixtures.tenantSecret(
                        Map.of("client-id", "tenant-client\n", "client-secret", "s"))),
            Reason.InvalidCredentials,
            SECRET_REF + ".clientIdKey",
            "newline"),
        rejects(
            "a client secret with whitespace inside",
            scenario().withOverride().secret(Fixtures.tenantSecret("s3c ret")),
            Reason.InvalidCredentials,
            SECRET_REF + ".clientSecretKey",
            "whitespace at position 4"),
        rejects(
            "a client secret with a non-breaking space inside",
            scenario().withOverride().secret(Fixtures.tenantSecret("s3c\u00a0ret")),
            Reason.InvalidCredentials,
            SECRET_REF + ".clientSecretKey",
            "whitespace"),
        rejects(
            "a client secret with a control character",
            scenario().withOverride().secret(Fixtures.tenantSecret("s3c\u0007ret")),
            Reason.InvalidCredentials,
            SECRET_REF + ".clientSecretKey",
            "control"),
        rejects(
            "an inline client ID with whitespace",
            scenario().override(o -> o.setClientId("tenant client")),
            Reason.InvalidCredentials,
            "spec.oauthOverride.clientId",
            "whitespace"),
        rejects(
            "an inline client ID and a client ID key at once",
            scenario()
                .override(o -> o.setClientId("tenant-client"))
                .override(o -> o.getCredentialsSecretRef().setClientIdKey("client-id")),
            Reason.InvalidCredentials,
            "spec.oauthOverride.clientId",
            "not both"),
        rejects(
            "an override of an integration that forbids tenant apps",
            scenario().withOverride().integration(i -> i.getOverride().setAllowed(false)),
            Reason.OverrideNotAllowed,
            "spec.oauthOverride",
            "does not allow"),
        rejects(
            "no override for an integration without a platform app",
            scenario().integration(i -> i.setDefaultCredentials(null)),
            Reason.CredentialsRequired,
            "spec.oauthOverride",
            "add spec.oauthOverride"),
        rejects(
            "a disabled override for an integration without a platform app",
            scenario()
                .override(o -> o.setEnabled(false))
                .integration(i -> i.setDefaultCredentials(null)),
            Reason.CredentialsRequired,
            "spec.oauthOverride",
            "set spec.oauthOverride.enabled to true"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentials")
  void rejectsWithTheReasonAndTheFieldToFix(Rejection rejection) {
    rejection.verify();
  }

  @Test
  void explainsTheTrailingNewlineThatKubectlFromFileLeaves() {
    Problem problem =
        scenario().withOverride().secret(Fixtures.tenantSecret("s3cret\n")).problems().get(0);

    assertThat(problem.message()).contains("newline").contains("--from-file");
  }

  @ParameterizedTest(name = "a client secret of \"{0}\" is rejected without being quoted")
  @MethodSource("badSecrets")
  void neverQuotesABadSecretInTheMessage(String value) {
    String canary = "canary-8d1f0c2e" + value;
    List<Problem> problems =
        scenario().withOverride().secret(Fixtures.tenantSecret(canary)).problems();

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo(Reason.InvalidCredentials));
    assertThat(problems.toString()).doesNotContain("canary-8d1f0c2e");
  }

  static Stream<String> badSecrets() {
    return Stream.of("\n", " x", "\u0000", "\t", "\u0085");
  }
}
