package org.quoteattribution.internal.statements;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;

/**
 * The trained scorer: each candidate's probability, under the {@link StatementModel} trained on
 * PolNeAR train, that it is a statement of the article, read from its evidence and that of the
 * candidates around it ({@link StatementFeatures}); a confidence {@code c} is right about
 * {@code c} of the time. Rejects the candidates the model finds unlikely ({@link #select}).
 * Immutable and thread-safe.
 */
public final class TrainedScorer implements StatementScorer {

  private final StatementFeatures features;
  private final StatementModel model;

  public TrainedScorer(StatementFeatures features, StatementModel model) {
    this.features = features;
    this.model = model;
  }

  /** The shipped model over the given lexicon's cues and the detector's cue probabilities. */
  public static TrainedScorer load(CueLexicon lexicon, CueDetector cues) {
    return new TrainedScorer(new StatementFeatures(lexicon, cues), StatementModel.load());
  }

  /** The probability of one candidate on its own, without the evidence of others or the floors. */
  @Override
  public double score(Candidate candidate, Doc doc) {
    return model.probability(model.score(features.of(doc, candidate)), candidate);
  }

  @Override
  public List<OptionalDouble> scoreAll(List<Candidate> candidates, Doc doc) {
    double[] raw = new double[candidates.size()];
    double[] exact = new double[raw.length];
    List<List<String>> evidence = features.of(doc, candidates);
    for (int i = 0; i < raw.length; i++) {
      raw[i] = model.score(evidence.get(i));
      exact[i] = model.exactScore(evidence.get(i));
    }
    OptionalDouble[] out = new OptionalDouble[raw.length];
    Arrays.fill(out, OptionalDouble.empty());
    for (int i : select(candidates, raw, exact, model)) {
      out[i] = OptionalDouble.of(model.probability(raw[i], candidates.get(i)));
    }
    return List.of(out);
  }

  /**
   * Indexes, in order, of the candidates kept: those whose {@link StatementModel#keepProbability}
   * reaches the model's floor for them and, where there is such a floor, whose mean of that
   * probability and the {@link StatementModel#exactProbability} reaches the exact floor (a
   * candidate likely right but with the wrong edges is not worth keeping, nor one likely wrong);
   * less any candidate of {@link OpenCueStatements} whose content overlaps that of a kept
   * candidate more probable than it, and any candidate whose content has the same words
   * ({@link #core}) as a kept candidate more probable than it (two cues of one clause, {@code
   * called the deal “a step forward”, applauding …}: on PolNeAR train, 45 such second copies were
   * kept, and no gold content comes twice among them).
   *
   * @param raw   the linear scores of the candidates ({@link StatementModel#score})
   * @param exact their exact models' scores ({@link StatementModel#exactScore})
   */
  static List<Integer> select(List<Candidate> candidates, double[] raw, double[] exact, StatementModel model) {
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(raw[y], raw[x]));
    BitSet taken = new BitSet();
    TreeSet<Integer> kept = new TreeSet<>();
    Set<Long> contents = new HashSet<>();
    for (int i : order) {
      Candidate f = candidates.get(i);
      double floor = model.floor(f);
      double keep = model.keepProbability(raw[i]);
      if (keep < floor
          || floor > 0 && (keep + model.exactProbability(exact[i])) / 2 < model.weight(StatementModel.EXACT_FLOOR)) {
        continue;
      }
      boolean open = f.evidence().finder() == Evidence.Finder.OPEN_CUE;
      int next = taken.nextSetBit(f.content().begin());
      if ((!open || next < 0 || next >= f.content().end()) && contents.add(core(f.content()))) {
        kept.add(i);
        taken.set(f.content().begin(), f.content().end());
      }
    }
    return List.copyOf(kept);
  }

  /**
   * A content's words as a key, {@code begin << 32 | end}: without the white space, quote marks
   * and closing punctuation around them ({@link StatementTrainer#trimMarks}), so that {@code “We
   * will appeal,”} and {@code We will appeal} are the same content.
   */
  static long core(Span content) {
    int[] words = StatementTrainer.trimMarks(content.text(), 0, content.text().length());
    return StatementTrainer.key(new int[] {content.begin() + words[0], content.begin() + words[1]});
  }
}
