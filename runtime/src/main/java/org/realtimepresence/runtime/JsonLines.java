package org.realtimepresence.runtime;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines: one document per line, {@code \n} or {@code \r\n} separated, blank lines skipped.
 *
 * <p>Each line is decoded on its own, so a bad line (malformed, invalid UTF-8, over the size limit) yields its
 * violations and the next line is read as usual. A line over the document limit is skipped to its end without
 * being buffered.
 */
final class JsonLines {

    private static final int NEWLINE = '\n';
    private static final int CARRIAGE_RETURN = '\r';

    private JsonLines() {
    }

    static <T> Stream<Decoded<T>> stream(Iterator<Decoded<T>> lines) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Splits a source of code units (bytes or chars) into lines and decodes each non-blank one. */
    private abstract static class LineIterator<T> implements Iterator<Decoded<T>> {

        private final SchemaCodec<T> codec;
        private int lineNumber;
        private boolean endOfInput;
        private Decoded<T> next;

        LineIterator(SchemaCodec<T> codec) {
            this.codec = codec;
        }

        /** The next code unit, or -1 at the end of the input. */
        abstract int readUnit() throws IOException;

        abstract void append(int unit);

        abstract int buffered();

        abstract boolean bufferIsBlank();

        abstract Decoded<T> decodeBuffer(SchemaCodec<T> codec);

        abstract void clearBuffer();

        @Override
        public boolean hasNext() {
            while (next == null && !endOfInput) {
                next = readLine();
            }
            return next != null;
        }

        @Override
        public Decoded<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Decoded<T> line = next;
            next = null;
            return line;
        }

        /** The next line's result, or null for a blank line or the end of the input. */
        private Decoded<T> readLine() {
            clearBuffer();
            lineNumber++;
            int limit = codec.limits().maxDocumentBytes();
            boolean overLimit = false;
            boolean sawAny = false;
            try {
                int unit;
                while ((unit = readUnit()) != -1 && unit != NEWLINE) {
                    sawAny = true;
                    if (overLimit) {
                        continue;
                    }
                    append(unit);
                    overLimit = buffered() > limit + 1;
                }
                endOfInput = unit == -1;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read JSON Lines input at line " + lineNumber, e);
            }
            if (overLimit) {
                clearBuffer();
                return Decoded.invalid(lineNumber, List.of(new Violation("",
                        Violation.LIMIT, "Line is over the document limit of " + limit)));
            }
            if (!sawAny || bufferIsBlank()) {
                return null;
            }
            return decodeBuffer(codec).atLine(lineNumber);
        }
    }

    static final class ByteLines<T> extends LineIterator<T> {

        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        ByteLines(InputStream in, SchemaCodec<T> codec) {
            super(codec);
            this.in = new BufferedInputStream(in);
        }

        @Override
        int readUnit() throws IOException {
            return in.read();
        }

        @Override
        void append(int unit) {
            line.write(unit);
        }

        @Override
        int buffered() {
            return line.size();
        }

        @Override
        boolean bufferIsBlank() {
            byte[] bytes = line.toByteArray();
            for (byte b : bytes) {
                if (!isJsonWhitespace(b)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        Decoded<T> decodeBuffer(SchemaCodec<T> codec) {
            byte[] bytes = line.toByteArray();
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == CARRIAGE_RETURN) {
                length--;
            }
            return codec.decode(length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
        }

        @Override
        void clearBuffer() {
            line.reset();
        }
    }

    private static boolean isJsonWhitespace(int unit) {
        return unit == ' ' || unit == '\t' || unit == CARRIAGE_RETURN || unit == NEWLINE;
    }
}
