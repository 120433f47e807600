// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The fast path derived from a schema that has nothing to do with presence, bound to a plain record. */
class FastPathTest {

    record Owner(String name) {}

    record Badge(String label, String tier, Owner owner, List<Object> tags, Boolean active, OffsetDateTime issued) {}

    private static final String VALID =
            "{\"label\":\"l\",\"tier\":\"gold\",\"owner\":{\"name\":\"n\"},\"tags\":[1,{\"a\":[]}],"
                    + "\"active\":null,\"issued\":\"2024-02-29T23:59:59.5+05:30\"}";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final FastPath<Badge> fastPath = FastPath.of(
            SchemaProfile.of(mapper.readTree(badgeSchema())),
            mapper,
            Badge.class,
            org.realtimepresence.runtime.CodecLimits.DEFAULTS);

    @Test
    void provesAValidDocumentAndBindsItInTheSamePass() {
        Badge badge = fastPath.read(VALID.getBytes(StandardCharsets.UTF_8));

        assertThat(badge).isNotNull();
        assertThat(badge.owner()).isEqualTo(new Owner("n"));
        assertThat(badge.issued()).isAtSameInstantAs(OffsetDateTime.parse("2024-02-29T23:59:59.5+05:30"));
        assertThat(fastPath.accepts(VALID)).isTrue();
        assertThat(fastPath.read("{\"label\":\"l\",\"owner\":{\"name\":\"n\"}}"))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"owner\":{\"name\":\"n\"}}", // required at the root
                "{\"label\":\"l\",\"owner\":{}}", // required one level down
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\",\"x\":1}}", // closed nested object
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"},\"x\":1}", // closed root
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"},\"tier\":\"bronze\"}", // enum
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"},\"tier\":1}", // enum without a type
                "{\"label\":null,\"owner\":{\"name\":\"n\"}}", // null for a string
                "{\"label\":1,\"owner\":{\"name\":\"n\"}}", // type
                "{\"label\":\"l\",\"owner\":[]}", // type
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"},\"active\":\"yes\"}", // a type list
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"},\"issued\":\"2016-12-31T23:59:60Z\"}", // leap second: left
                // to networknt
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"},\"issued\":\"2024-05-01t10:00:00z\"}", // lowercase: left
                // to networknt
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"},\"issued\":\"2023-02-29T10:00:00Z\"}", // no such day
                "{\"label\":\"l\",\"owner\":{\"name\":\"n\"}} {}", // trailing document
                "{\"label\":\"l\",\"label\":\"m\",\"owner\":{\"name\":\"n\"}}", // duplicate, though this mapper does
                // not refuse them
                "[]",
                "null",
                ""
            })
    void declinesWhatItCannotProve(String json) {
        assertThat(fastPath.read(json)).isNull();
        assertThat(fastPath.read(json.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(fastPath.accepts(json)).isFalse();
        assertThat(fastPath.accepts(json.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void declinesBytesTheStrictDecoderWouldRefuseOrReadDifferently() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[valid.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(valid, 0, withBom, 3, valid.length);
        byte[] overlong = VALID.replace("\"l\"", "\"\u0000\"").getBytes(StandardCharsets.UTF_8);
        overlong[VALID.indexOf("\"l\"") + 1] = (byte) 0xC0; // C0 80: an overlong NUL, which strict UTF-8 refuses
        byte[] withOverlong = new byte[overlong.length + 1];
        System.arraycopy(overlong, 0, withOverlong, 0, VALID.indexOf("\"l\"") + 2);
        withOverlong[VALID.indexOf("\"l\"") + 2] = (byte) 0x80;
        System.arraycopy(
                overlong,
                VALID.indexOf("\"l\"") + 2,
                withOverlong,
                VALID.indexOf("\"l\"") + 3,
                overlong.length - VALID.indexOf("\"l\"") - 2);

        assertThat(fastPath.read(withBom)).isNull();
        assertThat(fastPath.read(withOverlong)).isNull();
        assertThat(fastPath.read(VALID.getBytes(StandardCharsets.UTF_16LE))).isNull();
        assertThat(fastPath.read(VALID.replace("\"l\"", "\"\u00e9\"").getBytes(StandardCharsets.UTF_8)))
                .isNotNull();
    }

    private static InputStream badgeSchema() {
        InputStream in = FastPathTest.class
                .getClassLoader()
                .getResourceAsStream("org/realtimepresence/runtime/internal/fastpath/badge.json");
        if (in == null) {
            throw new UncheckedIOException(new IOException("badge.json missing"));
        }
        return in;
    }
}
