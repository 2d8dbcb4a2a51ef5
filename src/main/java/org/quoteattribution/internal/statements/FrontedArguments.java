package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * Widens a content that follows its cue back to the cue's logical object when that stands before
 * the cue: the subject of a passive cue ({@code [The mayor] was accused [of hiding losses]},
 * {@code [Rain] is expected [to fall]}) or a fronted relative pronoun ({@code [what] she called
 * [a disgrace]}, {@code [which] he described [as fair]}). The content is then discontinuous: it
 * covers both parts, and {@link ContentSpans} gives them one by one, without the cue and source
 * between them. PolNeAR train annotates these so: it includes a passive cue's subject when the
 * content is an infinitive (74 of 91) or a prepositional phrase (79 of 125), and a fronted
 * relative pronoun (object 81 of 100, passive subject 45 of 54); it leaves the subject out before
 * a clause ({@code It was reported that …}: 2 of 27 in), which this stage does too.
 */
public final class FrontedArguments {

  private FrontedArguments() {}

  /** The candidates in the same order, each widened to its fronted argument where it has one. */
  public static List<Candidate> widen(Doc doc, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(widen(doc, c));
    }
    return out;
  }

  private static Candidate widen(Doc doc, Candidate c) {
    if (c.type() == StatementType.DIRECT || c.cue().isEmpty() || doc.tokens().isEmpty()) {
      return c;
    }
    int v = doc.tokenAtOrAfter(c.cue().get().span().begin());
    int first = doc.tokenAtOrAfter(c.content().begin());
    if (v >= doc.tokens().size() || first >= doc.tokens().size() || first <= v || !doc.token(v).isVerb()
        || !isComplement(doc, v, first)) {
      return c;
    }
    for (int a : doc.children(v)) {
      Token t = doc.token(a);
      if (a < v && (t.relIs(Rel.NSUBJ_PASS) || isRelativePronoun(t) && t.baseRelIs(Rel.OBJ, Rel.OBL))) {
        TokenRange r = TokenRanges.trim(doc, doc.subtree(a));
        if (r.isEmpty() || c.source().filter(s -> s.end() > doc.token(r.first()).begin()
            && s.begin() < doc.token(r.last()).end()).isPresent()) {
          return c; // the source is no content
        }
        return c.withContent(c.type(), Span.of(doc.text(), doc.token(r.first()).begin(), c.content().end()));
      }
    }
    return c;
  }

  /**
   * Whether the content starting at token {@code first} is a complement of the cue {@code v}
   * other than a clause: an infinitive, an object, or a phrase or clause marked by a preposition
   * ({@link ObjectComplements}: {@code as}, {@code for}, {@code of}, …).
   */
  private static boolean isComplement(Doc doc, int v, int first) {
    int k = first;
    while (k >= 0 && doc.token(k).head() != v) {
      k = doc.token(k).head();
    }
    return k >= 0 && (doc.token(k).baseRelIs(Rel.XCOMP, Rel.OBJ) || ObjectComplements.isComplement(doc, doc.token(k)));
  }

  private static boolean isRelativePronoun(Token t) {
    return t.is(Pos.WDT) || t.is(Pos.WP);
  }
}
