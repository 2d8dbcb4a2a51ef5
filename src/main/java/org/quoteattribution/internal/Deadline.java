package org.quoteattribution.internal;

import java.time.Duration;
import org.quoteattribution.LimitExceededException;

/**
 * The time budget of one article. CoreNLP cannot be stopped in the middle of a call, so the
 * pipeline checks the budget between the pieces it hands to CoreNLP (paragraphs, or chunks of at
 * most 8,000 chars) and between its own stages: an article over budget stops at the
 * next check, at most one chunk's work later.
 */
public final class Deadline {

  /** No budget: checks never fail. */
  public static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE);

  private final Duration budget;
  private final long endNanos;

  private Deadline(Duration budget, long endNanos) {
    this.budget = budget;
    this.endNanos = endNanos;
  }

  /** A budget of {@code budget} from now; {@link #NONE} for zero. */
  public static Deadline after(Duration budget) {
    if (budget.isZero()) {
      return NONE;
    }
    return new Deadline(budget, System.nanoTime() + budget.toNanos());
  }

  /**
   * Throws when the budget is spent.
   *
   * @throws LimitExceededException when the time is up
   */
  public void check() {
    if (this != NONE && System.nanoTime() - endNanos > 0) {
      throw new LimitExceededException(LimitExceededException.Limit.TIME,
          "time budget exceeded: the article took more than " + seconds(budget) + " (the timeout); stopped");
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
