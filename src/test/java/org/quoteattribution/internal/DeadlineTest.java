package org.quoteattribution.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quoteattribution.LimitExceededException;

class DeadlineTest {

  /**
   * Once the budget was wall time: at 8 threads on a busy 2-core machine, three dev articles ran
   * over 60 s and the output differed from the 1-thread run. Waiting for the cores spends none of it.
   */
  @Test
  void theBudgetIsCpuTimeSoWaitingForACoreSpendsNoneOfIt() throws InterruptedException {
    Deadline deadline = Deadline.after(Duration.ofMillis(100));
    Thread.sleep(300);
    assertThatCode(deadline::check).doesNotThrowAnyException();
    assertThatThrownBy(() -> { // work until the budget is spent, a minute of wall time at most
      long stop = System.nanoTime() + 60_000_000_000L;
      double sink = 0;
      while (System.nanoTime() < stop) {
        for (int i = 0; i < 100_000; i++) {
          sink += Math.sqrt(sink + i);
        }
        deadline.check();
      }
    }).isInstanceOf(LimitExceededException.class)
        .hasMessage("time budget exceeded: the article took more than 100 ms of CPU time (the timeout); stopped");
  }

  @Test
  void noBudgetNeverThrows() {
    assertThatCode(Deadline.NONE::check).doesNotThrowAnyException();
    assertThatCode(Deadline.after(Duration.ZERO)::check).doesNotThrowAnyException();
  }
}
