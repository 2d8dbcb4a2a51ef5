package org.quoteattribution.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that attribution runs on: a fixed number of workers and a queue of fixed
 * capacity. A job that finds both full is refused at once ({@link HttpProblem} 503), so a flood of
 * requests costs the server neither memory nor threads. Safe for many threads.
 *
 * <p>Admission is a semaphore of {@code workers + queue} permits, taken before a job is submitted
 * and given back when it ends, before its caller sees the result: so a caller that sends its next
 * job as soon as the last one returns is never refused for a slot the pool has not yet noticed is
 * free (which a {@code SynchronousQueue} or a bounded executor queue alone would do).
 */
final class WorkPool implements AutoCloseable {

  private final ThreadPoolExecutor executor;
  private final Semaphore slots;
  private final int workers;
  private final int queue;

  WorkPool(int workers, int queue) {
    checkArgument(workers >= 1, "workers must be at least 1: %s", workers);
    checkArgument(queue >= 0, "queue must not be negative: %s", queue);
    this.workers = workers;
    this.queue = queue;
    this.slots = new Semaphore(workers + queue);
    AtomicInteger count = new AtomicInteger();
    // unbounded in type, bounded by the semaphore: it never holds more than workers + queue jobs
    this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "attribution-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    executor.prestartAllCoreThreads();
  }

  /**
   * Runs a job on the pool and waits for it.
   *
   * @throws HttpProblem 503 when every worker is busy and the queue is full
   */
  <T> T run(Callable<T> job) {
    if (!slots.tryAcquire()) {
      throw new HttpProblem(503, "the server is busy (" + workers + " workers, queue of " + queue
          + " full); try again shortly");
    }
    Future<T> future;
    try {
      future = executor.submit(() -> {
        try {
          return job.call();
        } finally {
          slots.release();
        }
      });
    } catch (RuntimeException e) {
      slots.release();
      throw new HttpProblem(503, "the server is shutting down");
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      // not cancelled: a job cancelled before it starts would never give its slot back
      Thread.currentThread().interrupt();
      throw new HttpProblem(503, "the server is shutting down");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  int workers() {
    return workers;
  }

  int queue() {
    return queue;
  }

  /** Jobs running now. */
  int busy() {
    return executor.getActiveCount();
  }

  /** Jobs waiting for a worker now. */
  int waiting() {
    return executor.getQueue().size();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
