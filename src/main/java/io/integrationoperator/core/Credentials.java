package io.integrationoperator.core;

import io.integrationoperator.api.v1alpha1.CredentialSource;
import io.integrationoperator.api.v1alpha1.CredentialsSecretRef;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/**
 * The client ID, where the client secret is, and the credentials revision (DESIGN step 4). The
 * secret value is read only to check it and to compute the revision; it is not kept.
 */
record Credentials(String clientId, SecretRef secretRef, String revision) {

  /** Reads and checks the credentials, or returns null after adding what is wrong. */
  static Credentials read(
      CredentialSelection selection,
      CatalogueEntry integration,
      CredentialsSecret secret,
      Problems problems) {
    Problem unusable = selection.problem(integration.name(), integration.spec());
    if (unusable != null) {
      problems.add(unusable.reason(), unusable.field(), unusable.message());
      return null;
    }
    CredentialsSecretRef ref = selection.secretRef();
    String field = selection.field();
    String where = "Secret " + selection.secretNamespace() + "/" + ref.getName();
    boolean inline = selection.inlineClientId() != null;
    if (inline && ref.getClientIdKey() != null) {
      problems.add(
          Reason.InvalidCredentials,
          "spec.oauthOverride.clientId",
          "set either clientId or credentialsSecretRef.clientIdKey, not both");
      return null;
    }
    if (secret == null) {
      problems.add(Reason.SecretNotFound, field + ".name", notFound(selection, where));
      return null;
    }
    String idKey = Defaults.clientIdKey(ref);
    String secretKey = Defaults.clientSecretKey(ref);
    byte[] id = inline ? selection.inlineClientId().getBytes(StandardCharsets.UTF_8) : null;
    if (!inline) {
      id = key(secret, idKey, field + ".clientIdKey", where, "client ID", problems);
    }
    byte[] value = key(secret, secretKey, field + ".clientSecretKey", where, "secret", problems);
    String idField = inline ? "spec.oauthOverride.clientId" : field + ".clientIdKey";
    String idWhere = inline ? "the inline client ID" : "the client ID in " + where;
    boolean valid = check(id, idField, idWhere, problems);
    valid &= check(value, field + ".clientSecretKey", "the client secret in " + where, problems);
    if (!valid) {
      return null;
    }
    String clientId = new String(id, StandardCharsets.UTF_8);
    return new Credentials(
        clientId,
        new SecretRef(selection.secretNamespace(), ref.getName(), secretKey),
        Revisions.credentials(secret.uid(), clientId, value));
  }

  private static String notFound(CredentialSelection selection, String where) {
    if (selection.source() == CredentialSource.Default) {
      return where
          + " with the platform's OAuth app does not exist yet; the platform team must create it";
    }
    return where
        + " does not exist yet; create it with your app's "
        + (selection.inlineClientId() == null ? "client ID and " : "")
        + "client secret";
  }

  private static byte[] key(
      CredentialsSecret secret,
      String key,
      String field,
      String where,
      String what,
      Problems problems) {
    byte[] value = secret.data().get(key);
    if (value == null) {
      problems.add(
          Reason.SecretKeyMissing,
          field,
          where
              + " has no key '"
              + key
              + "' for the "
              + what
              + "; its keys are "
              + new TreeSet<>(secret.data().keySet())
              + ". Add the key or point "
              + field.substring(field.lastIndexOf('.') + 1)
              + " at the right one");
    }
    return value;
  }

  private static boolean check(byte[] value, String field, String what, Problems problems) {
    if (value == null) {
      return false;
    }
    String why = CredentialRules.whyInvalid(value);
    if (why != null) {
      problems.add(Reason.InvalidCredentials, field, what + " " + why);
      return false;
    }
    return true;
  }
}
