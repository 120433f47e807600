// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;
import org.realtimepresence.runtime.internal.fastpath.FastPath;
import org.realtimepresence.runtime.internal.fastpath.SchemaProfile;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast path against the full networknt evaluation on seeded generated and mutated inputs: on every input the
 * fast path's verdict may only be "valid" when networknt's is, the violations it reports itself must be networknt's
 * (pointer, keyword and message), and the codec's verdict, bound value and
 * violation list ({@code decode} on the bytes of every input, {@code violations} on every second, both on the text of every
 * fifth) equal those of a codec that always takes
 * the full evaluation. A quarter of the inputs also go through codecs with small limits. The fast path's byte
 * scanner is asked on its own too: it may prove an input valid only when networknt finds it valid. Run a larger sample with
 * {@code -Dpresence.differential.inputs=1000000} and another one with {@code -Dpresence.differential.seed=N}.
 */
class FastPathDifferentialTest {

    private static final long SEED = Long.getLong("presence.differential.seed", 5_20261128L);
    private static final int INPUTS = Integer.getInteger("presence.differential.inputs", 100_000);
    private static final List<String> KEYWORDS =
            List.of("type", "enum", "required", "properties", "additionalProperties", "format", "syntax", "limit");

    private static final SchemaProfile PROFILE;

