package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.realtimepresence.examples.roster.Roster;
import org.realtimepresence.model.RealtimePresenceJson;

/** What the store and its changelog hold comes back exactly: no digit of data is lost on a restore. */
class ChannelRosterSerdeTest {

    @Test
    void dataNumbersSurviveTheStoreByteForByte() {
        Roster roster = new Roster();
        roster.apply(RealtimePresenceJson.read("{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\","
                + "\"data\":{\"x\":0.1000000000000000000001,\"z\":1.10,\"big\":123456789012345678901234567890},"
                + "\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}"));
        ChannelRosterSerde serde = new ChannelRosterSerde();

        Roster restored = serde.deserializer().deserialize("changelog", serde.serializer().serialize("changelog", roster));

        assertThat(RealtimePresenceJson.write(restored.snapshot().get(0))).isEqualTo(RealtimePresenceJson.write(roster.snapshot().get(0)))
                .contains("\"x\":0.1000000000000000000001", "\"z\":1.10", "\"big\":123456789012345678901234567890",
                        "+02:00");
    }
}
