package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.nlp.Doc;

class CueDetectorTest {

  private final CueDetector shipped = CueDetector.load(CueLexicon.load());

  @Test
  void shippedModelLoadsWithAHeaderNamingDataCommandAndDate() {
    assertThat(shipped.model().size()).isGreaterThan(1000);
    assertThat(shipped.model().header()).anyMatch(h -> h.startsWith("Data: PolNeAR train"))
        .anyMatch(h -> h.startsWith("Command: mvn -o -q -Ptrain"))
        .anyMatch(h -> h.matches("Date: \\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void shippedModelFindsTheSpeechVerbAndNotItsSubjectOrObject() {
    Doc doc = Fixtures.saidThePlanFailed();
    double[] p = shipped.probabilities(doc);
    assertThat(p).hasSize(doc.tokens().size());
    assertThat(p[1]).as("said").isGreaterThan(0.8);
    assertThat(p[0]).as("She: not a verb, noun or adjective").isZero();
    assertThat(p[3]).as("plan").isLessThan(0.2);
    assertThat(p[4]).as("failed").isLessThan(p[1]);
  }
}
