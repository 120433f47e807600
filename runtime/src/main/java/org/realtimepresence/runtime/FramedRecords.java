// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
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
final class FramedRecords<R> implements Iterator<R> {

    /** Where our parser messages say a problem is; relative to the record, so moved to the whole input. */
    private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    private final Function<RawRecord, R> decoder;
    private final RecordFramer framer;
    private RawRecord next;

    private FramedRecords(Function<RawRecord, R> decoder, RecordFramer framer) {
        this.decoder = decoder;
        this.framer = framer;
    }

    /** Every record decoded, on the calling thread. */
    static <T> Stream<Decoded<T>> stream(SchemaCodec<T> codec, InputStream records) {
        return stream(codec, records, 1, record -> decode(codec, record));
    }

    /** As {@link #stream(SchemaCodec, InputStream)}, decoding on {@code threads} threads in input order. */
    static <T> Stream<Decoded<T>> stream(SchemaCodec<T> codec, InputStream records, int threads) {
        return stream(codec, records, threads, record -> decode(codec, record));
    }

    /** Every record's verdict, on {@code threads} threads in input order, without binding any record. */
    static <T> Stream<RecordVerdict> verdicts(SchemaCodec<T> codec, InputStream records, int threads) {
        return stream(codec, records, threads, record -> verdict(codec, record));
    }

    private static <R> Stream<R> stream(
            SchemaCodec<?> codec, InputStream records, int threads, Function<RawRecord, R> decoder) {
        RecordFramer framer = new RecordFramer(records, codec.limits().maxDocumentBytes());
        if (threads == 1) {
            return StreamSupport.stream(
                    Spliterators.spliteratorUnknownSize(
                            new FramedRecords<>(decoder, framer), Spliterator.ORDERED | Spliterator.NONNULL),
                    false);
        }
        OrderedDecoding<R> decoding = new OrderedDecoding<>(decoder, framer, threads);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(decoding, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(decoding::close);
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
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord record = next;
        next = null;
        return decoder.apply(record);
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
        return Decoded.invalid(
                record.line(),
                decoded.violations().stream()
                        .map(violation -> inInput(violation, record))
                        .toList());
    }

    /** One framed record, validated without binding (as {@link SchemaCodec#validate(byte[])}); thread-safe. */
    static RecordVerdict verdict(SchemaCodec<?> codec, RawRecord record) {
        if (record.problem() != null) {
            return new RecordVerdict(record.line(), List.of(record.problem()));
        }
        List<Violation> violations = codec.validate(record.json());
        if (violations.isEmpty() || (record.line() == 1 && record.column() == 1)) {
            return new RecordVerdict(record.line(), violations);
        }
        return new RecordVerdict(
                record.line(),
                violations.stream().map(violation -> inInput(violation, record)).toList());
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
