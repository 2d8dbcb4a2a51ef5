package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;

class InterruptedStatementsTest {

  private static Doc doc(String text) {
    String[] words = text.replace(",", " ,").replace(".", " .").replace("“", "“ ").replace("”", " ”").split(" +");
    String[] tokens = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      tokens[i] = words[i] + "/" + words[i] + "/NN/O/0/root";
    }
    return TestDocs.sentence(text, tokens);
  }

  private static Span span(String text, String part) {
    int begin = text.indexOf(part);
    return Span.of(text, begin, begin + part.length());
  }

  private static Candidate statement(String text, StatementType type, String content, String source) {
    return new Candidate(type, span(text, content), Optional.of(new Cue(span(text, "said"), "say")),
        Optional.of(span(text, source)), -1, Evidence.of(Evidence.Finder.CUE_VERB, true));
  }

  @Test
  void attributionBetweenCommasJoinsBothPartsOfTheStatement() {
    String text = "It was, the president said, a stone where men were sold.";
    Candidate f = statement(text, StatementType.INDIRECT, "a stone where men were sold", "the president");
    Candidate widened = InterruptedStatements.widen(doc(text), List.of(f)).get(0);
    assertThat(widened.content().text()).isEqualTo("It was, the president said, a stone where men were sold");
    assertThat(ContentSpans.of(text, widened.content(), widened.cue(), widened.source())).extracting(Span::text)
        .containsExactly("It was,", "a stone where men were sold");
  }

  @Test
  void quotedPartsAroundTheAttributionStayDirect() {
    String text = "“Every time you say that,” Tester said, “you give them ammunition.”";
    Candidate f = statement(text, StatementType.DIRECT, "you give them ammunition.", "Tester");
    Candidate widened = InterruptedStatements.widen(doc(text), List.of(f)).get(0);
    assertThat(widened.content().text()).startsWith("Every time you say that,” Tester said");
    assertThat(widened.type()).isEqualTo(StatementType.DIRECT);
  }

  @Test
  void contentBeforeItsAttributionIsLeftAlone() {
    String text = "The talks failed, the minister said.";
    Candidate f = new Candidate(StatementType.INDIRECT, span(text, "The talks failed"),
        Optional.of(new Cue(span(text, "said"), "say")), Optional.of(span(text, "the minister")), -1,
        Evidence.of(Evidence.Finder.CUE_VERB, true));
    assertThat(InterruptedStatements.widen(doc(text), List.of(f))).containsExactly(f);
  }

  @Test
  void firstPartHeldByAnotherStatementIsNotTaken() {
    String text = "It was, the president said, a stone.";
    Candidate f = statement(text, StatementType.INDIRECT, "a stone", "the president");
    Candidate other = new Candidate(StatementType.INDIRECT, span(text, "It was"), Optional.empty(), Optional.empty(), -1,
        Evidence.of(Evidence.Finder.FLOATING, false));
    assertThat(InterruptedStatements.widen(doc(text), List.of(f, other))).containsExactly(f, other);
  }
}
