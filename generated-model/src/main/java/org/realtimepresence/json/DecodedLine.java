package org.realtimepresence.json;

/**
 * One non-blank line of a JSON Lines input.
 *
 * @param lineNumber 1-based line number in the input, counting blank lines
 * @param decoded    the line's value or its violations
 * @param <T>        the generated type
 */
public record DecodedLine<T>(int lineNumber, Decoded<T> decoded) {
}
