package io.integrationoperator.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Applies multi-document YAML manifests like {@code kubectl apply}: creates each object or updates
 * it. A document that cannot be read or that the API rejects is reported with its file and
 * position, and the rest is still applied.
 */
final class Manifests {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One document of a manifest file. */
  record Document(Path file, int index, JsonNode content) {
    String where() {
      return file + " document " + index;
    }
  }

  private final KubernetesClient client;
  private final PrintWriter err;

  Manifests(KubernetesClient client, PrintWriter err) {
    this.client = client;
    this.err = err;
    client.getKubernetesSerialization().registerKubernetesResource(Integration.class);
    client.getKubernetesSerialization().registerKubernetesResource(IntegrationInstallation.class);
  }

  /** The YAML files under {@code path} (itself when a file), in name order. */
  static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** The documents read from files, and how many files could not be read. */
  record Reading(List<Document> documents, int unreadableFiles) {}

  /** Reads every document; a file that is not YAML is reported and skipped. */
  List<Document> read(List<Path> files) {
    return read(files, err).documents();
  }

  /** As {@link #read(List)}, reporting to {@code err}. */
  static Reading read(List<Path> files, PrintWriter err) {
    int unreadable = 0;
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
        int index = 0;
        for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
          index++;
          JsonNode node = it.next();
          if (node != null && !node.isNull() && !node.isMissingNode()) {
            documents.add(new Document(file, index, node));
          }
        }
      } catch (IOException | RuntimeException e) {
        err.println("error: " + file + " is not valid YAML: " + firstLine(e.getMessage()));
        unreadable++;
      }
    }
    return new Reading(documents, unreadable);
  }

  /** Applies documents, namespaces first, and returns how many failed. */
  int apply(List<Document> documents) {
    int failed = 0;
    List<Document> ordered = new ArrayList<>(documents);
    ordered.sort(Comparator.comparingInt(Manifests::rank));
    for (Document document : ordered) {
      if (!apply(document)) {
        failed++;
      }
    }
    return failed;
  }

  private boolean apply(Document document) {
    JsonNode content = document.content();
    if (!content.isObject()
        || !content.path("apiVersion").isTextual()
        || !content.path("kind").isTextual()) {
      err.println(
          "error: "
              + document.where()
              + ": not a Kubernetes object; each document needs apiVersion, kind and metadata");
      return false;
    }
    HasMetadata object;
    try {
      object =
          client
              .getKubernetesSerialization()
              .unmarshal(document.content().toString(), HasMetadata.class);
    } catch (RuntimeException e) {
      err.println(
          "error: "
              + document.where()
              + ": malformed "
              + content.path("kind").asText()
              + ": "
              + MalformedObjects.describe(e));
      return false;
    }
    if (object instanceof GenericKubernetesResource && !isServedKind(document.content())) {
      err.println(
          "error: "
              + document.where()
              + ": unknown kind "
              + document.content().path("kind").asText("(none)")
              + " in "
              + document.content().path("apiVersion").asText("(no apiVersion)"));
      return false;
    }
    if (object.getMetadata() == null || object.getMetadata().getName() == null) {
      err.println("error: " + document.where() + ": not a Kubernetes object with metadata.name");
      return false;
    }
    if (object instanceof Secret secret) {
      moveStringData(secret);
    }
    if (object instanceof Namespaced && object.getMetadata().getNamespace() == null) {
      object.getMetadata().setNamespace("default");
    }
    try {
      client.resource(object).createOr(NonDeletingOperation::update);
      return true;
    } catch (KubernetesClientException e) {
      err.println(
          "error: "
              + document.where()
              + " ("
              + object.getKind()
              + " "
              + describe(object)
              + "): "
              + firstLine(e.getMessage()));
      return false;
    }
  }

  /**
   * Does what a real API server does with {@code stringData} and the stand-in does not: encodes it
   * into {@code data}, where its keys win.
   */
  private static void moveStringData(Secret secret) {
    if (secret.getStringData() == null || secret.getStringData().isEmpty()) {
      return;
    }
    Map<String, String> data = new HashMap<>();
    if (secret.getData() != null) {
      data.putAll(secret.getData());
    }
    secret
        .getStringData()
        .forEach(
            (k, v) ->
                data.put(
                    k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    secret.setData(data);
    secret.setStringData(null);
  }

  /** Whether a CustomResourceDefinition on the server serves this kind. */
  private boolean isServedKind(JsonNode content) {
    String apiVersion = content.path("apiVersion").asText();
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    String kind = content.path("kind").asText();
    return client.apiextensions().v1().customResourceDefinitions().list().getItems().stream()
        .anyMatch(
            crd ->
                crd.getSpec().getGroup().equals(group)
                    && crd.getSpec().getNames().getKind().equals(kind));
  }

  private static int rank(Document document) {
    return switch (document.content().path("kind").asText()) {
      case "Namespace" -> 0;
      case "CustomResourceDefinition" -> 1;
      case "Secret", "ConfigMap" -> 2;
      case "Integration" -> 3;
      default -> 4;
    };
  }

  private static String describe(HasMetadata object) {
    String ns = object.getMetadata().getNamespace();
    return ns == null ? object.getMetadata().getName() : ns + "/" + object.getMetadata().getName();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
