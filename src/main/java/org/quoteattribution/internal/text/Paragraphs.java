package org.quoteattribution.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;

/**
 * Splits an article into paragraphs, the one definition every stage uses. Paragraphs are runs of
 * non-blank lines separated by blank lines; a text with no blank line between two non-blank lines
 * puts one paragraph on each line. Lines end at {@code \n}, {@code \r\n}, {@code \r},
 * U+2028 and U+2029; a line of white space (no-break spaces included) is blank. Spans are trimmed of
 * surrounding white space. One linear pass.
 */
public final class Paragraphs {

  private Paragraphs() {}

  public static List<Span> split(String text) {
    List<int[]> lines = new ArrayList<>(); // {begin, end, 1 if a blank line comes before}
    boolean blankBefore = false;
    boolean blankSeparated = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      int b = i;
      while (i < n && !isLineBreak(text.charAt(i))) {
        i++;
      }
      int e = i;
      while (e > b && isBlank(text.charAt(e - 1))) {
        e--;
      }
      while (b < e && isBlank(text.charAt(b))) {
        b++;
      }
      if (b < e) {
        blankSeparated |= blankBefore && !lines.isEmpty();
        lines.add(new int[] {b, e, blankBefore ? 1 : 0});
        blankBefore = false;
      } else {
        blankBefore = true;
      }
      if (i + 1 < n && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
        i++;
      }
    }
    List<Span> paragraphs = new ArrayList<>();
    int begin = -1;
    int end = -1;
    for (int[] line : lines) {
      if (begin >= 0 && (!blankSeparated || line[2] == 1)) {
        paragraphs.add(Span.of(text, begin, end));
        begin = -1;
      }
      if (begin < 0) {
        begin = line[0];
      }
      end = line[1];
    }
    if (begin >= 0) {
      paragraphs.add(Span.of(text, begin, end));
    }
    return paragraphs;
  }

  /** White space, no-break spaces included. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }
}
