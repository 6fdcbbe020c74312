package io.integrationoperator.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.integrationoperator.operator.OperatorMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The operator's HTTP endpoints. For the kubelet's probes, {@code /healthz/startup} and {@code
 * /healthz/ready} answer 200 while {@code ready} holds (the operator started, caches synced, every
 * informer healthy) and 503 otherwise; {@code /healthz/live} answers 200 while the process can
 * serve requests at all. {@code /metrics} serves Prometheus metrics. Requests are served on a pool
 * of two threads, so one slow scrape or check does not hold up a probe.
 */
final class HealthServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  HealthServer(int port, BooleanSupplier ready, OperatorMetrics metrics) throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 0);
    executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread thread = new Thread(r, "http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
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
    executor.shutdownNow();
  }
}
