package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Client authentication at the token endpoint (RFC 6749 section 2.3.1). */
public enum TokenEndpointAuthMethod {
  @JsonProperty("client_secret_post")
  CLIENT_SECRET_POST("client_secret_post"),
  @JsonProperty("client_secret_basic")
  CLIENT_SECRET_BASIC("client_secret_basic");

  private final String value;

  TokenEndpointAuthMethod(String value) {
    this.value = value;
  }

  /** The registered name, as in the OAuth metadata registry. */
  public String value() {
    return value;
  }
}
