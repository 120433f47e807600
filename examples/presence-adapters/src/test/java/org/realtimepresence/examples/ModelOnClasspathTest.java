// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;
import tools.jackson.databind.json.JsonMapper;

/** The examples build against the published model artifact, not a copy of it. */
class ModelOnClasspathTest {

    @Test
    void aRecordBuiltFluentlyWritesInSchemaOrderWithoutAbsentFields() {
        RealtimePresence record = RealtimePresence.builder()
                .occurredAt(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"))
                .action(RealtimePresence.Action.ENTER)
                .clientId("alice")
                .channel("room-1")
                .data(Map.of("status", "online"))
                .build();

        assertThat(JsonMapper.builder().build().writeValueAsString(record))
                .isEqualTo("{\"channel\":\"room-1\",\"clientId\":\"alice\",\"action\":\"enter\","
                        + "\"data\":{\"status\":\"online\"},\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}");
    }
}
