package org.quoteattribution.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.quoteattribution.LimitExceededException;

/**
 * The time budget of one article, in CPU time of the thread that attributes it (wall time where
 * the JVM cannot measure a thread's CPU time). CPU time, not wall time, so that whether an article
 * fits its budget does not depend on how many threads share the cores or on what else the machine
 * runs: the same input gives the same output at 1 and 8 threads, unless an article's work is close
 * to its budget. CoreNLP cannot be stopped in the middle of a call, so the pipeline checks the
 * budget between the pieces it hands to CoreNLP (paragraphs, or chunks of at most 8,000 chars) and
 * between its own stages: an article over budget stops at the next check, at most one chunk's work
 * later.
 */
public final class Deadline {

  /** No budget: checks never fail. */
  public static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  private final Duration budget;
  private final long endNanos;

  private Deadline(Duration budget, long endNanos) {
    this.budget = budget;
    this.endNanos = endNanos;
  }

  /** A budget of {@code budget} from now, on this thread; {@link #NONE} for zero. */
  public static Deadline after(Duration budget) {
    if (budget.isZero()) {
      return NONE;
    }
    return new Deadline(budget, now() + budget.toNanos());
  }

  private static long now() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /**
   * Throws when the budget is spent. Call it on the thread that made the deadline.
   *
   * @throws LimitExceededException when the time is up
   */
  public void check() {
    if (this != NONE && now() - endNanos > 0) {
      throw new LimitExceededException(LimitExceededException.Limit.TIME,
          "time budget exceeded: the article took more than " + seconds(budget) + " of CPU time (the timeout); stopped");
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
