// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.providers.ProviderTesting.normalize;

import org.junit.jupiter.api.Test;

class PusherAdapterTest {

    @Test
    void subscriptionSucceededGivesOnePresentPerIdInOrderWithHashData() {
        String frame =
                """
                {"event":"pusher_internal:subscription_succeeded","channel":"presence-a",
                 "data":"{\\"presence\\":{\\"ids\\":[\\"2\\",\\"1\\"],\\"hash\\":{\\"1\\":{\\"n\\":\\"one\\"},\\"2\\":\\"two\\"},\\"count\\":2}}"}""";

        assertThat(normalize(Provider.PUSHER, frame, null, "2024-05-01T10:00:00Z"))
                .containsExactly(
                        "{\"channel\":\"presence-a\",\"clientId\":\"2\",\"action\":\"present\",\"data\":{\"value\":\"two\"},"
                                + "\"occurredAt\":\"2024-05-01T10:00:00Z\"}",
                        "{\"channel\":\"presence-a\",\"clientId\":\"1\",\"action\":\"present\",\"data\":{\"n\":\"one\"},"
                                + "\"occurredAt\":\"2024-05-01T10:00:00Z\"}");
    }

    @Test
    void memberRemovedFrameWithObjectDataIsALeave() {
        assertThat(
                        normalize(
                                Provider.PUSHER,
                                "{\"event\":\"pusher:member_removed\",\"channel\":\"presence-a\",\"data\":{\"user_id\":\"u\"}}"))
                .containsExactly("{\"channel\":\"presence-a\",\"clientId\":\"u\",\"action\":\"leave\"}");
    }

    @Test
    void webhookEnvelopeTimesEveryEventAndSkipsOtherEvents() {
        String envelope =
                """
                {"time_ms":1327078148132,"events":[
                  {"name":"channel_occupied","channel":"presence-a"},
                  {"name":"member_added","channel":"presence-a","user_id":"u1"},
                  {"name":"member_removed","channel":"presence-a","user_id":"u2"}]}""";

        assertThat(normalize(Provider.PUSHER, envelope))
                .containsExactly(
                        "{\"channel\":\"presence-a\",\"clientId\":\"u1\",\"action\":\"enter\","
                                + "\"occurredAt\":\"2012-01-20T16:49:08.132Z\"}",
                        "{\"channel\":\"presence-a\",\"clientId\":\"u2\",\"action\":\"leave\","
                                + "\"occurredAt\":\"2012-01-20T16:49:08.132Z\"}");
    }

    @Test
    void otherFramesGiveNothing() {
        assertThat(normalize(Provider.PUSHER, "{\"event\":\"client-typing\",\"channel\":\"c\",\"data\":{}}"))
                .isEmpty();
    }

    @Test
    void brokenFrameDataIsReportedWithItsPointer() {
        assertThatThrownBy(
                        () -> normalize(
                                Provider.PUSHER,
                                "{\"event\":\"pusher_internal:member_added\",\"channel\":\"c\",\"data\":\"{\\\"user_id\\\":\"}"))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("pusher: /data: the string is not valid JSON");
        assertThatThrownBy(() -> normalize(Provider.PUSHER, "{\"time\":1}"))
                .hasMessage("pusher: (document root): expected a Pusher WebSocket frame, a webhook event or a"
                        + " webhook envelope");
    }
}
