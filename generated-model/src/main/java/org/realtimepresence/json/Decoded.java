package org.realtimepresence.json;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of decoding one document: the bound value when it is valid, otherwise its violations.
 *
 * @param value      the bound value, present exactly when {@code violations} is empty
 * @param violations every violation found (capped), ordered by pointer
 * @param <T>        the generated type
 */
public record Decoded<T>(Optional<T> value, List<SchemaViolation> violations) {

    public Decoded {
        violations = List.copyOf(violations);
        if (value.isPresent() != violations.isEmpty()) {
            throw new IllegalArgumentException("a decoded document has either a value or violations");
        }
    }

    static <T> Decoded<T> valid(T value) {
        return new Decoded<>(Optional.of(value), List.of());
    }

    static <T> Decoded<T> invalid(List<SchemaViolation> violations) {
        return new Decoded<>(Optional.empty(), violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
