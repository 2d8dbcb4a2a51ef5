package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;
import org.quoteattribution.internal.text.QuoteFinder;

class OpenCueStatementsTest {

  private final OpenCueStatements open = new OpenCueStatements(CueLexicon.load(), CueDetector.load(CueLexicon.load()));

  private static Doc backedTheBill(String text) {
    return TestDocs.sentence(text, "She/she/PRP/O/2/nsubj", "backed/back/VBD/O/0/root", "the/the/DT/O/4/det",
        "bill/bill/NN/O/2/obj", "./././O/2/punct");
  }

  @Test
  void verbWithSubjectAndObjectIsACandidateForTheModel() {
    Doc doc = backedTheBill("She backed the bill.");
    List<Candidate> found = open.find(doc, QuoteFinder.find(doc.text()), List.of());
    assertThat(found).hasSize(1);
    Candidate f = found.get(0);
    assertThat(f.content().text()).isEqualTo("the bill");
    assertThat(f.cue().orElseThrow().lemma()).isEqualTo("back");
    assertThat(f.source().orElseThrow().text()).isEqualTo("She");
    assertThat(f.evidence().finder()).isEqualTo(Evidence.Finder.OPEN_CUE);
  }

  @Test
  void contentAlreadyTakenByAnotherStatementIsLeftAlone() {
    Doc doc = backedTheBill("She backed the bill.");
    Candidate taken = new Candidate(org.quoteattribution.StatementType.INDIRECT,
        org.quoteattribution.Span.of(doc.text(), 11, 19), Optional.empty(), Optional.empty(), -1,
        Evidence.of(Evidence.Finder.FLOATING, false));
    assertThat(open.find(doc, List.of(), List.of(taken))).isEmpty();
  }

  @Test
  void wordsInsideQuoteMarksAreNotCues() {
    Doc doc = TestDocs.sentence("“She backed the bill.”", "“/“/``/O/3/punct", "She/she/PRP/O/3/nsubj",
        "backed/back/VBD/O/0/root", "the/the/DT/O/5/det", "bill/bill/NN/O/3/obj", "./././O/3/punct", "”/”/''/O/3/punct");
    assertThat(open.find(doc, QuoteFinder.find(doc.text()), List.of())).isEmpty();
  }

  @Test
  void subjectThatDeniesItAndIndefiniteContentAreNoCandidates() {
    Doc nobody = TestDocs.sentence("No one backed the bill.", "No/no/DT/O/2/det", "one/one/NN/O/3/nsubj",
        "backed/back/VBD/O/0/root", "the/the/DT/O/5/det", "bill/bill/NN/O/3/obj", "./././O/3/punct");
    assertThat(open.find(nobody, List.of(), List.of())).isEmpty();
    Doc anything = TestDocs.sentence("She said anything.", "She/she/PRP/O/2/nsubj", "said/say/VBD/O/0/root",
        "anything/anything/NN/O/2/obj", "./././O/2/punct");
    assertThat(open.find(anything, List.of(), List.of())).isEmpty();
  }

  @Test
  void likelyCueJoinedToAVerbTakesThatVerbsSubject() {
    Doc doc = TestDocs.sentence("He arrived and said the plan failed.", "He/he/PRP/O/2/nsubj", "arrived/arrive/VBD/O/0/root",
        "and/and/CC/O/4/cc", "said/say/VBD/O/2/conj", "the/the/DT/O/6/det", "plan/plan/NN/O/7/nsubj",
        "failed/fail/VBD/O/4/ccomp", "./././O/2/punct");
    List<Candidate> found = open.find(doc, List.of(), List.of());
    assertThat(found).extracting(f -> f.cue().orElseThrow().lemma()).containsExactly("say");
    assertThat(found.get(0).source().orElseThrow().text()).isEqualTo("He");
    assertThat(found.get(0).content().text()).isEqualTo("the plan failed");
  }

  @Test
  void likelyStanceIsProposedEvenWhenNegatedButNotANegatedSpeechCue() {
    Doc think = TestDocs.sentence("She did not think the plan would fail.", "She/she/PRP/O/4/nsubj", "did/do/VBD/O/4/aux",
        "not/not/RB/O/4/advmod", "think/think/VB/O/0/root", "the/the/DT/O/6/det", "plan/plan/NN/O/8/nsubj",
        "would/would/MD/O/8/aux", "fail/fail/VB/O/4/ccomp", "./././O/4/punct");
    assertThat(open.find(think, List.of(), List.of())).extracting(f -> f.content().text())
        .containsExactly("the plan would fail");
    Doc say = TestDocs.sentence("She did not say the plan would fail.", "She/she/PRP/O/4/nsubj", "did/do/VBD/O/4/aux",
        "not/not/RB/O/4/advmod", "say/say/VB/O/0/root", "the/the/DT/O/6/det", "plan/plan/NN/O/8/nsubj",
        "would/would/MD/O/8/aux", "fail/fail/VB/O/4/ccomp", "./././O/4/punct");
    assertThat(open.find(say, List.of(), List.of())).isEmpty();
  }

  @Test
  void wordTheDetectorFindsUnlikelyIsNoCue() {
    Doc doc = TestDocs.sentence("She ate the cake.", "She/she/PRP/O/2/nsubj", "ate/eat/VBD/O/0/root",
        "the/the/DT/O/4/det", "cake/cake/NN/O/2/obj", "./././O/2/punct");
    assertThat(open.find(doc, List.of(), List.of())).isEmpty();
  }

  @Test
  void passiveCueWithNothingAfterItSaysItsSubjectAndTheAgentIsTheSource() {
    Doc doc = TestDocs.sentence("The merger was reported by the paper.", "The/the/DT/O/2/det",
        "merger/merger/NN/O/4/nsubj:pass", "was/be/VBD/O/4/aux:pass", "reported/report/VBN/O/0/root",
        "by/by/IN/O/7/case", "the/the/DT/O/7/det", "paper/paper/NN/O/4/obl", "./././O/4/punct");
    List<Candidate> found = open.find(doc, List.of(), List.of());
    assertThat(found).extracting(f -> f.content().text()).containsExactly("The merger");
    assertThat(found.get(0).source().orElseThrow().text()).isEqualTo("the paper");
  }

  @Test
  void passiveAgentIsNeverTheContentAndAPassiveWithAComplementRunsFromItsSubject() {
    Doc doc = TestDocs.sentence("The mayor was accused by rivals of hiding losses.", "The/the/DT/O/2/det",
        "mayor/mayor/NN/O/4/nsubj:pass", "was/be/VBD/O/4/aux:pass", "accused/accuse/VBN/O/0/root",
        "by/by/IN/O/6/case", "rivals/rival/NNS/O/4/obl", "of/of/IN/O/8/mark", "hiding/hide/VBG/O/4/advcl",
        "losses/loss/NNS/O/8/obj", "./././O/4/punct");
    List<Candidate> found = open.find(doc, List.of(), List.of());
    assertThat(found).extracting(f -> f.content().text()).containsExactly("The mayor was accused by rivals of hiding losses");
    assertThat(found.get(0).source().orElseThrow().text()).isEqualTo("rivals");
  }
}
