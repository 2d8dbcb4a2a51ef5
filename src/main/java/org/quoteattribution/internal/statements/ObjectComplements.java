package org.quoteattribution.internal.statements;

import java.util.Set;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;

/**
 * Where a content that is a cue's object ends when a complement of the cue follows the object:
 * {@code described [the plan as a failure]}, {@code praised [the mayor for acting quickly]},
 * {@code accused [the firm of hiding losses]}, {@code urged [voters to stay home]}. The object
 * and its complement are one content, as PolNeAR annotates them: on its train split, of the
 * contents that start at a cue's object, most run on over a following {@code as}-phrase (155 of
 * 170), infinitive (264 of 316), {@code for} (71 of 89, with {@code for}-clauses 32 of 37),
 * {@code of} (29 of 32; clauses 23 of 24), {@code to} (74 of 89), {@code with} (36 of 48),
 * {@code from} (18 of 25), {@code over} (15 of 16) or {@code against} (8 of 9) phrase, whereas
 * phrases of time and circumstance ({@code during}, {@code before}, {@code while}) stay out.
 */
final class ObjectComplements {

  /** The prepositions that mark a complement of the object rather than a circumstance. */
  private static final Set<String> PREPOSITIONS = Set.of("as", "for", "of", "to", "with", "from", "over",
      "against");

  private ObjectComplements() {}

  /**
   * The last token of the object's content: the end of the first complement of {@code verb} after
   * the object's subtree (which ends at {@code last}), or {@code last} if there is none.
   */
  static int end(Doc doc, Token verb, int last) {
    for (int c : doc.children(verb.index())) {
      if (c <= last) {
        continue;
      }
      Token child = doc.token(c);
      if (isComplement(doc, child)) {
        return doc.subtree(c).last();
      }
      if (child.baseRelIs(Rel.CCOMP, Rel.PARATAXIS, Rel.CONJ, Rel.OBJ) || child.baseRelIs(Rel.PUNCT)
          && !child.word().equals(",")) {
        break; // another clause, another object, or the end of the sentence
      }
    }
    return last;
  }

  /**
   * Whether {@code t} is a complement of its head: an infinitive ({@code xcomp}), or a phrase or
   * clause marked by one of the complement prepositions.
   */
  static boolean isComplement(Doc doc, Token t) {
    if (t.baseRelIs(Rel.XCOMP)) {
      return true;
    }
    if (!t.baseRelIs(Rel.OBL, Rel.ADVCL) || t.rel().equals("obl:tmod")) {
      return false;
    }
    for (int c : doc.children(t.index())) {
      Token m = doc.token(c);
      if (c < t.index() && m.baseRelIs(Rel.CASE, Rel.MARK)) {
        return PREPOSITIONS.contains(m.lemma());
      }
    }
    return false;
  }
}
