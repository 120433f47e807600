package org.realtimepresence.model;

import java.util.List;

/** Thrown when a presence record is read from, or would be written as, a document that violates the schema. */
public class InvalidPresenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidPresenceException(List<Violation> violations) {
        super(summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid presence record has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    private static String summary(List<Violation> violations) {
        StringBuilder text = new StringBuilder("Invalid presence record: ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations");
        String separator = ": ";
        for (Violation violation : violations) {
            text.append(separator).append(violation);
            separator = "; ";
        }
        return text.toString();
    }

    /** Every violation (up to the configured cap), ordered by pointer. */
    public List<Violation> violations() {
        return violations;
    }
}
