package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainedScorerTest {

  private static final StatementModel FLOORS = new StatementModel(Map.of(), List.of()).withFloors(0.5, 0.2);

  @Test
  void candidatesBelowTheirFloorAreDropped() {
    List<Candidate> candidates = List.of(Fixtures.said(), Fixtures.openSaid());
    // keep probabilities: logistic(-1) = 0.27 for both: above the rule floor, below the open floor
    assertThat(TrainedScorer.select(candidates, new double[] {-1, -1}, FLOORS)).containsExactly(0);
  }

  @Test
  void openCandidateOverlappingAMoreProbableOneIsDropped() {
    List<Candidate> candidates = List.of(Fixtures.openSaid(), Fixtures.said());
    assertThat(TrainedScorer.select(candidates, new double[] {2, 3}, FLOORS)).containsExactly(1);
    assertThat(TrainedScorer.select(candidates, new double[] {3, 2}, FLOORS)).containsExactly(0, 1);
  }

  @Test
  void quoteWithItsAttributionIsKeptWhateverItsProbability() {
    assertThat(keptOf(List.of(Fixtures.floating()), new double[] {-10})).containsExactly(0);
  }

  private static List<Integer> keptOf(List<Candidate> candidates, double[] raw) {
    return TrainedScorer.select(candidates, raw, FLOORS);
  }
}
