package org.quoteattribution.internal.statements;

import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conditional logit model: of a group of options, the probability of each is
 * {@code exp(score) / Σ exp(score)} with {@code score} the sum of its features' weights; fitted by
 * maximising the probability of the right options of each group (L2-regularised, CoreNLP's
 * quasi-Newton {@link QNMinimizer}). Used for the edges of a content ({@link BoundaryTrainer}),
 * where one of several places is right and the others compete with it. Deterministic: features
 * are numbered in sorted order and the groups read in the order given.
 */
final class ChoiceModel {

  private ChoiceModel() {}

  /**
   * The weights, for features seen in at least {@link StatementTrainer#MIN_COUNT} options; each
   * group needs a right option.
   */
  static Map<String, Double> fit(List<List<StatementTrainer.Example>> groups, double sigma) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<StatementTrainer.Example> g : groups) {
      for (StatementTrainer.Example e : g) {
        e.features().forEach(f -> counts.merge(f, 1, Integer::sum));
      }
    }
    List<String> names = counts.entrySet().stream().filter(e -> e.getValue() >= StatementTrainer.MIN_COUNT)
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      index.put(names.get(k), k);
    }
    List<int[][]> features = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    for (List<StatementTrainer.Example> g : groups) {
      int[][] f = new int[g.size()][];
      boolean[] r = new boolean[g.size()];
      for (int o = 0; o < g.size(); o++) {
        f[o] = g.get(o).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
        r[o] = g.get(o).right();
      }
      features.add(f);
      right.add(r);
    }
    double[] w = names.isEmpty() ? new double[0] : minimize(features, right, names.size(), sigma);
    Map<String, Double> out = new HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      if (Math.abs(w[k]) >= 1e-4) {
        out.put(names.get(k), w[k]);
      }
    }
    return out;
  }

  private static double[] minimize(List<int[][]> features, List<boolean[]> right, int n, double sigma) {
    AbstractCachingDiffFunction objective = new AbstractCachingDiffFunction() {
      @Override
      public int domainDimension() {
        return n;
      }

      @Override
      protected void calculate(double[] w) {
        value = 0;
        if (derivative == null) {
          derivative = new double[n];
        }
        Arrays.fill(derivative, 0);
        for (int g = 0; g < features.size(); g++) {
          int[][] f = features.get(g);
          boolean[] r = right.get(g);
          double[] s = new double[f.length];
          double max = Double.NEGATIVE_INFINITY;
          for (int o = 0; o < f.length; o++) {
            for (int k : f[o]) {
              s[o] += w[k];
            }
            max = Math.max(max, s[o]);
          }
          double all = 0;
          double good = 0;
          for (int o = 0; o < f.length; o++) {
            s[o] = Math.exp(s[o] - max);
            all += s[o];
            good += r[o] ? s[o] : 0;
          }
          value -= Math.log(good) - Math.log(all);
          for (int o = 0; o < f.length; o++) {
            double d = s[o] / all - (r[o] ? s[o] / good : 0);
            for (int k : f[o]) {
              derivative[k] += d;
            }
          }
        }
        for (int k = 0; k < n; k++) {
          value += w[k] * w[k] / (2 * sigma * sigma);
          derivative[k] += w[k] / (sigma * sigma);
        }
      }
    };
    QNMinimizer qn = new QNMinimizer(15, true);
    qn.shutUp();
    return qn.minimize(objective, 1e-5, new double[n], 500);
  }
}
