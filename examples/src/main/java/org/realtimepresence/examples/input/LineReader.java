package org.realtimepresence.examples.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads lines of bytes, never keeping more than a limit of any one line in memory. */
final class LineReader {

    /** A line without its terminator, or {@code tooLong} with no bytes when it went over the limit. */
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
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long number;

    LineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        buffer.reset();
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (buffer.size() < maxLength) {
                buffer.write(b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        number++;
        if (tooLong) {
            return new Line(number, new byte[0], true);
        }
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(number, java.util.Arrays.copyOf(bytes, length), false);
    }
}
