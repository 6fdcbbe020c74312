package io.integrationoperator.core;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import java.net.URI;
import java.util.Optional;

/**
 * Checks a provider's OpenID Connect discovery document against the configured issuer (OpenID
 * Connect Discovery 1.0, section 4.3) and extracts the endpoints the operator needs.
 */
public final class ProviderMetadata {
  /** The endpoints a valid document gives. */
  public record Endpoints(String authorizationEndpoint, String tokenEndpoint) {}

  /** Either endpoints, or why the document is unusable. */
  public record Verified(Endpoints endpoints, String problem) {
    static Verified ok(Endpoints endpoints) {
      return new Verified(endpoints, null);
    }

    public static Verified failed(String problem) {
      return new Verified(null, problem);
    }

    public boolean isOk() {
      return endpoints != null;
    }
  }

  private ProviderMetadata() {}

  /** Where the discovery document of {@code issuer} is. */
  public static URI documentUri(String issuer) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return URI.create(base + "/.well-known/openid-configuration");
  }

  public static Verified verify(String configuredIssuer, String document) {
    AuthorizationServerMetadata metadata;
    try {
      metadata = AuthorizationServerMetadata.parse(document);
    } catch (ParseException | RuntimeException e) {
      return Verified.failed("the discovery document is not valid metadata: " + e.getMessage());
    }
    String issuer = metadata.getIssuer().getValue();
    if (!issuer.equals(configuredIssuer)) {
      return Verified.failed(
          "the discovery document's issuer '"
              + issuer
              + "' differs from the configured issuer '"
              + configuredIssuer
              + "'; they must be identical (OpenID Connect Discovery 1.0, section 4.3)");
    }
    Optional<String> authorization = endpoint(metadata.getAuthorizationEndpointURI());
    Optional<String> token = endpoint(metadata.getTokenEndpointURI());
    if (authorization.isEmpty() || token.isEmpty()) {
      return Verified.failed(
          "the discovery document lacks "
              + (authorization.isEmpty() ? "authorization_endpoint" : "token_endpoint"));
    }
    for (String url : new String[] {authorization.get(), token.get()}) {
      Optional<String> why = UrlRules.whyNotAbsoluteHttps(url, UrlRules.isLoopbackUrl(issuer));
      if (why.isPresent()) {
        return Verified.failed("the discovered endpoint " + url + " " + why.get());
      }
    }
    return Verified.ok(new Endpoints(authorization.get(), token.get()));
  }

  private static Optional<String> endpoint(URI uri) {
    return Optional.ofNullable(uri).map(URI::toString);
  }
}
