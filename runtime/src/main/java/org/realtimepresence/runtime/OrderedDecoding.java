// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.realtimepresence.runtime.internal.framing.RecordBatch;
import org.realtimepresence.runtime.internal.framing.RecordFramer;

/**
 * Decodes framed records on worker threads and hands them on in input order. The consumer's thread cuts the
 * input into batches of at most {@link #BATCH_RECORDS} records or {@link #BATCH_BYTES} bytes; at most two
 * batches per thread are in flight, so memory is bounded by that queue (and the document limit), never by the
 * size of the input.
 */
final class OrderedDecoding<R> implements Iterator<R>, AutoCloseable {

    /**
     * Small enough that both workers have a batch from the first records on and the reading thread is never far
     * ahead of them: 128 measured faster than 256 and 512 on a 400,000-record file on two cores (BENCHMARKS.md).
     */
    static final int BATCH_RECORDS = 128;

    static final int BATCH_BYTES = 1 << 20;

    private final FramedRecords.BatchDecoder<R> decoder;
    private final RecordFramer framer;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final ArrayDeque<Pending<R>> inFlight = new ArrayDeque<>();
    /**
     * Batches whose records have been decoded, to be filled again: a batch's arrays grow to fit its records once,
     * instead of being allocated, grown and zeroed for every batch on the one thread that cuts the input.
     */
    private final ArrayDeque<RecordBatch> free = new ArrayDeque<>();

    private Iterator<R> current = Collections.emptyIterator();
    private boolean endOfInput;

    /** {@code decoder} turns one framed record into its result; it runs on the worker threads. */
    OrderedDecoding(FramedRecords.BatchDecoder<R> decoder, RecordFramer framer, int threads) {
        this.decoder = decoder;
        this.framer = framer;
        this.maxInFlight = 2 * threads;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "schema-codec-decode");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            // Cut further batches only while input is at hand: waiting for input with decoded records in
            // hand would hold back the answers to records piped in slowly.
            while (!endOfInput && inFlight.size() < maxInFlight && (inFlight.isEmpty() || readyToCut())) {
                submitBatch();
            }
            if (inFlight.isEmpty()) {
                return false;
            }
            Pending<R> done = inFlight.remove();
            current = await(done.result()).iterator();
            if (done.batch() != null) {
                free.push(done.batch()); // its worker is done with it
            }
        }
        return true;
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private boolean readyToCut() {
        try {
            return framer.ready();
        } catch (IOException e) {
            return true; // cutting the next batch reports it
        }
    }

    /** Cuts one batch on this thread and hands it to the workers: a batch is one array, not an array per record. */
    private void submitBatch() {
        RecordBatch batch = free.isEmpty() ? new RecordBatch() : free.pop();
        try {
            endOfInput = !framer.nextBatch(batch, BATCH_RECORDS, BATCH_BYTES);
        } catch (IOException e) {
            endOfInput = true;
            if (batch.size() == 0) {
                throw new UncheckedIOException("Could not read the records", e);
            }
            // Hand on what was read before the failure, then report it.
            inFlight.add(new Pending<>(workers.submit(() -> decodeAll(batch)), batch));
            inFlight.add(new Pending<>(
                    workers.submit(() -> {
                        throw new UncheckedIOException("Could not read the records", e);
                    }),
                    null));
            return;
        }
        if (!endOfInput) {
            inFlight.add(new Pending<>(workers.submit(() -> decodeAll(batch)), batch));
        }
    }

    /** A batch handed to the workers, and what they make of it. */
    private record Pending<R>(Future<List<R>> result, RecordBatch batch) {}

    private List<R> decodeAll(RecordBatch batch) {
        @SuppressWarnings("unchecked") // filled with R only, then handed on read-only
        R[] decoded = (R[]) new Object[batch.size()];
        for (int record = 0; record < decoded.length; record++) {
            decoded[record] = decoder.decode(batch, record);
        }
        return Arrays.asList(decoded);
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while decoding records", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
