package org.realtimepresence.examples.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads lines of bytes, never keeping more than a limit of any one line in memory. */
final class LineReader {

    /** A line without its terminator, or {@code tooLong} with no bytes when it went over the limit. */
    @SuppressWarnings("ArrayRecordComponent") // handed on once, never compared or kept: a copy would only cost
    record Line(long number, byte[] bytes, boolean tooLong) {

        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLength;
    private final byte[] chunk = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long number;

    LineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        line.reset();
        boolean tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit) {
                limit = in.read(chunk);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!sawAnything) {
                        return null;
                    }
                    break;
                }
            }
            sawAnything = true;
            int end = position;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            int room = maxLength - line.size();
            int length = end - position;
            line.write(chunk, position, Math.min(room, length));
            tooLong |= length > room;
            boolean newline = end < limit;
            position = newline ? end + 1 : end;
            if (newline) {
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, new byte[0], true);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(number, length == bytes.length ? bytes : Arrays.copyOf(bytes, length), false);
    }
}
