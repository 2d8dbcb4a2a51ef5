package org.quoteattribution.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteattribution.Span;

/**
 * Splits an article into paragraphs. Paragraphs are separated by blank lines; a text that has no
 * blank line at all but several lines is taken to put one paragraph on each line. Spans are
 * trimmed of surrounding white space; empty paragraphs are dropped.
 */
public final class Paragraphs {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n\\s*");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n\\s*");

  private Paragraphs() {}

  public static List<Span> split(String text) {
    Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = separator.matcher(text);
    int start = 0;
    while (m.find()) {
      add(text, start, m.start(), paragraphs);
      start = m.end();
    }
    add(text, start, text.length(), paragraphs);
    return paragraphs;
  }

  /** White space, no-break spaces included. */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static void add(String text, int begin, int end, List<Span> out) {
    while (begin < end && isBlank(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (begin < end) {
      out.add(Span.of(text, begin, end));
    }
  }
}
