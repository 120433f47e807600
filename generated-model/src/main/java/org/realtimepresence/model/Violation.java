package org.realtimepresence.model;



/**
 * One reason a presence document is invalid.
 *
 * @param pointer RFC 6901 JSON Pointer to the instance location: {@code ""} for the root, otherwise
 *                {@code /occurredAt}, {@code /data/...}. A missing property ({@code required}) is reported at the
 *                object that lacks it; an unexpected one ({@code additionalProperties}) at the property itself.
 * @param keyword the schema keyword that failed ({@code required}, {@code type}, {@code enum}, {@code format},
 *                {@code additionalProperties}), or {@code syntax} (malformed JSON, invalid UTF-8, duplicate keys,
 *                empty input, trailing content), {@code limit} (over a size, depth or evaluation limit) or
 *                {@code binding} (valid JSON the Java type cannot hold, such as an RFC 3339 offset beyond
 *                java.time's +-18:00, or a record to write whose {@code data} holds a cycle)
 * @param message English explanation, whatever the default locale is
 */
public record Violation(String pointer, String keyword, String message) {

    static Violation of(org.realtimepresence.runtime.Violation violation) {
        return new Violation(violation.pointer(), violation.keyword(), violation.message());
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(root)" : pointer) + " [" + keyword + "] " + message;
    }
}
