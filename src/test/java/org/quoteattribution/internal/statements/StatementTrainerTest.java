package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;

class StatementTrainerTest {

  private static int[] gold(String text, String part) {
    int begin = text.indexOf(part);
    return new int[] {begin, begin + part.length()};
  }

  @Test
  void labelsMatchLikeTheEvaluationLeadingThatAndQuoteMarksAside() {
    String text = "He said that “prices will rise.” Then he left.";
    Span predicted = Span.of(text, text.indexOf("prices"), text.indexOf(".”"));
    assertThat(StatementTrainer.label(text, List.of(predicted), List.of(gold(text, "that “prices will rise.”"))))
        .containsExactly(true);
  }

  @Test
  void eachGoldStatementMatchesOneCandidateTheLargestOverlapFirst() {
    String text = "She said the plan failed badly.";
    List<Span> predicted = List.of(Span.of(text, 9, 20), Span.of(text, 9, 30));
    assertThat(StatementTrainer.label(text, predicted, List.of(gold(text, "the plan failed badly"))))
        .containsExactly(false, true);
  }

  @Test
  void candidateOverlappingLessThanHalfTheShorterSpanIsWrong() {
    String text = "She said the plan failed badly.";
    assertThat(StatementTrainer.label(text, List.of(Span.of(text, 0, 12)), List.of(gold(text, "the plan failed badly"))))
        .containsExactly(false);
  }

  @Test
  void exactLabelsNeedTheSameTrimmedSpanOncePerGoldStatement() {
    String text = "She said that “the plan failed.” He agreed.";
    List<Span> predicted = List.of(Span.of(text, text.indexOf("the plan"), text.indexOf(".”")),
        Span.of(text, text.indexOf("the plan"), text.indexOf(".”")), Span.of(text, text.indexOf("the plan"), 20));
    assertThat(StatementTrainer.labelExact(text, predicted, List.of(gold(text, "that “the plan failed.”"))))
        .containsExactly(true, false, false);
  }

  @Test
  void tinyCorpusTrainsEndToEndDeterministically() {
    Doc doc = Fixtures.saidThePlanFailed();
    StatementFeatures features = new StatementFeatures(CueLexicon.load(), CueDetector.load(CueLexicon.load()));
    List<StatementTrainer.Article> articles = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      List<Candidate> candidates = List.of(Fixtures.wrong(), Fixtures.said());
      articles.add(new StatementTrainer.Article(doc.text(), candidates,
          candidates.stream().map(f -> features.of(doc, f)).toList(), List.of(gold(doc.text(), "the plan failed"))));
    }
    StatementTrainer.Settings settings = new StatementTrainer.Settings(1.0, 3, 0.5, 0.2, 0.0);
    StatementModel model = StatementTrainer.train(articles, settings, List.of("fixture"));

    double right = model.keepProbability(model.score(features.of(doc, Fixtures.said())));
    double wrong = model.keepProbability(model.score(features.of(doc, Fixtures.wrong())));
    assertThat(right).isGreaterThan(0.8);
    assertThat(wrong).isLessThan(0.2);
    assertThat(model.exactProbability(model.exactScore(features.of(doc, Fixtures.said())))).isGreaterThan(0.8);
    assertThat(model.exactProbability(model.exactScore(features.of(doc, Fixtures.wrong())))).isLessThan(0.2);
    List<OptionalDouble> scores = new TrainedScorer(features, model)
        .scoreAll(List.of(Fixtures.wrong(), Fixtures.said()), doc);
    assertThat(scores.get(0)).isEmpty();
    assertThat(scores.get(1).getAsDouble()).isGreaterThan(0.5);
    assertThat(StatementTrainer.train(articles, settings, List.of("fixture")).write()).isEqualTo(model.write());
  }

  @Test
  void logisticFitRecoversAShiftedScale() {
    List<double[]> rows = new ArrayList<>();
    for (int i = -40; i <= 40; i++) {
      double score = i / 10.0;
      double p = 1 / (1 + Math.exp(-(2 * score - 1)));
      for (int k = 0; k < 100; k++) {
        rows.add(new double[] {score, 1, k < Math.round(p * 100) ? 1 : 0});
      }
    }
    double[] c = StatementTrainer.logistic(rows);
    assertThat(c[0]).isCloseTo(2, org.assertj.core.data.Offset.offset(0.1));
    assertThat(c[1]).isCloseTo(-1, org.assertj.core.data.Offset.offset(0.1));
  }
}
