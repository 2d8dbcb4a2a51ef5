package org.quoteattribution.internal.statements;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.quoteattribution.Span;

/**
 * Trains a {@link StatementModel}: L2-regularised logistic regression (CoreNLP's
 * {@link LinearClassifierFactory}, quasi-Newton, deterministic for the same examples in the same
 * order) on candidates labelled right or wrong against gold content spans with the evaluation's
 * own matching ({@link #label}).
 */
public final class StatementTrainer {

  /** One candidate: its features, whether it matches a gold statement, and its article's number. */
  record Example(List<String> features, boolean right, int article) {}

  /**
   * The candidates of one article, with their features, and the article's gold contents
   * ({@code {begin, end}}, UTF-16).
   */
  public record Article(String text, List<Candidate> candidates, List<List<String>> features, List<int[]> gold) {}

  /**
   * Training settings: regularisation, folds for calibration, and the floors of the model
   * ({@code exactFloor}: {@link StatementModel#EXACT_FLOOR}).
   */
  public record Settings(double sigma, int folds, double openFloor, double ruleFloor, double exactFloor) {}

  private static final String RIGHT = "right";
  private static final String WRONG = "wrong";
  /** Features seen in fewer training candidates than this are left out (rare words, mostly). */
  public static final int MIN_COUNT = 3;
  /** Weights smaller than this are left out of the model file. */
  private static final double SMALLEST = 1e-4;

  private StatementTrainer() {}

