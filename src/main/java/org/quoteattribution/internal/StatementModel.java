package org.quoteattribution.internal;

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
final class StatementModel {

  static final String BIAS = "(bias)";
  /** The model the library ships, trained on PolNeAR train (see its header). */
  static final String RESOURCE = "statement-model.tsv";

  private final Map<String, Double> weights;
  private final List<String> header;

  StatementModel(Map<String, Double> weights, List<String> header) {
    this.weights = Map.copyOf(weights);
    this.header = List.copyOf(header);
  }

  static StatementModel load() {
    InputStream in = StatementModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new QuoteAttributionException("The statement model " + RESOURCE + " is missing from the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StatementModel parse(Reader text) throws IOException {
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

  /** The probability that a candidate with these features is right. */
  double probability(Collection<String> features) {
    double score = weights.getOrDefault(BIAS, 0.0);
    for (String f : features) {
      score += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-score));
  }

  double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  int size() {
    return weights.size();
  }

  List<String> header() {
    return header;
  }

  /** The model as text: the header as comments, then the features in sorted order. */
  String write() {
    StringBuilder out = new StringBuilder();
    header.forEach(h -> out.append("# ").append(h).append('\n'));
    new TreeMap<>(weights).forEach((f, w) -> out.append(f).append('\t').append(format(w)).append('\n'));
    return out.toString();
  }

  private static String format(double w) {
    return String.format(java.util.Locale.ROOT, "%.5g", w);
  }
}
