// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.framing;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Tells JSON Lines from a sequence of JSON values by the start of the input, reading no further than one record's
 * worth and rewinding what it read.
 */
final class FramingDetector {

    private FramingDetector() {}

    /**
     * Whether the input is JSON Lines: its first non-blank line is a whole value, or is cut short and the next line
     * starts another record. An input that starts with {@code [} is an array of records, and anything else (a
     * pretty-printed object) a sequence of values.
     */
    static boolean isJsonLines(BufferedInputStream in, int maxRecordBytes) throws IOException {
        int peekLimit = maxRecordBytes + 2;
        in.mark(peekLimit + 1);
        try {
            int read = 0;
            int b = in.read();
            while (RecordFramer.isWhitespace(b)) {
                b = ++read < peekLimit ? in.read() : -1;
            }
            if (b == '[' || b == -1) {
                return false;
            }
            ValueEnd firstLine = new ValueEnd();
            while (b != -1 && b != '\n' && read < peekLimit) {
                firstLine.accept(b);
                b = ++read < peekLimit ? in.read() : -1;
            }
            // A line longer than a record is JSON Lines with a line that is too long.
            if (read >= peekLimit || firstLine.complete()) {
                return true;
            }
            // A cut first line: pretty-printed JSON goes on with a member ("name": ...) or a closing bracket,
            // while JSON Lines whose first record is cut goes on with the next record, which must not be
            // swallowed into one broken document.
            b = in.read();
            while (b == ' ' || b == '\t' || b == '\r') {
                b = in.read();
            }
            return b == '{' || b == '[';
        } finally {
            in.reset();
        }
    }

    /** Follows the structure of a line, to tell whether a value it starts also ends on it. */
    private static final class ValueEnd {

        private long depth;
        private boolean inString;
        private boolean escaped;

        void accept(int b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && depth > 0) {
                depth--;
            }
        }

        boolean complete() {
            return depth == 0 && !inString;
        }
    }
}
