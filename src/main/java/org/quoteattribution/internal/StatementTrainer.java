package org.quoteattribution.internal;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteattribution.Span;

/**
 * Trains a {@link StatementModel}: L2-regularised logistic regression (CoreNLP's
 * {@link LinearClassifierFactory}, quasi-Newton, deterministic for the same examples in the same
 * order) on candidates labelled right or wrong against gold content spans with the evaluation's
 * own matching ({@link #label}).
 */
final class StatementTrainer {

  /** One candidate: its features and whether it matches a gold statement. */
  record Example(List<String> features, boolean right) {}

  private static final String RIGHT = "right";
  private static final String WRONG = "wrong";
  /** Weights smaller than this are left out of the model file. */
  private static final double SMALLEST = 1e-4;

  private StatementTrainer() {}

  static StatementModel train(List<Example> examples, double sigma, List<String> header) {
    Dataset<String, String> data = new Dataset<>();
    for (Example e : examples) {
      List<String> features = new ArrayList<>(e.features());
      features.add(StatementModel.BIAS);
      data.add(new BasicDatum<>(features, e.right() ? RIGHT : WRONG));
    }
    if (data.labelIndex().size() < 2) {
      throw new IllegalArgumentException("training needs right and wrong examples");
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.useQuasiNewton();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(data);
    Map<String, Double> weights = new HashMap<>();
    for (String f : data.featureIndex()) {
      double w = classifier.weight(f, RIGHT) - classifier.weight(f, WRONG);
      if (Math.abs(w) >= SMALLEST || f.equals(StatementModel.BIAS)) {
        weights.put(f, w);
      }
    }
    return new StatementModel(weights, header);
  }

  /**
   * Which predicted contents match a gold content, as the evaluation ({@code score.py}) matches
   * them: both trimmed of white space, quote marks, trailing punctuation and a leading
   * {@code that}; pairs whose overlap is at least half the shorter span, taken greedily by overlap
   * size, one to one.
   */
  static boolean[] label(String text, List<Span> predicted, List<int[]> gold) {
    List<int[]> p = predicted.stream().map(s -> trim(text, s.begin(), s.end())).toList();
    List<int[]> g = gold.stream().map(s -> trim(text, s[0], s[1])).toList();
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < g.size(); gi++) {
      for (int pi = 0; pi < p.size(); pi++) {
        int[] a = g.get(gi);
        int[] b = p.get(pi);
        int overlap = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        int shorter = Math.min(a[1] - a[0], b[1] - b[0]);
        if (overlap > 0 && shorter > 0 && overlap * 2 >= shorter) {
          pairs.add(new int[] {overlap, gi, pi});
        }
      }
    }
    pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0])
        : x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(y[2], x[2]));
    boolean[] usedGold = new boolean[g.size()];
    boolean[] right = new boolean[p.size()];
    for (int[] pair : pairs) {
      if (!usedGold[pair[1]] && !right[pair[2]]) {
        usedGold[pair[1]] = true;
        right[pair[2]] = true;
      }
    }
    return right;
  }

  private static final String QUOTES = "\"'“”‘’«»„‟‹›`";
  private static final String TRAIL = ".,;:!?";

  static int[] trim(String text, int begin, int end) {
    while (begin < end && (space(text.charAt(begin)) || QUOTES.indexOf(text.charAt(begin)) >= 0)) {
      begin++;
    }
    int after = begin + 4;
    if (after < end && text.regionMatches(true, begin, "that", 0, 4) && space(text.charAt(after))) {
      begin = after;
      while (begin < end && (space(text.charAt(begin)) || QUOTES.indexOf(text.charAt(begin)) >= 0)) {
        begin++;
      }
    }
    while (begin < end && (space(text.charAt(end - 1)) || QUOTES.indexOf(text.charAt(end - 1)) >= 0
        || TRAIL.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return new int[] {begin, end};
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
