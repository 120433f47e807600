package org.realtimepresence.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.realtimepresence.runtime.internal.framing.RawRecord;
import org.realtimepresence.runtime.internal.framing.RecordFramer;

/**
 * The records of a stream, decoded one at a time as the stream is consumed: the one record framing behind
 * {@link SchemaCodec#lines}.
 */
final class FramedRecords<T> implements Iterator<Decoded<T>> {

    /** Where our parser messages say a problem is; relative to the record, so moved to the whole input. */
    private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    private final SchemaCodec<T> codec;
    private final RecordFramer framer;
    private RawRecord next;

    private FramedRecords(SchemaCodec<T> codec, InputStream records) {
        this.codec = codec;
        this.framer = new RecordFramer(records, codec.limits().maxDocumentBytes());
    }

    static <T> Stream<Decoded<T>> stream(SchemaCodec<T> codec, InputStream records) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new FramedRecords<>(codec, records),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** As {@link #stream(SchemaCodec, InputStream)}, decoding on {@code threads} threads in input order. */
    static <T> Stream<Decoded<T>> stream(SchemaCodec<T> codec, InputStream records, int threads) {
        if (threads == 1) {
            return stream(codec, records);
        }
        OrderedDecoding<T> decoding = new OrderedDecoding<>(codec,
                new RecordFramer(records, codec.limits().maxDocumentBytes()), threads);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(decoding,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(decoding::close);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = framer.next();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the records", e);
            }
        }
        return next != null;
    }

    @Override
    public Decoded<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord record = next;
        next = null;
        return decode(codec, record);
    }

    /** One framed record, decoded, with positions in its messages moved to the whole input; thread-safe. */
    static <T> Decoded<T> decode(SchemaCodec<T> codec, RawRecord record) {
        if (record.problem() != null) {
            return Decoded.invalid(record.line(), List.of(record.problem()));
        }
        Decoded<T> decoded = codec.decode(record.json());
        if (decoded.valid() || (record.line() == 1 && record.column() == 1)) {
            return decoded.atLine(record.line());
        }
        return Decoded.invalid(record.line(), decoded.violations().stream()
                .map(violation -> inInput(violation, record)).toList());
    }

    /** A violation whose message gives a position inside the record, with the position in the whole input. */
    private static Violation inInput(Violation violation, RawRecord record) {
        Matcher position = POSITION.matcher(violation.message());
        if (!position.find()) {
            return violation;
        }
        long line = Long.parseLong(position.group(1));
        long column = Long.parseLong(position.group(2));
        long inputLine = record.line() + line - 1;
        long inputColumn = line == 1 ? record.column() + column - 1 : column;
        String message = violation.message().substring(0, position.start()) + "at line " + inputLine + ", column "
                + inputColumn + violation.message().substring(position.end());
        return new Violation(violation.pointer(), violation.keyword(), message);
    }
}
