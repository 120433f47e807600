// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.framing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.realtimepresence.runtime.Violation;

/**
 * Cuts an input into records, one at a time, each with the line and column it starts at.
 *
 * <ul>
 *   <li>An input whose first non-blank line is a whole JSON value is JSON Lines: every non-blank line is one
 *       record, so a broken line never hides the next one.</li>
 *   <li>Anything else is a sequence of JSON values (one pretty-printed object, or several one after another).
 *       A value that is an array is an array of records, streamed element by element.</li>
 * </ul>
 *
 * <p>Records are cut by their structure (brackets, braces and strings), not parsed: a malformed record is handed on
 * as its bytes, for the codec to report precisely, and cutting goes on with the next record. Inside an array, an
 * element ends at the comma or bracket that closes it, so a malformed or oversized element is reported and the
 * elements after it are still read. Memory stays bounded by the record limit whatever the size of the input.
 */
public final class RecordFramer {

    /** Bracket types remembered per level; deeper levels are only counted. */
    private static final int TYPED_DEPTH = 4096;

    private final BufferedInputStream input;
    private final int maxRecordBytes;
    /** One buffer for every line: a record leaves with a copy of its bytes, so the array is reused. */
    private final RecordBuffer lineBuffer;

    private ByteSource in;
    private boolean jsonLines;
    private boolean inArray;
    private boolean afterComma;
    private long arrayLine;
    private int arrayColumn;

