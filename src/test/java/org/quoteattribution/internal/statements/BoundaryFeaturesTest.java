package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;

class BoundaryFeaturesTest {

  private final Doc doc = BoundaryFixtures.doc();
  private final Candidate said = BoundaryFixtures.said(StatementType.INDIRECT);

  private List<Integer> tokens(List<BoundaryFeatures.Option> options) {
    return options.stream().map(BoundaryFeatures.Option::token).toList();
  }

  private BoundaryFeatures.Option at(List<BoundaryFeatures.Option> options, String word) {
    return options.stream().filter(o -> doc.token(o.token()).word().equals(word) && !o.current()).findFirst()
        .orElseThrow();
  }

  @Test
  void theCurrentEndComesFirstThenEveryConstituentEndAndWordBeforePunctuation() {
    List<BoundaryFeatures.Option> ends = BoundaryFeatures.ends(doc, said, BoundaryFeatures.Cues.none());
    assertThat(ends.get(0).current()).isTrue();
    assertThat(doc.token(ends.get(0).token()).word()).isEqualTo("one");
    assertThat(tokens(ends.subList(1, ends.size()))).contains(4).doesNotContain(5, 9); // "failed", not "," or "one" again
  }

  @Test
  void anEndBeforeARelativeClauseSeesWhatTheClauseHangsFrom() {
    List<String> f = at(BoundaryFeatures.ends(doc, said, BoundaryFeatures.Cues.none()), "failed").features();
    assertThat(f).contains("E:n=,", "E:m=which", "E:nextAttach=head|acl", "E:move=-5-8",
        "E:cross-=head|acl");
    assertThat(BoundaryFeatures.ends(doc, said, BoundaryFeatures.Cues.none()).get(0).features())
        .contains("E:current", "E:current|INDIRECT", "E:sentenceEnd");
  }

  @Test
  void noStartMovesOverTheCueOrTheSource() {
    List<BoundaryFeatures.Option> starts = BoundaryFeatures.starts(doc, said, BoundaryFeatures.Cues.none());
    assertThat(starts.get(0).current()).isTrue();
    assertThat(tokens(starts)).allMatch(k -> k >= 2);
  }

  @Test
  void anotherRuleCueStopsAnEnd() {
    Candidate shorter = said.withContent(StatementType.INDIRECT, BoundaryFixtures.span("the plan failed"));
    Candidate surprised = new Candidate(StatementType.INDIRECT, BoundaryFixtures.span("no one"),
        java.util.Optional.of(new org.quoteattribution.Cue(BoundaryFixtures.span("surprised"), "surprise")),
        java.util.Optional.empty(), -1, Evidence.of(Evidence.Finder.CUE_VERB, false));
    BoundaryFeatures.Cues cues = BoundaryFeatures.cues(doc, List.of(shorter, surprised));
    assertThat(tokens(BoundaryFeatures.ends(doc, shorter, cues))).allMatch(k -> k < 7);
    assertThat(tokens(BoundaryFeatures.ends(doc, shorter, BoundaryFeatures.Cues.none()))).contains(9);
  }

  @Test
  void openCueStageCuesStopNothing() {
    Candidate open = new Candidate(StatementType.INDIRECT, BoundaryFixtures.span("no one"),
        java.util.Optional.of(new org.quoteattribution.Cue(BoundaryFixtures.span("surprised"), "surprise")),
        java.util.Optional.empty(), -1, Evidence.of(Evidence.Finder.OPEN_CUE, false));
    assertThat(BoundaryFeatures.cues(doc, List.of(open)).rule().isEmpty()).isTrue();
  }

  @Test
  void noStartMovesOverTheAsOfDescribedItAs() {
    String text = "He described it as a failure.";
    Doc described = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "He/he/PRP/O/2/nsubj", "described/describe/VBD/O/0/root", "it/it/PRP/O/2/obj", "as/as/IN/O/6/case",
        "a/a/DT/O/6/det", "failure/failure/NN/O/2/obl", "./././O/2/punct");
    Candidate c = new Candidate(StatementType.INDIRECT,
        org.quoteattribution.Span.of(text, text.indexOf("a failure"), text.indexOf(".")),
        java.util.Optional.of(new org.quoteattribution.Cue(
            org.quoteattribution.Span.of(text, 3, 12), "describe")), java.util.Optional.of(
            org.quoteattribution.Span.of(text, 0, 2)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
    assertThat(tokens(BoundaryFeatures.starts(described, c, BoundaryFeatures.Cues.none()))).allMatch(k -> k >= 4);
  }

  @Test
  void noStartOnAComplementizer() {
    String text = "He argued that the bill was unfair.";
    Doc argued = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "He/he/PRP/O/2/nsubj", "argued/argue/VBD/O/0/root", "that/that/IN/O/7/mark", "the/the/DT/O/5/det",
        "bill/bill/NN/O/7/nsubj", "was/be/VBD/O/7/cop", "unfair/unfair/JJ/O/2/ccomp", "./././O/2/punct");
    Candidate c = new Candidate(StatementType.INDIRECT,
        org.quoteattribution.Span.of(text, text.indexOf("bill"), text.indexOf(".")),
        java.util.Optional.of(new org.quoteattribution.Cue(
            org.quoteattribution.Span.of(text, 3, 9), "argue")), java.util.Optional.of(
            org.quoteattribution.Span.of(text, 0, 2)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
    assertThat(tokens(BoundaryFeatures.starts(argued, c, BoundaryFeatures.Cues.none()))).contains(3).doesNotContain(2);
  }

  @Test
  void functionWordsKeepTheirSpellingContentWordsTheirTag() {
    assertThat(BoundaryFeatures.shape(doc.token(6))).isEqualTo("which");
    assertThat(BoundaryFeatures.shape(doc.token(3))).isEqualTo("NN");
    assertThat(BoundaryFeatures.shape(doc.token(1))).isEqualTo("said");
  }
}
