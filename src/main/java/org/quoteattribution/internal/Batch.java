package org.quoteattribution.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs with worker threads, handing the results on in input
 * order on the calling thread. A window of at most {@code 4 × threads} inputs is in flight, so an
 * input of any length streams through in bounded memory. Whatever one input throws, {@code Error}s
 * included, becomes its {@link Done#error()}, and the batch goes on.
 */
public final class Batch {

  private Batch() {}

  /** A result or the failure of one input. */
  public record Done<T, R>(T input, R result, Throwable error) {}

  public static <T, R> void run(Iterator<? extends T> inputs, Function<? super T, R> work, int threads,
      Consumer<Done<T, R>> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quote-attribution-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Done<T, R>>> window = new ArrayDeque<>();
      int capacity = 4 * threads;
      while (inputs.hasNext() || !window.isEmpty()) {
        while (inputs.hasNext() && window.size() < capacity) {
          T input = inputs.next();
          window.add(pool.submit(() -> {
            try {
              return new Done<T, R>(input, work.apply(input), null);
            } catch (Throwable e) { // StackOverflowError, OutOfMemoryError too: one input fails, not the batch
              return new Done<T, R>(input, null, e);
            }
          }));
        }
        sink.accept(take(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <X> X take(Future<X> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    }
  }
}
