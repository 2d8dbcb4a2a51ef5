package org.quoteattribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process. Only two tests load models (each call loads its own). */
class MainTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SEED = Path.of("seeds/000_ce2ed4b107f1b5db.txt");

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int code = Main.run(args, o, e);
      o.flush();
      e.flush();
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void helpExitsZeroAndPrintsUsage() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: quote-attribution").contains("--format").contains("Exit codes");
  }

  @Test
  void serveHelpListsTheEndpointsAndLimits() {
    Run r = run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: quote-attribution serve").contains("/v1/attribute/batch")
        .contains("--port").contains("default: 8080").contains("127.0.0.1").contains("--max-body").contains("503");
  }

  @Test
  void serveWithABadPortOrConfidenceExitsTwoBeforeLoadingModels() {
    Run port = run("serve", "--port", "70000");
    assertThat(port.code()).isEqualTo(2);
    assertThat(port.err()).contains("port must be in [0, 65535]").doesNotContain("loading models");
    Run confidence = run("serve", "--min-confidence", "2");
    assertThat(confidence.code()).isEqualTo(2);
    assertThat(confidence.err()).contains("--min-confidence");
  }

  @Test
  void unknownOptionExitsTwo() {
    Run r = run("--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--no-such-option");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badFormatExitsTwo() {
    assertThat(run("--format", "yaml", SEED.toString()).code()).isEqualTo(2);
  }

  @Test
  void minConfidenceOutOfRangeExitsTwo() {
    Run r = run("--min-confidence", "1.5", SEED.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--min-confidence");
  }

  @Test
  void missingFileExitsTwoWithAMessage(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.txt");
    Run r = run(missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("quote-attribution:").contains("nowhere.txt");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void jsonLinesWithABrokenLineGiveOneRecordPerLineInOrderAndExitOne(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("articles.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\": \"a\", \"text\": \"“Prices will rise,” she said.\"}",
        "{not json",
        "{\"id\": \"c\", \"text\": \"Anna Weiss told reporters that the bridge would close.\"}"), StandardCharsets.UTF_8);

    Run r = run("--format", "jsonl", input.toString());

    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode a = MAPPER.readTree(lines.get(0));
    JsonNode broken = MAPPER.readTree(lines.get(1));
    JsonNode c = MAPPER.readTree(lines.get(2));

    assertThat(fieldNames(broken)).containsExactly("id", "error");
    assertThat(broken.get("id").asText()).contains("articles.jsonl:2");
    assertThat(broken.get("error").asText()).isNotBlank();
    assertThat(r.err()).contains("articles.jsonl:2");

    for (JsonNode good : List.of(a, c)) {
      assertThat(fieldNames(good)).contains("id", "statements", "people", "sentences", "paragraphs");
      assertThat(good.has("error")).isFalse();
      assertThat(good.get("statements")).hasSize(1);
      assertThat(good.get("sentences")).hasSize(1);
      assertThat(good.get("paragraphs")).hasSize(1);
    }
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("statements").get(0).get("type").asText()).isEqualTo("DIRECT");
    assertThat(a.get("statements").get(0).get("content").get("text").asText()).isEqualTo("Prices will rise,");
    assertThat(c.get("id").asText()).isEqualTo("c");
    assertThat(c.get("statements").get(0).get("source").get("text").asText()).isEqualTo("Anna Weiss");
    assertThat(c.get("people").get(0).get("name").asText()).isEqualTo("Anna Weiss");
  }

  @Test
  void jsonFormatOnOneTextFileIsOneObjectWithSpansAndPeople() throws IOException {
    Run r = run("--format", "json", SEED.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.isObject()).isTrue();
    assertThat(root.get("id").asText()).isEqualTo("000_ce2ed4b107f1b5db");
    assertThat(root.get("dateline").get("place").asText()).isEqualTo("BAKU, Azerbaijan");
    assertThat(root.get("statements")).hasSize(11);
    for (JsonNode s : root.get("statements")) {
      for (String field : List.of("content", "cue", "source")) {
        JsonNode span = s.get(field);
        assertThat(span.has("begin") && span.has("end")).as(field).isTrue();
        assertThat(text.substring(span.get("begin").asInt(), span.get("end").asInt()))
            .isEqualTo(span.get("text").asText());
      }
      assertThat(s.get("speaker").asText()).isEqualTo("p1");
    }
    assertThat(root.get("people")).hasSize(6);
    for (JsonNode p : root.get("people")) {
      assertThat(fieldNames(p)).containsExactly("id", "name", "role", "role_qualifier", "affiliation",
          "affiliation_kind", "party", "state", "gender", "mentions", "evidence");
      assertThat(p.get("mentions")).isNotEmpty();
    }
    JsonNode first = root.get("people").get(0);
    assertThat(first.get("id").asText()).isEqualTo("p1");
    assertThat(first.get("name").asText()).isEqualTo("Alireza Jabbari");
    assertThat(first.get("role").asText()).isEqualTo("deputy ambassador");
    assertThat(first.get("affiliation").asText()).isEqualTo("Iran");
    assertThat(first.get("affiliation_kind").asText()).isEqualTo("COUNTRY");
    assertThat(first.get("evidence")).isNotEmpty();
  }

  @Test
  void aTextFileInAnotherEncodingStopsTheRunBeforeTheModelsLoad(@TempDir Path dir) throws IOException {
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, "Le ministre a d\u00e9clar\u00e9 que".getBytes(StandardCharsets.ISO_8859_1));
    long start = System.nanoTime();
    Run r = run("--format", "json", dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(latin.toString(), "byte offset 15", "UTF-8 expected", "--encoding");
    assertThat(r.out()).isEmpty();
    assertThat(System.nanoTime() - start).as("no model load").isLessThan(5_000_000_000L);
  }

  @Test
  void encodingOptionReadsOtherEncodings(@TempDir Path dir) throws IOException {
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, "\u00c9lise Martin said the vote was over.".getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("--format", "json", "--quiet", "--encoding", "ISO-8859-1", latin.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("id").asText()).isEqualTo("latin");
    assertThat(root.get("statements").get(0).get("source").get("text").asText()).isEqualTo("\u00c9lise Martin");
    assertThat(run("--encoding", "NO-SUCH-CHARSET", latin.toString()).code()).isEqualTo(2);
  }

  @Test
  void anArticleOverALimitGetsAnErrorRecordAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\": \"a\", \"text\": \"She said so.\"}\n"
        + "{\"id\": \"long\", \"text\": \"" + "word ".repeat(100) + "\"}\n"
        + "{\"id\": \"c\", \"text\": \"He said the deal was off.\"}\n", StandardCharsets.UTF_8);
    Run r = run("--format", "jsonl", "--max-length", "200", "--threads", "2", input.toString());

    assertThat(r.code()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode error = MAPPER.readTree(lines.get(1));
    assertThat(error.get("id").asText()).isEqualTo("long");
    assertThat(error.get("limit").asText()).isEqualTo("LENGTH");
    assertThat(error.get("error").asText()).isEqualTo("article too long: 500 chars, the limit is 200 (the maximum length)");
    assertThat(MAPPER.readTree(lines.get(2)).get("statements")).hasSize(1);
  }

  @Test
  void anOutputThatCannotBeWrittenExitsFour(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\": \"a\", \"text\": \"She said so.\"}\n".repeat(3), StandardCharsets.UTF_8);
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--format", "jsonl", "--quiet", input.toString()},
        new PrintStream(broken, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(4);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not be written");
  }
}