    static {
        try (InputStream schema =
                FastPathDifferentialTest.class.getClassLoader().getResourceAsStream(RealtimePresence.SCHEMA_RESOURCE)) {
            PROFILE = SchemaProfile.of(JsonMapper.builder().build().readTree(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pairs of (codec with fast path, reference without), for the default and for small limits. */
    private final List<Pair> pairs = List.of(
            pair(CodecLimits.DEFAULTS),
            pair(CodecLimits.DEFAULTS.withMaxDocumentBytes(160)),
            pair(CodecLimits.DEFAULTS.withMaxNestingDepth(3)),
            pair(CodecLimits.DEFAULTS.withMaxViolations(1)),
            // The smallest evaluation budget that keeps the fast path on for this schema.
            pair(CodecLimits.DEFAULTS
                    .withMaxEvaluationSteps(PROFILE.minimumEvaluationSteps())
                    .withMaxEvaluationDepth(PROFILE.minimumEvaluationDepth())));

    /**
     * A codec, the reference without a fast path, and a fast path built exactly as the codec builds its own (same
     * profile, same strict mapper), so that it can be asked directly.
     */
    record Pair(
            CodecLimits limits,
            SchemaCodec<RealtimePresence> codec,
            SchemaCodec<RealtimePresence> reference,
            FastPath<RealtimePresence> fast) {}

    @Test
    void fastPathNeverChangesAVerdictOrAViolation() {
        System.out.println("FastPathDifferentialTest: seed " + SEED + ", " + INPUTS + " inputs (rerun with -Dtest="
                + "FastPathDifferentialTest -Dpresence.differential.seed=" + SEED + " -Dpresence.differential.inputs="
                + INPUTS + ")");
        pairs.forEach(p -> assertThat(p.codec().hasFastPath())
                .as("fast path on for %s", p.limits())
                .isTrue());
        SplittableRandom random = new SplittableRandom(SEED);
        SeededPresence documents = new SeededPresence(random.nextLong());
        FastPathMutations mutations = new FastPathMutations(random.split(), documents);
        Map<String, int[]> byTarget = new TreeMap<>();
        int validInputs = 0;
        int provenValid = 0;
        int referenceValid = 0;
        int rejectedByFastPath = 0;
        int provenByBytes = 0;
        int reportedByBytes = 0;
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            List<Map.Entry<String, String>> properties = documents.validProperties();
            FastPathMutations.Input input = i % 3 == 0
                    ? FastPathMutations.Input.text("valid", "valid", documents.render(properties))
                    : mutations.mutate(properties);
            Pair pair = i % 4 == 0 ? pairs.get(1 + (i / 4) % (pairs.size() - 1)) : pairs.get(0);
            Verdict verdict = check(pair, input, i);
            int[] counts = byTarget.computeIfAbsent(input.target(), k -> new int[3]);
            counts[0]++;
            counts[1] += verdict.referenceValid() ? 1 : 0;
            counts[2] += verdict.fastValid() ? 1 : 0;
            referenceValid += verdict.referenceValid() ? 1 : 0;
            rejectedByFastPath += verdict.fastRejected() ? 1 : 0;
            reportedByBytes += verdict.bytesReported() ? 1 : 0;
            if (input.target().equals("valid")) {
                validInputs++;
                provenValid += verdict.fastValid() ? 1 : 0;
                provenByBytes += verdict.bytesValid() ? 1 : 0;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "FastPathDifferentialTest: %d inputs, seed %d, %d ms; %d valid by networknt, "
                        + "fast path proved %d of %d generated valid documents and reported the violations of %d of %d invalid inputs%n",
                INPUTS,
                SEED,
                millis,
                referenceValid,
                provenValid,
                validInputs,
                rejectedByFastPath,
                INPUTS - referenceValid);
        System.out.printf(
                "FastPathDifferentialTest: the byte scanner proved %d of %d generated valid documents"
                        + " and reported the violations of %d of %d invalid inputs%n",
                provenByBytes, validInputs, reportedByBytes, INPUTS - referenceValid);
        byTarget.forEach((target, c) -> System.out.printf(
                "  %-22s %7d inputs, %7d valid, %7d proven by the fast path%n", target, c[0], c[1], c[2]));

        assertThat(byTarget.keySet()).containsAll(KEYWORDS);
        assertThat(provenValid).as("the fast path decides most valid documents").isGreaterThan(validInputs / 2);
        assertThat(provenByBytes)
                .as("the byte scanner decides most valid documents")
                .isGreaterThan(validInputs / 2);
        assertThat(reportedByBytes)
                .as("the byte scanner reports the violations of many invalid inputs")
                .isGreaterThan((INPUTS - referenceValid) / 4);
        assertThat(rejectedByFastPath)
                .as("the fast path reports the violations of many invalid inputs")
                .isGreaterThan((INPUTS - referenceValid) / 4);
        assertThat(referenceValid)
                .as("valid and invalid inputs both well represented")
                .isBetween(INPUTS / 10, INPUTS * 7 / 10);
    }

    /**
     * The benchmarks' and the peers' corpus: every provider-shaped record is proven valid from its bytes alone,
     * and none with a rule broken is, whichever rule.
     */
    @Test
    void theByteScannerProvesProviderRecordsAndNoBrokenOne() {
        long seed = SeededPresence.seed();
        System.out.println("FastPathDifferentialTest: provider records from seed " + seed
                + " (rerun with -Dtest=FastPathDifferentialTest -Dpresence.seed=" + seed + ")");
        SeededPresence records = new SeededPresence(seed);
        Pair pair = pairs.get(0);
        for (int i = 0; i < 2_000; i++) {
            String text = records.providerRecord();
            byte[] valid = text.getBytes(StandardCharsets.UTF_8);
            assertThat(pair.fast().provenByBytes(valid, 0, valid.length))
                    .as(text)
                    .isTrue();
            assertThat(pair.reference().validate(valid)).as(text).isEmpty();
            String broken = SeededPresence.breakOneRule(text, i);
            byte[] invalid = broken.getBytes(StandardCharsets.UTF_8);
            assertThat(pair.fast().provenByBytes(invalid, 0, invalid.length))
                    .as(broken)
                    .isFalse();
            assertThat(pair.reference().validate(invalid)).as(broken).isNotEmpty();
            assertThat(pair.codec().validate(invalid))
                    .as(broken)
                    .isEqualTo(pair.reference().validate(invalid));
        }
    }

    /** What the fast path and networknt said about one input, after checking that they agree. */
    record Verdict(
            boolean fastValid,
            boolean fastRejected,
            boolean referenceValid,
            boolean bytesValid,
            boolean bytesReported) {}

    private static Verdict check(Pair pair, FastPathMutations.Input input, int index) {
        FastPath<RealtimePresence> fast = pair.fast();
        // Built only when an assertion fails: formatting every input would dominate the run.
        Supplier<String> what = () -> String.format(
                "input %d (seed %d, %s, limits %s): %s",
                index,
                SEED,
                input.kind(),
                pair.limits(),
                input.text() != null ? input.text() : new String(input.bytes(), StandardCharsets.ISO_8859_1));

        Decoded<RealtimePresence> reference = pair.reference().decode(input.bytes());
        boolean fastValid = agree(
                () -> what.get() + " [bytes]",
                reference,
                fast.read(input.bytes()),
                fast.accepts(input.bytes()),
                pair.codec().decode(input.bytes()));
        boolean bytesValid = fast.provenByBytes(input.bytes(), 0, input.bytes().length);
        if (bytesValid) {
            assertThat(reference.violations())
                    .as(() -> "byte scanner accepted what networknt refuses, " + what.get())
                    .isEmpty();
        }
        List<Violation> bytesReport = fast.reportedByBytes(input.bytes(), 0, input.bytes().length);
        if (bytesReport != null) {
            assertThat(bytesReport.stream()
                            .sorted()
                            .limit(pair.limits().maxViolations())
                            .toList())
                    .as(() -> "the byte scanner's own report, " + what.get())
                    .isEqualTo(reference.violations());
        }
        List<Violation> fastViolations = fast.violations(input.bytes());
        boolean fastRejected = fastViolations != null && !fastViolations.isEmpty();
        if (fastViolations != null) {
            // Unsorted and uncapped; the codec sorts and caps them as it does networknt's.
            List<Violation> sorted = fastViolations.stream()
                    .sorted()
                    .limit(pair.limits().maxViolations())
                    .toList();
            assertThat(sorted)
                    .as(() -> "the fast path's own verdict, " + what.get())
                    .isEqualTo(reference.violations());
        }
        if (index % 2 == 0) {
            // validate() shares decode()'s fallback; checking it on half the inputs halves its cost.
            assertThat(pair.codec().validate(input.bytes())).as(what).isEqualTo(reference.violations());
        }
        // Text takes the same fast path after the parser is created; check it on every fifth input to save time.
        if (input.text() != null && index % 5 == 0) {
            Decoded<RealtimePresence> referenceText = pair.reference().decode(input.text());
            agree(
                    () -> what.get() + " [text]",
                    referenceText,
                    fast.read(input.text()),
                    fast.accepts(input.text()),
                    pair.codec().decode(input.text()));
            assertThat(pair.codec().validate(input.text())).as(what).isEqualTo(referenceText.violations());
        }
        reference.value().ifPresent(value -> sameWrite(pair, value, index, what));
        return new Verdict(fastValid, fastRejected, reference.valid(), bytesValid, bytesReport != null);
    }

    private static boolean agree(
            Supplier<String> what,
            Decoded<RealtimePresence> reference,
            RealtimePresence fastRead,
            boolean fastAccepts,
            Decoded<RealtimePresence> actual) {
        if (fastRead != null || fastAccepts) {
            assertThat(reference.violations())
                    .as(() -> "fast path accepted what networknt refuses, " + what.get())
                    .isEmpty();
        }
        assertThat(fastAccepts)
                .as(() -> "checking and binding agree, " + what.get())
                .isEqualTo(fastRead != null);
        if (fastRead != null) {
            assertThat(Optional.of(fastRead))
                    .as(() -> "fast path binds the same value, " + what.get())
                    .isEqualTo(reference.value());
        }
        assertThat(actual.violations()).as(what).isEqualTo(reference.violations());
        assertThat(actual.value()).as(what).isEqualTo(reference.value());
        return fastRead != null;
    }

    /**
     * Writing without a tree gives the same text or the same violations as writing through the tree, for the
     * record read and for a variant of it that breaks a rule or holds what only the full path may write.
     */
    private static void sameWrite(Pair pair, RealtimePresence value, int index, Supplier<String> what) {
        assertThat(written(pair.codec(), value))
                .as(() -> "write, " + what.get())
                .isEqualTo(written(pair.reference(), value));
        if (index % 8 == 0) {
            // The full path's tree for a variant costs more than the rest of the check: every eighth record only.
            RealtimePresence variant = variant(value, index / 8);
            assertThat(written(pair.codec(), variant))
                    .as(() -> "write of variant " + index / 8 % 8 + ", " + what.get())
                    .isEqualTo(written(pair.reference(), variant));
        }
    }

    private static Object written(SchemaCodec<RealtimePresence> codec, RealtimePresence value) {
        List<Violation> violations = codec.validate(value);
        try {
            String json = codec.write(value);
            assertThat(violations).isEmpty();
            return json;
        } catch (InvalidDocumentException e) {
            assertThat(violations).isEqualTo(e.violations());
            return e.violations();
        }
    }

    private static RealtimePresence variant(RealtimePresence value, int kind) {
        RealtimePresence.Builder copy = value.toBuilder();
        Map<String, Object> data =
                value.data() == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(value.data());
        switch (kind % 8) {
            // A record cannot lack a required property any more; these are invalid in other ways.
            case 0 -> copy.since(java.time.OffsetDateTime.parse("-10000-01-01T00:00:00Z"));
            case 1 -> data.put("ratio", Double.NaN);
            case 2 -> data.put("ratio", kind % 3 == 0 ? Double.NaN : 0.1 * kind);
            case 3 -> data.put("exact", new java.math.BigDecimal("1.50"));
            case 4 -> data.put("deep", nested(kind % 3 == 0 ? 70 : 20));
            case 5 -> copy.occurredAt(java.time.OffsetDateTime.parse("+10000-01-01T00:00:00Z"));
            case 6 -> data.put("text", "lone \ud800 surrogate".translateEscapes());
            default -> data.put("list", List.of(1, "two", List.of(Map.of("k", true))));
        }
        return copy.data(data.isEmpty() ? value.data() : data).build();
    }

    /** Maps nested {@code depth} deep: over the nesting limit at 70, within it at 20. */
    private static Object nested(int depth) {
        Object value = "leaf";
        for (int i = 0; i < depth; i++) {
            value = Map.of("k", value);
        }
        return value;
    }

    private static Pair pair(CodecLimits limits) {
        return new Pair(
                limits,
                SchemaCodec.of(RealtimePresence.class, RealtimePresence.SCHEMA_RESOURCE, limits),
                SchemaCodec.withFullEvaluation(RealtimePresence.class, RealtimePresence.SCHEMA_RESOURCE, limits),
                FastPath.of(PROFILE, StrictMapper.create(limits), RealtimePresence.class, limits));
    }
}
