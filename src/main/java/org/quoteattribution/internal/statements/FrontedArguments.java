package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
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
 * a clause ({@code It was reported that …}: 2 of 27 in), which this stage does too. The subject of
 * a raising verb ({@code [The plan] seems [to work]}, word list {@code raising-verbs}) is taken
 * the same way. Immutable and thread-safe.
 */
public final class FrontedArguments {

  private final Set<String> raisingVerbs;

  public FrontedArguments(WordLists words) {
    this.raisingVerbs = words.set("raising-verbs");
  }

  /** The candidates in the same order, each widened to its fronted argument where it has one. */
  public List<Candidate> widen(Doc doc, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(widen(doc, c));
    }
    return out;
  }

  private Candidate widen(Doc doc, Candidate c) {
    if (c.type() == StatementType.DIRECT || c.cue().isEmpty() || doc.tokens().isEmpty()) {
      return c;
    }
    int v = doc.tokenAtOrAfter(c.cue().get().span().begin());
    int first = doc.tokenAtOrAfter(c.content().begin());
    if (first < v && v < doc.tokens().size() && doc.token(first).isWhWord()
        && doc.tokenAtOrAfter(c.content().end()) == first + 1) {
      return runOn(doc, c, first);
    }
    if (v >= doc.tokens().size() || first >= doc.tokens().size() || first <= v || !doc.token(v).isVerb()
        || !isComplement(doc, v, first)) {
      return c;
    }
    Token verb = doc.token(v);
    boolean passive = doc.child(v, Rel.AUX_PASS).isPresent();
    boolean raising = raisingVerbs.contains(verb.lemma()) && doc.child(v, Rel.XCOMP).isPresent();
    for (int a : doc.children(v)) {
      Token t = doc.token(a);
      if (a < v && (t.relIs(Rel.NSUBJ_PASS) || (passive || raising) && t.baseRelIs(Rel.NSUBJ)
          || t.isWhWord() && t.baseRelIs(Rel.OBJ, Rel.OBL))) {
        TokenRange r = TokenRanges.trim(doc, doc.subtree(a));
        if (r.isEmpty()) {
          return c;
        }
        Span content = Span.of(doc.text(), doc.token(r.first()).begin(), c.content().end());
        if (c.source().filter(s -> s.end() > content.begin() && s.begin() < doc.token(r.last()).end()).isEmpty()) {
          return c.withContent(c.type(), content);
        }
        // the subject a finder took for the source: "[Critics] were accused of …" names no accuser
        return new Candidate(c.type(), content, c.cue(), Optional.empty(), -1, c.evidence());
      }
    }
    return c;
  }

  /**
   * A content that is nothing but a fronted wh-word ({@code [which] officials said will take
   * effect}, {@code [what] he called a disgrace}), which the parser left without the clause it
   * belongs to, runs on from the wh-word to the next comma, semicolon, dash, colon, bracket or the
   * end of its sentence. On PolNeAR train such lone wh-word contents are never a gold content as
   * they stand, and 29 of 127 are one when run on so (which 15 of 47, what 11 of 62).
   */
  private static Candidate runOn(Doc doc, Candidate c, int first) {
    int sentenceEnd = doc.sentences().get(doc.token(first).sentence()).endToken();
    int last = first;
    while (last + 1 < sentenceEnd && !STOPS.contains(doc.token(last + 1).word())) {
      last++;
    }
    TokenRange r = TokenRanges.trim(doc, first, last);
    if (r.isEmpty() || r.last() == first) {
      return c;
    }
    return c.withContent(c.type(), Span.of(doc.text(), doc.token(r.first()).begin(), doc.token(r.last()).end()));
  }

  /** Where a lone wh-word's content stops. */
  private static final Set<String> STOPS = Set.of(",", ";", "—", "–", "--", ".", ":", "(", ")", "-LRB-", "-RRB-");

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
}
