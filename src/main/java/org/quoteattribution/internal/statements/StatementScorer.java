package org.quoteattribution.internal.statements;

import java.util.List;
import java.util.OptionalDouble;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Turns a candidate's {@link Evidence} into the confidence the library reports: the one place
 * where that happens. {@link RuleScorer} is the hand-set rule; a trained scorer goes behind the
 * same interface. Implementations are immutable and safe to share between threads.
 */
public interface StatementScorer {

  /**
   * The confidence, in [0, 1], that {@code candidate} is a statement of its source.
   *
   * @param candidate the candidate, with its evidence
   * @param doc       the annotated article it was found in, for scorers that read context
   */
  double score(Candidate candidate, Doc doc);

  /**
   * The confidences of all the candidates of an article, in their order; empty for a candidate the
   * scorer rejects, which is then no statement at all. The default scores each candidate on its
   * own and rejects none; a scorer that reads the candidates together (one inside another's
   * content, overlapping ones) overrides it.
   */
  default List<OptionalDouble> scoreAll(List<Candidate> candidates, Doc doc) {
    return candidates.stream().map(c -> OptionalDouble.of(score(c, doc))).toList();
  }
}
