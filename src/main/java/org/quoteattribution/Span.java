package org.quoteattribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A stretch of the input text.
 *
 * <p>All offsets in this library are UTF-16 {@code char} offsets into the original input, as
 * {@link String#substring(int, int)} takes them: {@code begin} inclusive, {@code end} exclusive.
 *
 * @param begin first char of the span
 * @param end   one past its last char
 * @param text  {@code input.substring(begin, end)}
 */
public record Span(int begin, int end, String text) {

  public Span {
    requireNonNull(text, "text must not be null");
    checkArgument(begin >= 0, "begin must not be negative: %s", begin);
    checkArgument(end >= begin, "end %s must not be before begin %s", end, begin);
    checkArgument(text.length() == end - begin, "text length %s does not match span [%s, %s)",
        text.length(), begin, end);
  }

  /** The span {@code [begin, end)} of {@code input}. */
  public static Span of(String input, int begin, int end) {
    return new Span(begin, end, input.substring(begin, end));
  }

  /** Number of chars covered. */
  public int length() {
    return end - begin;
  }

  /** Whether this span and {@code other} share at least one char. */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }
}
