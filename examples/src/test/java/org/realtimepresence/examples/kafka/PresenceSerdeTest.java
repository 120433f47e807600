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
        assertThat(back.getOccurredAt()).isEqualTo(record.getOccurredAt());
        assertThat(back.getOccurredAt().getOffset()).isEqualTo(record.getOccurredAt().getOffset());
        assertThat(back.getData()).isEqualTo(record.getData());
    }

    @Test
    void theSerializerRefusesAnInvalidRecordWithTheModelsException() {
        RealtimePresence noClient = enter("room", null, "c1", 1);

        assertThatThrownBy(() -> serde.serializer().serialize("t", noClient))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.pointer() + " " + v.keyword()).containsExactly(" required"));
    }

    @Test
    void theDeserializerThrowsTheViolations() {
        byte[] json = "{\"channel\":\"room\",\"clientId\":\"ann\",\"action\":\"wave\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", json))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.pointer() + " " + v.keyword()).containsExactly("/action enum"));
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