  /**
   * Trains on all candidates and calibrates the model on articles it has not seen: out-of-fold
   * scores ({@code folds} models, each trained without one fold of the articles) fit the scaling
   * that decides which candidates are kept ({@link StatementModel#keepProbability}), then, with the
   * kept candidates labelled again on their own (the dropped ones no longer compete for gold
   * statements), the scaling of the confidence ({@link StatementModel#probability}). The exact
   * model ({@link StatementModel#exactProbability}) is trained and scaled the same way on the
   * candidates labelled by exact match ({@link #labelExact}), before the keeping.
   */
  public static StatementModel train(List<Article> articles, Settings settings, List<String> header) {
    Labelled labelled = Labelled.of(articles);
    List<Example> examples = labelled.examples();
    List<Example> byExact = labelled.byExact();
    double[] outOfFold = outOfFold(examples, settings, header);
    double[] exactOutOfFold = outOfFold(byExact, settings, header);
    List<double[]> all = new ArrayList<>();
    List<double[]> allExact = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      all.add(new double[] {outOfFold[i], 1, examples.get(i).right() ? 1 : 0});
      allExact.add(new double[] {exactOutOfFold[i], 1, byExact.get(i).right() ? 1 : 0});
    }
    double[] keep = logistic(all);
    double[] exactScaling = logistic(allExact);
    StatementModel keeping = new StatementModel(Map.of(), header).withKeepScaling(keep[0], keep[1])
        .withExact(Map.of(), exactScaling[0], exactScaling[1])
        .withFloors(settings.openFloor(), settings.ruleFloor())
        .with(StatementModel.EXACT_FLOOR, settings.exactFloor());
    List<double[]> kept = new ArrayList<>();
    int next = 0;
    for (Article article : articles) {
      double[] raw = Arrays.copyOfRange(outOfFold, next, next + article.candidates().size());
      double[] exact = Arrays.copyOfRange(exactOutOfFold, next, next + article.candidates().size());
      next += raw.length;
      List<Integer> chosen = TrainedScorer.select(article.candidates(), raw, exact, keeping);
      boolean[] right = label(article.text(), chosen.stream().map(i -> article.candidates().get(i).content()).toList(),
          article.gold());
      for (int j = 0; j < chosen.size(); j++) {
        double[] x = StatementModel.calibrationInputs(raw[chosen.get(j)], article.candidates().get(chosen.get(j)));
        double[] row = Arrays.copyOf(x, x.length + 1);
        row[x.length] = right[j] ? 1 : 0;
        kept.add(row);
      }
    }
    double[] confidence = logistic(kept);
    return fit(examples, settings.sigma(), header).withKeepScaling(keep[0], keep[1])
        .withExact(weights(byExact, settings.sigma(), MIN_COUNT), exactScaling[0], exactScaling[1])
        .withCalibration(confidence).withFloors(settings.openFloor(), settings.ruleFloor())
        .with(StatementModel.EXACT_FLOOR, settings.exactFloor());
  }

  /**
   * For error analysis: one tab-separated line per candidate of {@code articles} with its article
   * number, content (UTF-16 offsets), finder, type, cue, whether it matches a gold content and
   * whether exactly, its out-of-fold keep and exact probabilities under {@code model}'s scalings,
   * whether {@link TrainedScorer#select} keeps it, and its features.
   */
  public static List<String> dump(List<Article> articles, Settings settings, StatementModel model) {
    Labelled labelled = Labelled.of(articles);
    double[] outOfFold = outOfFold(labelled.examples(), settings, List.of());
    double[] exactOutOfFold = outOfFold(labelled.byExact(), settings, List.of());
    List<String> out = new ArrayList<>();
    int next = 0;
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      int n = article.candidates().size();
      double[] raw = Arrays.copyOfRange(outOfFold, next, next + n);
      double[] exact = Arrays.copyOfRange(exactOutOfFold, next, next + n);
      next += n;
      Set<Integer> kept = new HashSet<>(TrainedScorer.select(article.candidates(), raw, exact, model));
      for (int i = 0; i < n; i++) {
        Candidate c = article.candidates().get(i);
        out.add(String.join("\t", Integer.toString(a), Integer.toString(c.content().begin()),
            Integer.toString(c.content().end()), c.evidence().finder().name(), c.type().name(),
            c.cue().map(q -> q.span().text()).orElse("-"), Boolean.toString(labelled.rights().get(a)[i]),
            Boolean.toString(labelled.exacts().get(a)[i]), String.format(Locale.ROOT, "%.4f", model.keepProbability(raw[i])),
            String.format(Locale.ROOT, "%.4f", model.exactProbability(exact[i])),
            Boolean.toString(kept.contains(i)), String.join(" ", article.features().get(i))));
      }
    }
    return out;
  }

  /**
   * The candidates of {@code articles} as examples twice over: right when they match a gold
   * content ({@link #label}), and right when they match one exactly ({@link #labelExact}); with
   * each article's labels.
   */
  private record Labelled(List<Example> examples, List<Example> byExact, List<boolean[]> rights,
      List<boolean[]> exacts) {

    static Labelled of(List<Article> articles) {
      Labelled out = new Labelled(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int a = 0; a < articles.size(); a++) {
        Article article = articles.get(a);
        List<Span> contents = article.candidates().stream().map(Candidate::content).toList();
        boolean[] right = label(article.text(), contents, article.gold());
        boolean[] exact = labelExact(article.text(), contents, article.gold());
        out.rights().add(right);
        out.exacts().add(exact);
        for (int i = 0; i < right.length; i++) {
          out.examples().add(new Example(article.features().get(i), right[i], a));
          out.byExact().add(new Example(article.features().get(i), exact[i], a));
        }
      }
      return out;
    }
  }

  /**
   * Each example's linear score under a model trained on its {@code right} labels without its
   * fold of the articles.
   */
  private static double[] outOfFold(List<Example> examples, Settings settings, List<String> header) {
    double[] out = new double[examples.size()];
    for (int k = 0; k < settings.folds(); k++) {
      final int fold = k;
      StatementModel m = fit(examples.stream().filter(e -> e.article() % settings.folds() != fold).toList(),
          settings.sigma(), header);
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).article() % settings.folds() == fold) {
          out[i] = m.score(examples.get(i).features());
        }
      }
    }
    return out;
  }

  /**
   * Fits a small logistic regression {@code p = 1 / (1 + exp(-c·x))} by Newton's method, with a
   * little ridge: each row holds the inputs {@code x} and, last, the label (0 or 1). Used for the
   * calibration, where {@code x} is the linear score and a few indicators. Returns {@code c}.
   */
  static double[] logistic(List<double[]> rows) {
    int n = rows.isEmpty() ? 0 : rows.get(0).length - 1;
    double[] c = new double[n];
    if (n > 0) {
      c[0] = 1;
    }
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (int k = 0; k < n; k++) {
        gradient[k] = 1e-3 * (c[k] - (k == 0 ? 1 : 0));
        hessian[k][k] = 1e-3;
      }
      for (double[] row : rows) {
        double z = 0;
        for (int k = 0; k < n; k++) {
          z += c[k] * row[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double w = p * (1 - p);
        for (int k = 0; k < n; k++) {
          gradient[k] += (p - row[n]) * row[k];
          for (int l = 0; l < n; l++) {
            hessian[k][l] += w * row[k] * row[l];
          }
        }
      }
      double[] step = solve(hessian, gradient);
      double size = 0;
      for (int k = 0; k < n; k++) {
        c[k] -= step[k];
        size += Math.abs(step[k]);
      }
      if (size < 1e-9) {
        break;
      }
    }
    return c;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is small). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int k = col; k <= n; k++) {
          m[r][k] -= f * m[col][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int k = r + 1; k < n; k++) {
        sum -= m[r][k] * x[k];
      }
      x[r] = sum / m[r][r];
    }
    return x;
  }

  /** Logistic regression on the examples, without calibration. */
  static StatementModel fit(List<Example> examples, double sigma, List<String> header) {
    return fit(examples, sigma, MIN_COUNT, header);
  }

  /** The same, leaving out features seen in fewer than {@code minCount} examples. */
  static StatementModel fit(List<Example> examples, double sigma, int minCount, List<String> header) {
    return new StatementModel(weights(examples, sigma, minCount), header);
  }

  /**
   * The weights of a logistic regression on the examples (features seen fewer than
   * {@code minCount} times left out), the intercept under {@link StatementModel#BIAS}.
   */
  static Map<String, Double> weights(List<Example> examples, double sigma, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      e.features().forEach(f -> counts.merge(f, 1, Integer::sum));
    }
    Dataset<String, String> data = new Dataset<>();
    for (Example e : examples) {
      List<String> features = new ArrayList<>();
      for (String f : e.features()) {
        if (counts.get(f) >= minCount) {
          features.add(f);
        }
      }
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
    return weights;
  }

  /**
   * Which predicted contents match a gold content, as the evaluation ({@code score.py}) matches
   * them: both trimmed of white space, quote marks, trailing punctuation and a leading
   * {@code that}; pairs whose overlap is at least half the shorter span, taken greedily by overlap
   * size, one to one.
   */
  public static boolean[] label(String text, List<Span> predicted, List<int[]> gold) {
    int[] matched = matches(text, predicted, gold);
    boolean[] right = new boolean[matched.length];
    for (int i = 0; i < matched.length; i++) {
      right[i] = matched[i] >= 0;
    }
    return right;
  }

  /**
   * Which predicted contents match a gold content exactly, as the evaluation's exact figure
   * matches them: both trimmed as in {@link #label}, the same span, one to one (the first
   * prediction of a span takes it).
   */
  public static boolean[] labelExact(String text, List<Span> predicted, List<int[]> gold) {
    Map<Long, Integer> open = new HashMap<>();
    for (int[] g : gold) {
      open.merge(key(trim(text, g[0], g[1])), 1, Integer::sum);
    }
    boolean[] exact = new boolean[predicted.size()];
    for (int i = 0; i < exact.length; i++) {
      int[] t = trim(text, predicted.get(i).begin(), predicted.get(i).end());
      long key = key(t);
      if (t[1] > t[0] && open.getOrDefault(key, 0) > 0) {
        open.merge(key, -1, Integer::sum);
        exact[i] = true;
      }
    }
    return exact;
  }

  /** A span {@code {begin, end}} as one number, {@code begin << 32 | end}. */
  static long key(int[] span) {
    return (long) span[0] << 32 | span[1];
  }

  /** As {@link #label}: the index of the gold content each predicted content matches, or -1. */
  static int[] matches(String text, List<Span> predicted, List<int[]> gold) {
    return matches(text, predicted, gold, (g, p) -> true);
  }

  /**
   * As {@link #matches(String, List, List)}, among the pairs {@code allowed} accepts (gold index,
   * predicted index) only.
   */
  static int[] matches(String text, List<Span> predicted, List<int[]> gold, BiPredicate<Integer, Integer> allowed) {
    List<int[]> p = predicted.stream().map(s -> trim(text, s.begin(), s.end())).toList();
    List<int[]> g = gold.stream().map(s -> trim(text, s[0], s[1])).toList();
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < g.size(); gi++) {
      for (int pi = 0; pi < p.size(); pi++) {
        int[] a = g.get(gi);
        int[] b = p.get(pi);
        int overlap = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        int shorter = Math.min(a[1] - a[0], b[1] - b[0]);
        if (overlap > 0 && shorter > 0 && overlap * 2 >= shorter && allowed.test(gi, pi)) {
          pairs.add(new int[] {overlap, gi, pi});
        }
      }
    }
    return assign(pairs, g.size(), p.size());
  }

  /**
   * One gold statement for each candidate at most, and the reverse, greedily: the pairs
   * ({@code {overlap, gold, candidate}}) by overlap, largest first (ties to the later gold and
   * candidate), each taken if both sides are free. The gold index for each candidate, or -1.
   */
  private static int[] assign(List<int[]> pairs, int golds, int candidates) {
    pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0])
        : x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(y[2], x[2]));
    boolean[] usedGold = new boolean[golds];
    int[] matched = new int[candidates];
    Arrays.fill(matched, -1);
    for (int[] pair : pairs) {
      if (!usedGold[pair[1]] && matched[pair[2]] < 0) {
        usedGold[pair[1]] = true;
        matched[pair[2]] = pair[1];
      }
    }
    return matched;
  }

  private static final String QUOTES = "\"'“”‘’«»„‟‹›`";
  private static final String TRAIL = ".,;:!?";

  static int[] trim(String text, int begin, int end) {
    begin = skipMarks(text, begin, end);
    int after = begin + 4;
    if (after < end && text.regionMatches(true, begin, "that", 0, 4) && space(text.charAt(after))) {
      begin = skipMarks(text, after, end);
    }
    return new int[] {begin, endWithoutMarks(text, begin, end)};
  }

  /**
   * A span without the white space and quote marks around it and its closing punctuation: as
   * {@link #trim}, but keeping a leading {@code that}.
   */
  static int[] trimMarks(String text, int begin, int end) {
    begin = skipMarks(text, begin, end);
    return new int[] {begin, endWithoutMarks(text, begin, end)};
  }

  private static int skipMarks(String text, int begin, int end) {
    while (begin < end && (space(text.charAt(begin)) || QUOTES.indexOf(text.charAt(begin)) >= 0)) {
      begin++;
    }
    return begin;
  }

  private static int endWithoutMarks(String text, int begin, int end) {
    while (begin < end && (space(text.charAt(end - 1)) || QUOTES.indexOf(text.charAt(end - 1)) >= 0
        || TRAIL.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
