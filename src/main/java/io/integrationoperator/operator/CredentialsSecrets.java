package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import io.integrationoperator.core.CredentialsSecret;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** Reads credential Secrets from the informer's store, or from the API server when stripped. */
public final class CredentialsSecrets {
  private final KubernetesClient client;
  private final InformerEventSource<Secret, IntegrationInstallation> informer;
  private final SecretContentStore store;

  CredentialsSecrets(
      KubernetesClient client,
      InformerEventSource<Secret, IntegrationInstallation> informer,
      SecretContentStore store) {
    this.client = client;
    this.informer = informer;
    this.store = store;
  }

  /** The Secret's content, or null when it does not exist. */
  CredentialsSecret read(String namespace, String name) {
    Secret secret = informer.get(new ResourceID(name, namespace)).orElse(null);
    if (secret == null) {
      return null;
    }
    if (!SecretContentStore.hasContent(secret)) {
      // Cached before anything referenced it: the store kept only its identity.
      secret = client.secrets().inNamespace(namespace).withName(name).get();
      if (secret == null) {
        return null;
      }
      store.offer(secret);
    }
    return decode(secret);
  }

  /** A Secret's content as the core reads it, {@code data} decoded and {@code stringData} too. */
  public static CredentialsSecret decode(Secret secret) {
    Map<String, byte[]> data = new HashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> data.put(k, Base64.getMimeDecoder().decode(v)));
    }
    if (secret.getStringData() != null) {
      secret.getStringData().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    return new CredentialsSecret(
        secret.getMetadata().getNamespace(),
        secret.getMetadata().getName(),
        secret.getMetadata().getUid(),
        data);
  }
}
