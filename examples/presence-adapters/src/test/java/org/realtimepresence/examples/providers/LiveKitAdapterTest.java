// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.providers.ProviderTesting.normalize;

import org.junit.jupiter.api.Test;

class LiveKitAdapterTest {

    private static String webhook(String event) {
        return """
                {"event":"%s","room":{"sid":"RM_1","name":"Demo Room"},
                 "participant":{"sid":"PA_1","identity":"ann","name":"Ann","metadata":"{\\"role\\":1}",
                   "attributes":{"seat":"3"},"joinedAt":"1700000000"},
                 "id":"EV_1","createdAt":"1700000123"}"""
                .formatted(event);
    }

    @Test
    void participantEventsMapToEnterAndLeave() {
        String data = "\"data\":{\"name\":\"Ann\",\"metadata\":\"{\\\"role\\\":1}\",\"attributes\":{\"seat\":\"3\"}}";
        String enter = "{\"channel\":\"Demo Room\",\"clientId\":\"ann\",\"connectionId\":\"PA_1\",\"action\":\"enter\","
                + data + ",\"occurredAt\":\"2023-11-14T22:15:23Z\"}";

        assertThat(normalize(Provider.LIVEKIT, webhook("participant_joined"))).containsExactly(enter);
        assertThat(normalize(Provider.LIVEKIT, webhook("participant_left")))
                .containsExactly(enter.replace("\"enter\"", "\"leave\""));
        assertThat(normalize(Provider.LIVEKIT, webhook("participant_connection_aborted")))
                .containsExactly(enter.replace("\"enter\"", "\"leave\""));
        assertThat(normalize(Provider.LIVEKIT, webhook("track_published"))).isEmpty();
    }

    @Test
    void listParticipantsGivesPresentWithSinceFromJoinTime() {
        String list =
                """
                {"participants":[
                  {"sid":"PA_1","identity":"ann","joinedAt":"1700000000","joinedAtMs":"1700000000250"},
                  {"sid":"PA_2","identity":"bob","joinedAt":1700000000},
                  {"sid":"PA_3","identity":"cat"}]}""";

        assertThat(normalize(Provider.LIVEKIT, list, "Demo Room"))
                .containsExactly(
                        "{\"channel\":\"Demo Room\",\"clientId\":\"ann\",\"connectionId\":\"PA_1\",\"action\":\"present\","
                                + "\"since\":\"2023-11-14T22:13:20.25Z\"}",
                        "{\"channel\":\"Demo Room\",\"clientId\":\"bob\",\"connectionId\":\"PA_2\",\"action\":\"present\","
                                + "\"since\":\"2023-11-14T22:13:20Z\"}",
                        "{\"channel\":\"Demo Room\",\"clientId\":\"cat\",\"connectionId\":\"PA_3\",\"action\":\"present\"}");
    }

    @Test
    void participantWithoutIdentityIsAnError() {
        assertThatThrownBy(
                        () -> normalize(
                                Provider.LIVEKIT,
                                "{\"event\":\"participant_joined\",\"room\":{\"name\":\"r\"},\"participant\":{\"sid\":\"PA_1\"}}"))
                .isInstanceOf(MappingException.class)
                .hasMessage("livekit: /participant/identity: missing; expected a string");
    }
}
