package io.integrationoperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Map;

/** The provider's OAuth endpoints and the parameters of its authorization request. */
@ValidationRule(
    value = "has(self.issuer) || (has(self.authorizationEndpoint) && has(self.tokenEndpoint))",
    message =
        "set both authorizationEndpoint and tokenEndpoint, or issuer for OpenID Connect discovery")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OAuthSpec {
  @JsonPropertyDescription(
      "Authorization endpoint, an absolute https URL. May contain {placeholders} declared in "
          + "connectionParameters.")
  @Size(max = 2048)
  @ValidationRule(value = ApiRules.HTTPS_URL_TEMPLATE, message = ApiRules.HTTPS_URL_MESSAGE)
  private String authorizationEndpoint;

  @JsonPropertyDescription(
      "Token endpoint, an absolute https URL. May contain {placeholders} declared in "
          + "connectionParameters.")
  @Size(max = 2048)
  @ValidationRule(value = ApiRules.HTTPS_URL_TEMPLATE, message = ApiRules.HTTPS_URL_MESSAGE)
  private String tokenEndpoint;

  @JsonPropertyDescription(
      "OpenID Connect issuer (https; http only on a loopback host). The endpoints are "
          + "discovered from {issuer}/.well-known/openid-configuration; endpoints given here as "
          + "well take precedence.")
  @Size(max = 2048)
  @ValidationRule(value = ApiRules.REDIRECT_URI, message = ApiRules.REDIRECT_URI_MESSAGE)
  private String issuer;

  @JsonPropertyDescription("How the client authenticates at the token endpoint.")
  @Default("client_secret_post")
  private TokenEndpointAuthMethod tokenEndpointAuthMethod;

  @JsonPropertyDescription("Whether the provider requires, supports or rejects PKCE (RFC 7636).")
  @Default("Supported")
  private PkceMode pkce;

  @JsonPropertyDescription(
      "Static extra query parameters of the authorization request, such as access_type=offline.")
  @Size(max = 16)
  @ValidationRule(
      value = "self.all(k, size(k) <= 64 && size(self[k]) <= 512)",
      message = "parameter names are at most 64 and values at most 512 characters long")
  @ValidationRule(
      value =
          "self.all(k, !(k in ['response_type', 'client_id', 'redirect_uri', 'state',"
              + " 'code_challenge', 'code_challenge_method']))",
      message =
          "response_type, client_id, redirect_uri, state and the PKCE parameters are set by "
              + "the operator or per connection")
  private Map<String, String> authorizationParams;

  @JsonPropertyDescription(
      "The platform's callback URL: absolute https (http only for loopback hosts), no "
          + "fragment, no user info. Its host is always an allowed redirect host.")
  @Required
  @Size(max = 2048)
  @ValidationRule(value = ApiRules.REDIRECT_URI, message = ApiRules.REDIRECT_URI_MESSAGE)
  private String redirectUri;

  @JsonPropertyDescription("How the provider takes scopes and which scopes tenants may request.")
  private ScopeSpec scopes;

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

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public TokenEndpointAuthMethod getTokenEndpointAuthMethod() {
    return tokenEndpointAuthMethod;
  }

  public void setTokenEndpointAuthMethod(TokenEndpointAuthMethod tokenEndpointAuthMethod) {
    this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
  }

  public PkceMode getPkce() {
    return pkce;
  }

  public void setPkce(PkceMode pkce) {
    this.pkce = pkce;
  }

  public Map<String, String> getAuthorizationParams() {
    return authorizationParams;
  }

  public void setAuthorizationParams(Map<String, String> authorizationParams) {
    this.authorizationParams = authorizationParams;
  }

  public String getRedirectUri() {
    return redirectUri;
  }

  public void setRedirectUri(String redirectUri) {
    this.redirectUri = redirectUri;
  }

  public ScopeSpec getScopes() {
    return scopes;
  }

  public void setScopes(ScopeSpec scopes) {
    this.scopes = scopes;
  }
}
