package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Gives each statement candidate the probability, under a trained {@link StatementModel}, that it
 * is a statement the article makes: a confidence {@code c} is right about {@code c} of the time.
 * Immutable and thread-safe.
 */
public final class StatementScorer {

  private final StatementFeatures features;
  private final StatementModel model;

  public StatementScorer(StatementFeatures features, StatementModel model) {
    this.features = features;
    this.model = model;
  }

  /**
   * The candidates the model keeps, with their probability as confidence: see {@link #select}.
   */
  public List<Found> score(Doc doc, List<Found> candidates) {
    double[] raw = new double[candidates.size()];
    List<List<String>> evidence = features.of(doc, candidates);
    for (int i = 0; i < raw.length; i++) {
      raw[i] = model.score(evidence.get(i));
    }
    List<Found> out = new ArrayList<>();
    for (int i : select(candidates, raw, model)) {
      out.add(candidates.get(i).withConfidence(model.probability(raw[i], candidates.get(i))));
    }
    return out;
  }

  /**
   * Indexes, in order, of the candidates kept: those whose {@link StatementModel#keepProbability}
   * reaches the model's floor for them, less any candidate of {@link OpenCueStatements} whose
   * content overlaps that of a kept candidate more probable than it.
   */
  static List<Integer> select(List<Found> candidates, double[] raw, StatementModel model) {
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(raw[y], raw[x]));
    java.util.BitSet taken = new java.util.BitSet();
    java.util.TreeSet<Integer> kept = new java.util.TreeSet<>();
    for (int i : order) {
      Found f = candidates.get(i);
      if (model.keepProbability(raw[i]) < model.floor(f)) {
        continue;
      }
      boolean open = f.confidence() == OpenCueStatements.UNSCORED;
      int next = taken.nextSetBit(f.content().begin());
      if (!open || next < 0 || next >= f.content().end()) {
        kept.add(i);
        taken.set(f.content().begin(), f.content().end());
      }
    }
    return List.copyOf(kept);
  }
}
