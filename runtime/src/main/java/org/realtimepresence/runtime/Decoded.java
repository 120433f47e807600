// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of decoding one document: the bound value when it is valid, otherwise its violations; and the
 * 1-based line of the input it starts on, so that a reader of many records can say where each one came from.
 *
 * @param line       1-based line the document starts on in its input; {@code 1} for a single document
 * @param value      the bound value, present exactly when {@code violations} is empty
 * @param violations every violation found (up to {@link CodecLimits#maxViolations()}), ordered by pointer
 * @param <T>        the generated type
 */
public record Decoded<T>(long line, Optional<T> value, List<Violation> violations) {

    public Decoded {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + line);
        }
        Objects.requireNonNull(value, "value");
        violations = List.copyOf(violations);
        if (value.isPresent() != violations.isEmpty()) {
            throw new IllegalArgumentException("a decoded document has either a value or violations");
        }
    }

    static <T> Decoded<T> valid(long line, T value) {
        return new Decoded<>(line, Optional.of(value), List.of());
    }

    static <T> Decoded<T> invalid(long line, List<Violation> violations) {
        return new Decoded<>(line, Optional.empty(), violations);
    }

    /** Whether the document is valid, that is, {@link #value()} is present. */
    public boolean valid() {
        return violations.isEmpty();
    }

    /**
     * The value of a valid document.
     *
     * @throws InvalidDocumentException with every violation when the document is invalid
     */
    public T orElseThrow() {
        return value.orElseThrow(() -> new InvalidDocumentException("document at line " + line, violations));
    }

    /** The same outcome at another line: a framed record's line in the whole input. */
    Decoded<T> atLine(long inputLine) {
        return new Decoded<>(inputLine, value, violations);
    }
}
