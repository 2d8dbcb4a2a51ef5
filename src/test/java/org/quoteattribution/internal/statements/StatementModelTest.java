package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.QuoteAttributionException;

class StatementModelTest {

  @Test
  void probabilityIsTheLogisticOfBiasAndWeights() throws Exception {
    StatementModel m = StatementModel.parse(new StringReader("# a header\n(bias)\t-1\ncue=say\t2\n"));
    assertThat(m.header()).containsExactly("a header");
    double score = m.score(List.of("cue=say", "unknown feature"));
    assertThat(score).isEqualTo(1.0);
    assertThat(m.probability(score, Fixtures.said())).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void writtenModelReadsBackTheSame() throws Exception {
    StatementModel m = StatementModel.parse(new StringReader("# h\n(bias)\t-0.5\ncue=say\t1.25\n"))
        .withFloors(0.4, 0.1).withKeepScaling(2, -1).withCalibration(new double[] {1.5, 0.2, 0, 0, -0.3});
    StatementModel again = StatementModel.parse(new StringReader(m.write()));
    assertThat(again.write()).isEqualTo(m.write());
    assertThat(again.floor(Fixtures.openSaid())).isEqualTo(0.4);
    assertThat(again.floor(Fixtures.said())).isEqualTo(0.1);
  }

  @Test
  void malformedLineIsAClearError() {
    assertThatThrownBy(() -> StatementModel.parse(new StringReader("cue=say\tlots\n")))
        .isInstanceOf(QuoteAttributionException.class).hasMessageContaining("line 1");
  }

  @Test
  void shippedModelLoadsAndNamesItsDataCommandAndDate() {
    StatementModel m = StatementModel.load();
    assertThat(String.join("\n", m.header())).contains("PolNeAR train", "Command: mvn", "Date: ");
    assertThat(m.size()).isGreaterThan(100);
    double p = m.probability(m.score(new StatementFeatures(CueLexicon.load(), CueDetector.load(CueLexicon.load()))
        .of(Fixtures.saidThePlanFailed(), Fixtures.said())), Fixtures.said());
    assertThat(p).isBetween(0.5, 1.0);
  }
}
