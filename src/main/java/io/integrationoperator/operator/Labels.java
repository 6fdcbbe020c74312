package io.integrationoperator.operator;

/** Labels the operator puts on the ConfigMaps it publishes. */
final class Labels {
  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String MANAGER = "integration-operator";
  static final String INSTALLATION = "integration-operator.io/installation";
  static final String INTEGRATION = "integration-operator.io/integration";

  /** Selects every ConfigMap the operator publishes. */
  static final String MANAGED_SELECTOR = MANAGED_BY + "=" + MANAGER;

  private Labels() {}

  /**
   * A label value for an object name: names over 63 characters, the limit of label values, are cut
   * and suffixed with a hash so that they stay distinct.
   */
  static String valueFor(String name) {
    if (name.length() <= 63) {
      return name;
    }
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String prefix = name.substring(0, 50).replaceAll("[^A-Za-z0-9]+$", "");
      return prefix + "-" + java.util.HexFormat.of().formatHex(hash, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