    /**
     * @param input          the records; read lazily, never closed here
     * @param maxRecordBytes the largest record handed on; a larger one is a {@code limit} violation
     */
    public RecordFramer(InputStream input, int maxRecordBytes) {
        this.input = new BufferedInputStream(input, 1 << 16);
        this.maxRecordBytes = maxRecordBytes;
        this.lineBuffer = new RecordBuffer(maxRecordBytes);
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws IOException when reading fails; records already returned stay valid
     */
    public RawRecord next() throws IOException {
        start();
        return jsonLines ? nextLine() : nextValue();
    }

    /**
     * Cuts records into {@code batch}, after clearing it, until it holds {@code maxRecords} records or
     * {@code maxBytes} bytes, the input ends, or the next record would have to wait for input that has not arrived
     * (so that records typed or piped in slowly are still answered one by one).
     *
     * @return whether the batch holds a record; false only at the end of the input
     * @throws IOException when reading fails; the records cut before the failure stay in the batch
     */
    public boolean nextBatch(RecordBatch batch, int maxRecords, int maxBytes) throws IOException {
        batch.clear();
        start();
        while (batch.size() < maxRecords && batch.byteSize() < maxBytes) {
            if (batch.size() > 0 && !in.ready()) {
                break;
            }
            if (jsonLines) {
                long line = nextNonBlankLine();
                if (line == 0) {
                    break;
                }
                if (lineBuffer.overflowed()) {
                    batch.add(tooLarge(line, 1));
                } else {
                    batch.add(line, 1, lineBuffer.array(), 0, lineBuffer.size());
                }
            } else {
                RawRecord record = nextValue();
                if (record == null) {
                    break;
                }
                batch.add(record);
            }
        }
        return batch.size() > 0;
    }

    /** Whether the next record can be cut, or the end found, without waiting for input that has not arrived. */
    public boolean ready() throws IOException {
        return in == null || in.ready();
    }

    private void start() throws IOException {
        if (in == null) {
            jsonLines = FramingDetector.isJsonLines(input, maxRecordBytes);
            in = new ByteSource(input);
        }
    }

    private RawRecord nextLine() throws IOException {
        long line = nextNonBlankLine();
        if (line == 0) {
            return null;
        }
        return lineBuffer.overflowed() ? tooLarge(line, 1) : RawRecord.of(line, 1, lineBuffer.bytes());
    }

    /** Reads the next line that is not blank into {@link #lineBuffer}; its line number, or 0 at the end. */
    private long nextNonBlankLine() throws IOException {
        while (in.peek() != ByteSource.END) {
            long line = in.line();
            lineBuffer.clear();
            in.readLine(lineBuffer);
            lineBuffer.trimTrailingWhitespace();
            if (!lineBuffer.isEmpty()) {
                return line;
            }
        }
        return 0;
    }

    private RawRecord nextValue() throws IOException {
        while (true) {
            skipWhitespace();
            int b = in.peek();
            if (!inArray) {
                if (b == ByteSource.END) {
                    return null;
                }
                if (b == '[') {
                    arrayLine = in.line();
                    arrayColumn = in.column();
                    in.read();
                    inArray = true;
                    afterComma = false;
                    continue;
                }
                return scan(false);
            }
            if (b == ByteSource.END) {
                inArray = false;
                return RawRecord.failed(
                        in.line(),
                        in.column(),
                        Violation.SYNTAX,
                        "Malformed JSON at line " + in.line()
                                + ", column " + in.column()
                                + ": unexpected end of input: the array of records opened at line "
                                + arrayLine + ", column " + arrayColumn + " is not closed");
            }
            if (b == ']' || b == ',') {
                long line = in.line();
                int column = in.column();
                in.read();
                boolean missingRecord = b == ',' || afterComma;
                inArray = b == ',';
                afterComma = b == ',';
                if (missingRecord) {
                    return RawRecord.failed(
                            line,
                            column,
                            Violation.SYNTAX,
                            "Malformed JSON at line " + line + ", column " + column
                                    + ": expected a record in the array, found '" + (char) b + "'");
                }
                continue;
            }
            RawRecord element = scan(true);
            afterComma = false;
            if (in.peek() == ',') {
                in.read();
                afterComma = true;
            }
            return element;
        }
    }

    /**
     * Cuts one value. At the top level it ends where the value ends; as an array element it ends before the comma
     * or bracket at its own level that follows it, so whatever is wrong inside stays inside.
     */
    private RawRecord scan(boolean element) throws IOException {
        long line = in.line();
        int column = in.column();
        RecordBuffer record = new RecordBuffer(maxRecordBytes);
        Brackets brackets = new Brackets();
        boolean inString = false;
        boolean escaped = false;
        int b;
        while ((b = in.peek()) != ByteSource.END) {
            if (inString) {
                record.append(in.read());
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"' || b == '\n') {
                    // A raw line break cannot be inside a JSON string: end it there, so one broken string does
                    // not swallow the rest of the input. The codec reports the record as malformed.
                    inString = false;
                    if (!element && brackets.depth() == 0) {
                        break;
                    }
                }
                continue;
            }
            if (brackets.depth() == 0) {
                if (element && (b == ',' || b == ']')) {
                    break;
                }
                if (!element && !record.isEmpty() && (isWhitespace(b) || isStructural(b))) {
                    break;
                }
            }
            record.append(in.read());
            if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                brackets.open(b);
            } else if (b == '}' || b == ']') {
                brackets.close(b);
                if (!element && brackets.depth() == 0) {
                    break;
                }
            }
        }
        record.trimTrailingWhitespace();
        return record.overflowed() ? tooLarge(line, column) : RawRecord.of(line, column, record.bytes());
    }

    private void skipWhitespace() throws IOException {
        while (isWhitespace(in.peek())) {
            in.read();
        }
    }

    private RawRecord tooLarge(long line, int column) {
        return RawRecord.failed(
                line,
                column,
                Violation.LIMIT,
                "Record is larger than the document limit of " + maxRecordBytes + " bytes");
    }

    static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean isStructural(int b) {
        return b == '{' || b == '}' || b == '[' || b == ']' || b == ',' || b == '"';
    }

    /** The open brackets of the value being cut; a closer that does not match drops the levels it skips. */
    private static final class Brackets {

        private final byte[] typed = new byte[TYPED_DEPTH];
        private long depth;

        long depth() {
            return depth;
        }

        void open(int bracket) {
            if (depth < TYPED_DEPTH) {
                typed[(int) depth] = (byte) bracket;
            }
            depth++;
        }

        void close(int closer) {
            if (depth == 0) {
                return;
            }
            int opener = closer == '}' ? '{' : '[';
            if (depth > TYPED_DEPTH) {
                depth--;
                return;
            }
            long level = depth - 1;
            while (level >= 0 && typed[(int) level] != opener) {
                level--;
            }
            // No matching opener: the closer is stray, so it closes only the innermost level.
            depth = level >= 0 ? level : depth - 1;
        }
    }
}
