package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;

class CueFeaturesTest {

  private final CueFeatures features = new CueFeatures(CueLexicon.load());

  /** {@code “We will win,” she did not say about the plan.}, parsed by hand. */
  private static Doc quoteThenNegatedCue() {
    return TestDocs.sentence("“We will win,” she did not say about the plan.",
        "“/“/``/O/4/punct", "We/we/PRP/O/4/nsubj", "will/will/MD/O/4/aux", "win/win/VB/O/10/ccomp",
        ",/,/,/O/4/punct", "”/”/''/O/4/punct", "she/she/PRP/O/10/nsubj", "did/do/VBD/O/10/aux",
        "not/not/RB/O/10/advmod", "say/say/VB/O/0/root", "about/about/IN/O/13/case", "the/the/DT/O/13/det",
        "plan/plan/NN/O/10/obl", "./././O/10/punct");
  }

  @Test
  void cueVerbHasItsLemmaRelationChildrenSubjectAndLexiconPrior() {
    Doc doc = quoteThenNegatedCue();
    assertThat(features.of(doc, 9, CueFeatures.quoteMarksBefore(doc))).contains("w=say", "p=VB", "wp=say|V",
        "r=root", "g=(root)", "c=ccomp", "wc=say|ccomp", "c=obl", "cm=obl|about", "wcm=say|obl|about",
        "s=nsubj|PRP|O", "sw=she", "neg", "lex=SPEECH|V");
  }

  @Test
  void quoteMarksBeforeAndAfterInTheSentenceAreCounted() {
    Doc doc = quoteThenNegatedCue();
    int[] quotes = CueFeatures.quoteMarksBefore(doc);
    assertThat(quotes[0]).isZero();
    assertThat(quotes[doc.tokens().size()]).isEqualTo(2);
    assertThat(features.of(doc, 9, quotes)).contains("q=2|0", "qIn=false");
    assertThat(features.of(doc, 3, quotes)).contains("q=1|1", "qIn=true", "gp=ccomp|V", "gw=say|V",
        "lex=none|V");
  }

  @Test
  void nounWithoutSubjectSaysSoAndItsNeighboursArePartsOfSpeech() {
    Doc doc = quoteThenNegatedCue();
    assertThat(features.of(doc, 12, CueFeatures.quoteMarksBefore(doc))).contains("w=plan", "r=obl", "s=none|obl",
        "prev=DT", "next=.");
  }

  @Test
  void onlyVerbsCommonNounsAndAdjectivesCanBeCues() {
    Doc doc = quoteThenNegatedCue();
    assertThat(CueFeatures.eligible(doc.token(9))).isTrue();
    assertThat(CueFeatures.eligible(doc.token(12))).isTrue();
    assertThat(CueFeatures.eligible(doc.token(6))).isFalse();
    assertThat(CueFeatures.eligible(doc.token(10))).isFalse();
  }
}
