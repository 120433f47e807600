// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.kafka.Presence.enter;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.InvalidDocumentException;

class PresenceSerdeTest {

    private final PresenceSerde serde = new PresenceSerde();

    @Test
    void roundTripsAValidRecordKeepingItsOffset() {
        RealtimePresence record = enter("room", "ann", "c1", 1);

        byte[] bytes = serde.serializer().serialize("t", record);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(RealtimePresenceJson.write(record));
        RealtimePresence back = serde.deserializer().deserialize("t", bytes);
        assertThat(back.occurredAt()).isEqualTo(record.occurredAt());
        assertThat(back.occurredAt().getOffset()).isEqualTo(record.occurredAt().getOffset());
        assertThat(back.data()).isEqualTo(record.data());
    }

    @Test
    void theSerializerRefusesAnInvalidRecordWithTheModelsException() {
        // A record cannot lack a required property any more; this one nests its data past the limit of 64 levels.
        Object deep = "leaf";
        for (int i = 0; i < 70; i++) {
            deep = java.util.Map.of("k", deep);
        }
        RealtimePresence tooDeep = enter("room", "ann", "c1", 1).toBuilder()
                .data(java.util.Map.of("k", deep))
                .build();

        assertThatThrownBy(() -> serde.serializer().serialize("t", tooDeep))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.keyword())
                        .containsExactly("limit"));
    }

    @Test
    void theSerializerNeverWritesALoneSurrogate() {
        RealtimePresence record = RealtimePresence.builder()
                .channel("c")
                .clientId("\ud800")
                .action(RealtimePresence.Action.ENTER)
                .build();

        assertThatThrownBy(() -> new PresenceSerializer().serialize("presence", record))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.pointer() + " " + v.keyword())
                        .containsExactly("/clientId syntax"));
    }

    @Test
    void theDeserializerThrowsTheViolations() {
        byte[] json =
                "{\"channel\":\"room\",\"clientId\":\"ann\",\"action\":\"wave\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", json))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.pointer() + " " + v.keyword())
                        .containsExactly("/action enum"));
    }

    @Test
    void nullIsATombstoneOnCompactedTopicsAndInvalidOnEventTopics() {
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();

        assertThatThrownBy(() -> PresenceSerde.forEvents().deserializer().deserialize("t", null))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .containsExactly(PresenceDeserializer.NULL_VALUE));
    }
}
