package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.cli.StandIn;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints how fast the operator converges and how much heap it keeps. The operator runs as the
 * packaged jar in a process of its own (so only its memory is measured) against the API server
 * stand-in in this one: N installations on their own apps, among M unrelated Secrets of S KiB each
 * (like Helm release Secrets), and once more without the unrelated Secrets for comparison. Not a
 * test; after {@code mvn -B -DskipTests package}, run
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.integrationoperator.operator.OperatorBenchmark -Dexec.args="300 1000 64"
 * </pre>
 */
public final class OperatorBenchmark {
  private static final Path JAR = Path.of("target/integration-operator.jar");
  private static final java.util.logging.Logger MOCK_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private OperatorBenchmark() {}

  /** What one run measured. */
  private record Figures(long readyMillis, long convergedMillis, long rotationMillis, long heap) {}

  public static void main(String[] args) throws Exception {
    int installations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int unrelated = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int kib = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run mvn -B -DskipTests package first");
    }
    MOCK_LOG.setLevel(Level.WARNING);

    Figures without = run(installations, 0, kib);
    Figures with = run(installations, unrelated, kib);

    System.out.printf(
        "%d installations, each on its own app and Secret; operator heap after a full GC%n",
        installations);
    print("without other Secrets", without);
    print(
        String.format(
            "with %d unrelated Secrets of %d KiB (%d MiB)",
            unrelated, kib, (long) unrelated * kib / 1024),
        with);
    System.out.printf(
        "heap per unrelated Secret: %.1f KiB (its data: %d KiB)%n",
        (with.heap() - without.heap()) / 1024.0 / Math.max(1, unrelated), kib);
    System.exit(0);
  }

  private static void print(String label, Figures f) {
    System.out.printf(
        "  %-45s ready %5d ms, all Published %5d ms later, rotation %4d ms, heap %4d MiB%n",
        label, f.readyMillis(), f.convergedMillis(), f.rotationMillis(), f.heap() >> 20);
  }

  private static Figures run(int installations, int unrelated, int kib) throws Exception {
    KubernetesMockServer server = StandIn.startWithCrds();
    KubernetesClient client = server.createClient();
    Process operator = null;
    try {
      populate(client, installations, unrelated, kib);
      int port = freePort();
      long start = System.nanoTime();
      operator = start(server.getPort(), port);
      awaitReady(port, operator);
      long ready = System.nanoTime();
      awaitPublished(client, installations);
      long converged = System.nanoTime();
      long rotation = rotateOne(client);
      return new Figures(
          (ready - start) / 1_000_000,
          (converged - ready) / 1_000_000,
          rotation,
          heapAfterGc(operator.pid()));
    } finally {
      if (operator != null) {
        operator.destroy();
        operator.waitFor(30, TimeUnit.SECONDS);
      }
      client.close();
      server.destroy();
    }
  }

  private static void populate(KubernetesClient client, int installations, int unrelated, int kib) {
    Fixtures.createNamespace(client, OperatorHarness.OPERATOR_NAMESPACE);
    Fixtures.createNamespace(client, Fixtures.TENANT);
    client.resource(Fixtures.zendesk()).create();
    byte[] filler = new byte[kib * 1024];
    new Random(1).nextBytes(filler);
    String payload = Base64.getEncoder().encodeToString(filler);
    for (int i = 0; i < unrelated; i++) {
      client.resource(helmLikeSecret(i, payload)).create();
    }
    for (int i = 0; i < installations; i++) {
      client.resource(Fixtures.secret(Fixtures.TENANT, "app-" + i, "id-" + i, "s-" + i)).create();
      client.resource(Fixtures.ownApp("inst-" + i, "app-" + i)).create();
    }
  }

  private static Process start(int apiPort, int httpPort) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx1g",
            "-Dkubernetes.master=http://127.0.0.1:" + apiPort,
            "-Dkubernetes.auth.tryKubeConfig=false",
            "-jar",
            JAR.toString(),
            "run",
            "--http-port",
            String.valueOf(httpPort))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static Secret helmLikeSecret(int i, String payload) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName("sh.helm.release.v1.app-" + i + ".v1")
        .withNamespace(Fixtures.TENANT)
        .endMetadata()
        .withType("helm.sh/release.v1")
        .withData(Map.of("release", payload))
        .build();
  }

  private static void awaitReady(int port, Process operator) throws Exception {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz/ready")).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline && operator.isAlive()) {
      try {
        if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // The JVM is still starting.
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the operator did not become ready");
  }

  private static void awaitPublished(KubernetesClient client, int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (published(client) < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the installations did not converge");
      }
      Thread.sleep(50);
    }
  }

  private static long published(KubernetesClient client) {
    return client
        .resources(IntegrationInstallation.class)
        .inNamespace(Fixtures.TENANT)
        .list()
        .getItems()
        .stream()
        .filter(i -> i.getStatus() != null && i.getStatus().getCredentialsRevision() != null)
        .count();
  }

  /** Milliseconds from rotating one Secret to its ConfigMap showing the new revision. */
  private static long rotateOne(KubernetesClient client) throws InterruptedException {
    String before = revision(client);
    long start = System.nanoTime();
    client.resource(Fixtures.secret(Fixtures.TENANT, "app-0", "id-0", "rotated")).update();
    while (before.equals(revision(client))) {
      Thread.sleep(5);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String revision(KubernetesClient client) {
    return client
        .configMaps()
        .inNamespace(Fixtures.TENANT)
        .withName("inst-0-oauth")
        .get()
        .getData()
        .get("OAUTH_CREDENTIALS_REVISION");
  }

  /** The operator process's used heap after a full GC, as jcmd reports it. */
  private static long heapAfterGc(long pid) throws Exception {
    jcmd(pid, "GC.run");
    Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("jcmd printed no heap figures");
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  private static String jcmd(long pid, String command) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process process = new ProcessBuilder(List.of(jcmd, String.valueOf(pid), command)).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(30, TimeUnit.SECONDS);
    return output;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
