package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * The fragments of a statement's content, as PolNeAR's {@code content_spans}: when the cue and
 * source stand inside the content ({@code “We were better,” Alves said. “Then we stopped.”}), the
 * content before them and the content after them, each without the quote marks, punctuation and
 * white space at the cut; otherwise the content alone.
 */
public final class ContentSpans {

  private static final String AT_CUT = "\"“”‘’«»„,.;:—–- \t\n\r\u00a0";

  private ContentSpans() {}

  /**
   * As {@link #of(String, Span, Optional, Optional)}, with the cue's auxiliaries and adverbs before
   * it counted as cue ({@code [The mayor] was accused of [hiding losses]}, not {@code The mayor was}),
   * and the preposition of a phrasal cue after it ({@code accused of}); where the cue's whole clause
   * stands inside the content, that clause ({@code [The plan], she said on Monday, [will fail]}).
   */
  public static List<Span> of(Doc doc, Span content, Optional<Cue> cue, Optional<Span> source) {
    return of(doc.text(), content, cue.map(c -> widened(doc, content, c)), source);
  }

  private static Cue widened(Doc doc, Span content, Cue cue) {
    int v = doc.tokenAtOrAfter(cue.span().begin());
    if (v >= doc.tokens().size()) {
      return cue;
    }
    TokenRange clause = TokenRanges.trim(doc, doc.subtree(v));
    Span attribution = doc.span(clause.isEmpty() ? new TokenRange(v, v) : clause);
    if (content.begin() < attribution.begin() && attribution.end() < content.end()) {
      // the attribution's own words are no content: "[The plan], she said on Monday, [will fail]"
      return new Cue(attribution, cue.lemma());
    }
    int first = v;
    while (first > 0 && doc.token(first - 1).head() == v && doc.token(first - 1).baseRelIs(Rel.AUX, Rel.ADVMOD)) {
      first--;
    }
    int last = doc.tokenAtOrAfter(cue.span().end() - 1);
    String[] words = cue.lemma().split(" ");
    if (words.length > 1 && last + 1 < doc.tokens().size() && doc.token(last + 1).lemma().equals(words[words.length - 1])
        && doc.token(last + 1).begin() >= cue.span().end()) {
      last++;
    }
    return new Cue(doc.span(first, Math.max(first, last)), cue.lemma());
  }

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
