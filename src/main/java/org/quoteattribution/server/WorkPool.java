package org.quoteattribution.server;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that attribution runs on: a fixed number of workers and a queue of fixed
 * capacity. A job that finds both full is refused at once ({@link HttpProblem} 503), so a flood of
 * requests costs the server neither memory nor threads. Safe for many threads.
 */
final class WorkPool implements AutoCloseable {

  private final ThreadPoolExecutor executor;
  private final int workers;
  private final int queue;

  WorkPool(int workers, int queue) {
    checkArgument(workers >= 1, "workers must be at least 1: %s", workers);
    checkArgument(queue >= 0, "queue must not be negative: %s", queue);
    this.workers = workers;
    this.queue = queue;
    BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    AtomicInteger count = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, waiting, r -> {
      Thread t = new Thread(r, "attribution-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
    executor.prestartAllCoreThreads();
  }

  /**
   * Runs a job on the pool and waits for it.
   *
   * @throws HttpProblem 503 when every worker is busy and the queue is full
   */
  <T> T run(Callable<T> job) {
    Future<T> future;
    try {
      future = executor.submit(job);
    } catch (RejectedExecutionException e) {
      throw new HttpProblem(503, "the server is busy (" + workers + " workers, queue of " + queue
          + " full); try again shortly");
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
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
