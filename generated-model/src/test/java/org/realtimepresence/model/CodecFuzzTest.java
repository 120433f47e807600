// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzzing of the presence codec. On bytes and on strings: {@code read} succeeds exactly when
 * {@code validate} is empty and both name the same violations; the verdict agrees with an independent oracle
 * (a plain Jackson parse plus networknt on the packaged schema) except where the codec documents a stricter rule
 * ({@code limit}, a lone surrogate, a date-time {@code java.time} cannot hold); and every record read is written
 * so that it reads back equal, in bytes and text, with no lone surrogate. The record framing ({@code lines}) never
 * throws, and each record it frames gets the verdict {@code validate} gives the same text.
 *
 * <p>{@code mvn verify} replays {@code src/test/resources/org/realtimepresence/model/CodecFuzzTestInputs/METHOD};
 * the site guide "Validating your records" says how to fuzz for longer.
 */
class CodecFuzzTest {

    /** Keywords by which the codec may refuse what the oracle accepts, each a documented stricter rule. */
    private static final Set<String> STRICTER = Set.of(Violation.LIMIT, Violation.SYNTAX, Violation.BINDING);

    private static final JsonMapper ORACLE_PARSER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Schema ORACLE_SCHEMA = oracleSchema();

    @FuzzTest
    void bytes(byte[] input) {
        List<Violation> violations = RealtimePresenceJson.validate(input);
        Decoded<RealtimePresence> decoded = RealtimePresenceJson.codec().decode(input);
        assertThat(decoded.violations()).isEqualTo(violations);
        String text = strictUtf8(input);
        if (text == null) {
            assertThat(violations).extracting(Violation::keyword).containsExactly(Violation.SYNTAX);
            return;
        }
        assertThat(RealtimePresenceJson.validate(text))
                .as("text agrees with bytes")
                .isEqualTo(violations);
        agreesWithOracle(text, violations);
        decoded.value().ifPresent(CodecFuzzTest::roundTrips);
    }

    /**
     * Text from bytes, so the corpus stays plain files: UTF-8 (malformed bytes become U+FFFD), or, after a leading
     * 0xFF byte, UTF-16BE, which can also give raw lone surrogates.
     */
    @FuzzTest
    void text(byte[] bytes) {
        String input = bytes.length > 0 && bytes[0] == (byte) 0xFF
                ? new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16BE)
                : new String(bytes, StandardCharsets.UTF_8);
        List<Violation> violations = RealtimePresenceJson.validate(input);
        Decoded<RealtimePresence> decoded = RealtimePresenceJson.codec().decode(input);
        assertThat(decoded.violations()).isEqualTo(violations);
        if (StandardCharsets.UTF_8.newEncoder().canEncode(input)) {
            assertThat(RealtimePresenceJson.validate(input.getBytes(StandardCharsets.UTF_8)))
                    .as("bytes agree with text")
                    .isEqualTo(violations);
        }
        agreesWithOracle(input, violations);
        decoded.value().ifPresent(CodecFuzzTest::roundTrips);
    }

    @FuzzTest
    void framing(byte[] input) {
        try (Stream<Decoded<RealtimePresence>> records = RealtimePresenceJson.lines(new ByteArrayInputStream(input))) {
            records.forEach(record -> {
                assertThat(record.line()).isPositive();
                assertThat(record.valid()).isEqualTo(record.violations().isEmpty());
                record.value().ifPresent(CodecFuzzTest::roundTrips);
            });
        }
    }

    private static void agreesWithOracle(String text, List<Violation> violations) {
        JsonNode tree;
        try {
            tree = ORACLE_PARSER.readTree(text);
        } catch (JacksonException | NumberFormatException | ArithmeticException e) {
            assertThat(violations)
                    .as("the oracle cannot parse it: %s", e.getMessage())
                    .isNotEmpty()
                    .extracting(Violation::keyword)
                    .allMatch(STRICTER::contains);
            return;
        }
        boolean oracleValid = tree != null
                && !tree.isMissingNode()
                && ORACLE_SCHEMA.validate(tree).isEmpty();
        if (violations.isEmpty()) {
            assertThat(oracleValid)
                    .as("the codec accepts what networknt refuses")
                    .isTrue();
        } else if (oracleValid) {
            assertThat(violations)
                    .as("refused although networknt accepts it")
                    .extracting(Violation::keyword)
                    .allMatch(STRICTER::contains);
        }
    }

    private static void roundTrips(RealtimePresence record) {
        String written = RealtimePresenceJson.write(record);
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(written))
                .as("no lone surrogate in %s", written)
                .isTrue();
        assertThat(RealtimePresenceJson.read(written)).as(written).isEqualTo(record);
        assertThat(RealtimePresenceJson.read(written.getBytes(StandardCharsets.UTF_8)))
                .as(written)
                .isEqualTo(record);
        assertThat(RealtimePresenceJson.write(RealtimePresenceJson.read(written)))
                .isEqualTo(written);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Schema oracleSchema() {
        try (InputStream schema =
                CodecFuzzTest.class.getClassLoader().getResourceAsStream(RealtimePresence.SCHEMA_RESOURCE)) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()));
            // The schema's relative $id needs a base; nothing is fetched from it.
            return registry.getSchema(
                    SchemaLocation.of("classpath:" + RealtimePresence.SCHEMA_RESOURCE),
                    JsonMapper.builder().build().readTree(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
