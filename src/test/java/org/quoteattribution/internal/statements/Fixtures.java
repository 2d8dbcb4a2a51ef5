package org.quoteattribution.internal.statements;

import java.util.Optional;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;

/** A hand-parsed sentence and statement candidates on it, for the tests of the statement model. */
final class Fixtures {

  static final String TEXT = "She said the plan failed.";

  private Fixtures() {}

  static Doc saidThePlanFailed() {
    return TestDocs.sentence(TEXT,
        "She/she/PRP/O/2/nsubj", "said/say/VBD/O/0/root", "the/the/DT/O/4/det", "plan/plan/NN/O/5/nsubj",
        "failed/fail/VBD/O/2/ccomp", "./././O/2/punct");
  }

  static Span span(String part) {
    int begin = TEXT.indexOf(part);
    return Span.of(TEXT, begin, begin + part.length());
  }

  private static final CueLexicon.Entry SAY = CueLexicon.load().verb("say").orElseThrow();

  /** The right reading: {@code [She] <said> «the plan failed».} */
  static Candidate said() {
    return said(Evidence.ofCue(Evidence.Finder.CUE_VERB, SAY, false, true));
  }

  /** The same, as {@link OpenCueStatements} would propose it. */
  static Candidate openSaid() {
    return said(Evidence.ofCue(Evidence.Finder.OPEN_CUE, SAY, false, true));
  }

  private static Candidate said(Evidence evidence) {
    return new Candidate(StatementType.INDIRECT, span("the plan failed"), Optional.of(new Cue(span("said"), "say")),
        Optional.of(span("She")), 0, evidence);
  }

  /** A wrong one: a word taken for a statement with no cue. */
  static Candidate wrong() {
    return new Candidate(StatementType.DIRECT, span("She"), Optional.empty(), Optional.empty(), -1,
        Evidence.of(Evidence.Finder.COLON, false));
  }

  /** A quote paragraph given the previous source. */
  static Candidate floating() {
    return new Candidate(StatementType.DIRECT, span("the plan failed"), Optional.empty(), Optional.of(span("She")), 0,
        Evidence.of(Evidence.Finder.FLOATING, true));
  }
}
