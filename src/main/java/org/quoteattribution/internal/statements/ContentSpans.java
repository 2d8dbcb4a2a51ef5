package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;

/**
 * The fragments of a statement's content, as PolNeAR's {@code content_spans}: when the cue and
 * source stand inside the content ({@code “We were better,” Alves said. “Then we stopped.”}), the
 * content before them and the content after them, each without the quote marks, punctuation and
 * white space at the cut; otherwise the content alone.
 */
public final class ContentSpans {

  private static final String AT_CUT = "\"“”‘’«»„,.;:—–- \t\n\r\u00a0";

  private ContentSpans() {}

  public static List<Span> of(String text, Span content, Optional<Cue> cue, Optional<Span> source) {
    int begin = Integer.MAX_VALUE;
    int end = -1;
    for (Optional<Span> part : List.of(cue.map(Cue::span), source)) {
      if (part.isPresent() && content.begin() < part.get().begin() && part.get().end() < content.end()) {
        begin = Math.min(begin, part.get().begin());
        end = Math.max(end, part.get().end());
      }
    }
    if (end < 0) {
      return List.of(content);
    }
    List<Span> out = new ArrayList<>();
    int last = begin;
    while (last > content.begin() && AT_CUT.indexOf(text.charAt(last - 1)) >= 0) {
      last--;
    }
    if (last > content.begin()) {
      int keep = last;
      while (keep < begin && ",.;:".indexOf(text.charAt(keep)) >= 0) {
        keep++; // the comma that ends the first fragment stays: "We were better,"
      }
      out.add(Span.of(text, content.begin(), keep));
    }
    int first = end;
    while (first < content.end() && AT_CUT.indexOf(text.charAt(first)) >= 0) {
      first++;
    }
    if (first < content.end()) {
      out.add(Span.of(text, first, content.end()));
    }
    return out.isEmpty() ? List.of(content) : out;
  }
}
