package io.integrationoperator.api.v1alpha1;

/** Whether the provider requires, supports or rejects PKCE. */
public enum PkceMode {
  Required,
  Supported,
  Unsupported
}
