package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Span;
import org.quoteattribution.internal.text.Quote;

/**
 * The top-level quotes of an article, sorted and disjoint, with look-ups by offset in logarithmic
 * time, so that {@link QuoteStatements} never scans every quote for every token or statement (work
 * that grew with the square of the article).
 */
final class QuoteIndex {

  private final List<Quote> quotes;
  private final Set<Integer> begins = new HashSet<>();

  /** @param quotes top-level quotes, which never overlap one another */
  QuoteIndex(List<Quote> quotes) {
    List<Quote> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparingInt(Quote::begin));
    this.quotes = List.copyOf(sorted);
    quotes.forEach(q -> begins.add(q.begin()));
  }

  List<Quote> quotes() {
    return quotes;
  }

  /** Whether a quote opens at {@code offset}. */
  boolean startsAt(int offset) {
    return begins.contains(offset);
  }

  /** The quote whose content holds {@code span} whole. */
  Optional<Quote> contentHolding(Span span) {
    int k = lastBeginningAtOrBefore(span.begin());
    if (k >= 0) {
      Quote q = quotes.get(k);
      if (q.contentBegin() <= span.begin() && span.end() <= q.contentEnd()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** The quote, marks included, that holds {@code [begin, end)} whole. */
  Optional<Quote> holding(int begin, int end) {
    int k = lastBeginningAtOrBefore(begin);
    return k >= 0 && end <= quotes.get(k).end() ? Optional.of(quotes.get(k)) : Optional.empty();
  }

  /** Whether {@code offset} lies inside a quote, marks included. */
  boolean quoted(int offset) {
    return holding(offset, offset + 1).isPresent();
  }

  /** A range of chars, {@code [begin, end)}. */
  record Chars(int begin, int end) {}

  /**
   * {@code [begin, end)} widened by every quote whose content overlaps it, in text order, each
   * widening counting for the quotes after it.
   */
  Chars widen(int begin, int end) {
    int k = Math.max(0, lastBeginningAtOrBefore(begin));
    for (; k < quotes.size() && quotes.get(k).contentBegin() < end; k++) {
      Quote other = quotes.get(k);
      if (other.contentBegin() < end && begin < other.contentEnd()) {
        begin = Math.min(begin, other.contentBegin());
        end = Math.max(end, other.contentEnd());
      }
    }
    return new Chars(begin, end);
  }

  /** Index of the last quote that begins at or before {@code offset}, or -1. */
  private int lastBeginningAtOrBefore(int offset) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).begin() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
