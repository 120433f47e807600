// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ValidatedWriter} against the full path (Jackson, then networknt on what it wrote) on a record of many
 * component types and keywords: for seeded values, valid and not, both must write the same text or refuse with the
 * same violations, and the writer must decide the valid ones itself. Rerun with
 * {@code -Dtest=ValidatedWriterTest -Dpresence.writer.seed=N}.
 */
class ValidatedWriterTest {

    private static final long DEFAULT_SEED = 20261201L;
    private static final String SCHEMA = "org/realtimepresence/runtime/internal/fastpath/shipment.json";

    /** Written by its {@code @JsonValue}, as generated enums are. */
    public enum Kind {
        PARCEL("parcel"),
        PALLET("pallet"),
        LETTER("letter"),
        CRATE("crate");

        private final String value;

        Kind(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "level"})
    public record Owner(@JsonProperty("name") String name, @JsonProperty("level") Integer level) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "id", "kind", "count", "weight", "price", "ratio", "tags", "owner", "extra", "at", "active", "note"
    })
    public record Shipment(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "kind", required = true) Kind kind,
            @JsonProperty(value = "count", required = true) int count,
            @JsonProperty("weight") Long weight,
            @JsonProperty("price") BigDecimal price,
            @JsonProperty("ratio") Double ratio,
            @JsonProperty("tags") List<String> tags,
            @JsonProperty("owner") Owner owner,
            @JsonProperty("extra") Map<String, Object> extra,
            @JsonProperty("at") @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime at,
            @JsonProperty("active") Boolean active,
            @JsonProperty("note") String note) {}

    /** Not as generated: a getter that is no component is written too, so the writer leaves it to Jackson. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WithGetter(@JsonProperty("a") String a) {
        public String getB() {
            return "b";
        }
    }

    private final SchemaCodec<Shipment> fast = SchemaCodec.of(Shipment.class, SCHEMA, CodecLimits.DEFAULTS);
    private final SchemaCodec<Shipment> full =
            SchemaCodec.withFullEvaluation(Shipment.class, SCHEMA, CodecLimits.DEFAULTS);
    private final JsonMapper mapper = StrictMapper.create(CodecLimits.DEFAULTS);
    private final ValidatedWriter<Shipment> writer = ValidatedWriter.of(
            SchemaProfile.of(mapper.readTree(schema())), mapper, Shipment.class, CodecLimits.DEFAULTS);

    @Test
    void writesAValidRecordItselfExactlyAsJacksonDoes() {
        Shipment valid = new Shipment(
                "ABC-12",
                Kind.PALLET,
                3,
                10L,
                new BigDecimal("1E+3"),
                0.1,
                List.of("a", "\u00e9\ud83d\ude00\"\\/\n\u0001"),
                new Owner("\u2028o", 0),
                map("k", "v", "n", null, "list", Arrays.asList(1, null, List.of()), "m", Map.of()),
                OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 500_000_000, ZoneOffset.ofHoursMinutes(5, 30)),
                true,
                "a@example.com");

        assertThat(writer).isNotNull();
        String written = writer.write(valid);
        assertThat(written).isNotNull().isEqualTo(mapper.writeValueAsString(valid));
        assertThat(fast.write(valid)).isEqualTo(full.write(valid)).isEqualTo(written);
    }

    @Test
    void declinesWhatItCannotProve() {
        Shipment base = new Shipment("ABC-12", Kind.PARCEL, 1, null, null, null, null, null, null, null, null, null);
        assertThat(writer.write(base)).isNotNull();
        assertThat(writer.write(
                        new Shipment("ABC-12", Kind.CRATE, 1, null, null, null, null, null, null, null, null, null)))
                .as("enum")
                .isNull();
        assertThat(writer.write(new Shipment(
                        "ABC\ud800-1", Kind.PARCEL, 1, null, null, null, null, null, null, null, null, null)))
                .as("lone surrogate")
                .isNull();
        assertThat(writer.write(new Shipment(
                        "ABC-12", Kind.PARCEL, 1, null, null, Double.NaN, null, null, null, null, null, null)))
                .as("NaN")
                .isNull();
        assertThat(ValidatedWriter.of(
                        SchemaProfile.of(mapper.readTree("{\"type\":\"object\"}")),
                        mapper,
                        WithGetter.class,
                        CodecLimits.DEFAULTS))
                .isNull();
    }

    @Test
    void agreesWithTheFullPathOnSeededValues() {
        long seed = Long.getLong("presence.writer.seed", DEFAULT_SEED);
        System.out.printf(
                "ValidatedWriterTest: seed %d; rerun with -Dtest=ValidatedWriterTest -Dpresence.writer.seed=%d%n",
                seed, seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> disagreements = new ArrayList<>();
        int decided = 0;
        int valid = 0;
        for (int i = 0; i < 3000; i++) {
            Shipment value = shipment(random);
            String expected = written(full, value);
            String actual = written(fast, value);
            if (!expected.equals(actual) || !fast.validate(value).equals(full.validate(value))) {
                disagreements.add("#" + i + " " + value + ": fast " + actual + ", full " + expected);
            }
            boolean ok = !expected.startsWith("refused");
            valid += ok ? 1 : 0;
            String direct = writer.write(value);
            decided += direct != null ? 1 : 0;
            if (direct != null && !direct.equals(expected)) {
                disagreements.add("#" + i + " writer " + direct + ", full " + expected);
            }
        }
        System.out.printf("ValidatedWriterTest: %d valid of 3000, %d written by the writer itself%n", valid, decided);
        assertThat(disagreements)
                .as("rerun with -Dpresence.writer.seed=%d", seed)
                .isEmpty();
        assertThat(decided).as("the writer decides most valid values itself").isGreaterThan(valid / 2);
    }

    private static String written(SchemaCodec<Shipment> codec, Shipment value) {
        try {
            return codec.write(value);
        } catch (InvalidDocumentException e) {
            return "refused: " + e.violations();
        }
    }

    /** Mostly valid values: each component takes one of its first {@code valid} choices 6 times in 7. */
    private static Shipment shipment(SplittableRandom random) {
        return new Shipment(
                pick(random, 3, "ABC-12", "ABC-123456789", "XYZ-0", "AB-1", "abc-12", "ABC-12\u00e9", null),
                pick(random, 3, Kind.PARCEL, Kind.PALLET, Kind.LETTER, Kind.CRATE, null),
                pick(random, 3, 1, 100, 50, 0, 101, -7),
                pick(random, 4, null, 0L, 999_999_999_995L, Long.MIN_VALUE / 5 * 5, 7L, 1_000_000_000_000L),
                pick(
                        random,
                        5,
                        null,
                        BigDecimal.ONE,
                        new BigDecimal("1E0"),
                        new BigDecimal("-0.00"),
                        new BigDecimal("123456789012345678901234567890.5"),
                        new BigDecimal("1E+5000")),
                pick(random, 5, null, 0.5, 1e300, -0.0, 3.0, Double.NaN, Double.POSITIVE_INFINITY),
                pick(
                        random,
                        4,
                        null,
                        List.of(),
                        List.of("a", "b"),
                        List.of("\u0000\u001f\u007f\ud83d\ude00"),
                        List.of("a", "a"),
                        List.of("a", "b", "c", "d"),
                        List.of(""),
                        Arrays.asList("a", null)),
                pick(
                        random,
                        3,
                        null,
                        new Owner("n", null),
                        new Owner("\u2028", 3),
                        new Owner(null, 1),
                        new Owner("n", -1)),
                pick(
                        random,
                        7,
                        null,
                        Map.of(),
                        map("a", "b", "n", null),
                        map("a", List.of(1, "x", List.of())),
                        map("a", map("b", map("c", null))),
                        map("a", Kind.PARCEL),
                        map("a", new Owner("x", 1)),
                        map("a", 1.5),
                        map("f", 0.1f),
                        map("\ud800", "x"),
                        map("a", true),
                        map("a", BigInteger.TEN.pow(2000)),
                        map("a", deep(70))),
                pick(
                        random,
                        3,
                        null,
                        OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(1, 1, 1, 0, 0, 0, 1, ZoneOffset.ofHours(-18)),
                        OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(0, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3601))),
                pick(random, 2, null, true, false),
                pick(random, 2, null, "a@example.com", "not an email", "\u00e9@example.com"));
    }

    private static Object deep(int levels) {
        Object value = "x";
        for (int i = 0; i < levels; i++) {
            value = List.of(value);
        }
        return value;
    }

    @SafeVarargs
    private static <V> V pick(SplittableRandom random, int valid, V... choices) {
        return choices[random.nextInt(7) < 6 ? random.nextInt(valid) : random.nextInt(choices.length)];
    }

    private static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    private static String schema() {
        try (InputStream in = ValidatedWriterTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            return new String(
                    Objects.requireNonNull(in, SCHEMA).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
