package org.quoteattribution.internal.text;

/**
 * The quotation marks the library knows, in one place: {@link QuoteFinder} pairs them in the raw
 * text; the statement stages recognise them as tokens.
 */
public final class QuoteMarks {

  /** Double marks and guillemets: {@code " “ ” „ « » ‹ ›}. */
  static final String DOUBLE = "\"“”„«»‹›";
  /** Single marks, which are also apostrophes: {@code ' ‘ ’ ‚}. */
  static final String SINGLE = "'‘’‚";

  private QuoteMarks() {}

  /** Whether {@code c} is a quotation mark, double or single. */
  public static boolean isQuoteMark(char c) {
    return DOUBLE.indexOf(c) >= 0 || SINGLE.indexOf(c) >= 0;
  }

  /** Marks the finder does not pair but that are quotation marks all the same: {@code ‟ ‛ 「 」 『 』}. */
  static final String UNPAIRED = "‟‛「」『』";

  /**
   * Whether a token's text is a single quotation mark character, one the finder pairs or one of
   * {@link #UNPAIRED}: trimming a source or content keeps it.
   */
  public static boolean isQuoteMark(String word) {
    return word.length() == 1 && (isQuoteMark(word.charAt(0)) || UNPAIRED.indexOf(word.charAt(0)) >= 0);
  }

  /** Whether {@code c} is a double mark or a guillemet. */
  static boolean isDouble(char c) {
    return DOUBLE.indexOf(c) >= 0;
  }
}
