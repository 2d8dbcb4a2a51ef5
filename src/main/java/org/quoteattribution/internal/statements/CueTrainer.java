package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Trains the {@link CueDetector}'s model: L2-regularised logistic regression
 * ({@link StatementTrainer#fit}, CoreNLP's quasi-Newton, deterministic for the same examples in the
 * same order) over the {@link CueFeatures} of every token that can be a cue, labelled by whether
 * it heads a gold cue span ({@link #cueHeads}).
 */
public final class CueTrainer {

  /** One article: its annotation and its gold cue spans ({@code {begin, end}}, UTF-16). */
  public record Article(Doc doc, List<int[]> cues) {}

  /** Features seen at fewer tokens than this are left out (rare words, mostly). */
  public static final int MIN_COUNT = 8;

  private CueTrainer() {}

  /** The model, trained on all tokens of {@code articles} that can be cues. */
  public static StatementModel train(List<Article> articles, CueFeatures features, double sigma, List<String> header) {
    return StatementTrainer.fit(examples(articles, features, a -> true), sigma, MIN_COUNT, header);
  }

  /**
   * The examples of the articles {@code keep} accepts (by position), for training on some folds.
   */
  static List<StatementTrainer.Example> examples(List<Article> articles, CueFeatures features,
      java.util.function.IntPredicate keep) {
    List<StatementTrainer.Example> out = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      if (!keep.test(a)) {
        continue;
      }
      Doc doc = articles.get(a).doc();
      BitSet heads = cueHeads(doc, articles.get(a).cues());
      int[] quotes = CueFeatures.quoteMarksBefore(doc);
      for (int i = 0; i < doc.tokens().size(); i++) {
        if (CueFeatures.eligible(doc.token(i))) {
          out.add(new StatementTrainer.Example(features.of(doc, i, quotes), heads.get(i), a));
        }
      }
    }
    return out;
  }

  /**
   * Models trained each without one of {@code folds} folds of the articles (article {@code a} in
   * fold {@code a % folds}): the detector for article {@code a} that has not seen it, so that
   * what is trained on the detector's probabilities sees them as on new text.
   */
  public static List<StatementModel> trainFolds(List<Article> articles, CueFeatures features, double sigma,
      int folds) {
    List<StatementModel> out = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      final int fold = k;
      out.add(StatementTrainer.fit(examples(articles, features, a -> a % folds != fold), sigma, MIN_COUNT, List.of()));
    }
    return out;
  }

  /**
   * The tokens that head a gold cue span: in each span, the token whose syntactic head lies
   * outside it (a verb, noun or adjective first: {@code were appointed}, {@code weren't sure},
   * {@code a central focus}).
   */
  public static BitSet cueHeads(Doc doc, List<int[]> cues) {
    BitSet out = new BitSet();
    for (int[] cue : cues) {
      int best = -1;
      for (int i = doc.tokenAtOrAfter(cue[0]); i < doc.tokens().size() && doc.token(i).begin() < cue[1]; i++) {
        int h = doc.token(i).head();
        boolean outside = h < 0 || doc.token(h).begin() < cue[0] || doc.token(h).begin() >= cue[1];
        if (outside && (best < 0 || !CueFeatures.eligible(doc.token(best)) && CueFeatures.eligible(doc.token(i)))) {
          best = i;
        }
      }
      if (best >= 0) {
        out.set(best);
      }
    }
    return out;
  }
}
