package org.realtimepresence.examples.codec;

/**
 * One way in which a JSON document breaks the presence schema.
 *
 * @param pointer RFC 6901 JSON Pointer to the offending instance location, {@code ""} for the root
 * @param keyword the schema keyword that failed, or {@code syntax} / {@code limit} for input that is not JSON
 *     or is too large
 * @param message an English explanation
 */
public record Violation(String pointer, String keyword, String message) {}
