package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.StatementType;

class StatementFeaturesTest {

  private final StatementFeatures features = new StatementFeatures(CueLexicon.load(), CueDetector.load(CueLexicon.load()));

  @Test
  void reportedClauseGivesItsCueSourceAndContentEvidence() {
    assertThat(features.of(Fixtures.saidThePlanFailed(), Fixtures.said())).contains(
        "type=INDIRECT", "rule=17", "finder=CUE_VERB", "cue=say", "class=SPEECH", "cuePos=VBD", "cueRel=root", "cueSide=before",
        "cueDistance=1", "sourcePos=PRP", "sourceWord=she", "contentRel=ccomp", "clause", "len=<=4", "quotes=0",
        "sentences=1");
  }

  @Test
  void cueWordIsJoinedWithTheShapeOfItsContentAndTheSentenceEnd() {
    assertThat(features.of(Fixtures.saidThePlanFailed(), Fixtures.said()))
        .contains("cue&contentRel=say|ccomp", "cue&clause=say|true", "cue&contentHeadPos=say|VBD", "sentenceEnd=punct");
  }

  @Test
  void contentEdgesAreTheWordsOutsideAndTheShapeOfTheContent() {
    // "She said [the plan failed]." : a verb before, the full stop after, one whole constituent
    assertThat(features.of(Fixtures.saidThePlanFailed(), Fixtures.said())).contains(
        "before=VBD", "after=.", "toSentenceEnd=true", "fromSentenceStart=false", "constituent=whole", "heads=1",
        "finder&CUE_VERB|before=VBD", "finder&CUE_VERB|after=.", "contentHeadWord=fail", "contentHeadNer=O",
        "paragraph=0");
  }

  @Test
  void contentThatCutsAConstituentSaysSo() {
    // "She said the [plan failed]." : a function word before, part of the clause of "failed"
    Candidate cut = new Candidate(StatementType.INDIRECT, Fixtures.span("plan failed"), Optional.empty(),
        Optional.empty(), -1, Evidence.of(Evidence.Finder.COLON, false));
    assertThat(features.of(Fixtures.saidThePlanFailed(), cut))
        .contains("before=the", "after=.", "constituent=inside", "finder&COLON|constituent=inside");
  }

  @Test
  void contentAtTheStartOfTheSentenceSaysSo() {
    // "[She] said the plan failed."
    assertThat(features.of(Fixtures.saidThePlanFailed(), Fixtures.wrong()))
        .contains("before=START", "after=VBD", "fromSentenceStart=true", "toSentenceEnd=false", "constituent=whole");
  }

  @Test
  void cueInsideAnotherCandidatesContentGetsThatCandidatesEvidence() {
    // "«She said the plan failed»" as a quote with no cue of its own, and "said" inside it
    Candidate outer = new Candidate(StatementType.DIRECT, Fixtures.span("She said the plan failed"), Optional.empty(),
        Optional.empty(), -1, Evidence.of(Evidence.Finder.FLOATING, false));
    List<List<String>> both = features.of(Fixtures.saidThePlanFailed(), List.of(outer, Fixtures.said()));
    assertThat(both.get(1)).contains("cueInsideContent", "outer=FLOATING|DIRECT", "outerCueProb=-",
        "outer&class=-|SPEECH");
    assertThat(both.get(0)).noneMatch(f -> f.startsWith("outer"));
  }

  @Test
  void candidateWithoutCueOrSourceSaysSo() {
    assertThat(features.of(Fixtures.saidThePlanFailed(), Fixtures.wrong()))
        .contains("type=DIRECT", "noCue", "noSource", "noClause", "len=1")
        .noneMatch(f -> f.startsWith("cue="));
  }

  @Test
  void openCueCandidateIsMarkedAsSuch() {
    assertThat(features.of(Fixtures.saidThePlanFailed(), Fixtures.openSaid()))
        .contains("open&cue=say", "open&class=SPEECH", "open&cuePos=VBD", "open&source=true");
  }

  @Test
  void cueDetectorsProbabilitiesOfTheCueItsGovernorAndTheContentAreFeatures() {
    assertThat(features.of(Fixtures.saidThePlanFailed(), Fixtures.said()))
        .anyMatch(f -> f.matches("cueProb=(9|10)"))
        .contains("govCueProb=-")
        .anyMatch(f -> f.matches("innerCueProb=[0-2]"));
  }

  @Test
  void lengthsFallInLogarithmicBins() {
    assertThat(StatementFeatures.lengthBucket(0)).isEqualTo("0");
    assertThat(StatementFeatures.lengthBucket(2)).isEqualTo("2");
    assertThat(StatementFeatures.lengthBucket(3)).isEqualTo("<=4");
    assertThat(StatementFeatures.lengthBucket(9)).isEqualTo("<=16");
    assertThat(StatementFeatures.lengthBucket(500)).isEqualTo(">128");
  }
}
