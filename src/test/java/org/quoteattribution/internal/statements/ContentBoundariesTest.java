package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.text.Quote;

class ContentBoundariesTest {

  /** A model that ends a content before a relative clause on its head, by hand. */
  private static final BoundaryModel RELATIVE_CLAUSE_OUT =
      BoundaryModel.of(Map.of("E:outAttach=head|acl", 2.0), 0, 0, List.of("by hand"));

  private static String refined(BoundaryModel model, StatementType type) {
    Candidate c = BoundaryFixtures.said(type);
    return BoundaryFixtures.marked(new ContentBoundaries(model)
        .refine(BoundaryFixtures.doc(), List.of(), List.of(c)).get(0));
  }

  @Test
  void theModelMovesAnEdge() {
    assertThat(refined(RELATIVE_CLAUSE_OUT, StatementType.INDIRECT))
        .isEqualTo("She said «the plan failed», which surprised no one.");
  }

  @Test
  void noModelKeepsTheEdges() {
    assertThat(refined(BoundaryModel.none(), StatementType.INDIRECT))
        .isEqualTo("She said «the plan failed, which surprised no one».");
  }

  @Test
  void aMoveMustBeatTheCurrentEdgeByTheMargin() {
    assertThat(refined(RELATIVE_CLAUSE_OUT.withMargins(0, 3), StatementType.INDIRECT))
        .isEqualTo("She said «the plan failed, which surprised no one».");
  }

  @Test
  void aDirectQuoteKeepsItsEdges() {
    assertThat(refined(RELATIVE_CLAUSE_OUT, StatementType.DIRECT))
        .isEqualTo("She said «the plan failed, which surprised no one».");
  }

  @Test
  void anEndAtTheLastQuotedWordTakesTheClosingMark() {
    String text = "She said the plan was “a failure” and left.";
    org.quoteattribution.internal.nlp.Doc doc = org.quoteattribution.internal.nlp.TestDocs.sentence(text,
        "She/she/PRP/O/2/nsubj", "said/say/VBD/O/0/root", "the/the/DT/O/4/det", "plan/plan/NN/O/8/nsubj",
        "was/be/VBD/O/8/cop", "“/``/``/O/8/punct", "a/a/DT/O/8/det", "failure/failure/NN/O/2/ccomp",
        "”/''/''/O/8/punct", "and/and/CC/O/11/cc", "left/leave/VBD/O/2/conj", "./././O/2/punct");
    int open = text.indexOf('“');
    int close = text.indexOf('”');
    Candidate c = new Candidate(StatementType.MIXED, Span.of(text, text.indexOf("the plan"), text.indexOf(".")),
        Optional.of(new org.quoteattribution.Cue(Span.of(text, 4, 8), "say")),
        Optional.of(Span.of(text, 0, 3)), 0, Evidence.of(Evidence.Finder.CUE_VERB, true));
    BoundaryModel cutBeforeAnd = BoundaryModel.of(Map.of("E:ow=and", 3.0), 0, 0, List.of());
    Candidate refined = new ContentBoundaries(cutBeforeAnd)
        .refine(doc, List.of(new Quote(open, close + 1, open + 1, close, true, 0)), List.of(c)).get(0);
    assertThat(refined.content().text()).isEqualTo("the plan was “a failure”");
    assertThat(refined.type()).isEqualTo(StatementType.MIXED);
  }

  private static StatementType typeAfter(String text, String before, String after) {
    int q = text.indexOf('“');
    QuoteIndex quotes = new QuoteIndex(List.of(new Quote(q, text.indexOf('”') + 1, q + 1, text.indexOf('”'), true, 0)));
    Span b = Span.of(text, text.indexOf(before), text.indexOf(before) + before.length());
    Span a = Span.of(text, text.indexOf(after), text.indexOf(after) + after.length());
    Candidate c = new Candidate(StatementType.INDIRECT, b, Optional.empty(), Optional.empty(), -1,
        Evidence.of(Evidence.Finder.CUE_VERB, false));
    return ContentBoundaries.type(text, c, a, quotes);
  }

  @Test
  void aContentThatTakesInQuotedWordsIsMixed() {
    assertThat(typeAfter("He called it “a farce” on Monday.", "it", "it “a farce”")).isEqualTo(StatementType.MIXED);
  }

  @Test
  void aContentThatLosesItsLastQuotedWordsIsIndirect() {
    String text = "He called it “a farce” on Monday.";
    int q = text.indexOf('“');
    QuoteIndex quotes = new QuoteIndex(List.of(new Quote(q, text.indexOf('”') + 1, q + 1, text.indexOf('”'), true, 0)));
    Candidate mixed = new Candidate(StatementType.MIXED, Span.of(text, text.indexOf("it"), text.indexOf('”') + 1),
        Optional.empty(), Optional.empty(), -1, Evidence.of(Evidence.Finder.CUE_VERB, false));
    assertThat(ContentBoundaries.type(text, mixed, Span.of(text, text.indexOf("it"), text.indexOf("it") + 2), quotes))
        .isEqualTo(StatementType.INDIRECT);
  }

  @Test
  void aContentThatKeepsQuotedAndUnquotedWordsKeepsItsType() {
    assertThat(typeAfter("He called it “a farce” on Monday.", "it “a farce”", "it “a farce” on Monday"))
        .isEqualTo(StatementType.INDIRECT); // the candidate's own type, whatever it was
  }
}
