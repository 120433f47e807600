// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.framing;

import java.io.IOException;
import java.io.InputStream;

/** Reads an input byte by byte through a buffer, one byte of lookahead, and knows the line and column it is at. */
final class ByteSource {

    static final int END = -1;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private int column = 1;

    ByteSource(InputStream in) {
        this.in = in;
    }

    /** The next byte without consuming it, or {@link #END}. */
    int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position] & 0xFF;
    }

    /** The next byte, consumed, or {@link #END}. */
    int read() throws IOException {
        int b = peek();
        if (b != END) {
            position++;
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return b;
    }

    /**
     * Moves the bytes up to the next line feed, or to the end of the input, into {@code record}, and consumes the
     * line feed. Whole spans of the buffer are copied at once: JSON Lines framing is one such call per record
     * instead of a call per byte.
     */
    void readLine(RecordBuffer record) throws IOException {
        while (position < limit || fill()) {
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            record.append(buffer, position, end - position);
            column += end - position;
            if (end < limit) {
                position = end + 1;
                line++;
                column = 1;
                return;
            }
            position = limit;
        }
    }

    /** Whether the next byte can be had without waiting: it is buffered here, or the input has it at hand. */
    boolean ready() throws IOException {
        return position < limit || in.available() > 0;
    }

    /** The 1-based line of the next byte. */
    long line() {
        return line;
    }

    /** The 1-based column, in bytes, of the next byte. */
    int column() {
        return column;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
