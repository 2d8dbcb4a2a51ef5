package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;

class ContentSpansTest {

  private static List<String> fragments(String text, String content, String cue, String source) {
    Span c = span(text, content);
    return ContentSpans.of(text, c, Optional.of(new Cue(span(text, cue), "say")), Optional.of(span(text, source)))
        .stream().map(Span::text).toList();
  }

  private static Span span(String text, String part) {
    int begin = text.indexOf(part);
    return Span.of(text, begin, begin + part.length());
  }

  @Test
  void interruptedQuoteGivesItsTwoFragmentsWithoutTheAttribution() {
    String text = "“We were better,” Alves said. “Then we stopped.”";
    assertThat(fragments(text, "We were better,” Alves said. “Then we stopped.", "said", "Alves"))
        .containsExactly("We were better,", "Then we stopped.");
  }

  @Test
  void attributionInsideReportedSpeechSplitsIt() {
    String text = "The truth, the senator said, was plain.";
    assertThat(fragments(text, "The truth, the senator said, was plain", "said", "the senator"))
        .containsExactly("The truth,", "was plain");
  }

  @Test
  void contentBesideItsCueIsOneFragment() {
    String text = "“Prices will rise,” she said.";
    assertThat(fragments(text, "Prices will rise,", "said", "she")).containsExactly("Prices will rise,");
  }

  @Test
  void contentWithoutCueOrSourceIsOneFragment() {
    String text = "“Prices will rise.”";
    Span content = span(text, "Prices will rise.");
    assertThat(ContentSpans.of(text, content, Optional.empty(), Optional.empty())).containsExactly(content);
  }
}
