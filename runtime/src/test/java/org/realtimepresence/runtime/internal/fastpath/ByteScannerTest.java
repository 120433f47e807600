// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Violation;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The byte scanner on hand-written edge cases: what it proves, and every kind of input it must leave to the
 * parser-based fast path, whether the input is invalid or only unusual. A declined valid input is still found
 * valid by the fallback; no invalid input is ever proven.
 */
class ByteScannerTest {

    /** A type the scanner cannot assume binds whatever the schema allows. */
    record Typed(String id, Object kind, Integer count, String day) {}

    private static final SchemaProfile PROFILE = profile();
    private static final String MINIMAL = "{\"id\":\"ab\",\"kind\":\"a\"}";

    private final FastPath<JsonNode> fastPath = fastPath(CodecLimits.DEFAULTS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                MINIMAL,
                "{\"id\":\"ab\",\"kind\":3}",
                "{\"id\":\"ab\",\"kind\":true}",
                " \t\r\n{ \"id\" : \"a1\" , \"kind\" : null } \n",
                "{\"id\":\"ab\",\"kind\":\"b\",\"fixed\":\"x\",\"count\":4,\"ratio\":1.5e3,"
                        + "\"when\":\"2024-02-29T23:59:59.5+05:30\",\"day\":\"2024-02-29\",\"tags\":[\"p\",\"q\"],"
                        + "\"nested\":{\"n\":true},\"free\":{\"a\":[1,{\"b\":null}],\"\u00e9\":\"\u00fc\\n\\u00e9\","
                        + "\"big\":123456789012345678901234567890,\"d\":-0.5E-7},"
                        + "\"extra\":{\"x-1\":5,\"y\":\"s\"},\"name\":\"line\\nbreak \\\"quoted\\\" \\ud7ff\"}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"name\":\"\ud83d\ude00 \u0800 \u07ff \uffff\"}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[\"p\"],\"count\":2,\"free\":[-0,[]]}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"ratio\":100000000000000000000}" // a number no rule compares
            })
    void provesValidDocuments(String json) {
        byte[] bytes = utf8(json);
        assertThat(fastPath.provenByBytes(bytes, 0, bytes.length)).isTrue();
        assertThat(fastPath.violations(bytes)).isEmpty();
        byte[] framed = ("x\n" + json + "\n{").getBytes(StandardCharsets.UTF_8);
        assertThat(fastPath.provenByBytes(framed, 2, framed.length - 2)).isTrue();
        assertThat(fastPath.violations(framed, 2, framed.length - 2)).isEmpty();
        assertThat(fastPath.accepts(framed, 2, framed.length - 2)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\":\"ab\"}", // required
                "{\"id\":\"ab\",\"kind\":\"a\",\"opaque\":true}", // anyOf: the scanner leaves applicators alone
                "{\"id\":\"ab\",\"kind\":\"c\"}", // enum, string
                "{\"id\":\"ab\",\"kind\":4}", // enum, number
                "{\"id\":\"ab\",\"kind\":false}", // enum, boolean
                "{\"id\":\"ab\",\"kind\":[]}", // enum, container
                "{\"id\":\"ab\",\"kind\":\"a\",\"fixed\":\"y\"}", // const
                "{\"id\":\"ab\",\"kind\":\"a\",\"fixed\":{}}", // const, container
                "{\"id\":\"ab\",\"kind\":\"a\",\"zzz\":1}", // additionalProperties: false
                "{\"id\":\"ab\",\"kind\":\"a\",\"nested\":{\"m\":1}}", // nested additionalProperties
                "{\"id\":\"ab\",\"kind\":\"a\",\"nested\":{\"n\":1}}", // nested type
                "{\"id\":1,\"kind\":\"a\"}", // type
                "{\"id\":null,\"kind\":\"a\"}", // type
                "{\"id\":\"a\",\"kind\":\"a\"}", // minLength
                "{\"id\":\"abcdefghi\",\"kind\":\"a\"}", // maxLength
                "{\"id\":\"AB\",\"kind\":\"a\"}", // pattern
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":0}", // minimum
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":102}", // maximum
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":3}", // multipleOf
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":\"4\"}", // type
                "{\"id\":\"ab\",\"kind\":\"a\",\"ratio\":\"1\"}", // type
                "{\"id\":\"ab\",\"kind\":\"a\",\"when\":\"2023-02-29T10:00:00Z\"}", // format
                "{\"id\":\"ab\",\"kind\":\"a\",\"when\":\"2024-05-01T10:00:00\"}", // format
                "{\"id\":\"ab\",\"kind\":\"a\",\"day\":\"2026-02-30\"}", // format
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[]}", // minItems
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[\"a\",\"b\",\"c\",\"d\"]}", // maxItems
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[\"p\",\"p\"]}", // uniqueItems
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[1]}", // items
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":{}}", // type
                "{\"id\":\"ab\",\"kind\":\"a\",\"extra\":{\"x-1\":\"s\"}}", // patternProperties
                "{\"id\":\"ab\",\"kind\":\"a\",\"extra\":{\"y\":1}}", // additionalProperties as a schema
                "{\"id\":\"ab\",\"id\":\"cd\",\"kind\":\"a\"}", // a repeated declared name
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":{\"a\":1,\"a\":2}}", // a repeated free name
                "{\"id\":\"ab\",\"kind\":\"a\",\"extra\":{\"y\":\"s\",\"y\":\"t\"}}", // a repeated other name
                "{\"id\":\"ab\",\"kind\":\"a\"} {}", // trailing document
                "{\"id\":\"ab\",\"kind\":\"a\"}x", // trailing content
                "{\"id\":\"ab\",\"kind\":\"a\"},", // trailing comma
                "{\"id\":\"ab\",\"kind\":\"a\",}", // comma before the end
                "{\"id\":\"ab\",,\"kind\":\"a\"}",
                "{\"id\":\"ab\" \"kind\":\"a\"}",
                "{\"id\" \"ab\",\"kind\":\"a\"}",
                "{'id':\"ab\",\"kind\":\"a\"}",
                "{id:\"ab\",\"kind\":\"a\"}",
                "{\"id\":\"ab\",\"kind\":\"a\" /* c */}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":01}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":NaN}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":-}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":1.}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":.5}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":1e}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":+1}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":tru}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":nulls}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":[1,]}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":[1 2]}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":\"\\x\"}", // not an escape
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":\"\\u12G4\"}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":\"\\ud800\"}", // a lone surrogate
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":\"open}",
                "{\"id\":\"ab\",\"kind\":\"a\"",
                "{\"id\":\"ab\",\"kind\":\"a\"]",
                "[]",
                "null",
                "\"ab\"",
                "",
                "   "
            })
    void neverProvesWhatIsInvalid(String json) {
        byte[] bytes = utf8(json);
        assertThat(fastPath.provenByBytes(bytes, 0, bytes.length)).isFalse();
        assertThat(fastPath.accepts(bytes)).isFalse();
        List<Violation> reported = fastPath.reportedByBytes(bytes, 0, bytes.length);
        if (reported != null) {
            assertThat(sorted(reported)).as(json).isEqualTo(sorted(fastPath.parsedViolations(bytes)));
        }
    }

    /** Invalid documents whose every violation the scanner reports itself, as the parser-based path would. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"kind\":\"a\"}", // required, at the root
                "{\"id\":\"ab\",\"kind\":\"c\"}", // enum
                "{\"id\":\"ab\",\"kind\":4}",
                "{\"id\":\"ab\",\"kind\":{}}", // a container against scalar members
                "{\"id\":\"ab\",\"kind\":\"a\",\"fixed\":\"y\"}", // const
                "{\"id\":\"ab\",\"kind\":\"a\",\"fixed\":[\"x\"]}",
                "{\"id\":7,\"kind\":\"a\"}", // type
                "{\"id\":\"A\",\"kind\":\"a\"}", // minLength and pattern at once
                "{\"id\":\"abcdefghi\",\"kind\":\"a\"}", // maxLength
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":0}", // minimum and multipleOf
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":102}", // maximum
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":\"2\"}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"when\":\"yesterday\"}", // format
                "{\"id\":\"ab\",\"kind\":\"a\",\"day\":\"2024-02-30\"}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[]}", // minItems
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[\"p\",\"q\",\"r\",\"s\"]}", // maxItems
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[\"p\",\"p\",\"p\"]}", // uniqueItems, twice
                "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[\"p\",1]}", // an item's pointer
                "{\"id\":\"ab\",\"kind\":\"a\",\"nested\":{\"n\":1,\"z/~\":1}}", // names escaped in pointers
                "{\"id\":\"ab\",\"kind\":\"a\",\"extra\":{\"a/b~c\":1,\"x-2\":\"s\"}}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"\u00e9t\u00e9\":1}", // a name beyond ASCII
                "[1,2]", // the root's type
                "{\"id\":\"A\",\"kind\":\"a\",\"tags\":{},\"count\":3,\"colour\":\"red\"}" // several
            })
    void reportsViolationsAsTheParserDoes(String json) {
        byte[] bytes = utf8(json);
        List<Violation> reported = fastPath.reportedByBytes(bytes, 0, bytes.length);
        assertThat(reported).as("reported by the byte scanner").isNotNull().isNotEmpty();
        assertThat(sorted(reported)).isEqualTo(sorted(fastPath.parsedViolations(bytes)));
        assertThat(fastPath.violations(bytes)).isEqualTo(reported);
    }

    @Test
    void spellsPointersAsJsonPointers() {
        byte[] bytes = utf8("{\"id\":\"ab\",\"kind\":\"a\",\"extra\":{\"a/b~c\":1},\"tags\":[\"p\",true]}");
        assertThat(fastPath.reportedByBytes(bytes, 0, bytes.length))
                .extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/extra/a~1b~0c", "/tags/1");
    }

    /** Valid documents, and invalid ones with something the scanner leaves to the parser: never reported here. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                MINIMAL,
                "{\"id\":\"ab\",\"kind\":\"a\",\"opaque\":\"s\",\"fixed\":\"y\"}", // an applicator
                "{\"id\":\"ab\",\"kind\":\"\\u0063\"}", // an escape in an enum member
                "{\"id\":\"ab\",\"kind\":\"c\",\"count\":4.5}", // a decimal a rule compares
                "{\"id\":\"ab\",\"kind\":\"c\",\"free\":{\"a\":1,\"a\":2}}" // a repeated name
            })
    void reportsNothingItCannotReportWhole(String json) {
        byte[] bytes = utf8(json);
        assertThat(fastPath.reportedByBytes(bytes, 0, bytes.length)).isNull();
    }

    /** Valid, but unusual: left to the parser-based path, which still finds them valid. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"i\\u0064\":\"ab\",\"kind\":\"a\"}", // an escape in a name
                "{\"id\":\"a\\u0062\",\"kind\":\"a\"}", // an escape in a string a rule reads
                "{\"id\":\"ab\",\"kind\":\"\\u0061\"}", // an escape in an enum member
                "{\"id\":\"ab\",\"kind\":\"a\",\"fixed\":\"\\u0078\"}", // an escape in a const
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":\"\\ud83d\\ude00\"}", // an escaped surrogate pair
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":4.0}", // a decimal where an integer is due
                "{\"id\":\"ab\",\"kind\":3.0}", // a decimal a rule compares
                "{\"id\":\"ab\",\"kind\":\"a\",\"count\":4E0}",
                "{\"id\":\"ab\",\"kind\":\"a\",\"free\":1e9999}", // an exponent past three digits
                "{\"id\":\"ab\",\"kind\":\"a\",\"when\":\"2016-12-31T23:59:60Z\"}", // a leap second
                "{\"id\":\"ab\",\"kind\":\"a\",\"when\":\"2024-05-01t10:00:00z\"}", // lowercase
                "{\"id\":\"ab\",\"kind\":\"a\",\"opaque\":\"s\"}", // a rule with an applicator
                "{\"id\":\"ab\",\"kind\":\"a\",\"extra\":{\"\u00e9\":\"s\"}}", // a pattern on a name beyond ASCII
                "{\"id\":\"ab\",\"kind\":\"a\",\"name\":\"\u007f\"}" // DEL
            })
    void leavesTheUnusualToTheParser(String json) {
        byte[] bytes = utf8(json);
        assertThat(fastPath.provenByBytes(bytes, 0, bytes.length)).isFalse();
        List<Violation> fallback = fastPath.violations(bytes);
        assertThat(fallback == null || fallback.isEmpty())
                .as("the fallback finds no violation")
                .isTrue();
    }

    @Test
    void declinesLongNamesLongNumbersAndCrowdedObjects() {
        assertNotProven("{\"id\":\"ab\",\"kind\":\"a\",\"free\":{\"" + "n".repeat(1025) + "\":1}}");
        assertNotProven("{\"id\":\"ab\",\"kind\":\"a\",\"free\":" + "1".repeat(65) + "}");
        assertNotProven("{\"id\":\"ab\",\"kind\":\"a\",\"count\":" + "2".repeat(19) + "}");
        StringBuilder crowded = new StringBuilder("{\"id\":\"ab\",\"kind\":\"a\",\"free\":{");
        for (int i = 0; i < 40; i++) {
            crowded.append(i == 0 ? "" : ",")
                    .append("\"k")
                    .append(i)
                    .append("\":")
                    .append(i);
        }
        assertNotProven(crowded.append("}}").toString());
    }

    @Test
    void declinesNestingSizeAndEvaluationNearTheLimits() {
        String deep = "{\"id\":\"ab\",\"kind\":\"a\",\"free\":" + "[".repeat(70) + "]".repeat(70) + "}";
        assertNotProven(deep);
        String nested = "{\"id\":\"ab\",\"kind\":\"a\",\"free\":[[1]]}";
        byte[] bytes = utf8(nested);
        assertThat(fastPath(CodecLimits.DEFAULTS.withMaxNestingDepth(4)).provenByBytes(bytes, 0, bytes.length))
                .isTrue();
        assertThat(fastPath(CodecLimits.DEFAULTS.withMaxNestingDepth(3)).provenByBytes(bytes, 0, bytes.length))
                .isFalse();
        assertThat(fastPath(CodecLimits.DEFAULTS.withMaxDocumentBytes(bytes.length + 1))
                        .provenByBytes(bytes, 0, bytes.length))
                .isTrue();
        assertThat(fastPath(CodecLimits.DEFAULTS.withMaxDocumentBytes(bytes.length))
                        .provenByBytes(bytes, 0, bytes.length))
                .isFalse();
        String tags = "{\"id\":\"ab\",\"kind\":\"a\",\"tags\":[\"a\",\"b\",\"c\"]}";
        byte[] tagBytes = utf8(tags);
        long steps = PROFILE.minimumEvaluationSteps();
        assertThat(fastPath(CodecLimits.DEFAULTS.withMaxEvaluationSteps(steps))
                        .provenByBytes(tagBytes, 0, tagBytes.length))
                .isTrue();
        assertThat(fastPath(CodecLimits.DEFAULTS.withMaxEvaluationSteps(20))
                        .provenByBytes(tagBytes, 0, tagBytes.length))
                .isFalse();
        assertThat(fastPath(CodecLimits.DEFAULTS.withMaxEvaluationDepth(4)).provenByBytes(tagBytes, 0, tagBytes.length))
                .isFalse();
    }

    @Test
    void declinesWhatATypedFieldMightRefuse() {
        FastPath<Typed> typed =
                FastPath.of(PROFILE, StrictMapper.create(CodecLimits.DEFAULTS), Typed.class, CodecLimits.DEFAULTS);
        byte[] plain = utf8(MINIMAL);
        byte[] number = utf8("{\"id\":\"ab\",\"kind\":\"a\",\"count\":4}");
        byte[] date = utf8("{\"id\":\"ab\",\"kind\":\"a\",\"day\":\"2024-02-29\"}");
        assertThat(typed.provenByBytes(plain, 0, plain.length)).isTrue();
        assertThat(typed.provenByBytes(number, 0, number.length)).isFalse();
        assertThat(typed.provenByBytes(date, 0, date.length)).isFalse();
        assertThat(typed.accepts(number)).isTrue();
    }

    static Stream<Arguments> damagedBytes() {
        byte[] valid = utf8("{\"id\":\"ab\",\"kind\":\"a\",\"name\":\"______\"}");
        int at = valid.length - 8; // the first underscore
        return Stream.of(
                Arguments.of("a byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid)),
                Arguments.of("a NUL after the document", concat(valid, new byte[] {0})),
                Arguments.of("a NUL in a string", replaced(valid, at, 0)),
                Arguments.of("a raw control character", replaced(valid, at, 1)),
                Arguments.of("a raw tab", replaced(valid, at, '\t')),
                Arguments.of("a raw line feed", replaced(valid, at, '\n')),
                Arguments.of("a lone continuation byte", replaced(valid, at, 0x80)),
                Arguments.of("an overlong NUL", replaced(valid, at, 0xC0, 0x80)),
                Arguments.of("an overlong two-byte lead", replaced(valid, at, 0xC1, 0xBF)),
                Arguments.of("an overlong three-byte form", replaced(valid, at, 0xE0, 0x80, 0x80)),
                Arguments.of("an encoded surrogate", replaced(valid, at, 0xED, 0xA0, 0x80)),
                Arguments.of("beyond U+10FFFF", replaced(valid, at, 0xF4, 0x90, 0x80, 0x80)),
                Arguments.of("an invalid lead byte", replaced(valid, at, 0xF5, 0x80, 0x80, 0x80)),
                Arguments.of("a truncated sequence", replaced(valid, at, 0xE2, 0x82)),
                Arguments.of("a truncated sequence at the end", concat(valid, new byte[] {(byte) 0xE2})),
                Arguments.of("a missing continuation", replaced(valid, at, 0xE2, 0x41, 0x82)),
                Arguments.of("UTF-16", "{\"id\":\"ab\",\"kind\":\"a\"}".getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("non-ASCII outside a string", concat(valid, utf8("\u00a0"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedBytes")
    void declinesDamagedBytes(String what, byte[] bytes) {
        assertThat(fastPath.provenByBytes(bytes, 0, bytes.length)).as(what).isFalse();
    }

    private void assertNotProven(String json) {
        byte[] bytes = utf8(json);
        assertThat(fastPath.provenByBytes(bytes, 0, bytes.length)).as(json).isFalse();
    }

    private static FastPath<JsonNode> fastPath(CodecLimits limits) {
        return FastPath.of(PROFILE, StrictMapper.create(limits), JsonNode.class, limits);
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().sorted().toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** {@code bytes} with the bytes from {@code at} on replaced by {@code replacement}, the length kept. */
    private static byte[] replaced(byte[] bytes, int at, int... replacement) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < replacement.length; i++) {
            copy[at + i] = (byte) replacement[i];
        }
        return copy;
    }

    private static SchemaProfile profile() {
        try (InputStream in = ByteScannerTest.class
                .getClassLoader()
                .getResourceAsStream("org/realtimepresence/runtime/internal/fastpath/scanner.json")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("scanner.json missing"));
            }
            return SchemaProfile.of(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
