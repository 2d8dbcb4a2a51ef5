package org.quoteattribution.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bounded pool: runs jobs, refuses with 503 when workers and queue are full. No models. */
class WorkPoolTest {

  @Test
  void runsAJobAndReturnsItsResult() {
    try (WorkPool pool = new WorkPool(2, 1)) {
      assertThat(pool.run(() -> 6 * 7)).isEqualTo(42);
    }
  }

  @Test
  void neverRefusesAJobSentJustAfterTheLastOneReturned() {
    try (WorkPool pool = new WorkPool(1, 0)) {
      for (int i = 0; i < 2_000; i++) {
        int n = i;
        assertThat(pool.run(() -> n)).isEqualTo(n);
      }
    }
  }

  @Test
  void passesAJobsRuntimeExceptionOn() {
    try (WorkPool pool = new WorkPool(1, 0)) {
      assertThatThrownBy(() -> pool.run(() -> {
        throw new IllegalStateException("boom");
      })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }
  }

  @Test
  void refusesWith503WhenEveryWorkerIsBusyAndTheQueueIsFull() throws Exception {
    try (WorkPool pool = new WorkPool(1, 1)) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> pool.run(() -> {
        started.countDown();
        release.await();
        return "first";
      }));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> pool.run(() -> "second"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (pool.waiting() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(pool.busy()).isEqualTo(1);
      assertThat(pool.waiting()).isEqualTo(1);

      assertThatThrownBy(() -> pool.run(() -> "third")).isInstanceOf(HttpProblem.class)
          .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(503))
          .hasMessageContaining("busy");

      release.countDown();
      assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("second");
      assertThat(pool.run(() -> "again")).isEqualTo("again");
    }
  }
}
