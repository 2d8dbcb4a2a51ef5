package org.quoteattribution.internal.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteattribution.QuoteAttributionException;

/**
 * The content-boundary model: two linear scores over {@link BoundaryFeatures}, one for where a
 * content starts ({@code S:} features) and one for where it ends ({@code E:} features), trained
 * on PolNeAR train by {@link BoundaryTrainer}. Of a candidate's options the best-scoring one wins
 * when it beats the current edge by the model's margin. Stored in the format of
 * {@link StatementModel} (a header, then {@code feature<TAB>weight}); immutable and thread-safe.
 */
public final class BoundaryModel {

  /** The model the library ships, trained on PolNeAR train (see its header). */
  public static final String RESOURCE = "/org/quoteattribution/lang/en/boundary-model.tsv";
  /** Not a weight: how much better than the current start another must score. */
  static final String START_MARGIN = "(margin start)";
  /** Not a weight: how much better than the current end another must score. */
  static final String END_MARGIN = "(margin end)";

  private final StatementModel weights;

  BoundaryModel(StatementModel weights) {
    this.weights = weights;
  }

  /** A model with these weights and margins. */
  static BoundaryModel of(Map<String, Double> weights, double startMargin, double endMargin, List<String> header) {
    Map<String, Double> w = new HashMap<>(weights);
    w.put(START_MARGIN, startMargin);
    w.put(END_MARGIN, endMargin);
    return new BoundaryModel(new StatementModel(w, header));
  }

  /** A model that keeps every edge where it is. */
  public static BoundaryModel none() {
    return of(Map.of(), 0, 0, List.of());
  }

  public static BoundaryModel load() {
    InputStream in = BoundaryModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new QuoteAttributionException("The content-boundary model " + RESOURCE + " is missing from the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new BoundaryModel(StatementModel.parse(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index of the chosen option: the best, if it beats the current one (index 0) by the margin. */
  int choose(List<BoundaryFeatures.Option> options, boolean start) {
    if (options.size() < 2) {
      return 0;
    }
    double current = weights.score(options.get(0).features());
    int best = 0;
    double bestScore = current + weights.weight(start ? START_MARGIN : END_MARGIN);
    for (int k = 1; k < options.size(); k++) {
      double s = weights.score(options.get(k).features());
      if (s > bestScore) {
        best = k;
        bestScore = s;
      }
    }
    return best;
  }

  /** This model with other margins. */
  public BoundaryModel withMargins(double startMargin, double endMargin) {
    return new BoundaryModel(weights.with(START_MARGIN, startMargin).with(END_MARGIN, endMargin));
  }

  double score(List<String> features) {
    return weights.score(features);
  }

  public int size() {
    return weights.size();
  }

  List<String> header() {
    return weights.header();
  }

  /** The model as text: the header as comments, then the features in sorted order. */
  public String write() {
    return weights.write();
  }
}
