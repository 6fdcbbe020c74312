package io.integrationoperator.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short fingerprints that tell consumers of the ConfigMap when to reload credentials or to ask
 * users to re-authorize.
 */
final class Revisions {
  private static final int BYTES = 16;

  private Revisions() {}

  /**
   * Changes exactly when the client ID or the client secret changes. It is an HMAC keyed with the
   * Secret's UID, which readers of the ConfigMap cannot see, so the revision does not let them
   * confirm a guessed secret.
   */
  static String credentials(String secretUid, String clientId, byte[] clientSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      Objects.requireNonNull(secretUid, "the Secret has no metadata.uid");
      mac.init(new SecretKeySpec(secretUid.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(clientId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return truncate(mac.doFinal(clientSecret));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Changes when anything a user consented to changes: app, scopes, endpoints or redirect. */
  static String consent(
      String clientId,
      List<String> scopes,
      String authorizationEndpoint,
      String tokenEndpoint,
      String redirectUri) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          List.of(
              clientId,
              String.join(" ", scopes),
              authorizationEndpoint,
              tokenEndpoint,
              redirectUri)) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return truncate(digest.digest());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String truncate(byte[] hash) {
    return HexFormat.of().formatHex(hash, 0, BYTES);
  }
}
