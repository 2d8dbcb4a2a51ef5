package org.quoteattribution.internal.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.quoteattribution.QuoteAttributionException;

/**
 * A logistic-regression model over binary features: the probability of a candidate is
 * {@code 1 / (1 + exp(-(bias + Σ weight(feature))))}. Features it does not know weigh nothing.
 *
 * <p>The text format, written by {@link #write} and read by {@link #parse}: {@code #} comment lines
 * (the header: data, command, date), then one {@code feature<TAB>weight} line per feature, the
 * intercept under the name {@link #BIAS}. Immutable and thread-safe.
 */
public final class StatementModel {

  static final String BIAS = "(bias)";
  /** Not a weight: the slope of the scaling that decides which candidates are kept. */
  static final String KEEP_SCALE = "(keep scale)";
  /** Not a weight: the intercept of the scaling that decides which candidates are kept. */
  static final String KEEP_SHIFT = "(keep shift)";
  /**
   * Not weights: the coefficients of the calibration of a kept candidate's confidence, over
   * {@link #calibrationInputs}; {@code (calibration 0)} is the slope of the linear score.
   */
  static final String CALIBRATION = "(calibration %d)";
  /** Not a weight: the least probability at which a candidate of the open cue stage is kept. */
  static final String OPEN_FLOOR = "(floor open)";
  /**
   * Not a weight: the least probability at which a candidate of the cue and colon rules is kept
   * (see {@link #floor}).
   */
  static final String RULE_FLOOR = "(floor rules)";
  /**
   * The prefix of the weights of the second linear model, the one that tells whether a candidate's
   * content is exactly right (its span that of a gold statement), not just overlapping: a feature
   * {@code f} weighs {@code exact|f} in it, its intercept is {@code exact|(bias)}.
   */
  static final String EXACT = "exact|";
  /** Not a weight: the slope of the scaling of the exact model's score ({@link #exactProbability}). */
  static final String EXACT_SCALE = "(exact scale)";
  /** Not a weight: the intercept of the scaling of the exact model's score. */
  static final String EXACT_SHIFT = "(exact shift)";
  /**
   * Not a weight: the least mean of {@link #keepProbability} and {@link #exactProbability} at which
   * a candidate the floors apply to is kept (none by default).
   */
  static final String EXACT_FLOOR = "(floor exact)";
  /** The model the library ships, trained on PolNeAR train (see its header). */
  public static final String RESOURCE = "/org/quoteattribution/lang/en/statement-model.tsv";

  private final Map<String, Double> weights;
  /** The weights of the exact model, without their prefix. */
  private final Map<String, Double> exactWeights;
  private final List<String> header;

  public StatementModel(Map<String, Double> weights, List<String> header) {
    this.weights = Map.copyOf(weights);
    this.header = List.copyOf(header);
    Map<String, Double> exact = new HashMap<>();
    weights.forEach((f, w) -> {
      if (f.startsWith(EXACT)) {
        exact.put(f.substring(EXACT.length()), w);
      }
    });
    this.exactWeights = Map.copyOf(exact);
  }

  public static StatementModel load() {
    return load(RESOURCE);
  }

  /** A model in this format from a classpath resource (the statement model, the cue model). */
  static StatementModel load(String resource) {
    InputStream in = StatementModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new QuoteAttributionException("The model " + resource + " is missing from the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static StatementModel parse(Reader text) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    List<String> header = new ArrayList<>();
    BufferedReader in = new BufferedReader(text);
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.startsWith("#")) {
        header.add(line.substring(1).strip());
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      try {
        weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      } catch (RuntimeException e) {
        throw new QuoteAttributionException("Malformed statement model line " + lineNo + ": " + line, e);
      }
    }
    return new StatementModel(weights, header);
  }

