package org.quoteattribution.internal.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.quoteattribution.Span;

/**
 * Finds quotations in raw text by their quotation marks alone, in one linear pass.
 *
 * <p><b>Paragraphs.</b> Quotes are paired inside a paragraph, as {@link Paragraphs} splits them.
 *
 * <p><b>Marks.</b> Openers and the closers they accept: {@code " → " ”}, {@code “ → ” "},
 * {@code „ → “ ”}, {@code « → »}, {@code ‹ → ›}, {@code ‘ → ’ '}, {@code ' → ' ’},
 * {@code ‚ → ‘ ’}, and, where they look like openers (space or opening punctuation before,
 * non-space after), {@code ” → ”}, {@code » → «}, {@code › → ‹}. A closer closes the innermost
 * open quote it fits; quotes opened inside that one are closed with it as unclosed
 * ({@code closed=false}) quotes ending at the closer. A double mark that could both close and
 * open ({@code "}, German {@code “}, {@code « »}) closes when the quote it fits is the innermost
 * one or when it does not look like an opener. A closer that fits no open quote is ignored, and so
 * is a {@code "} that only looks like a closer ({@code 6'2" tall}). Nesting deeper than {@value
 * #MAX_DEPTH} is ignored.
 *
 * <p><b>Single quotes and apostrophes.</b> A single mark between two letters or digits is an
 * apostrophe ({@code don't}, {@code Tehran’s}, {@code O'Brien}). Where it looks like an opener,
 * {@code '} or {@code ‘} opens a quote unless it starts an elision ({@code '90s}, {@code '68},
 * {@code rock 'n' roll}, {@code 'em}, {@code 'til}, {@code 'tis}, {@code 'twas}, {@code 'cause},
 * {@code 'cos}, {@code 'bout}); {@code ’} there is always an elision. With a non-space before and
 * no letter or digit after, {@code '} or {@code ’} closes an open single quote, except after
 * {@code s} and before a space ({@code nations’ ties}, {@code the Joneses' house}): that is a
 * possessive, and closes the quote only when no better closer (one not after {@code s}) follows in
 * the paragraph before the next opening single quote.
 *
 * <p><b>Multi-paragraph quotes.</b> At the end of a paragraph, open quotes nested in another are
 * closed unclosed. An open top-level quote continues into the next paragraph when that paragraph
 * starts with an opener of the same kind (the newspaper convention; the reopening mark stays in the
 * content), or, for quotes other than single quotes, when the first double mark or guillemet in
 * the following paragraphs closes it and comes at the latest {@value #MAX_SILENT_PARAGRAPHS}
 * paragraphs after the next one (the paragraphs in between having no such mark). Otherwise it is
 * closed unclosed at the end of its own paragraph, trailing whitespace excluded, so one bad mark
 * never swallows the rest of the article.
 *
 * <p><b>HTML.</b> Marks inside what looks like a tag ({@code <p class="x">}, at most {@value
 * #MAX_TAG} chars, within a paragraph) are skipped.
 */
public final class QuoteFinder {

  private static final int MAX_DEPTH = 16;
  private static final int MAX_TAG = 512;
  private static final int MAX_SILENT_PARAGRAPHS = 2;
  private static final String[] ELISIONS =
      {"n", "em", "til", "tis", "twas", "cause", "cos", "bout"};

  private final String text;
  private final List<Quote> quotes = new ArrayList<>();
  /** Offsets of the open quotes' opening marks, outermost first. */
  private final int[] open = new int[MAX_DEPTH];
  private int depth;
  /** Memo of {@link #betterCloserAhead}: the answer for any query in (aheadFrom, aheadStop). */
  private int aheadFrom = -1;
  private int aheadStop = -1;
  private boolean aheadResult;

  private QuoteFinder(String text) {
    this.text = text;
  }

  /**
   * All quotes in {@code text}, sorted by begin, outer before inner.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static List<Quote> find(String text) {
    requireNonNull(text, "text must not be null");
    return find(text, Paragraphs.split(text));
  }

  /** All quotes in {@code text}, whose {@link Paragraphs} are {@code paragraphs}. */
  public static List<Quote> find(String text, List<Span> paragraphs) {
    requireNonNull(text, "text must not be null");
    return new QuoteFinder(text).run(paragraphs);
  }

