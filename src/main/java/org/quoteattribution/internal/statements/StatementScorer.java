package org.quoteattribution.internal.statements;

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
}
