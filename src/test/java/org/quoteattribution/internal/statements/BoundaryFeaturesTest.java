package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.statements.BoundaryFeatures.Cues;

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
    List<BoundaryFeatures.Option> ends = BoundaryFeatures.ends(doc, said, Cues.none());
    assertThat(ends.get(0).current()).isTrue();
    assertThat(doc.token(ends.get(0).token()).word()).isEqualTo("one");
    assertThat(tokens(ends.subList(1, ends.size()))).contains(4).doesNotContain(5, 9); // "failed", not "," or "one" again
  }

  @Test
  void anEndBeforeARelativeClauseSeesWhatTheClauseHangsFrom() {
    List<String> f = at(BoundaryFeatures.ends(doc, said, Cues.none()), "failed").features();
    assertThat(f).contains("E:o=,", "E:ow=which", "E:outAttach=head|acl", "E:move=-5-8",
        "E:cross-=head|acl");
    assertThat(BoundaryFeatures.ends(doc, said, Cues.none()).get(0).features())
        .contains("E:current", "E:current|INDIRECT", "E:sentenceEdge");
  }

  @Test
  void noStartMovesOverTheCueOrTheSource() {
    List<BoundaryFeatures.Option> starts = BoundaryFeatures.starts(doc, said, Cues.none());
    assertThat(starts.get(0).current()).isTrue();
    assertThat(tokens(starts)).allMatch(k -> k >= 2);
  }

  @Test
  void anotherRuleCueStopsAnEnd() {
    Candidate shorter = said.withContent(StatementType.INDIRECT, BoundaryFixtures.span("the plan failed"));
    Candidate surprised = new Candidate(StatementType.INDIRECT, BoundaryFixtures.span("no one"),
        Optional.of(new org.quoteattribution.Cue(BoundaryFixtures.span("surprised"), "surprise")),
        Optional.empty(), -1, Evidence.of(Evidence.Finder.CUE_VERB, false));
    BoundaryFeatures.Cues cues = BoundaryFeatures.cues(doc, List.of(shorter, surprised));
    assertThat(tokens(BoundaryFeatures.ends(doc, shorter, cues))).allMatch(k -> k < 7);
    assertThat(tokens(BoundaryFeatures.ends(doc, shorter, Cues.none()))).contains(9);
  }

  @Test
  void openCueStageCuesStopNothing() {
    Candidate open = new Candidate(StatementType.INDIRECT, BoundaryFixtures.span("no one"),
        Optional.of(new org.quoteattribution.Cue(BoundaryFixtures.span("surprised"), "surprise")),
        Optional.empty(), -1, Evidence.of(Evidence.Finder.OPEN_CUE, false));
    assertThat(BoundaryFeatures.cues(doc, List.of(open)).rule().isEmpty()).isTrue();
  }

  private static Candidate described(String text, Doc doc) {
    return new Candidate(StatementType.INDIRECT,
        org.quoteattribution.Span.of(text, text.indexOf("a failure"), text.indexOf(".")),
        Optional.of(new org.quoteattribution.Cue(
            org.quoteattribution.Span.of(text, 3, 12), "describe")), Optional.of(
            org.quoteattribution.Span.of(text, 0, 2)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
  }

  @Test
  void aStartMayTakeTheObjectOfDescribedItAsButNotTheCue() {
    String text = "He described it as a failure.";
    Doc described = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "He/he/PRP/O/2/nsubj", "described/describe/VBD/O/0/root", "it/it/PRP/O/2/obj", "as/as/IN/O/6/case",
        "a/a/DT/O/6/det", "failure/failure/NN/O/2/obl", "./././O/2/punct");
    List<BoundaryFeatures.Option> starts = BoundaryFeatures.starts(described, described(text, described), Cues.none());
    assertThat(tokens(starts)).contains(2).allMatch(k -> k >= 2);
    BoundaryFeatures.Option it = starts.stream().filter(o -> o.token() == 2).findFirst().orElseThrow();
    assertThat(it.features()).contains("S:cross-=cue|obj", "S:cross-=head|case", "S:cueOutside|next",
        "S:cue=V|inAttach=cue|obj");
  }

  @Test
  void anEndMayStopBeforeAModifierOfItsLastWord() {
    // "her granddaughter | in speeches": "granddaughter" ends no constituent, but a phrase that hangs from it follows
    String text = "She mentions her granddaughter in speeches.";
    Doc mentions = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "She/she/PRP/O/2/nsubj", "mentions/mention/VBZ/O/0/root", "her/her/PRP$/O/4/nmod:poss",
        "granddaughter/granddaughter/NN/O/2/obj", "in/in/IN/O/6/case", "speeches/speech/NNS/O/4/nmod",
        "./././O/2/punct");
    Candidate c = new Candidate(StatementType.INDIRECT,
        org.quoteattribution.Span.of(text, text.indexOf("her g"), text.indexOf(".")),
        Optional.of(new org.quoteattribution.Cue(org.quoteattribution.Span.of(text, 4, 12), "mention")),
        Optional.of(org.quoteattribution.Span.of(text, 0, 3)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
    List<BoundaryFeatures.Option> ends = BoundaryFeatures.ends(mentions, c, Cues.none());
    BoundaryFeatures.Option cut = ends.stream().filter(o -> o.token() == 3).findFirst().orElseThrow();
    assertThat(cut.features()).contains("E:phraseCut", "E:ow=in", "E:outAttach=head|nmod", "E:cross-=head|nmod|in")
        .doesNotContain("E:constituentEdge");
  }

  @Test
  void bothEdgesAreDescribedByOneCodePathEachFromItsOwnSide() {
    BoundaryFeatures.Option start = BoundaryFeatures.starts(doc, said, Cues.none()).get(0);
    BoundaryFeatures.Option end = BoundaryFeatures.ends(doc, said, Cues.none()).get(0);
    assertThat(start.features()).contains("S:current", "S:w=the", "S:o=said", "S:cueOutside|next",
        "S:inAttach=cue|ccomp");
    assertThat(end.features()).contains("E:current", "E:w=NN", "E:o=.", "E:sentenceEdge", "E:headIn|obj");
  }

  @Test
  void aMoveOverAnotherCandidatesCueSaysSo() {
    Candidate open = new Candidate(StatementType.INDIRECT, BoundaryFixtures.span("no one"),
        Optional.of(new org.quoteattribution.Cue(BoundaryFixtures.span("surprised"), "surprise")),
        Optional.empty(), -1, Evidence.of(Evidence.Finder.OPEN_CUE, false));
    List<String> f = at(BoundaryFeatures.ends(doc, said, BoundaryFeatures.cues(doc, List.of(said, open))), "failed")
        .features();
    assertThat(f).contains("E:cross-Cue=open", "E:crossPunct-=,");
  }

  @Test
  void noStartOnAComplementizer() {
    String text = "He argued that the bill was unfair.";
    Doc argued = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "He/he/PRP/O/2/nsubj", "argued/argue/VBD/O/0/root", "that/that/IN/O/7/mark", "the/the/DT/O/5/det",
        "bill/bill/NN/O/7/nsubj", "was/be/VBD/O/7/cop", "unfair/unfair/JJ/O/2/ccomp", "./././O/2/punct");
    Candidate c = new Candidate(StatementType.INDIRECT,
        org.quoteattribution.Span.of(text, text.indexOf("bill"), text.indexOf(".")),
        Optional.of(new org.quoteattribution.Cue(
            org.quoteattribution.Span.of(text, 3, 9), "argue")), Optional.of(
            org.quoteattribution.Span.of(text, 0, 2)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
    assertThat(tokens(BoundaryFeatures.starts(argued, c, Cues.none()))).contains(3).doesNotContain(2);
  }

  @Test
  void aStartOnAComplementizerBeforeACommaIsOffered() {
    // the evaluation trims "that " but not "that,": "He argued «that, in the end, it failed»"
    String text = "He argued that, in the end, it failed.";
    Doc argued = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "He/he/PRP/O/2/nsubj", "argued/argue/VBD/O/0/root", "that/that/IN/O/10/mark", ",/,/,/O/10/punct",
        "in/in/IN/O/7/case", "the/the/DT/O/7/det", "end/end/NN/O/10/obl", ",/,/,/O/10/punct",
        "it/it/PRP/O/10/nsubj", "failed/fail/VBD/O/2/ccomp", "./././O/2/punct");
    Candidate c = new Candidate(StatementType.INDIRECT,
        org.quoteattribution.Span.of(text, text.indexOf("in the"), text.indexOf(".")),
        Optional.of(new org.quoteattribution.Cue(
            org.quoteattribution.Span.of(text, 3, 9), "argue")), Optional.of(
            org.quoteattribution.Span.of(text, 0, 2)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
    assertThat(tokens(BoundaryFeatures.starts(argued, c, Cues.none()))).contains(2, 4, 8);
  }

  @Test
  void anEndSeesTheWordPastItWithWhatItHangsFromTheCueLemmaAndTheLength() {
    List<String> f = at(BoundaryFeatures.ends(doc, said, Cues.none()), "failed").features();
    assertThat(f).contains("E:o|ow=,|which", "E:outAttach=head|acl|ow=which", "E:cueLemma=say|outAttach=acl",
        "E:len=3-4|INDIRECT");
    assertThat(BoundaryFeatures.ends(doc, said, Cues.none()).get(0).features()).contains("E:len=5-8|INDIRECT");
  }

  @Test
  void aCutThatLeavesOnlyQuotedWordsSaysSo() {
    // "He thanked him for “taking action”.": a start inside the quote leaves a direct quote
    String text = "He thanked him for \u201ctaking action\u201d.";
    Doc thanked = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "He/he/PRP/O/2/nsubj", "thanked/thank/VBD/O/0/root", "him/he/PRP/O/2/obj", "for/for/IN/O/6/mark",
        "\u201c/\u201c/``/O/6/punct", "taking/take/VBG/O/2/advcl", "action/action/NN/O/6/obj",
        "\u201d/\u201d/''/O/6/punct", "./././O/2/punct");
    Candidate c = new Candidate(StatementType.MIXED,
        org.quoteattribution.Span.of(text, text.indexOf("him"), text.indexOf(".")),
        Optional.of(new org.quoteattribution.Cue(
            org.quoteattribution.Span.of(text, 3, 10), "thank")), Optional.of(
            org.quoteattribution.Span.of(text, 0, 2)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
    List<BoundaryFeatures.Option> starts = BoundaryFeatures.starts(thanked, c, Cues.none());
    BoundaryFeatures.Option taking = starts.stream().filter(o -> o.token() == 5).findFirst().orElseThrow();
    assertThat(taking.features()).contains("S:allQuoted|MIXED", "S:allQuoted|MIXED|+");
    assertThat(starts.get(0).features()).noneMatch(x -> x.startsWith("S:allQuoted"));
  }

  @Test
  void functionWordsKeepTheirSpellingContentWordsTheirTag() {
    assertThat(BoundaryFeatures.shape(doc.token(6))).isEqualTo("which");
    assertThat(BoundaryFeatures.shape(doc.token(3))).isEqualTo("NN");
    assertThat(BoundaryFeatures.shape(doc.token(1))).isEqualTo("said");
  }
}
