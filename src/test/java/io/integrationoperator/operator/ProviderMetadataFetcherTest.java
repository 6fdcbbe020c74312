package io.integrationoperator.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.integrationoperator.core.ProviderMetadata;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderMetadataFetcherTest {
  private FakeProvider provider;
  private final ProviderMetadataFetcher fetcher =
      new ProviderMetadataFetcher(Duration.ofMillis(500));

  @BeforeEach
  void start() throws Exception {
    provider = new FakeProvider();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void readsTheEndpointsOfAValidDocument() {
    ProviderMetadata.Verified result = fetcher.fetch(provider.issuer());

    assertThat(result.isOk()).as(String.valueOf(result.problem())).isTrue();
    assertThat(result.endpoints().authorizationEndpoint()).isEqualTo(provider.issuer() + "/auth");
    assertThat(result.endpoints().tokenEndpoint()).isEqualTo(provider.issuer() + "/token");
  }

  @Test
  void rejectsADocumentWhoseIssuerDiffers() {
    provider.answer(FakeProvider.Answer.WRONG_ISSUER);

    assertThat(fetcher.fetch(provider.issuer()).problem())
        .contains("differs from the configured issuer")
        .contains("https://evil.example");
  }

  @Test
  void rejectsADocumentWithoutTokenEndpoint() {
    provider.answer(FakeProvider.Answer.NO_TOKEN_ENDPOINT);

    assertThat(fetcher.fetch(provider.issuer()).problem()).contains("lacks token_endpoint");
  }

  @Test
  void rejectsMalformedJson() {
    provider.answer(FakeProvider.Answer.MALFORMED);

    assertThat(fetcher.fetch(provider.issuer()).problem()).contains("not valid metadata");
  }

  @Test
  void reportsAServerError() {
    provider.answer(FakeProvider.Answer.SERVER_ERROR);

    assertThat(fetcher.fetch(provider.issuer()).problem()).contains("answered HTTP 500");
  }

  @Test
  void givesUpOnASlowProviderAfterTheReadTimeout() {
    provider.answer(FakeProvider.Answer.SLOW);
    long start = System.nanoTime();

    ProviderMetadata.Verified result = fetcher.fetch(provider.issuer());

    assertThat(result.problem()).contains("failed");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
  }
}
