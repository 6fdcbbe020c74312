package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.InstallationSpec;
import io.integrationoperator.api.v1alpha1.OAuthOverrideSpec;
import java.util.regex.Pattern;

/** The schema's size bounds of an {@code IntegrationInstallation}, checked again. */
final class InstallationBounds {
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final int MAX_NAME = 253;

  private InstallationBounds() {}

  static void check(String name, InstallationSpec spec, Problems problems) {
    Bounds names = new Bounds(problems, Reason.InvalidName);
    if (spec.getIntegrationRef() != null) {
      names.length("spec.integrationRef.name", spec.getIntegrationRef().getName(), MAX_NAME);
    }
    checkConfigMapName(name, spec.getConfigMapName(), problems);
    new Bounds(problems, Reason.InvalidConnectionParameter)
        .size("spec.connectionParameters", spec.getConnectionParameters(), 16);
    OAuthOverrideSpec override = spec.getOauthOverride();
    if (override != null) {
      IntegrationBounds.secretRef(
          names, "spec.oauthOverride.credentialsSecretRef", override.getCredentialsSecretRef());
      new Bounds(problems, Reason.InvalidCredentials)
          .length("spec.oauthOverride.clientId", override.getClientId(), 512);
      new Bounds(problems, Reason.InvalidScope)
          .size("spec.oauthOverride.scopes", override.getScopes(), 64);
    }
  }

  private static void checkConfigMapName(String name, String configMapName, Problems problems) {
    String field = "spec.configMapName";
    if (configMapName == null || configMapName.isEmpty()) {
      if (name != null && (name + "-oauth").length() > MAX_NAME) {
        problems.add(
            Reason.InvalidName,
            field,
            "is needed: the default name <metadata.name>-oauth would be longer than "
                + MAX_NAME
                + " characters; set a shorter one");
      }
      return;
    }
    if (configMapName.length() > MAX_NAME || !DNS_SUBDOMAIN.matcher(configMapName).matches()) {
      problems.add(
          Reason.InvalidName,
          field,
          "'"
              + (configMapName.length() > 64
                  ? configMapName.substring(0, 64) + "..."
                  : configMapName)
              + "' is not a ConfigMap name: lower-case letters, digits, '-' and '.', at most "
              + MAX_NAME
              + " characters");
    }
  }
}
