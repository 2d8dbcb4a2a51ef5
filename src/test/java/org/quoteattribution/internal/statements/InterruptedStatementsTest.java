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

  private static Found statement(String text, StatementType type, String content, String source) {
    return new Found(type, span(text, content), Optional.of(new Cue(span(text, "said"), "say")),
        Optional.of(span(text, source)), -1, 0.8);
  }

  @Test
  void attributionBetweenCommasJoinsBothPartsOfTheStatement() {
    String text = "It was, the president said, a stone where men were sold.";
    Found f = statement(text, StatementType.INDIRECT, "a stone where men were sold", "the president");
    Found widened = InterruptedStatements.widen(doc(text), List.of(f)).get(0);
    assertThat(widened.content().text()).isEqualTo("It was, the president said, a stone where men were sold");
    assertThat(ContentSpans.of(text, widened.content(), widened.cue(), widened.source())).extracting(Span::text)
        .containsExactly("It was,", "a stone where men were sold");
  }

  @Test
  void quotedPartsAroundTheAttributionStayDirect() {
    String text = "“Every time you say that,” Tester said, “you give them ammunition.”";
    Found f = statement(text, StatementType.DIRECT, "you give them ammunition.", "Tester");
    Found widened = InterruptedStatements.widen(doc(text), List.of(f)).get(0);
    assertThat(widened.content().text()).startsWith("Every time you say that,” Tester said");
    assertThat(widened.type()).isEqualTo(StatementType.DIRECT);
  }

  @Test
  void contentBeforeItsAttributionIsLeftAlone() {
    String text = "The talks failed, the minister said.";
    Found f = new Found(StatementType.INDIRECT, span(text, "The talks failed"),
        Optional.of(new Cue(span(text, "said"), "say")), Optional.of(span(text, "the minister")), -1, 0.8);
    assertThat(InterruptedStatements.widen(doc(text), List.of(f))).containsExactly(f);
  }

  @Test
  void firstPartHeldByAnotherStatementIsNotTaken() {
    String text = "It was, the president said, a stone.";
    Found f = statement(text, StatementType.INDIRECT, "a stone", "the president");
    Found other = new Found(StatementType.INDIRECT, span(text, "It was"), Optional.empty(), Optional.empty(), -1, 0.5);
    assertThat(InterruptedStatements.widen(doc(text), List.of(f, other))).containsExactly(f, other);
  }
}
