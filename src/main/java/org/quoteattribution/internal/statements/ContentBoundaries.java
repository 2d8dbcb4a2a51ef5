package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.text.Quote;

/**
 * Moves the edges of each statement's content to where the {@link BoundaryModel} expects them:
 * {@code She said [the plan failed], which surprised no one} keeps the relative clause out, and
 * {@code He argued that [the rules], written in 1990, [were outdated]} takes the clause whole,
 * as far as the model learnt such cases from PolNeAR train. The edges it may choose are
 * {@link BoundaryFeatures}' options; a content that gains its first or loses its last quoted (or
 * unquoted) words is typed again (direct: nothing but quoted words; mixed: some; indirect: none).
 * Applied to every candidate before the scorer, which was trained on the refined candidates.
 * Immutable and thread-safe.
 */
public final class ContentBoundaries {

  private final BoundaryModel model;

  public ContentBoundaries(BoundaryModel model) {
    this.model = model;
  }

  /** The candidates in the same order, each with the content the model chose. */
  public List<Candidate> refine(Doc doc, List<Quote> quotes, List<Candidate> candidates) {
    QuoteIndex index = new QuoteIndex(
        quotes.stream().filter(q -> q.depth() == 0 && q.contentEnd() > q.contentBegin()).toList());
    BoundaryFeatures.Cues cues = BoundaryFeatures.cues(doc, candidates);
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(refine(doc, index, cues, c));
    }
    return out;
  }

  private Candidate refine(Doc doc, QuoteIndex quotes, BoundaryFeatures.Cues cues, Candidate c) {
    if (!refines(c)) {
      return c;
    }
    List<BoundaryFeatures.Option> starts = BoundaryFeatures.starts(doc, c, cues);
    List<BoundaryFeatures.Option> ends = BoundaryFeatures.ends(doc, c, cues);
    if (starts.isEmpty() || ends.isEmpty()) {
      return c;
    }
    int start = model.choose(starts, true);
    int end = model.choose(ends, false);
    if (start == 0 && end == 0) {
      return c;
    }
    int begin = start == 0 ? c.content().begin() : doc.token(starts.get(start).token()).begin();
    int finish = end == 0 ? c.content().end() : closed(quotes, begin, doc.token(ends.get(end).token()).end());
    if (begin >= finish) {
      return c;
    }
    Span content = Span.of(doc.text(), begin, finish);
    return c.withContent(type(doc.text(), c, content, quotes), content);
  }

  /**
   * An end that stops where a quote opened inside the content stops takes its closing mark:
   * {@code «the reform was “long overdue”»}.
   */
  private static int closed(QuoteIndex quotes, int begin, int end) {
    return quotes.holding(end - 1, end).filter(q -> q.contentEnd() == end && q.begin() >= begin)
        .map(Quote::end).orElse(end);
  }

  /**
   * Whether the model moves a candidate's edges: not a direct quote's, which are its quote marks,
   * nor a transcript line's ({@code MORALES: We will see about that.}), which is all of its
   * paragraph after the speaker's name.
   */
  static boolean refines(Candidate c) {
    return c.type() != StatementType.DIRECT && c.evidence().finder() != Evidence.Finder.COLON;
  }

  /**
   * The candidate's type, unless the new content gains or loses all its quoted or all its
   * unquoted words: then direct when every letter or digit is quoted, mixed when some are, else
   * indirect. ({@code “A,” he said. “B.”} stays direct: its content had words outside the quotes
   * before.)
   */
  static StatementType type(String text, Candidate c, Span content, QuoteIndex quotes) {
    boolean[] before = quoting(text, c.content(), quotes);
    boolean[] after = quoting(text, content, quotes);
    if (Arrays.equals(before, after)) {
      return c.type();
    }
    return !after[0] ? StatementType.INDIRECT : after[1] ? StatementType.MIXED : StatementType.DIRECT;
  }

  /** Whether some letter or digit of the span is quoted, and whether some is not. */
  private static boolean[] quoting(String text, Span span, QuoteIndex quotes) {
    boolean[] out = new boolean[2];
    for (int k = span.begin(); k < span.end() && !(out[0] && out[1]); k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        out[quotes.quoted(k) ? 0 : 1] = true;
      }
    }
    return out;
  }
}
