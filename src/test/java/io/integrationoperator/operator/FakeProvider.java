package io.integrationoperator.operator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** An OpenID Connect provider on the loopback address whose discovery answer a test chooses. */
final class FakeProvider implements AutoCloseable {
  /** How the provider answers the next discovery requests. */
  enum Answer {
    VALID,
    WRONG_ISSUER,
    NO_TOKEN_ENDPOINT,
    MALFORMED,
    SERVER_ERROR,
    SLOW
  }

  private final HttpServer server;
  private final AtomicReference<Answer> answer = new AtomicReference<>(Answer.VALID);
  private final AtomicInteger requests = new AtomicInteger();

  FakeProvider() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/.well-known/openid-configuration", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void answer(Answer next) {
    answer.set(next);
  }

  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    Answer now = answer.get();
    String issuer = now == Answer.WRONG_ISSUER ? "https://evil.example" : issuer();
    String body =
        switch (now) {
          case MALFORMED -> "{\"issuer\": \"" + issuer + "\", ";
          case NO_TOKEN_ENDPOINT ->
              "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\"}";
          default ->
              "{\"issuer\":\""
                  + issuer
                  + "\",\"authorization_endpoint\":\""
                  + issuer
                  + "/auth\",\"token_endpoint\":\""
                  + issuer
                  + "/token\",\"jwks_uri\":\""
                  + issuer
                  + "/jwks\"}";
        };
    if (now == Answer.SLOW) {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(now == Answer.SERVER_ERROR ? 500 : 200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException clientGaveUp) {
      // The operator's read timeout closed the connection first.
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
