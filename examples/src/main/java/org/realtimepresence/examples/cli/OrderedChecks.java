package org.realtimepresence.examples.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Runs a check on every record on worker threads and hands the results on in input order. Records travel in
 * batches; at most two batches per thread are in flight, and a batch closes at {@link #BATCH_RECORDS} records or
 * {@link #BATCH_BYTES} bytes, so memory is bounded by the queue, whatever the size of the input. With one thread
 * the check runs inline, with no queue at all.
 *
 * @param <I> a record
 * @param <O> the result of checking it
 */
final class OrderedChecks<I, O> implements AutoCloseable {

    static final int BATCH_RECORDS = 512;
    static final int BATCH_BYTES = 1 << 20;

    private final Function<I, O> check;
    private final ToIntFunction<I> size;
    private final Consumer<O> sink;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final ArrayDeque<Future<List<O>>> inFlight = new ArrayDeque<>();
    private List<I> batch = new ArrayList<>();
    private long batchBytes;

    /**
     * @param threads how many threads check records; 1 checks them on the calling thread
     * @param check   the check, called concurrently from several threads when {@code threads > 1}
     * @param size    the bytes a record holds, to bound a batch
     * @param sink    receives every result in input order, always on the calling thread
     */
    OrderedChecks(int threads, Function<I, O> check, ToIntFunction<I> size, Consumer<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.check = check;
        this.size = size;
        this.sink = sink;
        this.maxInFlight = 2 * threads;
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "presence-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Takes the next record in input order. */
    void accept(I record) {
        if (workers == null) {
            sink.accept(check.apply(record));
            return;
        }
        batch.add(record);
        batchBytes += size.applyAsInt(record);
        if (batch.size() == BATCH_RECORDS || batchBytes >= BATCH_BYTES) {
            submit();
        }
    }

    /** Hands on every result still due, in order. */
    void finish() {
        if (workers == null) {
            return;
        }
        if (!batch.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            drainOldest();
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void submit() {
        List<I> records = batch;
        batch = new ArrayList<>();
        batchBytes = 0;
        inFlight.add(workers.submit(() -> {
            List<O> results = new ArrayList<>(records.size());
            for (I record : records) {
                results.add(check.apply(record));
            }
            return results;
        }));
        while (inFlight.size() > maxInFlight) {
            drainOldest();
        }
    }

    private void drainOldest() {
        List<O> results;
        try {
            results = inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking records", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        results.forEach(sink);
    }
}
