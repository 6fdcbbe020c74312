package io.integrationoperator.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.integrationoperator.operator.OperatorMetrics;
import io.javaoperatorsdk.operator.Operator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The operator's HTTP endpoints. For the kubelet's probes, {@code /healthz/startup} and {@code
 * /healthz/ready} answer 200 once the operator started and every informer is healthy (caches
 * synced); {@code /healthz/live} answers 200 while the process can serve requests at all. {@code
 * /metrics} serves Prometheus metrics.
 */
final class HealthServer implements AutoCloseable {
  private final HttpServer server;

  HealthServer(int port, Operator operator, OperatorMetrics metrics) throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 0);
    BooleanSupplier ready =
        () ->
            operator.getRuntimeInfo().isStarted()
                && operator.getRuntimeInfo().allEventSourcesAreHealthy();
    server.createContext("/healthz/startup", e -> answer(e, ready.getAsBoolean()));
    server.createContext("/healthz/ready", e -> answer(e, ready.getAsBoolean()));
    server.createContext("/healthz/live", e -> answer(e, true));
    server.createContext("/metrics", e -> metrics(e, metrics));
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void metrics(HttpExchange exchange, OperatorMetrics metrics) throws IOException {
    byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void answer(HttpExchange exchange, boolean ok) throws IOException {
    byte[] body = (ok ? "ok\n" : "not ready\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