  private List<Quote> run(List<Span> paragraphs) {
    int from = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      int begin = paragraphs.get(p).begin();
      int end = paragraphs.get(p).end();
      scan(from >= 0 ? from : begin, end);
      from = -1;
      while (depth > 1) {
        closeUnclosed(end);
      }
      if (depth == 1) {
        from = continuation(paragraphs, p + 1);
        if (from < 0) {
          closeUnclosed(end);
        }
      }
    }
    quotes.sort(Comparator.comparingInt(Quote::begin));
    return Collections.unmodifiableList(quotes);
  }

  private void scan(int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> i = skipTag(i, end);
        case '"' -> closeOrOpen(i, !looksClosing(i));
        case '“', '«', '‹' -> closeOrOpen(i, true);
        case '”', '»', '›' -> closeOrOpen(i, false);
        case '„' -> push(i);
        case '‚' -> {
          if (!blank(nextCp(i))) {
            push(i);
          }
        }
        case '\'', '‘', '’' -> i = single(i, end);
        default -> { }
      }
    }
  }

  /**
   * Closes the innermost open quote the double mark at {@code i} fits, if it is the innermost of
   * all or the mark does not look like an opener; otherwise opens a quote if {@code opensAnyway}
   * or the mark looks like an opener.
   */
  private void closeOrOpen(int i, boolean opensAnyway) {
    int m = match(text.charAt(i));
    boolean opening = looksOpening(i);
    if (m >= 0 && (m == depth - 1 || !opening)) {
      close(m, i);
    } else if (opensAnyway || opening) {
      push(i);
    }
  }

  /** Handles a single mark at {@code i}; returns the last offset consumed. */
  private int single(int i, int end) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(prevCp(i)) && Character.isLetterOrDigit(nextCp(i))) {
      return i; // don't, Tehran’s
    }
    if (opensSingle(i)) {
      int elision = elisionEnd(i);
      if (elision >= 0) {
        return elision;
      }
      if (c != '’') {
        push(i);
      }
      return i;
    }
    int m = match(c);
    if (m >= 0 && c == '‘') {
      close(m, i); // German ‚…‘
    } else if (m >= 0 && looksClosing(i) && !(possessive(i) && betterCloserAhead(i, end))) {
      close(m, i);
    }
    return i;
  }

  /**
   * Where scanning of paragraph {@code next} starts if the open top-level quote continues into it,
   * or -1 if it does not.
   */
  private int continuation(List<Span> paragraphs, int next) {
    if (next >= paragraphs.size()) {
      return -1;
    }
    char o = text.charAt(open[0]);
    int b = paragraphs.get(next).begin();
    if (kind(text.charAt(b)) != 0 && kind(text.charAt(b)) == kind(o) && reopens(b)) {
      return b + 1;
    }
    if (o == '\'' || o == '‘' || o == '‚') {
      return -1;
    }
    int last = Math.min(paragraphs.size() - 1, next + MAX_SILENT_PARAGRAPHS);
    for (int p = next; p <= last; p++) {
      int end = paragraphs.get(p).end();
      for (int i = paragraphs.get(p).begin(); i < end; i++) {
        char c = text.charAt(i);
        if (c == '<') {
          i = skipTag(i, end);
        } else if (QuoteMarks.isDouble(c)) {
          return accepts(o, c) && !(c == '"' && looksOpening(i)) ? b : -1;
        }
      }
    }
    return -1;
  }

  private boolean reopens(int i) {
    return switch (text.charAt(i)) {
      case '"' -> looksOpening(i);
      case '\'', '‘' -> opensSingle(i) && elisionEnd(i) < 0;
      default -> true;
    };
  }

  /** Opening marks that reopen one another in a continued paragraph share a kind. */
  private static int kind(char c) {
    return switch (c) {
      case '"', '“' -> 1;
      case '„' -> 2;
      case '«' -> 3;
      case '‹' -> 4;
      case '\'', '‘' -> 5;
      case '‚' -> 6;
      case '»' -> 7;
      case '›' -> 8;
      default -> 0;
    };
  }

  private static boolean accepts(char opener, char closer) {
    return switch (opener) {
      case '"', '“' -> closer == '”' || closer == '"';
      case '„' -> closer == '“' || closer == '”';
      case '«' -> closer == '»';
      case '‹' -> closer == '›';
      case '\'', '‘' -> closer == '’' || closer == '\'';
      case '‚' -> closer == '‘' || closer == '’';
      case '”' -> closer == '”';
      case '»' -> closer == '«';
      case '›' -> closer == '‹';
      default -> false;
    };
  }

  /** Index in the stack of the innermost open quote that {@code closer} closes, or -1. */
  private int match(char closer) {
    for (int k = depth - 1; k >= 0; k--) {
      if (accepts(text.charAt(open[k]), closer)) {
        return k;
      }
    }
    return -1;
  }

  private void push(int i) {
    if (depth < MAX_DEPTH) {
      open[depth++] = i;
    }
  }

  private void close(int k, int closer) {
    while (depth - 1 > k) {
      closeUnclosed(closer);
    }
    int begin = open[--depth];
    int contentBegin = skipSpace(begin + 1, closer);
    quotes.add(new Quote(begin, closer + 1, contentBegin, trimEnd(closer, contentBegin), true,
        depth));
  }

  /** Closes the innermost open quote as unclosed, ending at {@code limit} minus whitespace. */
  private void closeUnclosed(int limit) {
    int begin = open[--depth];
    int end = trimEnd(limit, begin + 1);
    quotes.add(new Quote(begin, end, skipSpace(begin + 1, end), end, false, depth));
  }

  /**
   * Whether a closing single mark not after {@code s} follows {@code i} in the paragraph before the
   * next opening single mark. Memoised so that a run of possessives stays linear.
   */
  private boolean betterCloserAhead(int i, int end) {
    if (i > aheadFrom && i < aheadStop) {
      return aheadResult;
    }
    aheadFrom = i;
    for (int j = i + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c != '\'' && c != '‘' && c != '’'
          || Character.isLetterOrDigit(prevCp(j)) && Character.isLetterOrDigit(nextCp(j))) {
        continue;
      }
      if (opensSingle(j)) {
        int elision = elisionEnd(j);
        if (elision < 0 && c != '’') {
          return remember(j, false);
        }
        j = Math.max(j, elision);
      } else if (c != '‘' && looksClosing(j) && !possessive(j)) {
        return remember(j, true);
      }
    }
    return remember(end, false);
  }

  private boolean remember(int stop, boolean result) {
    aheadStop = stop;
    aheadResult = result;
    return result;
  }

  /** Last offset of the elision starting with the single mark at {@code i}, or -1. */
  private int elisionEnd(int i) {
    int j = i + 1;
    if (isDigit(j) && isDigit(j + 1)
        && (!isLetterOrDigit(j + 2) || text.charAt(j + 2) == 's' && !isLetterOrDigit(j + 3))) {
      return i; // '90s, '68
    }
    for (String w : ELISIONS) {
      int k = j + w.length();
      if (text.regionMatches(true, j, w, 0, w.length()) && !isLetterOrDigit(k)) {
        return w.equals("n") && k < text.length() && "'’‘".indexOf(text.charAt(k)) >= 0 ? k : i;
      }
    }
    return -1;
  }

  /** Space or opening punctuation before, non-space after. */
  private boolean looksOpening(int i) {
    int p = prevCp(i);
    return (blank(p) || isOpening(p)) && !blank(nextCp(i));
  }

  /** Non-space before, no letter or digit after. */
  private boolean looksClosing(int i) {
    return !blank(prevCp(i)) && !Character.isLetterOrDigit(nextCp(i));
  }

  /** Looks opening, and the next char is no closing punctuation. */
  private boolean opensSingle(int i) {
    int n = nextCp(i);
    return looksOpening(i) && ".,;:!?'’".indexOf(n) < 0
        && Character.getType(n) != Character.END_PUNCTUATION
        && Character.getType(n) != Character.FINAL_QUOTE_PUNCTUATION;
  }

  private boolean possessive(int i) {
    int p = prevCp(i);
    return (p == 's' || p == 'S') && blank(nextCp(i));
  }

  private static boolean isOpening(int cp) {
    int type = Character.getType(cp);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.DASH_PUNCTUATION || cp == '"' || cp == '\'' || cp == '/';
  }

  /** Skips a tag-like {@code <x ...>} starting at {@code i}; returns its last offset, or i. */
  private int skipTag(int i, int end) {
    if (i + 1 >= end || !(Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/'
        || text.charAt(i + 1) == '!')) {
      return i;
    }
    for (int j = i + 1; j < Math.min(end, i + MAX_TAG); j++) {
      if (text.charAt(j) == '>') {
        return j;
      }
      if (text.charAt(j) == '<') {
        break;
      }
    }
    return i;
  }

  private int skipSpace(int i, int end) {
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int trimEnd(int end, int floor) {
    while (end > floor && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private int prevCp(int i) {
    return i == 0 ? -1 : Character.codePointBefore(text, i);
  }

  private int nextCp(int i) {
    return i + 1 >= text.length() ? -1 : text.codePointAt(i + 1);
  }

  private boolean isDigit(int i) {
    return i < text.length() && Character.isDigit(text.charAt(i));
  }

  private boolean isLetterOrDigit(int i) {
    return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  /** Start or end of text (-1), or whitespace. */
  private static boolean blank(int cp) {
    return cp < 0 || isSpace(cp);
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
