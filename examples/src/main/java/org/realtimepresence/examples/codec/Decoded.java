package org.realtimepresence.examples.codec;

import java.util.List;
import java.util.Objects;
import org.realtimepresence.model.RealtimePresence;

/** The outcome of reading one JSON document: a typed record exactly when there are no violations. */
public record Decoded(RealtimePresence record, List<Violation> violations) {

    public Decoded {
        violations = List.copyOf(violations);
        if ((record == null) == violations.isEmpty()) {
            throw new IllegalArgumentException("a decoded document has either a record or violations");
        }
    }

    public static Decoded valid(RealtimePresence record) {
        return new Decoded(Objects.requireNonNull(record), List.of());
    }

    public static Decoded invalid(List<Violation> violations) {
        return new Decoded(null, violations);
    }

    public boolean isValid() {
        return record != null;
    }
}
