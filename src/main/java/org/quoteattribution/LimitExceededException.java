package org.quoteattribution;

import static java.util.Objects.requireNonNull;

/**
 * An article exceeded one of the attributor's documented limits: it is longer than
 * {@link QuoteAttributor.Builder#maxLength(int)}, or took longer than
 * {@link QuoteAttributor.Builder#timeout(java.time.Duration)}. The article is not attributed; in a
 * batch it gets an error outcome and the batch goes on.
 */
public final class LimitExceededException extends RuntimeException {

  /** Which limit was exceeded. */
  public enum Limit {
    /** The article is longer than the maximum length. */
    LENGTH,
    /** The article took longer than its time budget. */
    TIME
  }

  private final Limit limit;

  public LimitExceededException(Limit limit, String message) {
    super(requireNonNull(message, "message must not be null"));
    this.limit = requireNonNull(limit, "limit must not be null");
  }

  /** The limit that was exceeded. */
  public Limit limit() {
    return limit;
  }
}
