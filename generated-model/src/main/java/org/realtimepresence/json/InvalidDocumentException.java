package org.realtimepresence.json;

import java.util.List;

/** Thrown instead of emitting a value that violates its schema. */
public class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SchemaViolation> violations;

    public InvalidDocumentException(String subject, List<SchemaViolation> violations) {
        super(summary(subject, violations));
        this.violations = List.copyOf(violations);
    }

    public List<SchemaViolation> violations() {
        return violations;
    }

    /** "Invalid X: 2 violations: /channel [type] ...; ..." naming every violation and where it is. */
    public static String summary(String subject, List<?> violations) {
        StringBuilder text = new StringBuilder("Invalid ").append(subject).append(": ")
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
        String separator = ": ";
        for (Object violation : violations) {
            text.append(separator).append(violation);
            separator = "; ";
        }
        return text.toString();
    }
}
