package io.integrationoperator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.integrationoperator.operator.OperatorMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthServerTest {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void startupAndReadinessFollowTheOperatorsStateWhileLivenessStaysUp() throws Exception {
    AtomicBoolean ready = new AtomicBoolean();
    try (HealthServer server = new HealthServer(0, ready::get, new OperatorMetrics())) {
      assertThat(status(server, "/healthz/startup")).isEqualTo(503);
      assertThat(status(server, "/healthz/ready")).isEqualTo(503);
      assertThat(status(server, "/healthz/live")).isEqualTo(200);

      ready.set(true);

      assertThat(status(server, "/healthz/startup")).isEqualTo(200);
      assertThat(status(server, "/healthz/ready")).isEqualTo(200);
      assertThat(status(server, "/metrics")).isEqualTo(200);
    }
  }

  @Test
  void aReadinessCheckThatHangsDoesNotHoldUpLiveness() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (HealthServer server =
        new HealthServer(
            0,
            () -> {
              entered.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return true;
            },
            new OperatorMetrics())) {
      var hanging =
          http.sendAsync(request(server, "/healthz/ready"), HttpResponse.BodyHandlers.discarding());
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(status(server, "/healthz/live")).isEqualTo(200);

      release.countDown();
      assertThat(hanging.get().statusCode()).isEqualTo(200);
    }
  }

  private int status(HealthServer server, String path) throws Exception {
    return http.send(request(server, path), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static HttpRequest request(HealthServer server, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10))
        .build();
  }
}
