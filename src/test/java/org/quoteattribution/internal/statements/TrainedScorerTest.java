package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;

class TrainedScorerTest {

  private static final StatementModel FLOORS = new StatementModel(Map.of(), List.of()).withFloors(0.5, 0.2);

  @Test
  void candidatesBelowTheirFloorAreDropped() {
    List<Candidate> candidates = List.of(Fixtures.said(), Fixtures.openSaid());
    // keep probabilities: logistic(-1) = 0.27 for both: above the rule floor, below the open floor
    assertThat(TrainedScorer.select(candidates, new double[] {-1, -1}, new double[2], FLOORS)).containsExactly(0);
  }

  @Test
  void openCandidateOverlappingAMoreProbableOneIsDropped() {
    Candidate shorter = Fixtures.said().withContent(StatementType.INDIRECT, Fixtures.span("plan failed"));
    List<Candidate> candidates = List.of(Fixtures.openSaid(), shorter);
    assertThat(TrainedScorer.select(candidates, new double[] {2, 3}, new double[2], FLOORS)).containsExactly(1);
    assertThat(TrainedScorer.select(candidates, new double[] {3, 2}, new double[2], FLOORS)).containsExactly(0, 1);
  }

  @Test
  void secondCandidateWithTheSameWordsAsAMoreProbableOneIsDropped() {
    // "She said [the plan failed]" and "[the plan failed.]": one content, kept once, the likelier
    Candidate withStop = Fixtures.said().withContent(StatementType.INDIRECT, Fixtures.span("the plan failed."));
    List<Candidate> candidates = List.of(Fixtures.said(), withStop);
    assertThat(TrainedScorer.select(candidates, new double[] {2, 3}, new double[2], FLOORS)).containsExactly(1);
    assertThat(TrainedScorer.select(candidates, new double[] {3, 2}, new double[2], FLOORS)).containsExactly(0);
  }

  @Test
  void contentsWithTheSameWordsDifferOnlyInQuoteMarksSpaceAndClosingPunctuation() {
    String text = "He said: “We will appeal,” and left.";
    int open = text.indexOf('“');
    int close = text.indexOf('”') + 1;
    Span quoted = Span.of(text, open - 1, close);
    Span bare = Span.of(text, open + 1, text.indexOf(','));
    assertThat(TrainedScorer.core(quoted)).isEqualTo(TrainedScorer.core(bare));
    assertThat(TrainedScorer.core(Span.of(text, open + 1, open + 8))).isNotEqualTo(TrainedScorer.core(bare));
  }

  @Test
  void candidateUnlikelyToHaveExactlyTheRightContentIsDropped() {
    StatementModel model = FLOORS.withExact(Map.of(), 1, 0).with(StatementModel.EXACT_FLOOR, 0.5);
    List<Candidate> candidates = List.of(Fixtures.said());
    // keep probability logistic(1) = 0.73; exact logistic(-2) = 0.12, mean 0.42; logistic(0) = 0.5, mean 0.62
    assertThat(TrainedScorer.select(candidates, new double[] {1}, new double[] {-2}, model)).isEmpty();
    assertThat(TrainedScorer.select(candidates, new double[] {1}, new double[] {0}, model)).containsExactly(0);
  }

  @Test
  void exactFloorSparesAQuoteWithItsAttribution() {
    StatementModel model = FLOORS.withExact(Map.of(), 1, 0).with(StatementModel.EXACT_FLOOR, 0.9);
    assertThat(TrainedScorer.select(List.of(Fixtures.floating()), new double[] {-10}, new double[] {-10}, model))
        .containsExactly(0);
  }

  @Test
  void quoteWithItsAttributionIsKeptWhateverItsProbability() {
    assertThat(keptOf(List.of(Fixtures.floating()), new double[] {-10})).containsExactly(0);
  }

  private static List<Integer> keptOf(List<Candidate> candidates, double[] raw) {
    return TrainedScorer.select(candidates, raw, new double[raw.length], FLOORS);
  }
}
