package io.integrationoperator.core;

import java.util.Map;

/**
 * The decoded content of a Secret that holds OAuth credentials. {@link #toString()} never shows
 * values, so an instance may be logged or end up in an exception by accident without leaking them.
 *
 * @param uid the Secret's UID, the key of the credentials revision HMAC
 */
public record CredentialsSecret(
    String namespace, String name, String uid, Map<String, byte[]> data) {
  public CredentialsSecret {
    data = Map.copyOf(data);
  }

  @Override
  public String toString() {
    return "Secret "
        + namespace
        + "/"
        + name
        + " with keys "
        + new java.util.TreeSet<>(data.keySet());
  }
}
