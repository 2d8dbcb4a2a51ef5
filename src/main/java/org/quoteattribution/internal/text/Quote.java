package org.quoteattribution.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A quotation in raw text, as found by {@link QuoteFinder}.
 *
 * <p>Offsets are UTF-16 {@code char} offsets into the text, begin inclusive, end exclusive.
 *
 * @param begin        offset of the opening mark
 * @param end          offset after the closing mark; for a quote that is never closed, the end of
 *                     the text it was recovered to (trailing whitespace excluded)
 * @param contentBegin start of the quoted text, without the mark and without leading whitespace
 * @param contentEnd   end of the quoted text, without the mark and without trailing whitespace
 * @param closed       {@code false} when the closing mark was missing
 * @param depth        0 for a top-level quote, 1 for a quote inside a quote, and so on
 */
public record Quote(int begin, int end, int contentBegin, int contentEnd, boolean closed,
    int depth) {

  public Quote {
    checkArgument(0 <= begin && begin <= contentBegin && contentBegin <= contentEnd
            && contentEnd <= end,
        "offsets must satisfy 0 <= begin <= contentBegin <= contentEnd <= end: %s, %s, %s, %s",
        begin, contentBegin, contentEnd, end);
    checkArgument(depth >= 0, "depth must not be negative: %s", depth);
  }
}
