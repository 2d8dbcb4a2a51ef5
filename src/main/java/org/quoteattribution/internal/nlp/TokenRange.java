package org.quoteattribution.internal.nlp;

/**
 * Tokens {@code first} to {@code last} of a {@link Doc}, both included; empty when
 * {@code first > last}.
 */
public record TokenRange(int first, int last) {

  public boolean isEmpty() {
    return first > last;
  }

  /** Whether token {@code index} lies in the range. */
  public boolean contains(int index) {
    return first <= index && index <= last;
  }

  /** The number of tokens, 0 for an empty range. */
  public int size() {
    return Math.max(0, last - first + 1);
  }
}
