package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd input never throws: it gets the best answer possible, with every span true to the text. */
class BadInputTest {

  private static Attribution attribute(String text) {
    Attribution result = Shared.ATTRIBUTOR.attribute(text);
    assertThat(result.text()).isSameAs(text);
    assertSpansMatchText(result);
    return result;
  }

  /** Every span of the result lies in the text and its text is {@code text.substring(begin, end)}. */
  static void assertSpansMatchText(Attribution result) {
    String text = result.text();
    List<Span> spans = new ArrayList<>();
    spans.addAll(result.paragraphs());
    spans.addAll(result.sentences());
    result.dateline().ifPresent(d -> spans.add(d.span()));
    for (Statement s : result.statements()) {
      spans.add(s.content());
      s.cue().ifPresent(c -> spans.add(c.span()));
      s.source().ifPresent(spans::add);
      s.speaker().ifPresent(id -> assertThat(result.person(id)).as("speaker %s", id).isPresent());
    }
    result.people().forEach(p -> spans.addAll(p.mentions()));
    assertThat(spans).allSatisfy(span -> {
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(span.begin(), span.end())).isEqualTo(span.text());
    });
  }

  private static void assertEmpty(Attribution result) {
    assertThat(result.statements()).isEmpty();
    assertThat(result.sentences()).isEmpty();
    assertThat(result.paragraphs()).isEmpty();
    assertThat(result.people()).isEmpty();
    assertThat(result.dateline()).isEmpty();
  }

  @Test
  void nullTextThrowsNullPointerException() {
    assertThatThrownBy(() -> Shared.ATTRIBUTOR.attribute(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text must not be null");
  }

  @Test
  void emptyTextGivesAnEmptyResult() {
    assertEmpty(attribute(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "   ", "\n", "\n\n\n", " \t \r\n ", "\t", "\r\n\r\n"})
  void whitespaceOnlyTextGivesAnEmptyResult(String text) {
    Attribution result = attribute(text);
    assertThat(result.statements()).isEmpty();
    assertThat(result.sentences()).isEmpty();
    assertThat(result.paragraphs()).isEmpty();
  }

  @Test
  void textWithoutQuotesOrCuesHasSentencesButNoStatements() {
    Attribution result = attribute("The river rose overnight.\n\nBoats were moored along the quay.");
    assertThat(result.statements()).isEmpty();
    assertThat(result.paragraphs()).hasSize(2);
    assertThat(result.sentences()).hasSize(2);
  }

  @Test
  void onlyQuoteMarksGiveNoStatements() {
    Attribution result = attribute("\"\"\"\"“”«»");
    assertThat(result.statements()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "“He said it was over, she said.",
      "He said the deal was over,” she said.",
      "“Yes,” he said. “No",
      "« Oui, » a-t-il dit. \" and then “ and ” and ‘ ’ ’",
      "”Backwards“ he said."})
  void unbalancedQuoteMarksDoNotThrow(String text) {
    attribute(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "‹We are done here,› added the minister.", // once StringIndexOutOfBoundsException: an empty source
      "›We are done here,‹ added the minister.",
      "「We are done here,」 added the minister. 『Quite so,』 said her deputy.",
      "„Wir sind fertig“, sagte die Ministerin. ‚Gut‘, sagte er.",
      "‹›, added the minister. «», he said. 「」 she said."})
  void quoteMarksOfEveryScriptGiveTrueSpans(String text) {
    attribute(text);
  }

  @Test
  void loneSurrogatesStayInEveryText() {
    String text = "“We won \ud800 today,” said Maria \udc00Lopez. He said\ud83d the talks \udfff had failed.";
    Attribution result = attribute(text);
    assertThat(result.statements()).isNotEmpty();
    assertThat(result.statements()).anySatisfy(s -> assertThat(s.content().text()).contains("\ud800"));
  }

  @Test
  void htmlFragmentDoesNotThrowAndKeepsSpansTrue() {
    String text = "<p class=\"x\">He said “yes”.</p>";
    Attribution result = attribute(text);
    assertThat(result.paragraphs()).isNotEmpty();
    assertThat(result.statements()).extracting(s -> s.content().text()).containsExactly("yes");
  }

  @Test
  void emojiKeepsUtf16OffsetsRight() {
    String text = "He said “🎉 we won” on Monday.";
    Attribution result = attribute(text);
    assertThat(result.statements()).hasSize(1);
    Statement s = result.statements().get(0);
    assertThat(s.content().text()).contains("🎉 we won");
    assertThat(s.cue().orElseThrow().span().text()).isEqualTo("said");
    assertThat(s.source().orElseThrow().text()).isEqualTo("He");
  }

  @Test
  void emojiOutsideQuotesKeepsOffsetsRight() {
    String text = "🎉🎉 “We won,” she said. 🏆 The mayor said the parade would be on Friday.";
    Attribution result = attribute(text);
    assertThat(Render.statements(result)).containsExactly(
        "🎉🎉 “«We won,»” [she] <said>. 🏆 The mayor said the parade would be on Friday.",
        "🎉🎉 “We won,” she said. 🏆 [The mayor] <said> «the parade would be on Friday».");
  }

  @Test
  void controlCharactersDoNotThrow() {
    String text = "He said\u0000 the \u0007talks had \u001bfailed.\u000b\n\n\u0001“We go on,” she said.\u007f";
    Attribution result = attribute(text);
    assertThat(result.paragraphs()).hasSize(2);
    assertThat(result.statements()).isNotEmpty();
  }

  @Test
  void aMegabyteOfTextIsAttributed() throws IOException {
    String seed = Files.readString(SeedTest.SEED, StandardCharsets.UTF_8);
    StringBuilder big = new StringBuilder();
    while (big.length() + seed.length() + 2 <= QuoteAttributor.DEFAULT_MAX_LENGTH) {
      big.append(seed).append("\n\n");
    }
    String text = big.toString();
    Attribution result = attribute(text);
    int copies = text.length() / (seed.length() + 2);
    assertThat(result.statements().size()).isGreaterThanOrEqualTo(10 * copies);
    assertThat(result.paragraphs().size()).isGreaterThanOrEqualTo(9 * copies);
    assertThat(result.people()).extracting(Person::name).contains("Alireza Jabbari", "Shahin Mustafayev");
    assertThat(result.statements()).extracting(s -> s.content().begin()).isSorted();
  }

  @Test
  void textWithOnlyADatelineHasNoStatements() {
    Attribution result = attribute("BAKU, Azerbaijan, February 16.");
    assertThat(result.statements()).isEmpty();
    Attribution withMeta = attribute("date 2026-02-16 BAKU, Azerbaijan, February 16.\n");
    assertThat(withMeta.statements()).isEmpty();
  }
}
