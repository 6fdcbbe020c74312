package io.integrationoperator.cli;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionList;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.integrationoperator.api.v1alpha1.Integration;
import io.integrationoperator.api.v1alpha1.IntegrationInstallation;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-in's CRUD dispatcher. Beyond fabric8's, it serves API discovery, so that kubectl can
 * talk to the sandbox, and it refuses an object of a kind the operator watches whose fields have
 * the wrong type, as a real API server does from its schemas. Without that, one such object would
 * stop the operator's informers.
 */
final class StandInDispatcher extends KubernetesCrudDispatcher {
  /** The kinds the operator watches, which its informers must be able to read. */
  private static final List<Class<? extends HasMetadata>> CHECKED =
      List.of(Integration.class, IntegrationInstallation.class, Secret.class, ConfigMap.class);

  private final KubernetesSerialization serialization = new KubernetesSerialization();

  /** Thrown inside the dispatcher's lock, before anything is stored; answered with 422. */
  private static final class Rejected extends RuntimeException {
    Rejected(String message) {
      super(message, null, false, false);
    }
  }

  private final ApiDiscovery discovery = new ApiDiscovery(serialization);
  private final PrinterColumns columns = new PrinterColumns(Clock.systemUTC());

  /** /apis/GROUP/VERSION[/namespaces/NS]/PLURAL[/NAME] */
  private static final Pattern RESOURCE_PATH =
      Pattern.compile("^/apis/([^/]+)/([^/]+)(?:/namespaces/[^/]+)?/([^/]+)(?:/[^/]+)?$");

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if ("GET".equals(request.getMethod())) {
      String path = request.getPath().replaceFirst("\\?.*$", "").replaceFirst("/$", "");
      // fabric8's mock would answer these paths with a list of everything it stores, Secrets
      // included: discovery is answered here, and what it does not know is not found.
      if (ApiDiscovery.isDiscoveryPath(path)) {
        return discovery
            .answer(path, this::crds)
            .map(document -> json(200, document))
            .orElseGet(() -> status(404, "NotFound", "the server could not find " + path));
      }
      if (path.startsWith("/openapi/")) {
        return status(404, "NotFound", "the sandbox's API server serves no OpenAPI documents");
      }
    }
    String contentType = request.getHeader("Content-Type");
    if (contentType != null && contentType.contains("protobuf")) {
      return status(
          415,
          "UnsupportedMediaType",
          "the sandbox's API server reads JSON and YAML only, not protobuf; with kubectl, use"
              + " kubectl apply --validate=false -f FILE instead of kubectl create KIND");
    }
    try {
      MockResponse response = super.dispatch(request);
      return wantsTable(request) ? asTable(request, response) : response;
    } catch (Rejected e) {
      return status(422, "Invalid", e.getMessage());
    } catch (RuntimeException e) {
      // Unanswered, the request would hang; the exception's own text may quote a value.
      return status(400, "BadRequest", "cannot read the request: " + MalformedObjects.describe(e));
    }
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  private MockResponse status(int code, String reason, String message) {
    String body =
        serialization.asJson(
            new StatusBuilder()
                .withStatus("Failure")
                .withReason(reason)
                .withCode(code)
                .withMessage(message)
                .build());
    return json(code, body);
  }

  /** kubectl asks for Tables and prints their columns; other clients ask for plain JSON. */
  private static boolean wantsTable(RecordedRequest request) {
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod())
        && accept != null
        && accept.contains("as=Table")
        && !request.getPath().contains("watch=");
  }

  /** The response as a Table when it is a custom resource's list or object, else unchanged. */
  private MockResponse asTable(RecordedRequest request, MockResponse response) {
    Matcher path = RESOURCE_PATH.matcher(request.getPath().replaceFirst("\\?.*$", ""));
    if (response.code() != 200 || !path.matches()) {
      return response;
    }
    String body = response.getBody().readUtf8();
    for (CustomResourceDefinition crd : crds()) {
      if (crd.getSpec().getGroup().equals(path.group(1))
          && crd.getSpec().getNames().getPlural().equals(path.group(3))) {
        try {
          return json(200, columns.table(crd, path.group(2), body));
        } catch (Exception unreadable) {
          return json(200, body);
        }
      }
    }
    return json(200, body);
  }

  private List<CustomResourceDefinition> crds() {
    MockResponse stored = handleGet("/apis/apiextensions.k8s.io/v1/customresourcedefinitions");
    return serialization
        .unmarshal(stored.getBody().readUtf8(), CustomResourceDefinitionList.class)
        .getItems();
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
