package io.integrationoperator.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.integrationoperator.core.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records Kubernetes Events. A repeat of the same event (same object, type, reason and message)
 * increments the count of the existing Event instead of creating another one. Events of
 * cluster-scoped objects go to the namespace {@code default}, the only one besides none that the
 * API server accepts for them. Failing to record an Event never fails a reconciliation.
 */
final class EventRecorder {
  static final String COMPONENT = "integration-operator";

  /** Where Events of cluster-scoped objects go. */
  static final String CLUSTER_SCOPED_EVENTS = "default";

  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);
  private static final int REMEMBERED = 4096;

  private final KubernetesClient client;
  private final Clock clock;
  private final Map<String, Integer> counts =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
          return size() > REMEMBERED;
        }
      };

  EventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * An Event each time an object's Ready reason turns to a problem: a Warning when only the user
   * can fix it or discovery failed, a Normal event while it waits for something else.
   */
  void onReadyTransition(HasMetadata object, List<Condition> before, List<Condition> after) {
    Condition was = StatusConditions.find(before, StatusConditions.READY);
    Condition is = StatusConditions.find(after, StatusConditions.READY);
    if ("True".equals(is.getStatus())
        || (was != null && Objects.equals(was.getReason(), is.getReason()))) {
      return;
    }
    Reason reason = Reason.valueOf(is.getReason());
    if (reason.disposition() == Reason.Disposition.STALLED || reason == Reason.DiscoveryFailed) {
      warning(object, reason.name(), is.getMessage());
    } else if (reason != Reason.Progressing && reason != Reason.DiscoveryPending) {
      normal(object, reason.name(), is.getMessage());
    }
  }

  void normal(HasMetadata object, String reason, String message) {
    record(object, "Normal", reason, message);
  }

  void warning(HasMetadata object, String reason, String message) {
    record(object, "Warning", reason, message);
  }

  private synchronized void record(HasMetadata object, String type, String reason, String msg) {
    String namespace = object.getMetadata().getNamespace();
    String eventNamespace = namespace == null ? CLUSTER_SCOPED_EVENTS : namespace;
    String name = eventName(object, type, reason, msg);
    String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    try {
      Integer count = counts.get(eventNamespace + "/" + name);
      if (count != null && increment(eventNamespace, name, count + 1, now)) {
        counts.put(eventNamespace + "/" + name, count + 1);
        return;
      }
      create(object, eventNamespace, name, type, reason, msg, now);
      counts.put(eventNamespace + "/" + name, 1);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        repeatAfterRestart(eventNamespace, name, now);
      } else {
        LOG.warn("Could not record event {} for {}: {}", reason, name, e.getMessage());
      }
    }
  }

  private void repeatAfterRestart(String namespace, String name, String now) {
    try {
      Event existing = client.v1().events().inNamespace(namespace).withName(name).get();
      int count = existing == null || existing.getCount() == null ? 1 : existing.getCount() + 1;
      if (increment(namespace, name, count, now)) {
        counts.put(namespace + "/" + name, count);
      }
    } catch (KubernetesClientException e) {
      LOG.warn("Could not update event {}: {}", name, e.getMessage());
    }
  }

  private boolean increment(String namespace, String name, int count, String now) {
    String patch = "{\"count\":" + count + ",\"lastTimestamp\":\"" + now + "\"}";
    try {
      client
          .v1()
          .events()
          .inNamespace(namespace)
          .withName(name)
          .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private void create(
      HasMetadata object,
      String namespace,
      String name,
      String type,
      String reason,
      String message,
      String now) {
    Event event =
        new EventBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(object.getApiVersion())
                    .withKind(object.getKind())
                    .withName(object.getMetadata().getName())
                    .withNamespace(object.getMetadata().getNamespace())
                    .withUid(object.getMetadata().getUid())
                    .build())
            .withType(type)
            .withReason(reason)
            .withMessage(message)
            .withCount(1)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .withReportingComponent(COMPONENT)
            .build();
    client.v1().events().inNamespace(namespace).resource(event).create();
  }

  /** The same object, type, reason and message always give the same name. */
  private static String eventName(HasMetadata object, String type, String reason, String msg) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {object.getMetadata().getUid(), type, reason, msg}) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      String objectName = object.getMetadata().getName();
      String prefix = objectName.length() > 200 ? objectName.substring(0, 200) : objectName;
      return prefix + "." + HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
