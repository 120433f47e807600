package org.realtimepresence.model;

import java.util.List;
import org.realtimepresence.json.InvalidDocumentException;

/** Thrown when a presence record is read from, or would be written as, a document that violates the schema. */
public class InvalidPresenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidPresenceException(List<Violation> violations) {
        super(InvalidDocumentException.summary("presence record", violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid presence record has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation (up to the configured cap), ordered by pointer. */
    public List<Violation> violations() {
        return violations;
    }
}
