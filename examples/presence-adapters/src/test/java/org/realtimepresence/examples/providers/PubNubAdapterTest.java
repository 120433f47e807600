// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.providers.ProviderTesting.normalize;

import org.junit.jupiter.api.Test;

class PubNubAdapterTest {

    @Test
    void singleEventsNeedTheChannelAndTimeoutIsALeave() {
        String timeout = "{\"action\":\"timeout\",\"timestamp\":\"1700000000\",\"uuid\":\"u1\",\"occupancy\":0}";

        assertThat(normalize(Provider.PUBNUB, timeout, "lobby"))
                .containsExactly(
                        "{\"channel\":\"lobby\",\"clientId\":\"u1\",\"action\":\"leave\",\"occurredAt\":\"2023-11-14T22:13:20Z\"}");
        assertThatThrownBy(() -> normalize(Provider.PUBNUB, timeout))
                .hasMessage("pubnub: (document root): a single PubNub presence event does not name its channel;"
                        + " give one (--channel)");
    }

    @Test
    void subscribeResponseReadsOnlyPresenceChannels() {
        String subscribe =
                """
                {"t":{"t":"1","r":1},"m":[
                  {"c":"chat","d":{"text":"hello"}},
                  {"c":"chat-pnpres","d":{"action":"join","uuid":"u1","timestamp":1700000000,"data":"hi"}}]}""";

        assertThat(normalize(Provider.PUBNUB, subscribe))
                .containsExactly(
                        "{\"channel\":\"chat\",\"clientId\":\"u1\",\"action\":\"enter\",\"data\":{\"value\":\"hi\"},"
                                + "\"occurredAt\":\"2023-11-14T22:13:20Z\"}");
    }

    @Test
    void intervalIsExpandedJoinsFirst() {
        String interval =
                """
                {"action":"interval","timestamp":1700000000,"occupancy":2,
                 "timeout":["t1"],"leave":["l1"],"join":["j1","j2"],"here_now_refresh":false}""";

        assertThat(normalize(Provider.PUBNUB, interval, "c"))
                .containsExactly(
                        "{\"channel\":\"c\",\"clientId\":\"j1\",\"action\":\"enter\",\"occurredAt\":\"2023-11-14T22:13:20Z\"}",
                        "{\"channel\":\"c\",\"clientId\":\"j2\",\"action\":\"enter\",\"occurredAt\":\"2023-11-14T22:13:20Z\"}",
                        "{\"channel\":\"c\",\"clientId\":\"l1\",\"action\":\"leave\",\"occurredAt\":\"2023-11-14T22:13:20Z\"}",
                        "{\"channel\":\"c\",\"clientId\":\"t1\",\"action\":\"leave\",\"occurredAt\":\"2023-11-14T22:13:20Z\"}");
        assertThat(normalize(
                        Provider.PUBNUB,
                        "{\"action\":\"interval\",\"timestamp\":1,\"occupancy\":9,\"here_now_refresh\":true}",
                        "c"))
                .isEmpty();
    }

    @Test
    void singleChannelHereNowWithPlainIds() {
        assertThat(normalize(
                        Provider.PUBNUB,
                        "{\"status\":200,\"message\":\"OK\",\"service\":\"Presence\",\"uuids\":[\"a\",\"b\"],\"occupancy\":2}",
                        "lobby",
                        "2024-05-01T10:00:00Z"))
                .containsExactly(
                        "{\"channel\":\"lobby\",\"clientId\":\"a\",\"action\":\"present\",\"occurredAt\":\"2024-05-01T10:00:00Z\"}",
                        "{\"channel\":\"lobby\",\"clientId\":\"b\",\"action\":\"present\",\"occurredAt\":\"2024-05-01T10:00:00Z\"}");
    }

    @Test
    void unknownActionIsAnError() {
        assertThatThrownBy(
                        () -> normalize(Provider.PUBNUB, "{\"action\":\"wave\",\"uuid\":\"u\",\"timestamp\":1}", "c"))
                .isInstanceOf(MappingException.class)
                .hasMessage("pubnub: /action: unknown PubNub presence action; expected join, leave, timeout,"
                        + " state-change or interval");
    }
}
