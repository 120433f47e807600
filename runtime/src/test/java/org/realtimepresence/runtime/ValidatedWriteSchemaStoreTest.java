// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing maps through the fast path (written straight from the Java values, checked against the profile) against
 * the full path, on the vendored SchemaStore schemas: for seeded valid and mutated object instances, as maps whose
 * decimals are {@code BigDecimal}s (as the codec reads them) or {@code Double}s (as plain Jackson reads them), both
 * must write the same text or refuse with the same violations. Rerun with
 * {@code -Dtest=ValidatedWriteSchemaStoreTest -Dpresence.differential.seed=N}.
 */
class ValidatedWriteSchemaStoreTest {

    private static final long DEFAULT_SEED = 20261201L;

    private final JsonMapper exact = StrictMapper.create(CodecLimits.DEFAULTS);
    private final JsonMapper plain = JsonMapper.builder().build();

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"}) // a codec of raw maps: the written values are what is compared
    void mapsAreWrittenAlikeUnderRealSchemas() {
        long seed = Long.getLong("presence.differential.seed", DEFAULT_SEED);
        System.out.printf(
                "ValidatedWriteSchemaStoreTest: seed %d; rerun with -Dtest=ValidatedWriteSchemaStoreTest"
                        + " -Dpresence.differential.seed=%d%n",
                seed, seed);
        List<String> disagreements = new ArrayList<>();
        for (String resource : SchemaDifferentialTest.vendored()) {
            SchemaCodec<Map> fast = SchemaCodec.of(Map.class, resource, CodecLimits.DEFAULTS);
            SchemaCodec<Map> full = SchemaCodec.withFullEvaluation(Map.class, resource, CodecLimits.DEFAULTS);
            SchemaInstances instances = new SchemaInstances(read(resource), seed ^ resource.hashCode());
            int written = 0;
            int objects = 0;
            for (int i = 0; i < 800; i++) {
                JsonNode instance = i % 2 == 0 ? instances.valid() : instances.mutated();
                if (!instance.isObject()) {
                    continue;
                }
                objects++;
                Map<String, Object> value = (i / 2) % 2 == 0
                        ? exact.convertValue(instance, Map.class)
                        : plain.convertValue(instance, Map.class);
                String expected = written(full, value);
                written += expected.startsWith("refused: ") ? 0 : 1;
                if (!expected.equals(written(fast, value))
                        || !fast.validate(value).equals(full.validate(value))) {
                    disagreements.add(resource + " #" + i + " " + instance + ": fast " + written(fast, value)
                            + ", full " + expected);
                }
            }
            System.out.printf("  %-55s %4d written of %d objects%n", resource, written, objects);
        }
        assertThat(disagreements)
                .as("rerun with -Dpresence.differential.seed=%d", seed)
                .isEmpty();
    }

    @SuppressWarnings("rawtypes") // a codec for Map.class, which has no parameterized class literal
    private static String written(SchemaCodec<Map> codec, Map<String, Object> value) {
        try {
            return codec.write(value);
        } catch (InvalidDocumentException e) {
            return "refused: " + e.violations();
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in =
                ValidatedWriteSchemaStoreTest.class.getClassLoader().getResourceAsStream(resource)) {
            return exact.readTree(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
