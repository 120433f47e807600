package org.realtimepresence.examples.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.realtimepresence.model.Violation;
import org.realtimepresence.runtime.CodecLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cuts an input into records. A file that starts with {@code [} is a JSON array, streamed element by
 * element; a file whose first non-blank line is a whole JSON value is JSON Lines, where a bad line never
 * hides the next one; anything else (a pretty-printed object) is read as a sequence of JSON values.
 *
 * <p>Memory stays bounded by {@link #MAX_RECORD_BYTES} whatever the size of the input.
 */
public final class RecordFramer {

    /** The largest record handed on, the codec's document limit; a larger one is a {@code limit} violation. */
    public static final int MAX_RECORD_BYTES = CodecLimits.DEFAULTS.maxDocumentBytes();

    private static final int PEEK_LIMIT = MAX_RECORD_BYTES + 2;

    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_RECORD_BYTES)
                            .maxNameLength(MAX_RECORD_BYTES)
                            .build()) // numbers keep Jackson's 1,000-digit default, the codec's own bound
                    .build())
            .build();

    /**
     * Hands every record of {@code input} to {@code sink}, in order.
     *
     * @throws IOException when reading fails; records already handed on stay handed on
     */
    public void frame(InputStream input, Consumer<RawRecord> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        if (startsArrayOrIsMultiLine(in)) {
            frameJsonValues(in, sink);
        } else {
            frameLines(in, sink);
        }
    }

    /** Looks at the start of the input, never further than one record's worth, and rewinds it. */
    private boolean startsArrayOrIsMultiLine(BufferedInputStream in) throws IOException {
        in.mark(PEEK_LIMIT);
        try {
            int read = 0;
            int b = in.read();
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = ++read < PEEK_LIMIT ? in.read() : -1;
            }
            if (b == '[') {
                return true;
            }
            ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
            while (b >= 0 && b != '\n' && read < PEEK_LIMIT) {
                firstLine.write(b);
                b = ++read < PEEK_LIMIT ? in.read() : -1;
            }
            // A line longer than a record is JSON Lines with a line that is too long.
            if (read >= PEEK_LIMIT || firstLine.size() == 0 || isCompleteValue(firstLine.toByteArray())) {
                return false;
            }
            // An incomplete first line: pretty-printed JSON goes on with a member ("name": ...) or a
            // closing bracket, while JSON Lines whose first record is cut goes on with the next record,
            // which must not be swallowed into one broken document.
            b = in.read();
            while (b == ' ' || b == '\t' || b == '\r') {
                b = in.read();
            }
            return b != '{' && b != '[';
        } finally {
            in.reset();
        }
    }

    private boolean isCompleteValue(byte[] bytes) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            parser.nextToken();
            parser.skipChildren();
            return true;
        } catch (UnexpectedEndOfInputException e) {
            return false;
        } catch (JacksonException e) {
            return true; // a broken line of JSON Lines, reported when it is validated
        }
    }

    private static void frameLines(InputStream in, Consumer<RawRecord> sink) throws IOException {
        LineReader lines = new LineReader(in, MAX_RECORD_BYTES);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.tooLong()) {
                sink.accept(new RawRecord(line.number(), null, tooLarge()));
            } else if (!line.isBlank()) {
                sink.accept(new RawRecord(line.number(), line.bytes(), null));
            }
        }
    }

    private void frameJsonValues(InputStream in, Consumer<RawRecord> sink) throws IOException {
        try (JsonParser parser = mapper.createParser(in)) {
            long line = 1;
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.START_ARRAY) {
                        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                            line = parser.currentTokenLocation().getLineNr();
                            sink.accept(copyValue(parser, line));
                        }
                    } else {
                        line = parser.currentTokenLocation().getLineNr();
                        sink.accept(copyValue(parser, line));
                    }
                }
            } catch (StreamConstraintsException e) {
                sink.accept(new RawRecord(line, null, new Violation("", "limit", e.getOriginalMessage())));
            } catch (NumberFormatException | ArithmeticException e) {
                sink.accept(new RawRecord(line, null, new Violation("", "limit", "a number is out of range: " + e.getMessage())));
            } catch (JacksonIOException e) {
                throw e.getCause() != null ? e.getCause() : new IOException(e.getOriginalMessage(), e);
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation();
                long errorLine = at == null ? line : at.getLineNr();
                String column = at == null ? "" : " (column " + at.getColumnNr() + ")";
                sink.accept(new RawRecord(errorLine, null,
                        new Violation("", "syntax", e.getOriginalMessage() + column)));
            }
        }
    }

    /** Copies the value at the parser into its own bytes, exactly, duplicate keys included. */
    private RawRecord copyValue(JsonParser parser, long line) {
        BoundedBuffer buffer = new BoundedBuffer(MAX_RECORD_BYTES);
        try (JsonGenerator generator = mapper.createGenerator(buffer)) {
            generator.copyCurrentStructureExact(parser);
        }
        return buffer.overflowed()
                ? new RawRecord(line, null, tooLarge())
                : new RawRecord(line, buffer.toByteArray(), null);
    }

    private static Violation tooLarge() {
        return new Violation("", "limit", "the record is larger than " + MAX_RECORD_BYTES + " bytes");
    }
}
