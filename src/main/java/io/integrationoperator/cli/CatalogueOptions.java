package io.integrationoperator.cli;

import io.integrationoperator.core.IntegrationValidator;
import io.integrationoperator.operator.OperatorSettings;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The options that {@code embedded} and {@code validate} share: the catalogue and its setting. */
final class CatalogueOptions {
  @Option(
      names = "--operator-namespace",
      paramLabel = "NS",
      defaultValue = OperatorSettings.DEFAULT_NAMESPACE,
      description = "Namespace of the platform's app Secrets (default: ${DEFAULT-VALUE}).")
  String operatorNamespace;

  @Option(
      names = "--catalogue",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Use the built-in catalogue of providers; an Integration of the same name in the"
              + " manifests replaces its entry (default: true).")
  boolean catalogue;

  @Option(
      names = "--redirect-uri",
      paramLabel = "URL",
      defaultValue = "https://connect.example.com/oauth/callback",
      description =
          "The platform's OAuth callback URL set on every catalogue entry (default:"
              + " ${DEFAULT-VALUE}).")
  String redirectUri;

  /** Whether {@code --redirect-uri} can serve as a callback URL; says why not on {@code err}. */
  boolean checkRedirectUri(PrintWriter err) {
    var why = IntegrationValidator.whyNotRedirectUri(redirectUri);
    why.ifPresent(w -> err.println("error: --redirect-uri " + redirectUri + " " + w));
    err.flush();
    return why.isEmpty();
  }
}
