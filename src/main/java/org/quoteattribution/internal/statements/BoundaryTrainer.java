package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Trains a {@link BoundaryModel} on gold contents: every candidate that matches a gold statement
 * (with the evaluation's matching, {@link StatementTrainer#matches}) gives its start options and
 * its end options ({@link BoundaryFeatures}), each labelled right when the content cut there has
 * the gold edge after the evaluation's trimming; candidates with no right option are left out.
 * Two L2-regularised logistic regressions, one per edge, share one weight map (their features
 * have different prefixes). Deterministic for the same articles in the same order.
 */
public final class BoundaryTrainer {

  /** One article: its annotated document, the rule stages' candidates, the gold contents ({@code {begin, end}}). */
  public record Article(Doc doc, List<Candidate> candidates, List<int[]> gold) {}

  /** How many candidates and options the examples came from. */
  public record Counts(int candidates, int startOptions, int endOptions) {}

  private BoundaryTrainer() {}

  /**
   * Trains on the articles; the header is made from the counts of what the examples came from
   * (the model file names its data).
   */
  public static BoundaryModel train(List<Article> articles, double sigma, double startMargin, double endMargin,
      java.util.function.Function<Counts, List<String>> header) {
    List<StatementTrainer.Example> starts = new ArrayList<>();
    List<StatementTrainer.Example> ends = new ArrayList<>();
    Counts counts = examples(articles, starts, ends);
    java.util.Map<String, Double> weights = new java.util.HashMap<>();
    weights.putAll(withoutBias(StatementTrainer.weights(starts, sigma)));
    weights.putAll(withoutBias(StatementTrainer.weights(ends, sigma)));
    return BoundaryModel.of(weights, startMargin, endMargin, header.apply(counts));
  }

  /** The examples the model is trained on, with how many there are. */
  static Counts examples(List<Article> articles, List<StatementTrainer.Example> starts,
      List<StatementTrainer.Example> ends) {
    int candidates = 0;
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      String text = article.doc().text();
      int[] matched = StatementTrainer.matches(text,
          article.candidates().stream().map(Candidate::content).toList(), article.gold());
      for (int i = 0; i < matched.length; i++) {
        if (matched[i] < 0) {
          continue;
        }
        Candidate c = article.candidates().get(i);
        int[] gold = article.gold().get(matched[i]);
        int[] goldTrimmed = StatementTrainer.trim(text, gold[0], gold[1]);
        List<BoundaryFeatures.Option> s = BoundaryFeatures.starts(article.doc(), c);
        List<BoundaryFeatures.Option> e = BoundaryFeatures.ends(article.doc(), c);
        boolean used = add(s, o -> StatementTrainer.trim(text, begin(article.doc(), c, o), c.content().end())[0]
            == goldTrimmed[0], a, starts);
        used |= add(e, o -> StatementTrainer.trim(text, c.content().begin(), end(article.doc(), c, o))[1]
            == goldTrimmed[1], a, ends);
        candidates += used ? 1 : 0;
      }
    }
    return new Counts(candidates, starts.size(), ends.size());
  }

  private static int begin(Doc doc, Candidate c, BoundaryFeatures.Option o) {
    return o.current() ? c.content().begin() : doc.token(o.token()).begin();
  }

  private static int end(Doc doc, Candidate c, BoundaryFeatures.Option o) {
    return o.current() ? c.content().end() : doc.token(o.token()).end();
  }

  /** Adds a candidate's options if one of them is right; whether it did. */
  private static boolean add(List<BoundaryFeatures.Option> options,
      java.util.function.Predicate<BoundaryFeatures.Option> right, int article, List<StatementTrainer.Example> out) {
    boolean any = options.stream().anyMatch(right);
    if (any) {
      for (BoundaryFeatures.Option o : options) {
        out.add(new StatementTrainer.Example(o.features(), right.test(o), article));
      }
    }
    return any;
  }

  /** The weights without the intercept, which is the same for every option and decides nothing. */
  private static java.util.Map<String, Double> withoutBias(java.util.Map<String, Double> weights) {
    java.util.Map<String, Double> out = new java.util.HashMap<>(weights);
    out.remove(StatementModel.BIAS);
    return out;
  }
}
