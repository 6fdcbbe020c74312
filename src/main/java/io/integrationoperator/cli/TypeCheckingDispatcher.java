package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.util.List;

/**
 * The stand-in's CRUD dispatcher, which also refuses an {@code Integration} or {@code
 * IntegrationInstallation} whose fields have the wrong type, as a real API server does from the
 * CRD's structural schema. Without it, one such object would stop the operator's informers.
 */
final class TypeCheckingDispatcher extends KubernetesCrudDispatcher {
  private static final List<Class<? extends HasMetadata>> CHECKED =
      List.of(Integration.class, IntegrationInstallation.class);

  private final KubernetesSerialization serialization = new KubernetesSerialization();

  /** Thrown inside the dispatcher's lock, before anything is stored; answered with 422. */
  private static final class Rejected extends RuntimeException {
    Rejected(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return super.dispatch(request);
    } catch (Rejected e) {
      String body =
          serialization.asJson(
              new StatusBuilder()
                  .withStatus("Failure")
                  .withReason("Invalid")
                  .withCode(422)
                  .withMessage(e.getMessage())
                  .build());
      return new MockResponse().setResponseCode(422).setBody(body);
    }
  }

  @Override
  public void processEvent(
      String path,
      AttributeSet pathAttributes,
      AttributeSet oldAttributes,
      GenericKubernetesResource resource,
      String newState) {
    if (newState != null) {
      // Read the kind from the state to store, which every kind of write passes complete.
      GenericKubernetesResource stored =
          serialization.unmarshal(newState, GenericKubernetesResource.class);
      for (Class<? extends HasMetadata> type : CHECKED) {
        if (HasMetadata.getKind(type).equals(stored.getKind())
            && HasMetadata.getApiVersion(type).equals(stored.getApiVersion())) {
          check(type, stored, newState);
        }
      }
    }
    super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
  }

  private void check(
      Class<? extends HasMetadata> type, GenericKubernetesResource resource, String state) {
    try {
      serialization.unmarshal(state, type);
    } catch (RuntimeException e) {
      throw new Rejected(
          resource.getKind()
              + " \""
              + resource.getMetadata().getName()
              + "\" is invalid: "
              + MalformedObjects.describe(e));
    }
  }
}
