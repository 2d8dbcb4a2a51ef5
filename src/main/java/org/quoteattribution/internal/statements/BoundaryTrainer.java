package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Trains a {@link BoundaryModel} on gold contents: every candidate that matches a gold statement
 * (with the evaluation's matching, {@link StatementTrainer#matches}) gives its start options and
 * its end options ({@link BoundaryFeatures}), each labelled right when the content cut there has
 * the gold edge after the evaluation's trimming; candidates with no right option are left out.
 * Two conditional logit models ({@link ChoiceModel}), one per edge, share one weight map (their
 * features have different prefixes). Deterministic for the same articles in the same order.
 */
public final class BoundaryTrainer {

  /** One article: its annotated document, the rule stages' candidates, the gold contents ({@code {begin, end}}). */
  public record Article(Doc doc, List<Candidate> candidates, List<int[]> gold) {}

  /** How many candidates and options the examples came from. */
  public record Counts(int candidates, int startOptions, int endOptions, int matched, int rightStartOffered,
      int rightEndOffered, int currentStartRight, int currentEndRight) {}

  private static final boolean DEBUG = Boolean.getBoolean("bounds.debug");

  private BoundaryTrainer() {}

  /**
   * Trains on the articles; the header is made from the counts of what the examples came from
   * (the model file names its data).
   */
  public static BoundaryModel train(List<Article> articles, double sigma, double startMargin, double endMargin,
      java.util.function.Function<Counts, List<String>> header) {
    List<List<StatementTrainer.Example>> starts = new ArrayList<>();
    List<List<StatementTrainer.Example>> ends = new ArrayList<>();
    Counts counts = examples(articles, starts, ends);
    java.util.Map<String, Double> weights = new java.util.HashMap<>();
    weights.putAll(ChoiceModel.fit(starts, sigma));
    weights.putAll(ChoiceModel.fit(ends, sigma));
    return BoundaryModel.of(weights, startMargin, endMargin, header.apply(counts));
  }

  /** The examples the model is trained on, with how many there are. */
  static Counts examples(List<Article> articles, List<List<StatementTrainer.Example>> starts,
      List<List<StatementTrainer.Example>> ends) {
    int candidates = 0;
    int[] tally = new int[5];
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      String text = article.doc().text();
      int[] matched = StatementTrainer.matches(text,
          article.candidates().stream().map(Candidate::content).toList(), article.gold());
      java.util.BitSet cues = BoundaryFeatures.cues(article.doc(), article.candidates());
      for (int i = 0; i < matched.length; i++) {
        if (matched[i] < 0) {
          continue;
        }
        Candidate c = article.candidates().get(i);
        tally[0]++;
        int[] gold = article.gold().get(matched[i]);
        int[] goldTrimmed = StatementTrainer.trim(text, gold[0], gold[1]);
        List<BoundaryFeatures.Option> s = BoundaryFeatures.starts(article.doc(), c, cues);
        List<BoundaryFeatures.Option> e = BoundaryFeatures.ends(article.doc(), c, cues);
        java.util.function.Predicate<BoundaryFeatures.Option> rightStart =
            o -> StatementTrainer.trim(text, begin(article.doc(), c, o), c.content().end())[0] == goldTrimmed[0];
        java.util.function.Predicate<BoundaryFeatures.Option> rightEnd =
            o -> StatementTrainer.trim(text, c.content().begin(), end(article.doc(), c, o))[1] == goldTrimmed[1];
        boolean used = add(s, rightStart, a, starts);
        if (!used && DEBUG && a % 20 == 0) {
          String t = text;
          int lo = Math.max(0, Math.min(goldTrimmed[0], c.content().begin()) - 80);
          int hi = Math.min(t.length(), Math.max(goldTrimmed[1], c.content().end()) + 20);
          System.err.println("NOSTART " + c.type() + " " + c.evidence().finder() + " cue=" + c.cue().map(q -> q.span().text()).orElse("-")
              + " | " + (t.substring(lo, goldTrimmed[0]) + "[" + t.substring(goldTrimmed[0], c.content().begin() > goldTrimmed[0] ? c.content().begin() : goldTrimmed[0]) + "{" + t.substring(Math.max(goldTrimmed[0], c.content().begin()), hi)).replace('\n', ' '));
        }
        tally[1] += used ? 1 : 0;
        tally[3] += !s.isEmpty() && rightStart.test(s.get(0)) ? 1 : 0;
        boolean usedEnd = add(e, rightEnd, a, ends);
        tally[2] += usedEnd ? 1 : 0;
        tally[4] += !e.isEmpty() && rightEnd.test(e.get(0)) ? 1 : 0;
        used |= usedEnd;
        candidates += used ? 1 : 0;
      }
    }
    return new Counts(candidates, starts.stream().mapToInt(List::size).sum(), ends.stream().mapToInt(List::size).sum(), tally[0], tally[1], tally[2], tally[3], tally[4]);
  }

  /**
   * How well a model chooses on the candidates of these articles that match a gold statement:
   * {matched, right start offered, right end offered, current start right, current end right,
   * chosen start right, chosen end right, both chosen right, both current right}.
   */
  public static int[] accuracy(List<Article> articles, BoundaryModel model) {
    int[] t = new int[9];
    for (Article article : articles) {
      String text = article.doc().text();
      int[] matched = StatementTrainer.matches(text,
          article.candidates().stream().map(Candidate::content).toList(), article.gold());
      java.util.BitSet cues = BoundaryFeatures.cues(article.doc(), article.candidates());
      for (int i = 0; i < matched.length; i++) {
        if (matched[i] < 0) {
          continue;
        }
        Candidate c = article.candidates().get(i);
        int[] gold = article.gold().get(matched[i]);
        int[] g = StatementTrainer.trim(text, gold[0], gold[1]);
        List<BoundaryFeatures.Option> s = BoundaryFeatures.starts(article.doc(), c, cues);
        List<BoundaryFeatures.Option> e = BoundaryFeatures.ends(article.doc(), c, cues);
        if (s.isEmpty() || e.isEmpty()) {
          continue;
        }
        java.util.function.Predicate<BoundaryFeatures.Option> rs =
            o -> StatementTrainer.trim(text, begin(article.doc(), c, o), c.content().end())[0] == g[0];
        java.util.function.Predicate<BoundaryFeatures.Option> re =
            o -> StatementTrainer.trim(text, c.content().begin(), end(article.doc(), c, o))[1] == g[1];
        t[0]++;
        t[1] += s.stream().anyMatch(rs) ? 1 : 0;
        t[2] += e.stream().anyMatch(re) ? 1 : 0;
        boolean cs = rs.test(s.get(0));
        boolean ce = re.test(e.get(0));
        boolean ms = rs.test(s.get(model.choose(s, true)));
        boolean me = re.test(e.get(model.choose(e, false)));
        if (DEBUG && (!me && e.stream().anyMatch(re) || !ms && s.stream().anyMatch(rs))) {
          BoundaryFeatures.Option chosenE = e.get(model.choose(e, false));
          BoundaryFeatures.Option rightE = e.stream().filter(re).findFirst().orElse(chosenE);
          BoundaryFeatures.Option chosenS = s.get(model.choose(s, true));
          BoundaryFeatures.Option rightS = s.stream().filter(rs).findFirst().orElse(chosenS);
          int lo = Math.max(0, Math.min(g[0], c.content().begin()) - 60);
          int hi = Math.min(text.length(), Math.max(g[1], c.content().end()) + 40);
          StringBuilder b = new StringBuilder();
          for (int k = lo; k <= hi; k++) {
            if (k == g[0]) b.append('[');
            if (k == article.doc().token(chosenS.token()).begin()) b.append('{');
            if (k == g[1]) b.append(']');
            if (k == article.doc().token(chosenE.token()).end()) b.append('}');
            if (k < hi) b.append(text.charAt(k) == '\n' ? ' ' : text.charAt(k));
          }
          System.err.println("MISS " + (me ? "" : "END ") + (ms ? "" : "START ") + c.type() + " " + c.evidence().finder()
              + " cue=" + c.cue().map(q -> q.span().text()).orElse("-") + " | " + b);
          if (!me) {
            System.err.printf("   chosenE %.2f %s%n   rightE  %.2f %s%n", model.score(chosenE.features()), chosenE.features(), model.score(rightE.features()), rightE.features());
          }
          if (!ms) {
            System.err.printf("   chosenS %.2f %s%n   rightS  %.2f %s%n", model.score(chosenS.features()), chosenS.features(), model.score(rightS.features()), rightS.features());
          }
        }
        t[3] += cs ? 1 : 0;
        t[4] += ce ? 1 : 0;
        t[5] += ms ? 1 : 0;
        t[6] += me ? 1 : 0;
        t[7] += ms && me ? 1 : 0;
        t[8] += cs && ce ? 1 : 0;
      }
    }
    return t;
  }

  private static int begin(Doc doc, Candidate c, BoundaryFeatures.Option o) {
    return o.current() ? c.content().begin() : doc.token(o.token()).begin();
  }

  private static int end(Doc doc, Candidate c, BoundaryFeatures.Option o) {
    return o.current() ? c.content().end() : doc.token(o.token()).end();
  }

  /** Adds a candidate's options if one of them is right; whether it did. */
  private static boolean add(List<BoundaryFeatures.Option> options,
      java.util.function.Predicate<BoundaryFeatures.Option> right, int article,
      List<List<StatementTrainer.Example>> out) {
    boolean any = options.stream().anyMatch(right);
    if (any && options.size() > 1) {
      List<StatementTrainer.Example> group = new ArrayList<>();
      for (BoundaryFeatures.Option o : options) {
        group.add(new StatementTrainer.Example(o.features(), right.test(o), article));
      }
      out.add(group);
    }
    return any;
  }
}
