package io.integrationoperator.operator;

import static io.integrationoperator.operator.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events tell what happened; a repeat counts on the existing Event instead of adding one. */
class EventsIT extends OperatorTestSupport {

  @Test
  void recordsPublishedOnTheFirstPublish() {
    givenPublished();

    Event published = single("Published");
    assertThat(published.getType()).isEqualTo("Normal");
    assertThat(published.getCount()).isEqualTo(1);
    assertThat(published.getMessage()).contains("zendesk-oauth");
    assertThat(published.getInvolvedObject().getUid())
        .isEqualTo(installation("zendesk").getMetadata().getUid());
  }

  @Test
  void countsARepeatedPublishOnTheSameEvent() {
    givenPublished();

    client.configMaps().inNamespace(TENANT).withName("zendesk-oauth").delete();

    await().atMost(PATIENCE).until(() -> single("Published").getCount() == 2);
    assertThat(ofReason("Published")).hasSize(1);
  }

  @Test
  void warnsWithTheReasonEachTimeTheInstallationStalls() {
    givenPublished();

    setScopes("read", "admin");
    awaitReason("zendesk", "ScopeNotAllowed");
    Event warning = await().atMost(PATIENCE).until(() -> single("ScopeNotAllowed"), e -> e != null);
    assertThat(warning.getType()).isEqualTo("Warning");
    assertThat(warning.getMessage()).contains("spec.oauthOverride.scopes[1]");

    setScopes("read");
    awaitReason("zendesk", "Published");
    setScopes("read", "admin");
    await().atMost(PATIENCE).until(() -> single("ScopeNotAllowed").getCount() == 2);
    assertThat(ofReason("ScopeNotAllowed")).hasSize(1);
    assertThat(ofReason("Published")).singleElement().extracting(Event::getCount).isEqualTo(1);
  }

  private void givenPublished() {
    create(Fixtures.zendesk());
    create(Fixtures.secret(TENANT, "own-app", "acme-id", "acme-secret"));
    create(Fixtures.ownApp("zendesk", "own-app"));
    awaitReason("zendesk", "Published");
    awaitEvent(TENANT, "Published");
  }

  private void setScopes(String... scopes) {
    editInstallation("zendesk", i -> i.getSpec().getOauthOverride().setScopes(List.of(scopes)));
  }

  private List<Event> ofReason(String reason) {
    return eventsOf("zendesk").stream().filter(e -> reason.equals(e.getReason())).toList();
  }

  /** The one Event with this reason, or null while there is none. */
  private Event single(String reason) {
    List<Event> events = ofReason(reason);
    assertThat(events).hasSizeLessThanOrEqualTo(1);
    return events.isEmpty() ? null : events.get(0);
  }
}
