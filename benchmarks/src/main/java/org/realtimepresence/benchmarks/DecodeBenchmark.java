// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Violation;
import org.realtimepresence.runtime.internal.validation.NetworkntConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record per operation, cycling through a seeded corpus of distinct valid records (and their invalid
 * variants), so every method in one run sees the same documents in the same JVM settings. The corpus is
 * {@link SeededPresence#distinctProviderRecords} from {@link SeededPresence#DEFAULT_SEED}; its invalid variants
 * each break one rule ({@link SeededPresence#breakOneRule}).
 *
 * <ul>
 *   <li>{@code jacksonBind}: plain Jackson 3 {@code readValue}, no validation: the baseline.</li>
 *   <li>{@code networkntThenBind}: {@code readTree}, networknt {@code validate} with format assertion, then
 *       {@code treeToValue}: the naive validated path.</li>
 *   <li>{@code networkntValidate}: {@code readTree} and networknt {@code validate} only: the baseline for
 *       {@code presenceValidate}.</li>
 *   <li>{@code presenceRead}, {@code presenceValidate}: the codec on valid records.</li>
 *   <li>{@code presenceValidateInvalid}, {@code networkntValidateInvalid}: the same on records that each
 *       break one rule, whose violations the fast path reports itself.</li>
 *   <li>{@code presenceWrite}, {@code jacksonWrite}: writing the records.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class DecodeBenchmark {

    @Param("2000")
    public int corpusSize;

    private byte[][] valid;
    private byte[][] invalid;
    private RealtimePresence[] records;
    private JsonMapper plain;
    private Schema schema;
    private ExecutionConfig formatAsserted;

    /** Each thread walks the corpus on its own, so operations never share a cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next(int size) {
            int index = next;
            next = index + 1 == size ? 0 : index + 1;
            return index;
        }
    }

    @Setup
    public void setUp() {
        List<String> corpus = new SeededPresence(SeededPresence.DEFAULT_SEED).distinctProviderRecords(corpusSize);
        valid = corpus.stream()
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        invalid = IntStream.range(0, corpusSize)
                .mapToObj(i -> SeededPresence.breakOneRule(corpus.get(i), i).getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        records = corpus.stream().map(RealtimePresenceJson::read).toArray(RealtimePresence[]::new);
        plain = JsonMapper.builder().build();
        schema = NetworkntConfiguration.registry(RealtimePresence.class.getClassLoader())
                .getSchema(
                        SchemaLocation.of(NetworkntConfiguration.classpathLocation(RealtimePresence.SCHEMA_RESOURCE)));
        schema.initializeValidators();
        formatAsserted = NetworkntConfiguration.executionConfig(CodecLimits.DEFAULTS);
        for (byte[] document : valid) {
            if (!RealtimePresenceJson.validate(document).isEmpty()
                    || !networkntValidate(document).isEmpty()) {
                throw new IllegalStateException(
                        "corpus record is not valid: " + new String(document, StandardCharsets.UTF_8));
            }
        }
        for (byte[] document : invalid) {
            if (RealtimePresenceJson.validate(document).isEmpty()) {
                throw new IllegalStateException(
                        "invalid variant is valid: " + new String(document, StandardCharsets.UTF_8));
            }
        }
    }

    @Benchmark
    public RealtimePresence jacksonBind(Cursor cursor) {
        return plain.readValue(valid[cursor.next(valid.length)], RealtimePresence.class);
    }

    @Benchmark
    public RealtimePresence networkntThenBind(Cursor cursor) {
        JsonNode tree = plain.readTree(valid[cursor.next(valid.length)]);
        List<Error> errors = schema.validate(tree, context -> context.setExecutionConfig(formatAsserted));
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.toString());
        }
        return plain.treeToValue(tree, RealtimePresence.class);
    }

    @Benchmark
    public List<Error> networkntValidate(Cursor cursor) {
        return networkntValidate(valid[cursor.next(valid.length)]);
    }

    @Benchmark
    public RealtimePresence presenceRead(Cursor cursor) {
        return RealtimePresenceJson.read(valid[cursor.next(valid.length)]);
    }

    @Benchmark
    public List<Violation> presenceValidate(Cursor cursor) {
        return RealtimePresenceJson.validate(valid[cursor.next(valid.length)]);
    }

    @Benchmark
    public List<Violation> presenceValidateInvalid(Cursor cursor) {
        return RealtimePresenceJson.validate(invalid[cursor.next(invalid.length)]);
    }

    @Benchmark
    public List<Error> networkntValidateInvalid(Cursor cursor) {
        return networkntValidate(invalid[cursor.next(invalid.length)]);
    }

    @Benchmark
    public String presenceWrite(Cursor cursor) {
        return RealtimePresenceJson.write(records[cursor.next(records.length)]);
    }

    @Benchmark
    public String jacksonWrite(Cursor cursor) {
        return plain.writeValueAsString(records[cursor.next(records.length)]);
    }

    private List<Error> networkntValidate(byte[] document) {
        return schema.validate(plain.readTree(document), context -> context.setExecutionConfig(formatAsserted));
    }
}
