package org.quoteattribution.internal;

import java.util.List;

/**
 * Gives each statement candidate the probability, under a trained {@link StatementModel}, that it
 * is a statement the article makes: a confidence {@code c} is right about {@code c} of the time.
 * Immutable and thread-safe.
 */
final class StatementScorer {

  private final StatementFeatures features;
  private final StatementModel model;

  StatementScorer(StatementFeatures features, StatementModel model) {
    this.features = features;
    this.model = model;
  }

  List<Found> score(Doc doc, List<Found> candidates) {
    return candidates.stream().map(f -> f.withConfidence(model.probability(features.of(doc, f)))).toList();
  }
}
