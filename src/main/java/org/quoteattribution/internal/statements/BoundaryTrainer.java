package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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

  /**
   * One article: its annotated document, the rule stages' candidates, the gold contents
   * ({@code {begin, end}}) and each gold content's cue spans (as many lists as contents; an empty
   * list where the gold names no cue).
   */
  public record Article(Doc doc, List<Candidate> candidates, List<int[]> gold, List<List<int[]>> goldCues) {
    public Article {
      if (goldCues.size() != gold.size()) {
        throw new IllegalArgumentException(goldCues.size() + " cue lists for " + gold.size() + " gold contents");
      }
    }

    /** An article whose gold names no cues: candidates match gold contents by content alone. */
    public Article(Doc doc, List<Candidate> candidates, List<int[]> gold) {
      this(doc, candidates, gold, gold.stream().map(g -> List.<int[]>of()).toList());
    }
  }

  /** How many candidates and options the examples came from. */
  public record Counts(int candidates, int startOptions, int endOptions) {}

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
    Map<String, Double> weights = new HashMap<>();
    weights.putAll(ChoiceModel.fit(starts, sigma));
    weights.putAll(ChoiceModel.fit(ends, sigma));
    return BoundaryModel.of(weights, startMargin, endMargin, header.apply(counts));
  }

  /**
   * A candidate that matches a gold statement, with its options and which of them are right: the
   * cut gives the gold edge after the evaluation's trimming.
   */
  private record Matched(int article, Candidate candidate, int[] gold, List<BoundaryFeatures.Option> starts,
      List<BoundaryFeatures.Option> ends, Predicate<BoundaryFeatures.Option> rightStart,
      Predicate<BoundaryFeatures.Option> rightEnd) {}

  /** The candidates the model moves that match a gold statement, in article order. */
  private static List<Matched> matched(List<Article> articles) {
    List<Matched> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      Doc doc = article.doc();
      String text = doc.text();
      int[] matched = matches(article);
      BoundaryFeatures.Cues cues = BoundaryFeatures.cues(doc, article.candidates());
      for (int i = 0; i < matched.length; i++) {
        Candidate c = article.candidates().get(i);
        if (matched[i] < 0 || !ContentBoundaries.refines(c)) {
          continue;
        }
        int[] gold = article.gold().get(matched[i]);
        int[] g = StatementTrainer.trim(text, gold[0], gold[1]);
        List<BoundaryFeatures.Option> s = BoundaryFeatures.starts(doc, c, cues);
        List<BoundaryFeatures.Option> e = BoundaryFeatures.ends(doc, c, cues);
        if (!s.isEmpty() && !e.isEmpty()) {
          out.add(new Matched(a, c, g, s, e,
              o -> StatementTrainer.trim(text, begin(doc, c, o), c.content().end())[0] == g[0],
              o -> StatementTrainer.trim(text, c.content().begin(), end(doc, c, o))[1] == g[1]));
        }
      }
    }
    return out;
  }

  /**
   * Which gold content each candidate matches, one to one, as the evaluation matches them (the
   * trimmed spans overlap by half the shorter; the largest overlaps first), except that a
   * candidate and a gold statement that both name a cue match only if their cues overlap: in
   * {@code He mustered zeal to hold forth on [American greatness]} the content of {@code hold
   * forth on} teaches nothing about where {@code mustered}'s content ends. -1 where none.
   */
  static int[] matches(Article article) {
    List<Candidate> candidates = article.candidates();
    return StatementTrainer.matches(article.doc().text(), candidates.stream().map(Candidate::content).toList(),
        article.gold(), (g, c) -> sameCue(candidates.get(c), article.goldCues().get(g)));
  }

  /** Whether the candidate's cue overlaps one of the gold cues; true where either names none. */
  private static boolean sameCue(Candidate c, List<int[]> goldCues) {
    return c.cue().isEmpty() || goldCues.isEmpty() || goldCues.stream()
        .anyMatch(q -> q[0] < c.cue().get().span().end() && c.cue().get().span().begin() < q[1]);
  }

  /** The examples the model is trained on, with how many there are. */
  static Counts examples(List<Article> articles, List<List<StatementTrainer.Example>> starts,
      List<List<StatementTrainer.Example>> ends) {
    int candidates = 0;
    for (Matched m : matched(articles)) {
      boolean used = add(m.starts(), m.rightStart(), m.article(), starts);
      used |= add(m.ends(), m.rightEnd(), m.article(), ends);
      candidates += used ? 1 : 0;
    }
    return new Counts(candidates, starts.stream().mapToInt(List::size).sum(),
        ends.stream().mapToInt(List::size).sum());
  }

  /**
   * How well a model chooses on the candidates of these articles that match a gold statement:
   * {matched, right start offered, right end offered, current start right, current end right,
   * chosen start right, chosen end right, both chosen right, both current right}.
   */
  public static int[] accuracy(List<Article> articles, BoundaryModel model) {
    int[] t = new int[9];
    for (Matched m : matched(articles)) {
      boolean cs = m.rightStart().test(m.starts().get(0));
      boolean ce = m.rightEnd().test(m.ends().get(0));
      boolean ms = m.rightStart().test(m.starts().get(model.choose(m.starts(), true)));
      boolean me = m.rightEnd().test(m.ends().get(model.choose(m.ends(), false)));
      t[0]++;
      t[1] += m.starts().stream().anyMatch(m.rightStart()) ? 1 : 0;
      t[2] += m.ends().stream().anyMatch(m.rightEnd()) ? 1 : 0;
      t[3] += cs ? 1 : 0;
      t[4] += ce ? 1 : 0;
      t[5] += ms ? 1 : 0;
      t[6] += me ? 1 : 0;
      t[7] += ms && me ? 1 : 0;
      t[8] += cs && ce ? 1 : 0;
    }
    return t;
  }

  /**
   * One line for each matched candidate whose chosen start or end is wrong, for reading the
   * errors: whether the right edge was offered ({@code S+}/{@code S-}, {@code E+}/{@code E-}),
   * then the sentences with the gold content in {@code [[ ]]}, the chosen one in {@code { }} and
   * the cue in {@code < >}.
   */
  public static List<String> errors(List<Article> articles, BoundaryModel model) {
    List<String> out = new ArrayList<>();
    for (Matched m : matched(articles)) {
      BoundaryFeatures.Option s = m.starts().get(model.choose(m.starts(), true));
      BoundaryFeatures.Option e = m.ends().get(model.choose(m.ends(), false));
      boolean rs = m.rightStart().test(s);
      boolean re = m.rightEnd().test(e);
      if (rs && re) {
        continue;
      }
      Doc doc = articles.get(m.article()).doc();
      Candidate c = m.candidate();
      int b = begin(doc, c, s);
      int f = end(doc, c, e);
      int[] cue = c.cue().map(q -> new int[] {q.span().begin(), q.span().end()}).orElse(new int[] {-1, -1});
      int from = Math.min(Math.min(b, m.gold()[0]), cue[0] < 0 ? b : cue[0]);
      int to = Math.max(Math.max(f, m.gold()[1]), cue[1]);
      from = doc.sentenceSpan(doc.token(doc.tokenAtOrAfter(from)).sentence()).begin();
      to = doc.sentenceSpan(doc.token(Math.max(0, doc.tokenAtOrAfter(to) - 1)).sentence()).end();
      StringBuilder line = new StringBuilder();
      line.append(rs ? "s " : m.starts().stream().anyMatch(m.rightStart()) ? "S+ " : "S- ");
      line.append(re ? "e " : m.ends().stream().anyMatch(m.rightEnd()) ? "E+ " : "E- ");
      line.append(c.type()).append(' ').append(c.evidence().finder()).append('\t');
      String text = doc.text();
      for (int k = from; k <= to; k++) {
        if (k == f) {
          line.append('}');
        }
        if (k == m.gold()[1]) {
          line.append("]]");
        }
        if (k == cue[1]) {
          line.append('>');
        }
        if (k == cue[0]) {
          line.append('<');
        }
        if (k == m.gold()[0]) {
          line.append("[[");
        }
        if (k == b) {
          line.append('{');
        }
        if (k < to) {
          char ch = text.charAt(k);
          line.append(ch == '\n' || ch == '\t' ? ' ' : ch);
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  /**
   * One line for each matched candidate, tab-separated, for comparing two models' choices: article,
   * the candidate's content begin and end, its cue's begin (-1 if none), type, the chosen begin and
   * end, whether each is right (1/0), whether a right start and end were offered, and how many
   * start and end options there were.
   */
  public static List<String> choices(List<Article> articles, BoundaryModel model) {
    List<String> out = new ArrayList<>();
    for (Matched m : matched(articles)) {
      Doc doc = articles.get(m.article()).doc();
      Candidate c = m.candidate();
      BoundaryFeatures.Option s = m.starts().get(model.choose(m.starts(), true));
      BoundaryFeatures.Option e = m.ends().get(model.choose(m.ends(), false));
      out.add(String.join("\t", List.of(Integer.toString(m.article()), Integer.toString(c.content().begin()),
          Integer.toString(c.content().end()), Integer.toString(c.cue().map(q -> q.span().begin()).orElse(-1)),
          c.type().name(), Integer.toString(begin(doc, c, s)), Integer.toString(end(doc, c, e)),
          bit(m.rightStart().test(s)), bit(m.rightEnd().test(e)), bit(m.starts().stream().anyMatch(m.rightStart())),
          bit(m.ends().stream().anyMatch(m.rightEnd())), Integer.toString(m.starts().size()),
          Integer.toString(m.ends().size()))));
    }
    return out;
  }

  private static String bit(boolean b) {
    return b ? "1" : "0";
  }

  private static int begin(Doc doc, Candidate c, BoundaryFeatures.Option o) {
    return o.current() ? c.content().begin() : doc.token(o.token()).begin();
  }

  private static int end(Doc doc, Candidate c, BoundaryFeatures.Option o) {
    return o.current() ? c.content().end() : doc.token(o.token()).end();
  }

  /** Adds a candidate's options if one of them is right; whether it did. */
  private static boolean add(List<BoundaryFeatures.Option> options,
      Predicate<BoundaryFeatures.Option> right, int article,
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