  /**
   * The probability that a kept candidate with this linear score is right: a logistic function
   * of the score, its type and stage, fitted on the kept candidates of articles the model was
   * not trained on.
   */
  double probability(double score, Candidate candidate) {
    double[] x = calibrationInputs(score, candidate);
    double z = 0;
    for (int k = 0; k < x.length; k++) {
      z += weights.getOrDefault(String.format(CALIBRATION, k), k == 0 ? 1.0 : 0.0) * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** What the calibration reads: the linear score, 1, direct, mixed, from the open cue stage. */
  static double[] calibrationInputs(double score, Candidate candidate) {
    return new double[] {score, 1, candidate.type() == org.quoteattribution.StatementType.DIRECT ? 1 : 0,
        candidate.type() == org.quoteattribution.StatementType.MIXED ? 1 : 0,
        candidate.evidence().finder() == Evidence.Finder.OPEN_CUE ? 1 : 0};
  }

  /**
   * The probability that a candidate with this linear score is right among all candidates: what
   * the floors ({@link #floor}) apply to.
   */
  double keepProbability(double score) {
    return 1 / (1 + Math.exp(-(weights.getOrDefault(KEEP_SCALE, 1.0) * score + weight(KEEP_SHIFT))));
  }

  /** This model with the scaling of {@link #keepProbability}. */
  StatementModel withKeepScaling(double scale, double shift) {
    Map<String, Double> w = new HashMap<>(weights);
    w.put(KEEP_SCALE, scale);
    w.put(KEEP_SHIFT, shift);
    return new StatementModel(w, header);
  }

  /** The linear score: the bias plus the weights of the features. */
  double score(Collection<String> features) {
    return linear(weights, features); // features never take the names of the settings
  }

  /** The exact model's linear score: its intercept plus the weights of the features. */
  double exactScore(Collection<String> features) {
    return linear(exactWeights, features);
  }

  private static double linear(Map<String, Double> weights, Collection<String> features) {
    double score = weights.getOrDefault(BIAS, 0.0);
    for (String f : features) {
      score += weights.getOrDefault(f, 0.0);
    }
    return score;
  }

  /**
   * The probability, scaled on articles the exact model was not trained on, that a candidate with
   * this exact score has exactly the content of a gold statement.
   */
  double exactProbability(double exactScore) {
    return 1 / (1 + Math.exp(-(weights.getOrDefault(EXACT_SCALE, 1.0) * exactScore + weight(EXACT_SHIFT))));
  }

  /** This model with the exact model's weights (given without their prefix) and its scaling. */
  StatementModel withExact(Map<String, Double> exact, double scale, double shift) {
    Map<String, Double> w = new HashMap<>(weights);
    exact.forEach((f, v) -> w.put(EXACT + f, v));
    w.put(EXACT_SCALE, scale);
    w.put(EXACT_SHIFT, shift);
    return new StatementModel(w, header);
  }

  /** This model with the given calibration coefficients ({@link #probability}). */
  StatementModel withCalibration(double[] coefficients) {
    Map<String, Double> w = new HashMap<>(weights);
    for (int k = 0; k < coefficients.length; k++) {
      w.put(String.format(CALIBRATION, k), coefficients[k]);
    }
    return new StatementModel(w, header);
  }

  /** This model with one weight or setting set to {@code value}. */
  StatementModel with(String name, double value) {
    Map<String, Double> w = new HashMap<>(weights);
    w.put(name, value);
    return new StatementModel(w, header);
  }

  /** This model with the given floors ({@link #OPEN_FLOOR}, {@link #RULE_FLOOR}). */
  StatementModel withFloors(double open, double rules) {
    Map<String, Double> w = new HashMap<>(weights);
    w.put(OPEN_FLOOR, open);
    w.put(RULE_FLOOR, rules);
    return new StatementModel(w, header);
  }

  /**
   * The least probability at which the model keeps {@code candidate}: none for a quote with its
   * attribution (a quote with a speech verb next to it, a signed quote, a floating quote paragraph
   * after a statement), which the rules keep whatever its probability.
   */
  double floor(Candidate candidate) {
    return switch (candidate.evidence().finder()) {
      case OPEN_CUE -> weight(OPEN_FLOOR);
      case QUOTE_CUE, SIGNATURE, FLOATING -> 0;
      default -> weight(RULE_FLOOR);
    };
  }

  double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  public int size() {
    return weights.size();
  }

  List<String> header() {
    return header;
  }

  /** The model as text: the header as comments, then the features in sorted order. */
  public String write() {
    StringBuilder out = new StringBuilder();
    header.forEach(h -> out.append("# ").append(h).append('\n'));
    new TreeMap<>(weights).forEach((f, w) -> out.append(f).append('\t').append(format(w)).append('\n'));
    return out.toString();
  }

  private static String format(double w) {
    return String.format(Locale.ROOT, "%.5g", w);
  }
}
