package org.quoteattribution;

import java.util.List;
import java.util.TreeMap;

/**
 * Renders a statement inline, so that a test case reads like the text: the content in
 * {@code «…»}, the source in {@code […]}, the cue in {@code <…>}.
 * <pre>"«Prices will rise,» [she] <said>."</pre>
 */
final class Render {

  private Render() {}

  static String statement(String text, Statement s) {
    TreeMap<Integer, String> opens = new TreeMap<>();
    TreeMap<Integer, String> closes = new TreeMap<>();
    mark(opens, closes, s.content(), "«", "»");
    s.source().ifPresent(src -> mark(opens, closes, src, "[", "]"));
    s.cue().ifPresent(c -> mark(opens, closes, c.span(), "<", ">"));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      if (closes.containsKey(i)) {
        out.append(closes.get(i));
      }
      if (opens.containsKey(i)) {
        out.append(opens.get(i));
      }
      if (i < text.length()) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  static List<String> statements(Attribution a) {
    return a.statements().stream().map(s -> statement(a.text(), s)).toList();
  }

  private static void mark(TreeMap<Integer, String> opens, TreeMap<Integer, String> closes, Span span,
      String open, String close) {
    opens.merge(span.begin(), open, String::concat);
    closes.merge(span.end(), close, (a, b) -> b + a);
  }
}
