package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;

class BoundaryTrainerTest {

  private static List<BoundaryTrainer.Article> corpus(String goldContent) {
    Doc doc = BoundaryFixtures.doc();
    int begin = doc.text().indexOf(goldContent);
    List<BoundaryTrainer.Article> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      articles.add(new BoundaryTrainer.Article(doc, List.of(BoundaryFixtures.said(StatementType.INDIRECT)),
          List.of(new int[] {begin, begin + goldContent.length()})));
    }
    return articles;
  }

  private static String refined(BoundaryModel model) {
    return BoundaryFixtures.marked(new ContentBoundaries(model).refine(BoundaryFixtures.doc(), List.of(),
        List.of(BoundaryFixtures.said(StatementType.INDIRECT))).get(0));
  }

  @Test
  void tinyCorpusTrainsEndToEndDeterministically() {
    List<BoundaryTrainer.Article> articles = corpus("the plan failed");
    BoundaryModel model = BoundaryTrainer.train(articles, 1.0, 0, 0, counts -> List.of("fixture " + counts));
    assertThat(refined(model)).isEqualTo("She said «the plan failed», which surprised no one.");
    assertThat(model.header().get(0)).isEqualTo("fixture Counts[candidates=6, startOptions=42, endOptions=42]");
    assertThat(BoundaryTrainer.train(articles, 1.0, 0, 0, counts -> List.of("fixture " + counts)).write())
        .isEqualTo(model.write());
    assertThat(BoundaryTrainer.accuracy(articles, model)).startsWith(6, 6, 6);
  }

  @Test
  void aCandidateLearnsOnlyFromGoldWithItsOwnCue() {
    Doc doc = BoundaryFixtures.doc();
    int[] surprised = {doc.text().indexOf("surprised"), doc.text().indexOf("surprised") + 9};
    int[] said = {doc.text().indexOf("said"), doc.text().indexOf("said") + 4};
    int[] gold = {doc.text().indexOf("the plan"), doc.text().indexOf(",")};
    Candidate c = BoundaryFixtures.said(StatementType.INDIRECT);
    assertThat(BoundaryTrainer.matches(new BoundaryTrainer.Article(doc, List.of(c), List.of(gold),
        List.of(List.of(surprised))))).containsExactly(-1);
    assertThat(BoundaryTrainer.matches(new BoundaryTrainer.Article(doc, List.of(c), List.of(gold),
        List.of(List.of(said))))).containsExactly(0);
    assertThat(BoundaryTrainer.matches(new BoundaryTrainer.Article(doc, List.of(c), List.of(gold))))
        .containsExactly(0);
  }

  @Test
  void goldThatTheRulesAlreadyMatchTeachesToStay() {
    BoundaryModel model = BoundaryTrainer.train(corpus("the plan failed, which surprised no one"), 1.0, 0, 0,
        counts -> List.of("fixture"));
    assertThat(refined(model)).isEqualTo("She said «the plan failed, which surprised no one».");
  }
}
