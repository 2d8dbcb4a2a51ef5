package org.quoteattribution.internal.statements;

import java.util.Optional;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;

/** A hand-parsed sentence whose content runs on into a relative clause, for the boundary tests. */
final class BoundaryFixtures {

  static final String TEXT = "She said the plan failed, which surprised no one.";

  private BoundaryFixtures() {}

  static Doc doc() {
    return TestDocs.sentence(TEXT,
        "She/she/PRP/O/2/nsubj", "said/say/VBD/O/0/root", "the/the/DT/O/4/det", "plan/plan/NN/O/5/nsubj",
        "failed/fail/VBD/O/2/ccomp", ",/,/,/O/5/punct", "which/which/WDT/O/8/nsubj",
        "surprised/surprise/VBD/O/5/acl:relcl", "no/no/DT/O/10/det", "one/one/NN/O/8/obj", "./././O/2/punct");
  }

  static Span span(String part) {
    int begin = TEXT.indexOf(part);
    return Span.of(TEXT, begin, begin + part.length());
  }

  /** {@code [She] <said> «the plan failed, which surprised no one».} */
  static Candidate said(StatementType type) {
    return new Candidate(type, span("the plan failed, which surprised no one"),
        Optional.of(new Cue(span("said"), "say")), Optional.of(span("She")), 0,
        Evidence.ofCue(Evidence.Finder.CUE_VERB, CueLexicon.load().verb("say").orElseThrow(), false, true));
  }

  /** The text with the content of {@code c} between « and ». */
  static String marked(Candidate c) {
    return TEXT.substring(0, c.content().begin()) + "«" + c.content().text() + "»" + TEXT.substring(c.content().end());
  }
}
