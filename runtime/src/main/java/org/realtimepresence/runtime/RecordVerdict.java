// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one record of a stream, from {@link SchemaCodec#verdicts}: where it starts and its violations,
 * ordered by pointer; empty means valid. Unlike {@link Decoded} it carries no value, as nothing was bound.
 *
 * @param line       the line the record starts on, from 1
 * @param violations the record's violations, empty when it is valid
 */
public record RecordVerdict(long line, List<Violation> violations) {

    public RecordVerdict {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + line);
        }
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /** Whether the record is valid. */
    public boolean valid() {
        return violations.isEmpty();
    }
}
