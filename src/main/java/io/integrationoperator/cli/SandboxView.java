package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the sandbox shows: a table of installations and the data of each published ConfigMap. */
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

  /** True when every installation's status describes its current generation. */
  boolean settled() {
    return installations().stream()
        .allMatch(
            i ->
                i.getStatus() != null
                    && i.getStatus().getObservedGeneration() != null
                    && i.getStatus().getObservedGeneration().equals(i.getMetadata().getGeneration())
                    && !"Unknown".equals(readyStatus(i)));
  }

  boolean allReady() {
    return installations().stream().allMatch(i -> "True".equals(readyStatus(i)));
  }

  String render() {
    StringBuilder out = new StringBuilder();
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
    for (IntegrationInstallation i : installations) {
      Condition ready = ready(i);
      if (ready != null && !"True".equals(ready.getStatus()) && ready.getMessage() != null) {
        out.append('\n')
            .append(i.getMetadata().getNamespace())
            .append('/')
            .append(i.getMetadata().getName())
            .append(" is not ready (")
            .append(ready.getReason())
            .append("):\n  ")
            .append(ready.getMessage())
            .append('\n');
      }
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
    if (i.getStatus() == null || i.getStatus().getConditions() == null) {
      return null;
    }
    return i.getStatus().getConditions().stream()
        .filter(c -> "Ready".equals(c.getType()))
        .findFirst()
        .orElse(null);
  }

  private static String readyStatus(IntegrationInstallation i) {
    Condition ready = ready(i);
    return ready == null ? null : ready.getStatus();
  }
}
