// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.enter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresenceJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeadLetterTest extends WithRosterDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void sendsEveryInvalidRecordWithItsBytesAndWhereItCameFromWhileValidOnesFlow() {
        String invalidJson = "{\"channel\":\"room\",";
        String missingClient = "{\"channel\":\"room\",\"action\":\"enter\"}";
        String duplicateKey = "{\"channel\":\"room\",\"clientId\":\"ann\",\"clientId\":\"bob\",\"action\":\"enter\"}";
        roster.send(enter("room", "ann", "c1", 1));
        roster.sendRaw("room", invalidJson);
        roster.send(enter("room", "bob", "c1", 2));
        roster.sendRaw("room", missingClient);
        roster.sendRaw(null, duplicateKey);
        roster.sendRaw("room", null);
        roster.send(enter("room", "cid", "c1", 3));

        assertThat(roster.compactedMembers()).containsOnlyKeys("room/ann/c1", "room/bob/c1", "room/cid/c1");
        List<TestRecord<byte[], byte[]>> deadLetters = roster.deadLetters.readRecordsToList();
        assertThat(deadLetters).hasSize(4);
        assertDeadLetter(deadLetters.get(0), "room", invalidJson, 1, "/channel", "syntax");
        assertDeadLetter(deadLetters.get(1), "room", missingClient, 3, "", "required");
        assertDeadLetter(deadLetters.get(2), null, duplicateKey, 4, "/clientId", "syntax");
        assertDeadLetter(deadLetters.get(3), "room", null, 5, "", "syntax");
    }

    @Test
    void aSchemaViolationCarriesEveryViolationAsJson() {
        String twoProblems = "{\"channel\":\"room\",\"clientId\":\"ann\",\"action\":\"wave\",\"colour\":\"red\"}";
        roster.sendRaw("room", twoProblems);

        TestRecord<byte[], byte[]> deadLetter = roster.deadLetters.readRecord();
        JsonNode violations = JSON.readTree(RosterDriver.header(deadLetter, DeadLetterHeaders.VIOLATIONS));
        assertThat(violations.values())
                .extracting(v ->
                        v.get("pointer").asString() + " " + v.get("keyword").asString())
                .containsExactlyElementsOf(RealtimePresenceJson.validate(twoProblems).stream()
                        .map(v -> v.pointer() + " " + v.keyword())
                        .toList())
                .contains("/action enum", "/colour additionalProperties");
        assertThat(violations.values())
                .allSatisfy(v -> assertThat(v.get("message").asString()).isNotBlank());
    }

    @Test
    void idsTooLongForAStoreKeyAreDeadLetteredWithAViolationWhileOthersFlow() {
        String longId = "x".repeat(StoreKeyBounds.MAX_CHARS + 1);
        roster.send(enter("room", longId, "c1", 1), enter("room", "ann", "x".repeat(StoreKeyBounds.MAX_CHARS), 2));

        assertThat(roster.compactedMembers()).hasSize(1);
        TestRecord<byte[], byte[]> deadLetter = roster.deadLetters.readRecord();
        assertThat(RosterDriver.header(deadLetter, DeadLetterHeaders.VIOLATIONS))
                .isEqualTo("[{\"pointer\":\"/clientId\",\"keyword\":\"storeKey\",\"message\":\"is 1025 characters long;"
                        + " the roster store takes at most 1024\"}]");
        assertThat(roster.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void theViolationsHeaderIsTheDocumentedJson() {
        roster.sendRaw("room", "{\"channel\":\"room\",\"action\":\"enter\"}");

        assertThat(RosterDriver.header(roster.deadLetters.readRecord(), DeadLetterHeaders.VIOLATIONS))
                .isEqualTo(
                        "[{\"pointer\":\"\",\"keyword\":\"required\",\"message\":\"required property 'clientId' not found\"}]");
    }

    @Test
    void keepsTheOriginalHeaders() {
        RecordHeaders headers =
                new RecordHeaders(List.of(new RecordHeader("trace-id", "abc".getBytes(StandardCharsets.UTF_8))));
        roster.input.pipeInput(new TestRecord<>("room", "not json".getBytes(StandardCharsets.UTF_8), headers));

        TestRecord<byte[], byte[]> deadLetter = roster.deadLetters.readRecord();
        assertThat(RosterDriver.header(deadLetter, "trace-id")).isEqualTo("abc");
        assertThat(RosterDriver.header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo("0");
    }

    private static void assertDeadLetter(
            TestRecord<byte[], byte[]> deadLetter,
            String key,
            String value,
            long offset,
            String pointer,
            String keyword) {
        assertThat(deadLetter.key()).isEqualTo(key == null ? null : key.getBytes(StandardCharsets.UTF_8));
        assertThat(deadLetter.value()).isEqualTo(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        assertThat(RosterDriver.header(deadLetter, DeadLetterHeaders.TOPIC))
                .isEqualTo(RosterSettings.DEFAULT_INPUT_TOPIC);
        assertThat(RosterDriver.header(deadLetter, DeadLetterHeaders.PARTITION)).isEqualTo("0");
        assertThat(RosterDriver.header(deadLetter, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(offset));
        JsonNode violations = JSON.readTree(RosterDriver.header(deadLetter, DeadLetterHeaders.VIOLATIONS));
        assertThat(violations.values()).isNotEmpty();
        assertThat(violations.get(0).get("pointer").asString()).isEqualTo(pointer);
        assertThat(violations.get(0).get("keyword").asString()).isEqualTo(keyword);
        assertThat(violations.get(0).get("message").asString()).isNotBlank();
    }
}
