// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.framing;

import java.util.Arrays;
import org.realtimepresence.runtime.Violation;

/**
 * Records cut from an input, packed one after another into one array, each with the line and column it starts at
 * or the problem that kept it from being cut. The framing hands records on a batch at a time, so a record costs a
 * copy into the batch rather than an array and an object of its own, and a checker can read it where it stands.
 */
public final class RecordBatch {

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private int count;
    private int[] ends = new int[64];
    private long[] lines = new long[64];
    private int[] columns = new int[64];
    private Violation[] problems = new Violation[64];

    /** How many records the batch holds. */
    public int size() {
        return count;
    }

    /** How many bytes its records hold together. */
    public int byteSize() {
        return size;
    }

    /** The array the records are packed in; record {@code i} is {@code [from(i), to(i))}. */
    public byte[] buffer() {
        return bytes;
    }

    public int from(int record) {
        return record == 0 ? 0 : ends[record - 1];
    }

    public int to(int record) {
        return ends[record];
    }

    /** A copy of record {@code i}'s bytes, for a reader that needs an array of its own. */
    public byte[] copy(int record) {
        return Arrays.copyOfRange(bytes, from(record), to(record));
    }

    /** The 1-based line of the input the record starts on. */
    public long line(int record) {
        return lines[record];
    }

    /** The 1-based column, in bytes, the record starts at. */
    public int column(int record) {
        return columns[record];
    }

    /** Why the record could not be cut (too large for the limit, say), or null when its bytes are there. */
    public Violation problem(int record) {
        return problems[record];
    }

    /** Empties the batch for the next records, keeping its arrays. */
    public void clear() {
        Arrays.fill(problems, 0, count, null);
        size = 0;
        count = 0;
    }

    void add(long line, int column, byte[] source, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + length));
        }
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
        append(line, column, null);
    }

    void add(RawRecord record) {
        if (record.problem() != null) {
            append(record.line(), record.column(), record.problem());
        } else {
            add(record.line(), record.column(), record.json(), 0, record.json().length);
        }
    }

    private void append(long line, int column, Violation problem) {
        if (count == ends.length) {
            int grown = 2 * count;
            ends = Arrays.copyOf(ends, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
            problems = Arrays.copyOf(problems, grown);
        }
        ends[count] = size;
        lines[count] = line;
        columns[count] = column;
        problems[count] = problem;
        count++;
    }
}
