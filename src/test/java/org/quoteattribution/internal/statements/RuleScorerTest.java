package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.statements.CueLexicon.CueClass;
import org.quoteattribution.internal.statements.CueLexicon.Entry;
import org.quoteattribution.internal.statements.CueLexicon.Kind;
import org.quoteattribution.internal.statements.Evidence.Finder;

/** The rule-based scorer on evidence alone, without models. */
class RuleScorerTest {

  private static final Entry SAY = new Entry("say", Kind.VERB, CueClass.SPEECH, 1.0);
  private static final Entry BELIEVE = new Entry("believe", Kind.VERB, CueClass.BELIEF, 0.5);

  @Test
  void givesEachPatternRuleItsConfidence() {
    assertThat(RuleScorer.score(Evidence.of(Finder.ACCORDING_TO, true))).isEqualTo(0.8);
    assertThat(RuleScorer.score(Evidence.ofCue(Finder.QUOTE_CUE, SAY, false, true))).isEqualTo(0.9);
    assertThat(RuleScorer.score(Evidence.of(Finder.SIGNATURE, true))).isEqualTo(0.7);
    assertThat(RuleScorer.score(Evidence.of(Finder.COLON, true))).isEqualTo(0.6);
    assertThat(RuleScorer.score(Evidence.of(Finder.FLOATING, false))).isEqualTo(0.6);
  }

  @Test
  void scoresCueVerbsByClassAndWeightLowerForNounPhrasesAndMissingSubjects() {
    assertThat(RuleScorer.score(Evidence.ofCue(Finder.CUE_VERB, SAY, false, true))).isEqualTo(0.85);
    assertThat(RuleScorer.score(Evidence.ofCue(Finder.CUE_VERB, BELIEVE, false, true)))
        .isCloseTo(0.55 * 0.8, within(1e-12));
    assertThat(RuleScorer.score(Evidence.ofCue(Finder.CUE_VERB, SAY, true, false)))
        .isCloseTo(0.85 * 0.85 * 0.8, within(1e-12));
  }

  @Test
  void raisesAQuotedContentAndKeepsTheBestOfJoinedCandidates() {
    Evidence colon = Evidence.of(Finder.COLON, true);
    assertThat(RuleScorer.score(colon.absorbedQuote())).isCloseTo(0.7, within(1e-12));
    assertThat(RuleScorer.score(Evidence.ofCue(Finder.QUOTE_CUE, SAY, false, true).absorbedQuote().absorbedQuote()))
        .isEqualTo(1.0);
    assertThat(RuleScorer.score(colon.joinedWith(Evidence.of(Finder.ACCORDING_TO, true)))).isEqualTo(0.8);
    assertThat(colon.continuedQuote().quotesContinued()).isEqualTo(1);
  }

  @Test
  void evidenceIsAValue() {
    Evidence e = new Evidence(Finder.COLON, Optional.empty(), false, true, 0, 0, List.of());
    assertThat(e).isEqualTo(Evidence.of(Finder.COLON, true));
  }
}
