package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * The Secret informer's store. It keeps the content of the Secrets that installations or
 * integrations reference and only the identity (name, namespace, UID, resource version) of every
 * other Secret, so that memory grows with what the operator uses, not with every Secret in the
 * cluster (Helm release Secrets are large and numerous).
 */
final class SecretContentStore implements ItemStore<Secret> {
  private final Map<String, Secret> secrets = new ConcurrentHashMap<>();
  private volatile BiPredicate<String, String> referenced = (namespace, name) -> false;

  /** Sets what counts as referenced, by namespace and name. */
  void setReferenced(BiPredicate<String, String> referenced) {
    this.referenced = referenced;
  }

  /** Marks the in-memory copies whose content was left out; never written to the cluster. */
  private static final String OMITTED = "integration-operator.io/content-omitted";

  /** Whether the stored copy has its content; false for a stripped one. */
  static boolean hasContent(Secret secret) {
    var annotations = secret.getMetadata().getAnnotations();
    return annotations == null || !annotations.containsKey(OMITTED);
  }

  /**
   * Stores a Secret read from the API server by the reconciler, unless the informer has a newer
   * copy already.
   */
  void offer(Secret secret) {
    String key = getKey(secret);
    secrets.computeIfPresent(
        key,
        (k, cached) ->
            cached
                    .getMetadata()
                    .getResourceVersion()
                    .equals(secret.getMetadata().getResourceVersion())
                ? keep(secret)
                : cached);
  }

  @Override
  public String getKey(Secret secret) {
    return secret.getMetadata().getNamespace() + "/" + secret.getMetadata().getName();
  }

  @Override
  public Secret put(String key, Secret secret) {
    return secrets.put(key, keep(secret));
  }

  private Secret keep(Secret secret) {
    String namespace = secret.getMetadata().getNamespace();
    String name = secret.getMetadata().getName();
    if (referenced.test(namespace, name)) {
      return secret;
    }
    return new SecretBuilder()
        .withMetadata(
            new ObjectMetaBuilder()
                .withNamespace(namespace)
                .withName(name)
                .withUid(secret.getMetadata().getUid())
                .withResourceVersion(secret.getMetadata().getResourceVersion())
                .withAnnotations(java.util.Map.of(OMITTED, "true"))
                .build())
        .build();
  }

  @Override
  public Secret remove(String key) {
    return secrets.remove(key);
  }

  @Override
  public Stream<String> keySet() {
    return secrets.keySet().stream();
  }

  @Override
  public Stream<Secret> values() {
    return secrets.values().stream();
  }

  @Override
  public int size() {
    return secrets.size();
  }

  @Override
  public Secret get(String key) {
    return secrets.get(key);
  }
}
