package org.quoteattribution.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;

class ParagraphsTest {

  private static List<String> paragraphs(String text) {
    return Paragraphs.split(text).stream().map(Span::text).toList();
  }

  @Test
  void splitsAtBlankLines() {
    assertThat(paragraphs("One.\n\nTwo\nstill two.\n \n\nThree.")).containsExactly("One.", "Two\nstill two.", "Three.");
  }

  @Test
  void takesEachLineAsAParagraphWhenTheTextHasNoBlankLine() {
    assertThat(paragraphs("One.\nTwo.\r\nThree.")).containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void trimsAndDropsEmptyParagraphs() {
    assertThat(paragraphs("  \n\n  One. \n\n\n")).containsExactly("One.");
    assertThat(paragraphs("   ")).isEmpty();
    assertThat(paragraphs("")).isEmpty();
  }

  @Test
  void keepsOffsetsIntoTheOriginalText() {
    String text = "\n\nAlpha.\n\nBeta.";
    List<Span> spans = Paragraphs.split(text);
    assertThat(spans).extracting(Span::begin).containsExactly(2, 10);
    assertThat(text.substring(spans.get(1).begin(), spans.get(1).end())).isEqualTo("Beta.");
  }

  @Test
  void blankLinesOnlyBeforeOrAfterTheTextDoNotJoinItsLines() {
    // one definition for the whole library: the quote finder pairs marks in these same paragraphs
    assertThat(paragraphs("\n\nA\nB")).containsExactly("A", "B");
    assertThat(paragraphs("A\nB\n\n")).containsExactly("A", "B");
    assertThat(paragraphs("\n\nA\nB\n\nC")).containsExactly("A\nB", "C");
  }

  @Test
  void endsLinesAtEveryLineBreak() {
    assertThat(paragraphs("One.\rTwo.\u2028Three.\u2029Four.")).containsExactly("One.", "Two.", "Three.", "Four.");
    assertThat(paragraphs("One.\r\n\r\nTwo\r\nstill two.")).containsExactly("One.", "Two\r\nstill two.");
  }

  @Test
  void quotesArePairedWithinTheSameParagraphs() {
    // "A and B on two lines are two paragraphs: the open quote on A does not run into B
    String text = "\n\n\u201cA\nB.";
    assertThat(QuoteFinder.find(text)).singleElement()
        .satisfies(q -> assertThat(text.substring(q.contentBegin(), q.contentEnd())).isEqualTo("A"));
  }
}
