package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quoteattribution.StatementType;

class BoundaryModelTest {

  @Test
  void shippedModelLoadsAndNamesItsDataCommandAndDate() {
    BoundaryModel m = BoundaryModel.load();
    assertThat(String.join("\n", m.header()))
        .contains("PolNeAR train", "Command: mvn -o -q -Ptrain", "TrainBoundaryModel", "Date: ", "Dev/test not used");
    assertThat(m.size()).isGreaterThan(1000);
  }

  @Test
  void shippedModelMovesAnEndOnlyWhenClearlyBetter() {
    // the end margin chosen on dev: an end moves when its option scores 0.4 above the current end's
    BoundaryModel m = BoundaryModel.load();
    assertThat(m.score(List.of(BoundaryModel.END_MARGIN))).isEqualTo(0.4);
    assertThat(m.score(List.of(BoundaryModel.START_MARGIN))).isZero();
  }

  @Test
  void shippedModelKeepsAReportedClauseThatEndsItsSentence() {
    org.quoteattribution.internal.nlp.Doc doc = Fixtures.saidThePlanFailed();
    BoundaryFeatures.Cues none = BoundaryFeatures.Cues.none();
    BoundaryModel m = BoundaryModel.load();
    assertThat(m.choose(BoundaryFeatures.starts(doc, Fixtures.said(), none), true)).isZero();
    assertThat(m.choose(BoundaryFeatures.ends(doc, Fixtures.said(), none), false)).isZero();
  }

  @Test
  void choosesTheBestOptionOnlyIfItBeatsTheCurrentByTheMargin() {
    BoundaryModel m = BoundaryModel.of(Map.of("E:a", 1.0, "E:b", 2.0), 0, 1.5, List.of());
    List<BoundaryFeatures.Option> options = List.of(new BoundaryFeatures.Option(0, true, List.of("E:a")),
        new BoundaryFeatures.Option(1, false, List.of("E:b")), new BoundaryFeatures.Option(2, false, List.of("E:c")));
    assertThat(m.choose(options, false)).isZero();
    assertThat(m.withMargins(0, 0.5).choose(options, false)).isEqualTo(1);
  }

  @Test
  void writtenModelReadsBackTheSame() throws Exception {
    BoundaryModel m = BoundaryModel.of(Map.of("S:x", 0.25, "E:y", -1.5), 0.1, 0.2, List.of("a header"));
    BoundaryModel back = new BoundaryModel(StatementModel.parse(new StringReader(m.write())));
    assertThat(back.write()).isEqualTo(m.write());
    assertThat(back.header()).containsExactly("a header");
  }
}
