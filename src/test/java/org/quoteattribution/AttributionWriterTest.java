package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writer on hand-built results: no models needed. */
class AttributionWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String TEXT = "LONDON, May 2. “Prices will rise,” Jane Fox, the chief economist of Albion Bank, said.\n\n"
      + "Fox said the bank would act.";

  private static Span span(String part) {
    int begin = TEXT.indexOf(part);
    assertThat(begin).as("fixture contains %s", part).isNotNegative();
    return Span.of(TEXT, begin, begin + part.length());
  }

  private static Span span(String part, int from) {
    int begin = TEXT.indexOf(part, from);
    return Span.of(TEXT, begin, begin + part.length());
  }

  static Attribution attribution() {
    int second = TEXT.indexOf("\n\n") + 2;
    Span header = span("LONDON, May 2.");
    Span firstParagraph = Span.of(TEXT, 0, second - 2);
    Span secondParagraph = Span.of(TEXT, second, TEXT.length());
    Span firstSentence = Span.of(TEXT, TEXT.indexOf("“"), second - 2);
    Statement direct = new Statement(StatementType.DIRECT, span("Prices will rise,"),
        Optional.of(new Cue(span("said"), "say")),
        Optional.of(span("Jane Fox, the chief economist of Albion Bank")), SourceKind.PERSON,
        Optional.of("p1"), 0.95);
    Statement indirect = new Statement(StatementType.INDIRECT, span("the bank would act"),
        Optional.of(new Cue(span("said", second), "say")), Optional.of(span("Fox", second)),
        SourceKind.PERSON, Optional.of("p1"), 0.85);
    Statement unknown = new Statement(StatementType.MIXED, span("the bank would act"), Optional.empty(),
        Optional.empty(), SourceKind.UNKNOWN, Optional.empty(), 0.123456);
    Person fox = new Person("p1", "Jane Fox", Optional.of("chief economist"), Optional.of("Albion Bank"),
        List.of(span("Jane Fox"), span("Fox", second)), Gender.FEMALE, Optional.of("former"),
        Optional.of(AffiliationKind.ORGANIZATION), Optional.empty(), Optional.empty(), List.of(span("Jane Fox")));
    Person nobody = new Person("p2", "Ann Lee", Optional.empty(), Optional.empty(), List.of());
    return new Attribution(TEXT, List.of(firstParagraph, secondParagraph), List.of(firstSentence, secondParagraph),
        Optional.of(new Dateline(header, Optional.of("LONDON"), Optional.of("May 2"))),
        List.of(direct, indirect, unknown), List.of(fox, nobody));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void jsonHasTheDocumentedTopLevelFields() throws Exception {
    JsonNode root = MAPPER.readTree(AttributionWriter.toJson(attribution(), Optional.of("a1")));
    assertThat(fieldNames(root))
        .containsExactlyInAnyOrder("id", "dateline", "paragraphs", "sentences", "statements", "people");
    assertThat(root.get("id").asText()).isEqualTo("a1");
  }

  @Test
  void jsonWithoutIdHasNoIdField() throws Exception {
    JsonNode root = MAPPER.readTree(AttributionWriter.toJson(attribution(), Optional.empty()));
    assertThat(root.has("id")).isFalse();
  }

  @Test
  void jsonStatementsHaveTypeSpansSourceKindSpeakerAndConfidence() throws Exception {
    JsonNode statements = MAPPER.readTree(AttributionWriter.toJson(attribution(), Optional.empty()))
        .get("statements");
    assertThat(statements).hasSize(3);
    JsonNode s = statements.get(0);
    assertThat(fieldNames(s)).containsExactlyInAnyOrder(
        "type", "content", "content_spans", "cue", "source", "source_kind", "speaker", "confidence");
    assertThat(s.get("type").asText()).isEqualTo("DIRECT");
    assertThat(fieldNames(s.get("content"))).containsExactly("begin", "end", "text");
    assertThat(s.get("content").get("text").asText()).isEqualTo("Prices will rise,");
    assertThat(s.get("content").get("begin").asInt()).isEqualTo(TEXT.indexOf("Prices"));
    assertThat(s.get("content_spans")).hasSize(1);
    assertThat(s.get("content_spans").get(0).get("text").asText()).isEqualTo("Prices will rise,");
    assertThat(fieldNames(s.get("cue"))).containsExactlyInAnyOrder("begin", "end", "text", "lemma");
    assertThat(s.get("cue").get("text").asText()).isEqualTo("said");
    assertThat(s.get("cue").get("lemma").asText()).isEqualTo("say");
    assertThat(fieldNames(s.get("source"))).containsExactly("begin", "end", "text");
    assertThat(s.get("source").get("text").asText()).isEqualTo("Jane Fox, the chief economist of Albion Bank");
    assertThat(s.get("source_kind").asText()).isEqualTo("PERSON");
    assertThat(s.get("speaker").asText()).isEqualTo("p1");
    assertThat(s.get("confidence").asDouble()).isEqualTo(0.95);

    assertThat(statements.get(1).get("type").asText()).isEqualTo("INDIRECT");
  }

  @Test
  void jsonAbsentValuesAreNullAndConfidenceIsRounded() throws Exception {
    JsonNode s = MAPPER.readTree(AttributionWriter.toJson(attribution(), Optional.empty()))
        .get("statements").get(2);
    assertThat(s.get("type").asText()).isEqualTo("MIXED");
    assertThat(s.get("cue").isNull()).isTrue();
    assertThat(s.get("source").isNull()).isTrue();
    assertThat(s.get("speaker").isNull()).isTrue();
    assertThat(s.get("source_kind").asText()).isEqualTo("UNKNOWN");
    assertThat(s.get("confidence").asDouble()).isEqualTo(0.123);
  }

  @Test
  void jsonPeopleHaveIdNameRoleAffiliationAndMentions() throws Exception {
    JsonNode people = MAPPER.readTree(AttributionWriter.toJson(attribution(), Optional.empty())).get("people");
    assertThat(people).hasSize(2);
    JsonNode fox = people.get(0);
    assertThat(fieldNames(fox)).containsExactly("id", "name", "role", "role_qualifier", "affiliation",
        "affiliation_kind", "party", "state", "gender", "mentions", "evidence");
    assertThat(fox.get("role_qualifier").asText()).isEqualTo("former");
    assertThat(fox.get("affiliation_kind").asText()).isEqualTo("ORGANIZATION");
    assertThat(fox.get("gender").asText()).isEqualTo("FEMALE");
    assertThat(fox.get("party").isNull()).isTrue();
    assertThat(fox.get("evidence").get(0).get("text").asText()).isEqualTo("Jane Fox");
    assertThat(fox.get("id").asText()).isEqualTo("p1");
    assertThat(fox.get("name").asText()).isEqualTo("Jane Fox");
    assertThat(fox.get("role").asText()).isEqualTo("chief economist");
    assertThat(fox.get("affiliation").asText()).isEqualTo("Albion Bank");
    assertThat(fox.get("mentions")).hasSize(2);
    assertThat(fieldNames(fox.get("mentions").get(0))).containsExactly("begin", "end", "text");
    assertThat(fox.get("mentions").get(1).get("text").asText()).isEqualTo("Fox");
    JsonNode lee = people.get(1);
    assertThat(lee.get("role").isNull()).isTrue();
    assertThat(lee.get("affiliation").isNull()).isTrue();
    assertThat(lee.get("gender").asText()).isEqualTo("UNKNOWN");
    assertThat(lee.get("evidence")).isEmpty();
    assertThat(lee.get("mentions")).isEmpty();
  }

  @Test
  void jsonParagraphsSentencesAndDateline() throws Exception {
    JsonNode root = MAPPER.readTree(AttributionWriter.toJson(attribution(), Optional.empty()));
    assertThat(root.get("paragraphs")).hasSize(2);
    assertThat(fieldNames(root.get("paragraphs").get(0))).containsExactly("begin", "end");
    assertThat(root.get("sentences")).hasSize(2);
    assertThat(fieldNames(root.get("sentences").get(0))).containsExactly("begin", "end", "text");
    assertThat(root.get("sentences").get(1).get("text").asText()).isEqualTo("Fox said the bank would act.");
    JsonNode dateline = root.get("dateline");
    assertThat(fieldNames(dateline)).containsExactlyInAnyOrder("begin", "end", "text", "place", "date");
    assertThat(dateline.get("text").asText()).isEqualTo("LONDON, May 2.");
    assertThat(dateline.get("place").asText()).isEqualTo("LONDON");
    assertThat(dateline.get("date").asText()).isEqualTo("May 2");
  }

  @Test
  void jsonWithoutDatelineHasNullDateline() throws Exception {
    Attribution a = attribution();
    Attribution none = new Attribution(a.text(), a.paragraphs(), a.sentences(), Optional.empty(), a.statements(),
        a.people());
    JsonNode root = MAPPER.readTree(AttributionWriter.toJson(none, Optional.empty()));
    assertThat(root.has("dateline")).isTrue();
    assertThat(root.get("dateline").isNull()).isTrue();
  }

  @Test
  void jsonLineIsOneLineWithTheSameContent() throws Exception {
    String line = AttributionWriter.toJsonLine(attribution(), Optional.of("a1"));
    assertThat(line).doesNotContain("\n");
    assertThat(MAPPER.readTree(line)).isEqualTo(MAPPER.readTree(AttributionWriter.toJson(attribution(),
        Optional.of("a1"))));
  }

  @Test
  void errorLineHasIdAndError() throws Exception {
    JsonNode error = MAPPER.readTree(AttributionWriter.errorLine(Optional.of("x.jsonl:3"), "line is not JSON"));
    assertThat(fieldNames(error)).containsExactly("id", "error");
    assertThat(error.get("id").asText()).isEqualTo("x.jsonl:3");
    assertThat(error.get("error").asText()).isEqualTo("line is not JSON");
    JsonNode noId = MAPPER.readTree(AttributionWriter.errorLine(Optional.empty(), "oops"));
    assertThat(noId.get("id").isNull()).isTrue();
  }

  @Test
  void textNamesTheSpeakerWithRoleAndAffiliationTypeAndCue() {
    assertThat(AttributionWriter.toText(attribution())).isEqualTo(
        "Jane Fox (chief economist, Albion Bank) [DIRECT, said]: Prices will rise,\n"
            + "Jane Fox (chief economist, Albion Bank) [INDIRECT, said]: the bank would act\n"
            + "(unknown source) [MIXED]: the bank would act\n");
  }

  @Test
  void textFallsBackToTheSourceAndItsKind() {
    Attribution a = attribution();
    Statement s = new Statement(StatementType.INDIRECT, span("the bank would act"),
        Optional.of(new Cue(span("said", TEXT.indexOf("\n\n")), "say")),
        Optional.of(span("Fox", TEXT.indexOf("\n\n"))), SourceKind.PERSON, Optional.empty(), 0.5);
    Attribution one = new Attribution(a.text(), a.paragraphs(), a.sentences(), a.dateline(), List.of(s), List.of());
    assertThat(AttributionWriter.toText(one)).isEqualTo("Fox (person) [INDIRECT, said]: the bank would act\n");
  }

  @Test
  void textOfAPersonWithoutRoleHasNoParentheses() {
    Attribution a = attribution();
    Statement s = new Statement(StatementType.DIRECT, span("Prices will rise,"), Optional.empty(), Optional.empty(),
        SourceKind.PERSON, Optional.of("p2"), 0.6);
    Attribution one = new Attribution(a.text(), a.paragraphs(), a.sentences(), a.dateline(), List.of(s), a.people());
    assertThat(AttributionWriter.toText(one)).isEqualTo("Ann Lee [DIRECT]: Prices will rise,\n");
  }

  @Test
  void textCollapsesWhitespaceInContent() {
    String text = "“One.\n\nTwo,” she said.";
    Statement s = new Statement(StatementType.DIRECT, Span.of(text, 1, 11), Optional.empty(), Optional.empty(),
        SourceKind.UNKNOWN, Optional.empty(), 0.6);
    Attribution one = new Attribution(text, List.of(), List.of(), Optional.empty(), List.of(s), List.of());
    assertThat(AttributionWriter.toText(one)).isEqualTo("(unknown source) [DIRECT]: One. Two,\n");
  }

  @Test
  void textWithoutStatementsSaysSo() {
    Attribution empty = new Attribution("", List.of(), List.of(), Optional.empty(), List.of(), List.of());
    assertThat(AttributionWriter.toText(empty)).isEqualTo("(no statements found)\n");
  }

  @Test
  void loneSurrogatesAreEscapedSoTheJsonRoundTripsThroughUtf8() throws Exception {
    String text = "He said \ud800 “ok \udc00” 🎉 and \ud83d";
    Span all = Span.of(text, 0, text.length());
    Attribution a = new Attribution(text, List.of(all), List.of(all), Optional.empty(), List.of(), List.of());
    for (String json : List.of(AttributionWriter.toJson(a, Optional.of("id\udfff")), AttributionWriter.toJsonLine(a, Optional.empty()))) {
      byte[] utf8 = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(new String(utf8, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(json);
      JsonNode back = MAPPER.readTree(utf8);
      assertThat(back.get("sentences").get(0).get("text").asText()).isEqualTo(text);
      assertThat(json).contains("\\ud800", "\\udc00", "🎉", "\\ud83d\"").doesNotContain("?");
    }
    assertThat(MAPPER.readTree(AttributionWriter.toJson(a, Optional.of("id\udfff"))).get("id").asText()).isEqualTo("id\udfff");
  }
}
