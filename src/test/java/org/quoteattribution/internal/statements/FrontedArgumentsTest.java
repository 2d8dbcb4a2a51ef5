package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;

class FrontedArgumentsTest {

  private final FrontedArguments fronted = new FrontedArguments(WordLists.english());

  /** "The levy, which the mayor said was a mistake, will end." as the parser may leave it. */
  private static Doc levy() {
    return TestDocs.sentence("The levy, which the mayor said was a mistake, will end.",
        "The/the/DT/O/2/det", "levy/levy/NN/O/13/nsubj", ",/,/,/O/2/punct", "which/which/WDT/O/7/obj",
        "the/the/DT/O/6/det", "mayor/mayor/NN/O/7/nsubj", "said/say/VBD/O/2/acl:relcl", "was/be/VBD/O/10/cop",
        "a/a/DT/O/10/det", "mistake/mistake/NN/O/2/dep", ",/,/,/O/2/punct", "will/will/MD/O/13/aux",
        "end/end/VB/O/0/root", "./././O/13/punct");
  }

  private static Candidate candidate(Doc doc, int begin, int end, int cueBegin, int cueEnd) {
    return new Candidate(StatementType.INDIRECT, Span.of(doc.text(), begin, end),
        Optional.of(new Cue(Span.of(doc.text(), cueBegin, cueEnd), "say")), Optional.empty(), -1,
        Evidence.of(Evidence.Finder.CUE_VERB, true));
  }

  @Test
  void loneFrontedWhWordRunsOnToTheNextComma() {
    Doc doc = levy();
    Candidate which = candidate(doc, 10, 15, 26, 30);
    assertThat(fronted.widen(doc, List.of(which))).extracting(c -> c.content().text())
        .containsExactly("which the mayor said was a mistake");
  }

  @Test
  void contentThatIsMoreThanTheWhWordIsLeftAlone() {
    Doc doc = levy();
    Candidate clause = candidate(doc, 31, 44, 26, 30);
    assertThat(fronted.widen(doc, List.of(clause))).extracting(c -> c.content().text())
        .containsExactly("was a mistake");
  }
}
