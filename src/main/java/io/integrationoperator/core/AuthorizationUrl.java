package io.integrationoperator.core;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The authorization request URL (RFC 6749 section 4.1.1) without {@code state} and the PKCE
 * challenge, which belong to each connection.
 */
final class AuthorizationUrl {
  private AuthorizationUrl() {}

  static String build(
      String endpoint,
      String clientId,
      String redirectUri,
      String scopeParameter,
      List<String> scopes,
      String separator,
      Map<String, String> extraParams) {
    AuthorizationRequest.Builder request =
        new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(clientId))
            .endpointURI(URI.create(endpoint))
            .redirectionURI(URI.create(redirectUri));
    if (!scopeParameter.isEmpty() && !scopes.isEmpty()) {
      // Not nimbus's Scope: providers differ in the parameter's name and separator.
      request.customParameter(scopeParameter, String.join(separator, scopes));
    }
    extraParams.forEach(request::customParameter);
    return request.build().toURI().toString();
  }
}
