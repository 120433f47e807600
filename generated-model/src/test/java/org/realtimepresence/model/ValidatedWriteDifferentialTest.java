// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;

/**
 * Writing through the fast path (a record written straight from its values, checked against the schema's profile)
 * against the full path (Jackson, then networknt on what it wrote): for seeded presence records and records full
 * of edge values, both must write the same text, byte for byte, or refuse with the same violations, and
 * {@code validate(value)} must agree. Rerun with {@code -Dtest=ValidatedWriteDifferentialTest -Dpresence.seed=N}.
 */
class ValidatedWriteDifferentialTest {

    private static final List<RealtimePresence.Action> ACTIONS = List.of(RealtimePresence.Action.values());

    private static final List<String> TEXTS = List.of(
            "room-1",
            "",
            "caf\u00e9 \u4e2d\u6587 \ud83d\ude00",
            "quote \" backslash \\ slash / tab \t newline \n nul \u0000 unit \u001f del \u007f",
            "line \u2028 paragraph \u2029 bom \ufeff last \uffff",
            "lone high \ud800 end",
            "lone low \udc00",
            "ends high \ud83d");

    @SuppressWarnings("UnnecessaryStringBuilder") // a CharSequence that Jackson writes through toString()
    private static final List<Object> VALUES = Arrays.asList(
            null,
            "text",
            true,
            false,
            0,
            -1L,
            Long.MAX_VALUE,
            new BigInteger("123456789012345678901234567890"),
            BigInteger.TEN.pow(999),
            BigInteger.TEN.pow(1000),
            new BigDecimal("2.50"),
            new BigDecimal("1E0"),
            new BigDecimal("-0.00"),
            new BigDecimal("1E+400"),
            new BigDecimal("0.1000000000000000000000000001"),
            0.1,
            1e300,
            -0.0,
            Double.NaN,
            Double.NEGATIVE_INFINITY,
            1.5f,
            (short) 7,
            (byte) -3,
            List.of(),
            Map.of(),
            Arrays.asList(1, null, "x"),
            List.of(List.of(List.of())),
            RealtimePresence.Action.ENTER,
            OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 120_000_000, ZoneOffset.ofHoursMinutes(-7, -30)),
            new StringBuilder("not a JSON value Jackson writes as a string"),
            'c');

    private final SchemaCodec<RealtimePresence> fast = RealtimePresenceJson.codec();
    private final SchemaCodec<RealtimePresence> full = SchemaCodec.withFullEvaluation(
            RealtimePresence.class, RealtimePresence.SCHEMA_RESOURCE, CodecLimits.DEFAULTS);
    private final List<String> disagreements = new ArrayList<>();

    @Test
    void seededRecordsAreWrittenAlike() {
        long seed = announcedSeed("seeded records");
        SeededPresence presence = new SeededPresence(seed);
        List<String> corpus = new ArrayList<>(presence.distinctProviderRecords(2000));
        corpus.addAll(presence.history(
                "h-", 200, i -> OffsetDateTime.parse("2026-01-01T00:00:00Z").plusSeconds(i), true));
        int written = 0;
        for (String text : corpus) {
            RealtimePresence record = full.read(text);
            written += compare(record) ? 1 : 0;
        }
        System.out.printf("ValidatedWriteDifferentialTest: %d seeded records, %d written%n", corpus.size(), written);
        assertThat(disagreements).as("rerun with -Dpresence.seed=%d", seed).isEmpty();
        assertThat(written).isEqualTo(corpus.size());
    }

    @Test
    void edgeValuesAreWrittenOrRefusedAlike() {
        long seed = announcedSeed("edge values");
        SplittableRandom random = new SplittableRandom(seed);
        int written = 0;
        for (int i = 0; i < 3000; i++) {
            RealtimePresence record = RealtimePresence.builder()
                    .channel(pick(random, TEXTS))
                    .clientId(random.nextInt(4) == 0 ? pick(random, TEXTS) : "alice")
                    .connectionId(random.nextBoolean() ? null : pick(random, TEXTS))
                    .action(pick(random, ACTIONS))
                    .data(random.nextInt(4) == 0 ? null : data(random, 0))
                    .since(random.nextBoolean() ? null : time(random))
                    .occurredAt(random.nextBoolean() ? null : time(random))
                    .build();
            written += compare(record) ? 1 : 0;
        }
        Map<String, Object> deep = new HashMap<>();
        Object nested = "x";
        for (int i = 0; i < 80; i++) {
            nested = List.of(nested);
        }
        deep.put("deep", nested);
        compare(RealtimePresence.builder()
                .channel("c")
                .clientId("a")
                .action(RealtimePresence.Action.LEAVE)
                .data(deep)
                .build());
        compare(RealtimePresence.builder()
                .channel("x".repeat(1 << 20))
                .clientId("a")
                .action(RealtimePresence.Action.LEAVE)
                .build());
        System.out.printf("ValidatedWriteDifferentialTest: 3000 edge records, %d written%n", written);
        assertThat(disagreements).as("rerun with -Dpresence.seed=%d", seed).isEmpty();
    }

    /** The seed, printed with how to rerun with it. */
    private static long announcedSeed(String what) {
        long seed = SeededPresence.seed();
        System.out.printf(
                "ValidatedWriteDifferentialTest: %s, seed %d; rerun with -Dtest=ValidatedWriteDifferentialTest"
                        + " -Dpresence.seed=%d%n",
                what, seed, seed);
        return seed;
    }

    private static <V> V pick(SplittableRandom random, List<V> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static Map<String, Object> data(SplittableRandom random, int level) {
        Map<String, Object> data = new LinkedHashMap<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            String name = random.nextInt(5) == 0 ? pick(random, TEXTS) : "k" + i;
            Object value = level < 3 && random.nextInt(5) == 0
                    ? (random.nextBoolean() ? data(random, level + 1) : List.of(data(random, level + 1), "y"))
                    : pick(random, VALUES);
            data.put(name, value);
        }
        return data;
    }

    private static OffsetDateTime time(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> OffsetDateTime.of(2026, 12, 1, 10, 15, 30, 0, ZoneOffset.UTC);
            case 1 -> OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(14));
            case 2 -> OffsetDateTime.of(1, 1, 1, 0, 0, 0, 1000, ZoneOffset.ofHoursMinutes(-18, 0));
            case 3 -> OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            case 4 -> OffsetDateTime.of(12026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            default -> OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(5 * 3600 + 30 * 60 + 15));
        };
    }

    /** Whether the record was written (by both); records a disagreement otherwise. */
    private boolean compare(RealtimePresence record) {
        String expected = written(full, record);
        String actual = written(fast, record);
        if (!expected.equals(actual)) {
            disagreements.add("write of " + record + ": fast " + actual + ", full " + expected);
        }
        if (!fast.validate(record).equals(full.validate(record))) {
            disagreements.add(
                    "validate of " + record + ": fast " + fast.validate(record) + ", full " + full.validate(record));
        }
        return !expected.startsWith("refused: ");
    }

    private static String written(SchemaCodec<RealtimePresence> codec, RealtimePresence record) {
        try {
            return codec.write(record);
        } catch (InvalidDocumentException e) {
            return "refused: " + e.violations();
        }
    }
}
