package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.api.v1alpha1.IntegrationSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sandbox shows: a table of integrations, a table of installations and the data of each
 * published ConfigMap.
 */
final class SandboxView {
  private static final int MESSAGE_WIDTH = 100;

  private final KubernetesClient client;

  SandboxView(KubernetesClient client) {
    this.client = client;
  }

  List<IntegrationInstallation> installations() {
    return client
        .resources(IntegrationInstallation.class)
        .inAnyNamespace()
        .list()
        .getItems()
        .stream()
        .sorted(
            Comparator.comparing(
                i -> i.getMetadata().getNamespace() + "/" + i.getMetadata().getName()))
        .toList();
  }

  List<Integration> integrations() {
    return client.resources(Integration.class).list().getItems().stream()
        .sorted(Comparator.comparing(i -> i.getMetadata().getName()))
        .toList();
  }

  /** True when the status of every integration and installation describes its generation. */
  boolean settled() {
    boolean integrationsSettled =
        integrations().stream()
            .allMatch(
                i ->
                    i.getStatus() != null
                        && i.getMetadata().getGeneration() != null
                        && i.getMetadata()
                            .getGeneration()
                            .equals(i.getStatus().getObservedGeneration()));
    return integrationsSettled
        && installations().stream()
            .allMatch(
                i ->
                    i.getStatus() != null
                        && i.getStatus().getObservedGeneration() != null
                        && i.getStatus()
                            .getObservedGeneration()
                            .equals(i.getMetadata().getGeneration())
                        && !"Unknown".equals(readyStatus(i)));
  }

  boolean allReady() {
    return installations().stream().allMatch(i -> "True".equals(readyStatus(i)));
  }

  String render() {
    StringBuilder out = new StringBuilder();
    List<Integration> integrations = integrations();
    renderIntegrations(integrations, out);
    out.append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"INSTALLATION", "INTEGRATION", "SOURCE", "READY", "REASON", "MESSAGE"});
    List<IntegrationInstallation> installations = installations();
    for (IntegrationInstallation i : installations) {
      Condition ready = ready(i);
      rows.add(
          new String[] {
            i.getMetadata().getNamespace() + "/" + i.getMetadata().getName(),
            i.getSpec() == null || i.getSpec().getIntegrationRef() == null
                ? "-"
                : i.getSpec().getIntegrationRef().getName(),
            i.getStatus() == null || i.getStatus().getCredentialSource() == null
                ? "-"
                : i.getStatus().getCredentialSource().name(),
            ready == null ? "-" : ready.getStatus(),
            ready == null ? "-" : ready.getReason(),
            ready == null ? "" : shorten(ready.getMessage())
          });
    }
    table(rows, out);
    for (Integration i : integrations) {
      notReady(
          i.getMetadata().getName(),
          ready(i.getStatus() == null ? null : i.getStatus().getConditions()),
          out);
    }
    for (IntegrationInstallation i : installations) {
      notReady(i.getMetadata().getNamespace() + "/" + i.getMetadata().getName(), ready(i), out);
    }
    for (IntegrationInstallation i : installations) {
      if (i.getStatus() == null || i.getStatus().getConfigMapName() == null) {
        continue;
      }
      ConfigMap cm =
          client
              .configMaps()
              .inNamespace(i.getMetadata().getNamespace())
              .withName(i.getStatus().getConfigMapName())
              .get();
      if (cm != null && cm.getData() != null) {
        out.append('\n')
            .append("ConfigMap ")
            .append(cm.getMetadata().getNamespace())
            .append('/')
            .append(cm.getMetadata().getName())
            .append(":\n");
        for (Map.Entry<String, String> e : new TreeMap<>(cm.getData()).entrySet()) {
          if (!e.getKey().equals("authorization.json")) {
            out.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static void renderIntegrations(List<Integration> integrations, StringBuilder out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {"INTEGRATION", "READY", "REASON", "PLATFORM APP", "AUTHORIZATION ENDPOINT"});
    for (Integration i : integrations) {
      Condition ready = ready(i.getStatus() == null ? null : i.getStatus().getConditions());
      IntegrationSpec spec = i.getSpec();
      String endpoint =
          spec == null || spec.getOauth() == null
              ? null
              : spec.getOauth().getAuthorizationEndpoint();
      if (endpoint == null && i.getStatus() != null && i.getStatus().getDiscovered() != null) {
        endpoint = i.getStatus().getDiscovered().getAuthorizationEndpoint();
      }
      rows.add(
          new String[] {
            i.getMetadata().getName(),
            ready == null ? "-" : ready.getStatus(),
            ready == null ? "-" : ready.getReason(),
            spec == null
                    || spec.getDefaultCredentials() == null
                    || spec.getDefaultCredentials().getSecretRef() == null
                ? "-"
                : spec.getDefaultCredentials().getSecretRef().getName(),
            endpoint == null ? "-" : endpoint
          });
    }
    table(rows, out);
  }

  private static void notReady(String name, Condition ready, StringBuilder out) {
    if (ready != null && !"True".equals(ready.getStatus()) && ready.getMessage() != null) {
      out.append('\n')
          .append(name)
          .append(" is not ready (")
          .append(ready.getReason())
          .append("):\n  ")
          .append(ready.getMessage())
          .append('\n');
    }
  }

  private static void table(List<String[]> rows, StringBuilder out) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(
            c == row.length - 1 ? row[c] : String.format("%-" + (widths[c] + 2) + "s", row[c]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String shorten(String message) {
    if (message == null) {
      return "";
    }
    return message.length() <= MESSAGE_WIDTH
        ? message
        : message.substring(0, MESSAGE_WIDTH - 3) + "...";
  }

  private static Condition ready(IntegrationInstallation i) {
    return ready(i.getStatus() == null ? null : i.getStatus().getConditions());
  }

  private static Condition ready(List<Condition> conditions) {
    if (conditions == null) {
      return null;
    }
    return conditions.stream().filter(c -> "Ready".equals(c.getType())).findFirst().orElse(null);
  }

  private static String readyStatus(IntegrationInstallation i) {
    Condition ready = ready(i);
    return ready == null ? null : ready.getStatus();
  }
}
