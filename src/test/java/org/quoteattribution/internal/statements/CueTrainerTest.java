package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;

class CueTrainerTest {

  private static int[] span(Doc doc, String part) {
    int begin = doc.text().indexOf(part);
    return new int[] {begin, begin + part.length()};
  }

  /** {@code The mayor was not sure of it.}: the cue span {@code was not sure} is headed by its adjective. */
  private static Doc notSure() {
    return TestDocs.sentence("The mayor was not sure of it.", "The/the/DT/O/2/det", "mayor/mayor/NN/O/5/nsubj",
        "was/be/VBD/O/5/cop", "not/not/RB/O/5/advmod", "sure/sure/JJ/O/0/root", "of/of/IN/O/7/case",
        "it/it/PRP/O/5/obl", "./././O/5/punct");
  }

  @Test
  void goldCueSpanIsLabelledAtItsHeadWord() {
    Doc doc = notSure();
    assertThat(CueTrainer.cueHeads(doc, List.of(span(doc, "was not sure"))).stream().toArray()).containsExactly(4);
    Doc said = Fixtures.saidThePlanFailed();
    assertThat(CueTrainer.cueHeads(said, List.of(span(said, "said"))).stream().toArray()).containsExactly(1);
  }

  @Test
  void tinyCorpusTrainsEndToEndDeterministically() {
    List<CueTrainer.Article> articles = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Doc doc = i % 2 == 0 ? Fixtures.saidThePlanFailed() : notSure();
      articles.add(new CueTrainer.Article(doc, List.of(span(doc, i % 2 == 0 ? "said" : "was not sure"))));
    }
    CueFeatures features = new CueFeatures(CueLexicon.load());
    StatementModel model = CueTrainer.train(articles, features, 1.0, List.of("fixture"));
    assertThat(model.write()).isEqualTo(CueTrainer.train(articles, features, 1.0, List.of("fixture")).write());
    assertThat(model.header()).containsExactly("fixture");

    CueDetector detector = new CueDetector(features, model);
    double[] said = detector.probabilities(Fixtures.saidThePlanFailed());
    assertThat(said[1]).as("said").isGreaterThan(0.7);
    assertThat(said[3]).as("plan").isLessThan(0.3);
    assertThat(said[4]).as("failed").isLessThan(0.3);
    double[] sure = detector.probabilities(notSure());
    assertThat(sure[4]).as("sure").isGreaterThan(0.7);
    assertThat(sure[1]).as("mayor").isLessThan(0.3);
  }

  @Test
  void foldModelsAreTrainedWithoutTheirFold() {
    List<CueTrainer.Article> articles = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      Doc doc = Fixtures.saidThePlanFailed();
      articles.add(new CueTrainer.Article(doc, List.of(span(doc, "said"))));
    }
    List<StatementModel> folds = CueTrainer.trainFolds(articles, new CueFeatures(CueLexicon.load()), 1.0, 3);
    assertThat(folds).hasSize(3);
    assertThat(folds.get(0).write()).isEqualTo(folds.get(1).write()); // the same articles in every fold
  }
}
