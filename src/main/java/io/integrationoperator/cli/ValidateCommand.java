package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.catalogue.Catalogue;
import io.integrationoperator.core.CatalogueEntry;
import io.integrationoperator.core.CredentialsSecret;
import io.integrationoperator.core.EffectiveAuthorization;
import io.integrationoperator.core.InstallationRequest;
import io.integrationoperator.core.InstallationResolver;
import io.integrationoperator.core.IntegrationValidator;
import io.integrationoperator.core.Problem;
import io.integrationoperator.core.Reason;
import io.integrationoperator.core.Resolution;
import io.integrationoperator.operator.CredentialsSecrets;
import io.integrationoperator.operator.InstallationReconciler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks manifests without a cluster: every {@code Integration} with the operator's validation, and
 * every {@code IntegrationInstallation} with the operator's resolution, against the integrations
 * and Secrets in the same files (and the built-in catalogue).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Check Integrations and IntegrationInstallations in manifest files without a cluster, as"
            + " the operator would. Exit code 0 when nothing needs fixing, 1 when something does,"
            + " 2 when a file cannot be read.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CatalogueOptions options;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Manifest files or folders.")
  List<Path> paths;

  private final KubernetesSerialization serialization = new KubernetesSerialization();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    serialization.registerKubernetesResource(Integration.class);
    serialization.registerKubernetesResource(IntegrationInstallation.class);
    if (options.catalogue && !options.checkRedirectUri(err)) {
      return 2;
    }
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("error: " + path + " does not exist");
        return 2;
      }
      files.addAll(Manifests.files(path));
    }
    Manifested objects = new Manifested();
    Manifests.Reading reading = Manifests.read(files, err);
    int unreadable = reading.unreadableFiles();
    for (Manifests.Document document : reading.documents()) {
      unreadable += objects.add(document, err) ? 0 : 1;
    }
    boolean fine = checkIntegrations(objects, out) & checkInstallations(objects, out);
    out.flush();
    err.flush();
    return unreadable > 0 ? 2 : fine ? 0 : 1;
  }

  /** What the files hold, by name; documents of other kinds are ignored. */
  private final class Manifested {
    final Map<String, Integration> integrations = new TreeMap<>();
    final List<IntegrationInstallation> installations = new ArrayList<>();
    final Map<String, Secret> secrets = new TreeMap<>();

    boolean add(Manifests.Document document, PrintWriter err) {
      String kind = document.content().path("kind").asText();
      if (!List.of("Integration", "IntegrationInstallation", "Secret").contains(kind)) {
        return true;
      }
      HasMetadata object;
      try {
        object = serialization.unmarshal(document.content().toString(), HasMetadata.class);
      } catch (RuntimeException e) {
        err.println(
            "error: "
                + document.where()
                + ": malformed "
                + kind
                + ": "
                + MalformedObjects.describe(e));
        return false;
      }
      if (object.getMetadata() == null || object.getMetadata().getName() == null) {
        err.println("error: " + document.where() + ": " + kind + " without metadata.name");
        return false;
      }
      if (object instanceof Integration integration) {
        integrations.put(integration.getMetadata().getName(), integration);
      } else if (object instanceof IntegrationInstallation installation) {
        if (installation.getMetadata().getNamespace() == null) {
          installation.getMetadata().setNamespace("default");
        }
        installations.add(installation);
      } else if (object instanceof Secret secret) {
        // Only an API server assigns UIDs; the revision keyed with it is not shown here anyway.
        secret.getMetadata().setUid(UUID.randomUUID().toString());
        String namespace =
            Objects.requireNonNullElse(secret.getMetadata().getNamespace(), "default");
        secrets.put(namespace + "/" + secret.getMetadata().getName(), secret);
      }
      return true;
    }
  }

  private boolean checkIntegrations(Manifested objects, PrintWriter out) {
    boolean fine = true;
    for (Integration integration : objects.integrations.values()) {
      List<Problem> problems = IntegrationValidator.validate(integration.getSpec());
      String name = "integration " + integration.getMetadata().getName();
      if (problems.isEmpty()) {
        out.println(name + ": Valid");
      } else {
        fine = false;
        print(out, name + ": " + Reason.InvalidIntegration, problems);
      }
    }
    return fine;
  }

  private boolean checkInstallations(Manifested objects, PrintWriter out) {
    boolean fine = true;
    for (IntegrationInstallation installation : objects.installations) {
      String namespace = installation.getMetadata().getNamespace();
      String name = "installation " + namespace + "/" + installation.getMetadata().getName();
      if (installation.getSpec() == null || installation.getSpec().getIntegrationRef() == null) {
        fine = false;
        out.println(name + ": spec.integrationRef.name is required");
        continue;
      }
      CatalogueEntry entry =
          integration(objects, installation.getSpec().getIntegrationRef().getName());
      CredentialsSecret secret =
          InstallationResolver.secretToRead(
                  namespace,
                  installation.getSpec(),
                  entry == null ? null : entry.spec(),
                  options.operatorNamespace)
              .map(s -> objects.secrets.get(s.secretNamespace() + "/" + s.secretRef().getName()))
              .map(CredentialsSecrets::decode)
              .orElse(null);
      Resolution resolution =
          InstallationResolver.resolve(
              new InstallationRequest(
                  namespace,
                  installation.getMetadata().getName(),
                  installation.getSpec(),
                  entry,
                  secret,
                  options.operatorNamespace));
      if (resolution instanceof Resolution.Resolved resolved) {
        EffectiveAuthorization a = resolved.authorization();
        out.println(name + ": " + Reason.Published + " (" + a.credentialSource() + ")");
        out.println("  authorization URL: " + a.authorizationUrl());
        continue;
      }
      List<Problem> problems = ((Resolution.Rejected) resolution).problems();
      boolean stalled =
          problems.stream().anyMatch(p -> p.reason().disposition() == Reason.Disposition.STALLED);
      fine &= !stalled;
      print(out, name + ": " + (stalled ? "Stalled" : "Waiting"), problems);
    }
    return fine;
  }

  /** The integration from the files, else the catalogue's entry of that name, else null. */
  private CatalogueEntry integration(Manifested objects, String name) {
    Integration integration = objects.integrations.get(name);
    if (integration == null && options.catalogue && Catalogue.names().contains(name)) {
      integration = Catalogue.load(name, options.redirectUri, n -> null);
    }
    return integration == null ? null : InstallationReconciler.entry(integration);
  }

  private static void print(PrintWriter out, String heading, List<Problem> problems) {
    out.println(heading);
    for (Problem problem : problems) {
      out.println("  " + problem.reason() + " " + problem.describe());
    }
  }
}
