// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.framing;

import org.realtimepresence.runtime.Violation;

/**
 * One record's worth of input: its JSON bytes, exactly as they stood in the input, or the reason they could not
 * be cut out of it.
 *
 * @param line    the 1-based line the record starts on
 * @param column  the 1-based column (in bytes) the record starts at on that line
 * @param json    the record's bytes, or null when {@code problem} is set
 * @param problem a {@code syntax} or {@code limit} violation, or null
 */
@SuppressWarnings("ArrayRecordComponent") // handed on once, never compared or kept: a copy would only cost
public record RawRecord(long line, int column, byte[] json, Violation problem) {

    static RawRecord of(long line, int column, byte[] json) {
        return new RawRecord(line, column, json, null);
    }

    static RawRecord failed(long line, int column, String keyword, String message) {
        return new RawRecord(line, column, null, new Violation("", keyword, message));
    }
}
