package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Provider metadata found at {@code {issuer}/.well-known/openid-configuration}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DiscoveredEndpoints {
  @JsonPropertyDescription("The issuer the metadata was fetched for.")
  private String issuer;

  @JsonPropertyDescription("Discovered authorization endpoint.")
  private String authorizationEndpoint;

  @JsonPropertyDescription("Discovered token endpoint.")
  private String tokenEndpoint;

  @JsonPropertyDescription("When the metadata was last fetched successfully (RFC 3339).")
  private String lastRefreshTime;

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getAuthorizationEndpoint() {
    return authorizationEndpoint;
  }

  public void setAuthorizationEndpoint(String authorizationEndpoint) {
    this.authorizationEndpoint = authorizationEndpoint;
  }

  public String getTokenEndpoint() {
    return tokenEndpoint;
  }

  public void setTokenEndpoint(String tokenEndpoint) {
    this.tokenEndpoint = tokenEndpoint;
  }

  public String getLastRefreshTime() {
    return lastRefreshTime;
  }

  public void setLastRefreshTime(String lastRefreshTime) {
    this.lastRefreshTime = lastRefreshTime;
  }

  /** Equal when every field is: the reconciler writes status only when it changed. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DiscoveredEndpoints other
        && Objects.equals(issuer, other.issuer)
        && Objects.equals(authorizationEndpoint, other.authorizationEndpoint)
        && Objects.equals(tokenEndpoint, other.tokenEndpoint)
        && Objects.equals(lastRefreshTime, other.lastRefreshTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuer, authorizationEndpoint, tokenEndpoint, lastRefreshTime);
  }
}
