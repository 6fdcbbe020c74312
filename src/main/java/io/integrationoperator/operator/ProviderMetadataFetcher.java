package io.integrationoperator.operator;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import io.integrationoperator.core.ProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** Fetches a provider's discovery document over HTTP with connect and read timeouts. */
final class ProviderMetadataFetcher {
  private final int timeoutMillis;

  ProviderMetadataFetcher(Duration timeout) {
    this.timeoutMillis = (int) timeout.toMillis();
  }

  ProviderMetadata.Verified fetch(String issuer) {
    URI uri = ProviderMetadata.documentUri(issuer);
    HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, uri);
    request.setConnectTimeout(timeoutMillis);
    request.setReadTimeout(timeoutMillis);
    request.setFollowRedirects(false);
    request.setAccept("application/json");
    try {
      HTTPResponse response = request.send();
      if (response.getStatusCode() != 200) {
        return ProviderMetadata.Verified.failed(
            "GET " + uri + " answered HTTP " + response.getStatusCode());
      }
      return ProviderMetadata.verify(issuer, response.getContent());
    } catch (IOException e) {
      return ProviderMetadata.Verified.failed("GET " + uri + " failed: " + e.getMessage());
    }
  }
}
