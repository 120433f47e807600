// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.util.List;

/**
 * Thrown when a document read does not satisfy its schema, or when a value to write would not: a codec never
 * returns or writes anything its schema refuses.
 */
public class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param subject    what was invalid, for the message (for example the type's simple name)
     * @param violations at least one violation, ordered as they should be reported
     */
    public InvalidDocumentException(String subject, List<Violation> violations) {
        super(summary(subject, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation (up to {@link CodecLimits#maxViolations()}), ordered by pointer. */
    public List<Violation> violations() {
        return violations;
    }

    /** "Invalid X: 2 violations: /channel [type] ...; ..." naming every violation and where it is. */
    private static String summary(String subject, List<Violation> violations) {
        StringBuilder text = new StringBuilder("Invalid ")
                .append(subject)
                .append(": ")
                .append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations");
        String separator = ": ";
        for (Violation violation : violations) {
            text.append(separator).append(violation);
            separator = "; ";
        }
        return text.toString();
    }
}
