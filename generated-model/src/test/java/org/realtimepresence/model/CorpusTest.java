// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every corpus instance gets its expected verdict and (pointer, keyword) pairs from every entry point. */
class CorpusTest {

    private static final List<CorpusCase> CASES = CorpusCase.load();

    /**
     * The schema properties the corpus covers, each with a violation and a valid instance. A listed
     * property must stay in the schema; a property added later is not demanded here, so that adding
     * an optional property fails only {@code check-compatibility} (the schema-evolution guide's workflow). Add its
     * corpus cases and list it when the change is accepted.
     */
    private static final List<String> CORPUS_PROPERTIES =
            List.of("channel", "clientId", "connectionId", "action", "data", "since", "occurredAt");

    @TestFactory
    Stream<DynamicTest> everyInstanceGetsItsExpectedVerdict() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(CorpusCase c) {
        List<Violation> fromBytes = RealtimePresenceJson.validate(c.bytes());
        assertThat(CorpusCase.pairs(fromBytes)).as("validate(byte[])").isEqualTo(c.violations());
        assertThat(fromBytes.isEmpty()).as("verdict").isEqualTo(c.valid());
        assertThat(fromBytes).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        if (c.text() != null) {
            assertThat(CorpusCase.pairs(RealtimePresenceJson.validate(c.text())))
                    .as("validate(String)")
                    .isEqualTo(c.violations());
        }
        if (c.valid()) {
            RealtimePresence record = RealtimePresenceJson.read(c.bytes());
            assertThat(RealtimePresenceJson.read(new ByteArrayInputStream(c.bytes())))
                    .isEqualTo(record);
            assertThat(RealtimePresenceJson.validate(record)).isEmpty();
            assertThat(RealtimePresenceJson.read(RealtimePresenceJson.write(record)))
                    .as("read(write(record))")
                    .isEqualTo(record);
            if (c.text() != null) {
                assertThat(RealtimePresenceJson.read(c.text())).isEqualTo(record);
            }
        } else {
            InvalidDocumentException thrown =
                    catchThrowableOfType(InvalidDocumentException.class, () -> RealtimePresenceJson.read(c.bytes()));
            assertThat(thrown).as("read(byte[]) throws").isNotNull();
            assertThat(thrown.violations()).isEqualTo(fromBytes);
            assertThat(thrown.getMessage()).contains(fromBytes.get(0).message());
            assertThatThrownBy(() -> RealtimePresenceJson.read(new ByteArrayInputStream(c.bytes())))
                    .isInstanceOf(InvalidDocumentException.class);
            if (c.text() != null) {
                assertThatThrownBy(() -> RealtimePresenceJson.read(c.text()))
                        .isInstanceOf(InvalidDocumentException.class);
            }
        }
    }

    @Test
    void corpusIsLargeEnoughAndCoversEverySchemaPropertyActionAndKeyword() throws IOException {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(60);
        assertThat(CASES.stream().map(CorpusCase::name).collect(Collectors.toSet()))
                .hasSameSizeAs(CASES);

        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RealtimePresence.SCHEMA_RESOURCE)) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        Set<String> reportedKeywords = new HashSet<>();
        Set<String> reportedPointers = new HashSet<>();
        CASES.forEach(c -> c.violations().forEach(pair -> {
            reportedPointers.add(pair.get(0));
            reportedKeywords.add(pair.get(1));
        }));
        Set<String> validTexts =
                CASES.stream().filter(CorpusCase::valid).map(CorpusCase::text).collect(Collectors.toSet());

        assertThat(schema.get("properties").propertyNames())
                .as("the properties the corpus was written for")
                .containsAll(CORPUS_PROPERTIES);
        for (String property : CORPUS_PROPERTIES) {
            assertThat(reportedPointers).as("a violation at /%s", property).contains("/" + property);
            assertThat(validTexts)
                    .as("a valid instance with %s", property)
                    .anyMatch(t -> t.contains("\"" + property + "\":"));
        }
        for (JsonNode action : schema.get("properties").get("action").get("enum")) {
            assertThat(validTexts)
                    .as("a valid instance with action %s", action.asString())
                    .anyMatch(t -> t.contains("\"action\":\"" + action.asString() + "\""));
        }
        assertThat(reportedKeywords).containsAll(assertionKeywords(schema)).contains("syntax", "limit");
    }

    /** The assertion keywords the schema uses anywhere, so a keyword added to the schema needs corpus cases. */
    private static Set<String> assertionKeywords(JsonNode schema) {
        Set<String> assertions = Set.of(
                "type",
                "enum",
                "const",
                "required",
                "additionalProperties",
                "format",
                "minLength",
                "maxLength",
                "pattern",
                "minimum",
                "maximum",
                "minItems",
                "maxItems",
                "items",
                "minProperties",
                "maxProperties",
                "uniqueItems",
                "dependentRequired",
                "propertyNames");
        Set<String> found = new HashSet<>();
        List<JsonNode> pending = new ArrayList<>(List.of(schema));
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node.isObject()) {
                node.propertyNames().stream()
                        .filter(assertions::contains)
                        .filter(k -> !(k.equals("additionalProperties")
                                && node.get(k).asBoolean(false)))
                        .forEach(found::add);
                node.properties().forEach(e -> pending.add(e.getValue()));
            } else if (node.isArray()) {
                node.forEach(pending::add);
            }
        }
        assertThat(found).contains("type", "enum", "required", "additionalProperties", "format");
        return found;
    }

    @Test
    void theWholeCorpusAsJsonLinesGivesEachLineItsOwnVerdict() throws IOException {
        ByteArrayOutputStream jsonLines = new ByteArrayOutputStream();
        List<CorpusCase> expectedByLine = new ArrayList<>();
        expectedByLine.add(null);
        for (CorpusCase c : CASES) {
            // Multi-line documents cannot be one line; an empty document is a blank line, which is skipped.
            if (c.bytes().length == 0 || contains(c.bytes(), (byte) '\n') || contains(c.bytes(), (byte) '\r')) {
                continue;
            }
            jsonLines.write(c.bytes());
            jsonLines.write(
                    expectedByLine.size() % 7 == 0 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
            expectedByLine.add(c);
            if (expectedByLine.size() % 5 == 0) {
                jsonLines.write(" \t\n".getBytes(StandardCharsets.US_ASCII));
                expectedByLine.add(null);
            }
        }
        List<Decoded<RealtimePresence>> lines;
        try (Stream<Decoded<RealtimePresence>> stream =
                RealtimePresenceJson.lines(new ByteArrayInputStream(jsonLines.toByteArray()))) {
            lines = stream.toList();
        }
        long nonBlank = expectedByLine.stream().filter(c -> c != null).count();
        assertThat(lines).hasSize((int) nonBlank);
        assertThat(nonBlank).isGreaterThan(CASES.size() / 2);
        for (Decoded<RealtimePresence> line : lines) {
            CorpusCase c = expectedByLine.get((int) line.line());
            assertThat(c).as("line %d is not blank", line.line()).isNotNull();
            assertThat(CorpusCase.pairs(line.violations()))
                    .as("line %d: %s", line.line(), c.name())
                    .isEqualTo(c.violations());
            assertThat(line.valid()).isEqualTo(c.valid()).isEqualTo(line.value().isPresent());
        }
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }
}
