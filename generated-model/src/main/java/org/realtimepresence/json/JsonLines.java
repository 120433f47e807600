package org.realtimepresence.json;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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

    static <T> Stream<DecodedLine<T>> stream(Iterator<DecodedLine<T>> lines) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Splits a source of code units (bytes or chars) into lines and decodes each non-blank one. */
    private abstract static class LineIterator<T> implements Iterator<DecodedLine<T>> {

        private final SchemaCodec<T> codec;
        private int lineNumber;
        private boolean endOfInput;
        private DecodedLine<T> next;

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
        public DecodedLine<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DecodedLine<T> line = next;
            next = null;
            return line;
        }

        /** The next line's result, or null for a blank line or the end of the input. */
        private DecodedLine<T> readLine() {
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
                return new DecodedLine<>(lineNumber, Decoded.invalid(List.of(new SchemaViolation("",
                        SchemaViolation.LIMIT, "Line is over the document limit of " + limit))));
            }
            if (!sawAny || bufferIsBlank()) {
                return null;
            }
            return new DecodedLine<>(lineNumber, decodeBuffer(codec));
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

    static final class CharLines<T> extends LineIterator<T> {

        private final Reader in;
        private final StringBuilder line = new StringBuilder();

        CharLines(Reader in, SchemaCodec<T> codec) {
            super(codec);
            this.in = new BufferedReader(in);
        }

        @Override
        int readUnit() throws IOException {
            return in.read();
        }

        @Override
        void append(int unit) {
            line.append((char) unit);
        }

        @Override
        int buffered() {
            return line.length();
        }

        @Override
        boolean bufferIsBlank() {
            return line.chars().allMatch(JsonLines::isJsonWhitespace);
        }

        @Override
        Decoded<T> decodeBuffer(SchemaCodec<T> codec) {
            int length = line.length();
            if (length > 0 && line.charAt(length - 1) == CARRIAGE_RETURN) {
                length--;
            }
            return codec.decode(line.substring(0, length));
        }

        @Override
        void clearBuffer() {
            line.setLength(0);
        }
    }

    private static boolean isJsonWhitespace(int unit) {
        return unit == ' ' || unit == '\t' || unit == CARRIAGE_RETURN || unit == NEWLINE;
    }
}
