package org.realtimepresence.model;

import java.util.List;
import java.util.Optional;

/**
 * One non-blank line of a JSON Lines input of presence records.
 *
 * @param lineNumber 1-based line number in the input (blank lines count but are not reported)
 * @param record     the record, present exactly when the line is valid
 * @param violations the line's violations, empty exactly when it is valid
 */
public record PresenceLine(int lineNumber, Optional<RealtimePresence> record, List<Violation> violations) {

    public PresenceLine {
        violations = List.copyOf(violations);
        if (record.isPresent() != violations.isEmpty()) {
            throw new IllegalArgumentException("line " + lineNumber + " has either a record or violations");
        }
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
