// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.realtimepresence.fixtures.Mutant;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded property test over generated valid and mutated documents: {@code read} succeeds exactly when
 * {@code validate} is empty, and {@code write(read(x))} is JSON-equal to {@code x} (numbers by value, dates as
 * equal instants with equal offsets). Re-run another sample with {@code -Dpresence.property.seed=N}.
 */
class ReadValidateAgreementPropertyTest {

    private static final long SEED = Long.getLong("presence.property.seed", 20261128L);
    private static final int VALID_DOCUMENTS = 5_000;
    private static final Set<String> DATE_TIMES = Set.of("since", "occurredAt");

    private final JsonMapper plain = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void readAgreesWithValidateAndWriteRoundTrips() {
        System.out.println("ReadValidateAgreementPropertyTest: seed " + SEED + " (rerun with"
                + " -Dtest=ReadValidateAgreementPropertyTest -Dpresence.property.seed=" + SEED + ")");
        SeededPresence generator = new SeededPresence(SEED);
        int checked = 0;
        int invalid = 0;
        Set<String> mutationKinds = new HashSet<>();
        for (int i = 0; i < VALID_DOCUMENTS; i++) {
            List<Map.Entry<String, String>> properties = generator.validProperties();
            String valid = generator.render(properties);
            assertThat(checkAgreement(valid))
                    .as("seed %d, generated valid document %s", SEED, valid)
                    .isEmpty();
            checked++;

            Mutant mutant = generator.mutate(properties);
            List<Violation> violations = checkAgreement(mutant.text());
            mutationKinds.add(mutant.kind().split(" ", -1)[0]);
            if (mutant.expectedKeyword() != null) {
                assertThat(violations)
                        .as("seed %d, %s: %s", SEED, mutant.kind(), mutant.text())
                        .extracting(Violation::keyword)
                        .contains(mutant.expectedKeyword());
            }
            invalid += violations.isEmpty() ? 0 : 1;
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10_000);
        assertThat(invalid).isGreaterThan(VALID_DOCUMENTS * 8 / 10);
        assertThat(mutationKinds).hasSizeGreaterThanOrEqualTo(10);
    }

    /** Checks both properties on one input and returns its violations. */
    private List<Violation> checkAgreement(String json) {
        List<Violation> violations = RealtimePresenceJson.validate(json);
        // Text with a raw lone surrogate has no UTF-8 form (getBytes would turn it into '?'): bytes cannot agree.
        if (StandardCharsets.UTF_8.newEncoder().canEncode(json)) {
            assertThat(RealtimePresenceJson.validate(json.getBytes(StandardCharsets.UTF_8)))
                    .as("bytes agree with text")
                    .isEqualTo(violations);
        }
        if (violations.isEmpty()) {
            RealtimePresence record = RealtimePresenceJson.read(json);
            String written = RealtimePresenceJson.write(record);
            assertThat(jsonEqual(plain.readTree(json), plain.readTree(written), ""))
                    .as("write(read(x)) JSON-equal to x%n x: %s%n written: %s", json, written)
                    .isTrue();
        } else {
            InvalidDocumentException thrown =
                    catchThrowableOfType(InvalidDocumentException.class, () -> RealtimePresenceJson.read(json));
            assertThat(thrown)
                    .as("read must fail when validate reports %s", violations)
                    .isNotNull();
            assertThat(thrown.violations()).isEqualTo(violations);
        }
        return violations;
    }

    private static boolean jsonEqual(JsonNode expected, JsonNode actual, String pointer) {
        if (expected.isObject() && actual.isObject()) {
            if (!Set.copyOf(expected.propertyNames()).equals(Set.copyOf(actual.propertyNames()))) {
                return false;
            }
            for (Iterator<String> names = expected.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                if (!jsonEqual(expected.get(name), actual.get(name), pointer + "/" + name)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!jsonEqual(expected.get(i), actual.get(i), pointer + "/" + i)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return new BigDecimal(expected.asString()).compareTo(new BigDecimal(actual.asString())) == 0;
        }
        if (expected.isString() && actual.isString() && DATE_TIMES.contains(pointer.substring(1))) {
            // Documented normalisation: fractions finer than nanoseconds are truncated.
            OffsetDateTime before = OffsetDateTime.parse(
                    expected.asString().toUpperCase(Locale.ROOT).replaceFirst("(\\.\\d{9})\\d+", "$1"));
            OffsetDateTime after = OffsetDateTime.parse(actual.asString());
            return before.toInstant().equals(after.toInstant())
                    && before.getOffset().equals(after.getOffset());
        }
        return expected.equals(actual);
    }
}
