// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.realtimepresence.runtime.internal.framing.RecordBatch;
import org.realtimepresence.runtime.internal.framing.RecordFramer;

/**
 * The records of a stream, decoded one at a time as the stream is consumed: the one record framing behind
 * {@link SchemaCodec#lines} and {@link SchemaCodec#verdicts}. Records are cut a small batch at a time into one
 * reused array, so a record a checker proves valid where it stands is never copied out.
 */
final class FramedRecords<R> implements Iterator<R> {

    /** Records cut ahead on the calling thread: enough to spare per-record calls, few enough to answer promptly. */
    static final int BATCH_RECORDS = 64;

    static final int BATCH_BYTES = 1 << 16;

    /** Where our parser messages say a problem is; relative to the record, so moved to the whole input. */
    private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    /** Turns record {@code i} of a batch into its result; thread-safe. */
    interface BatchDecoder<R> {
        R decode(RecordBatch batch, int record);
    }

    private final BatchDecoder<R> decoder;
    private final RecordFramer framer;
    private final RecordBatch batch = new RecordBatch();
    private int next;
    private boolean ended;
    /** A read failure met while cutting the current batch, reported once the records before it are handed on. */
    private IOException failure;

    private FramedRecords(BatchDecoder<R> decoder, RecordFramer framer) {
        this.decoder = decoder;
        this.framer = framer;
    }

    /** Every record decoded, on the calling thread. */
    static <T> Stream<Decoded<T>> stream(SchemaCodec<T> codec, InputStream records) {
        return stream(codec, records, 1);
    }

    /** As {@link #stream(SchemaCodec, InputStream)}, decoding on {@code threads} threads in input order. */
    static <T> Stream<Decoded<T>> stream(SchemaCodec<T> codec, InputStream records, int threads) {
        return stream(codec, records, threads, (batch, record) -> decode(codec, batch, record));
    }

    /** Every record's verdict, on {@code threads} threads in input order, without binding any record. */
    static <T> Stream<RecordVerdict> verdicts(SchemaCodec<T> codec, InputStream records, int threads) {
        return stream(codec, records, threads, (batch, record) -> verdict(codec, batch, record));
    }

    private static <R> Stream<R> stream(
            SchemaCodec<?> codec, InputStream records, int threads, BatchDecoder<R> decoder) {
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
        while (next == batch.size()) {
            if (failure != null) {
                IOException failed = failure;
                failure = null;
                ended = true;
                batch.clear();
                throw new UncheckedIOException("Could not read the records", failed);
            }
            if (ended) {
                return false;
            }
            next = 0;
            try {
                ended = !framer.nextBatch(batch, BATCH_RECORDS, BATCH_BYTES);
            } catch (IOException e) {
                failure = e; // the records cut before it come first
            }
        }
        return true;
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return decoder.decode(batch, next++);
    }

    /** One framed record, decoded, with positions in its messages moved to the whole input; thread-safe. */
    static <T> Decoded<T> decode(SchemaCodec<T> codec, RecordBatch batch, int record) {
        long line = batch.line(record);
        if (batch.problem(record) != null) {
            return Decoded.invalid(line, List.of(batch.problem(record)));
        }
        Decoded<T> decoded = codec.decode(batch.copy(record));
        if (decoded.valid() || (line == 1 && batch.column(record) == 1)) {
            return decoded.atLine(line);
        }
        return Decoded.invalid(line, inInput(decoded.violations(), batch, record));
    }

    /**
     * One framed record, validated without binding (as {@link SchemaCodec#validate(byte[])}) where it stands in
     * the batch; thread-safe.
     */
    static RecordVerdict verdict(SchemaCodec<?> codec, RecordBatch batch, int record) {
        long line = batch.line(record);
        if (batch.problem(record) != null) {
            return new RecordVerdict(line, List.of(batch.problem(record)));
        }
        List<Violation> violations = codec.validate(batch.buffer(), batch.from(record), batch.to(record));
        if (violations.isEmpty() || (line == 1 && batch.column(record) == 1)) {
            return new RecordVerdict(line, violations);
        }
        return new RecordVerdict(line, inInput(violations, batch, record));
    }

    private static List<Violation> inInput(List<Violation> violations, RecordBatch batch, int record) {
        if (!anyPosition(violations)) {
            return violations; // most violations name a pointer, not a position: the list stands as it is
        }
        List<Violation> moved = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            moved.add(inInput(violation, batch.line(record), batch.column(record)));
        }
        return List.copyOf(moved);
    }

    private static boolean anyPosition(List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.message().contains("at line ")) {
                return true;
            }
        }
        return false;
    }

    /** A violation whose message gives a position inside the record, with the position in the whole input. */
    private static Violation inInput(Violation violation, long recordLine, int recordColumn) {
        if (!violation.message().contains("at line ")) {
            return violation; // most violations name a pointer, not a position: spare them the pattern
        }
        Matcher position = POSITION.matcher(violation.message());
        if (!position.find()) {
            return violation;
        }
        long line = Long.parseLong(position.group(1));
        long column = Long.parseLong(position.group(2));
        long inputLine = recordLine + line - 1;
        long inputColumn = line == 1 ? recordColumn + column - 1 : column;
        String message = violation.message().substring(0, position.start()) + "at line " + inputLine + ", column "
                + inputColumn + violation.message().substring(position.end());
        return new Violation(violation.pointer(), violation.keyword(), message);
    }
}
