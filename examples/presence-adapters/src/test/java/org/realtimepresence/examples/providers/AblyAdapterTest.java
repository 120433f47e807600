// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.providers.ProviderTesting.normalize;

import org.junit.jupiter.api.Test;

class AblyAdapterTest {

    @Test
    void singleMessageNeedsTheChannelAndAcceptsActionNames() {
        String message =
                """
                {"clientId":"ann","connectionId":"c1","action":"update","data":{"mood":"busy"},"timestamp":0}""";

        assertThat(normalize(Provider.ABLY, message, "room"))
                .containsExactly(
                        "{\"channel\":\"room\",\"clientId\":\"ann\",\"connectionId\":\"c1\",\"action\":\"update\","
                                + "\"data\":{\"mood\":\"busy\"},\"occurredAt\":\"1970-01-01T00:00:00Z\"}");
        assertThatThrownBy(() -> normalize(Provider.ABLY, message))
                .isInstanceOf(MappingException.class)
                .hasMessage("ably: (document root): an Ably presence message does not name its channel;"
                        + " give one (--channel)");
    }

    @Test
    void webhookTakesTheChannelFromChannelIdAndSkipsOtherSources() {
        String webhook =
                """
                {"items":[
                  {"source":"channel.message","data":{"channelId":"x","messages":[]}},
                  {"source":"channel.presence","data":{"channelId":"lobby","presence":[
                    {"clientId":"ann","connectionId":"c1","action":2,"timestamp":1000},
                    {"clientId":"bob","connectionId":"c2","action":0,"timestamp":2000}]}}]}""";

        assertThat(normalize(Provider.ABLY, webhook))
                .containsExactly(
                        "{\"channel\":\"lobby\",\"clientId\":\"ann\",\"connectionId\":\"c1\",\"action\":\"enter\","
                                + "\"occurredAt\":\"1970-01-01T00:00:01Z\"}",
                        "{\"channel\":\"lobby\",\"clientId\":\"bob\",\"connectionId\":\"c2\",\"action\":\"absent\","
                                + "\"occurredAt\":\"1970-01-01T00:00:02Z\"}");
    }

    @Test
    void protocolMessageMembersInheritConnectionAndTimestamp() {
        String sync =
                """
                {"action":16,"channel":"lobby","connectionId":"env","id":"m1","timestamp":1500,"presence":[
                  {"clientId":"ann","action":1},
                  {"clientId":"bob","connectionId":"own","action":1,"timestamp":2500}]}""";

        assertThat(normalize(Provider.ABLY, sync))
                .containsExactly(
                        "{\"channel\":\"lobby\",\"clientId\":\"ann\",\"connectionId\":\"env\",\"action\":\"present\","
                                + "\"occurredAt\":\"1970-01-01T00:00:01.5Z\"}",
                        "{\"channel\":\"lobby\",\"clientId\":\"bob\",\"connectionId\":\"own\",\"action\":\"present\","
                                + "\"occurredAt\":\"1970-01-01T00:00:02.5Z\"}");
    }

    @Test
    void protocolMessagesOtherThanPresenceAndSyncGiveNothing() {
        assertThat(normalize(Provider.ABLY, "{\"action\":15,\"channel\":\"c\",\"presence\":[]}"))
                .isEmpty();
    }

    @Test
    void jsonEncodedDataIsDecodedAndScalarsAreWrapped() {
        String history =
                """
                [{"clientId":"a","action":4,"data":"{\\"n\\":1.50}","encoding":"json"},
                 {"clientId":"b","action":4,"data":7},
                 {"clientId":"c","action":4,"data":null}]""";

        assertThat(normalize(Provider.ABLY, history, "c"))
                .containsExactly(
                        "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"update\",\"data\":{\"n\":1.50}}",
                        "{\"channel\":\"c\",\"clientId\":\"b\",\"action\":\"update\",\"data\":{\"value\":7}}",
                        "{\"channel\":\"c\",\"clientId\":\"c\",\"action\":\"update\"}");
    }

    @Test
    void unmappableInputNamesProviderPointerAndReason() {
        assertThatThrownBy(() -> normalize(
                        Provider.ABLY, "[{\"channel\":\"c\",\"presence\":[{\"clientId\":\"a\",\"action\":9}]}]"))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("ably: /0/presence/0/action: unknown presence action");
        assertThatThrownBy(() -> normalize(Provider.ABLY, "[{\"channel\":\"c\",\"presence\":[{\"action\":1}]}]"))
                .hasMessage("ably: /0/presence/0/clientId: missing; expected a string");
        assertThatThrownBy(() ->
                        normalize(Provider.ABLY, "[{\"clientId\":\"a\",\"action\":1,\"timestamp\":\"soon\"}]", "c"))
                .hasMessage("ably: /0/timestamp: expected an integer but found string");
        assertThatThrownBy(() -> normalize(
                        Provider.ABLY,
                        "{\"clientId\":\"a\",\"action\":1,\"data\":\"eA==\",\"encoding\":\"base64\"}",
                        "c"))
                .hasMessageContaining("/encoding: unsupported data encoding \"base64\"");
        assertThatThrownBy(() -> normalize(Provider.ABLY, "42"))
                .hasMessageStartingWith("ably: (document root): expected an Ably presence message");
    }
}
