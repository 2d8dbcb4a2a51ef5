package org.quoteattribution.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.quoteattribution.AttributionWriter;
import org.quoteattribution.QuoteAttributor;

/** The HTTP API against a real server on a loopback port, with the real models. */
class AttributionServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String QUOTE = "“We will open the bridge in May,” said Anna Berg, the transport minister of Norway.";

  private static Http.Response get(String path) throws IOException {
    return Http.get(TestServer.uri(path));
  }

  private static Http.Response post(String path, String contentType, byte[] body) throws IOException {
    return Http.post(TestServer.uri(path), contentType, body);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode json(Http.Response response) throws IOException {
    assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return MAPPER.readTree(response.body());
  }

  /** An error answer: the status, a JSON message, and nothing of the server's insides. */
  private static void assertProblem(Http.Response response, int status, String messagePart) throws IOException {
    assertThat(response.status()).isEqualTo(status);
    JsonNode body = json(response);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(messagePart);
    assertThat(response.body()).doesNotContain("\tat ", "at org.", "at io.", "Exception", "jetty", "javalin");
  }

  @Test
  void healthSaysOkWithTheLimits() throws Exception {
    Http.Response r = get("/health");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("workers").asInt()).isPositive();
    assertThat(body.get("max_body_bytes").asInt()).isEqualTo(AttributionServer.DEFAULT_MAX_BODY_BYTES);
  }

  @Test
  void attributesPlainTextAndReturnsTheLibrarysJson() throws Exception {
    Http.Response r = post("/v1/attribute", "text/plain; charset=utf-8", utf8(QUOTE));
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(r.body()).isEqualTo(AttributionWriter.toJsonLine(QuoteAttributor.create().attribute(QUOTE), Optional.empty()));
    JsonNode statement = body.get("statements").get(0);
    assertThat(statement.get("type").asText()).isEqualTo("DIRECT");
    assertThat(statement.get("content").get("text").asText()).isEqualTo("We will open the bridge in May,");
    JsonNode person = body.get("people").get(0);
    assertThat(person.get("name").asText()).isEqualTo("Anna Berg");
    assertThat(statement.get("speaker").asText()).isEqualTo(person.get("id").asText());
  }

  @Test
  void anArticleOverTheMaximumLengthIs413NotAnInternalError() throws Exception {
    // under the body limit (1 MiB) but over the attributor's maximum length (1,000,000 chars)
    byte[] body = utf8("x ".repeat(500_001));
    assertThat(body.length).isLessThan(AttributionServer.DEFAULT_MAX_BODY_BYTES);
    assertProblem(post("/v1/attribute", "text/plain; charset=utf-8", body), 413, "article too long: 1,000,002 chars");
  }

  @Test
  void attributesAJsonArticleAndEchoesItsId() throws Exception {
    String request = MAPPER.createObjectNode().put("id", "n-17").put("text", QUOTE).toString();
    Http.Response r = post("/v1/attribute", "application/json", utf8(request));
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.get("id").asText()).isEqualTo("n-17");
    assertThat(body.get("statements")).hasSize(1);
  }

  @Test
  void refusesBadJsonAndTextThatIsNotUtf8With400() throws Exception {
    assertProblem(post("/v1/attribute", "application/json", utf8("{\"text\": ")), 400, "not valid JSON");
    assertProblem(post("/v1/attribute", "application/json", utf8("{\"id\": \"x\"}")), 400, "\"text\"");
    assertProblem(post("/v1/attribute", "text/plain", "Müller sagte".getBytes(StandardCharsets.ISO_8859_1)), 400, "UTF-8");
    assertProblem(post("/v1/attribute", "text/plain; charset=windows-1252", utf8("x")), 400, "UTF-8");
  }

  @Test
  void refusesABodyOverTheLimitWith413() throws Exception {
    byte[] big = new byte[AttributionServer.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    assertProblem(post("/v1/attribute", "text/plain", big), 413, "1048576 bytes");
  }

  @Test
  void refusesOtherMediaTypesWith415AndUnknownPathsWithJson404() throws Exception {
    assertProblem(post("/v1/attribute", "application/xml", utf8("<a/>")), 415, "Content-Type");
    assertProblem(get("/v2/nothing"), 404, "/v2/nothing");
    assertProblem(get("/v1/attribute"), 405, "/v1/attribute");
  }

  @Test
  void batchStreamsOneRecordPerLineInOrderWithAnErrorRecordForABadLine() throws Exception {
    String lines = MAPPER.createObjectNode().put("id", "a").put("text", QUOTE) + "\n"
        + "this is not json\n"
        + "\n"
        + "{\"id\": \"c\", \"body\": \"no text field\"}\n"
        + MAPPER.createObjectNode().put("text", "No one said anything here.") + "\n";
    Http.Response r = post("/v1/attribute/batch", "application/x-ndjson", utf8(lines));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/x-ndjson"));
    List<JsonNode> records = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      records.add(MAPPER.readTree(line));
    }
    assertThat(records).hasSize(4);
    assertThat(records.get(0).get("id").asText()).isEqualTo("a");
    assertThat(records.get(0).get("statements")).hasSize(1);
    assertThat(records.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(records.get(1).get("error").asText()).contains("not valid JSON");
    assertThat(records.get(1).get("id").isNull()).isTrue();
    assertThat(records.get(2).get("id").asText()).isEqualTo("c");
    assertThat(records.get(2).get("line").asInt()).isEqualTo(4);
    assertThat(records.get(3).has("error")).isFalse();
    assertThat(records.get(3).get("statements")).isEmpty();
  }

  @Test
  void answers503WhenTheOnlyWorkerIsBusyAndThereIsNoQueueThenRecovers() throws Exception {
    try (AttributionServer small = AttributionServer.builder().attributor(QuoteAttributor.create())
        .port(0).workers(1).queue(0).build().start()) {
      String seed = Files.readString(Path.of("seeds/000_ce2ed4b107f1b5db.txt"));
      StringBuilder batch = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        batch.append(MAPPER.createObjectNode().put("id", "s" + i).put("text", seed)).append('\n');
      }
      URI base = URI.create("http://127.0.0.1:" + small.port());
      HttpURLConnection streamed = Http.send(base.resolve("/v1/attribute/batch"), "application/x-ndjson", utf8(batch.toString()));
      assertThat(streamed.getResponseCode()).isEqualTo(200);
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(streamed.getInputStream(), StandardCharsets.UTF_8))) {
        // the first record arrives while the batch still holds the one worker for five more articles
        assertThat(MAPPER.readTree(reader.readLine()).get("id").asText()).isEqualTo("s0");
        Http.Response refused = Http.post(base.resolve("/v1/attribute"), "text/plain", utf8(QUOTE));
        assertProblem(refused, 503, "busy");
        assertThat(refused.header("Retry-After")).contains("1");
        long rest = StreamSupport.stream(((Iterable<String>) reader.lines()::iterator).spliterator(), false).count();
        assertThat(rest).isEqualTo(5);
      }
      assertThat(Http.post(base.resolve("/v1/attribute"), "text/plain", utf8(QUOTE)).status()).isEqualTo(200);
    }
  }

  @Test
  void servesThePageWithAStrictContentSecurityPolicy() throws Exception {
    Http.Response page = get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
    assertThat(page.body()).contains("<textarea id=\"article\"")
        .as("loads nothing from elsewhere").doesNotContainPattern("(src|href)\\s*=\\s*[\"']?(https?:)?//");
    for (String asset : List.of("/app.js", "/style.css")) {
      Http.Response r = get(asset);
      assertThat(r.status()).as(asset).isEqualTo(200);
      assertThat(r.body()).as(asset + " loads nothing from elsewhere").doesNotContain("http://", "https://", "@import");
    }
  }

  @Test
  void describesItselfInOpenApi() throws Exception {
    JsonNode doc = json(get("/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/v1/attribute")).isTrue();
    assertThat(doc.get("paths").has("/v1/attribute/batch")).isTrue();
    assertThat(doc.get("paths").has("/health")).isTrue();
    assertThat(doc.at("/paths/~1v1~1attribute/post/responses").has("503")).isTrue();
  }
}
