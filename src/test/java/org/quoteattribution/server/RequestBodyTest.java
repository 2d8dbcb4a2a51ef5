package org.quoteattribution.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading request bodies: limits, UTF-8, content types and the article JSON. No models. */
class RequestBodyTest {

  private static byte[] read(String body, long declared, int limit) throws IOException {
    return RequestBody.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), declared, limit);
  }

  private static int statusOf(Runnable r) {
    try {
      r.run();
    } catch (HttpProblem p) {
      return p.status();
    }
    return 200;
  }

  @Test
  void readsABodyUpToTheLimitExactly() throws IOException {
    assertThat(read("abcd", 4, 4)).hasSize(4);
    assertThat(read("abcd", -1, 4)).hasSize(4);
    assertThat(read("", -1, 4)).isEmpty();
  }

  @Test
  void refusesABodyOverTheLimitWith413WhetherOrNotItsLengthWasDeclared() {
    assertThatThrownBy(() -> read("abcde", -1, 4)).isInstanceOf(HttpProblem.class)
        .hasMessageContaining("limit of 4 bytes").extracting(e -> ((HttpProblem) e).status()).isEqualTo(413);
    assertThatThrownBy(() -> read("a", 5, 4)).isInstanceOf(HttpProblem.class);
  }

  @Test
  void decodesUtf8AndRefusesMalformedBytesWith400() {
    assertThat(RequestBody.utf8("Ça «va» 😀".getBytes(StandardCharsets.UTF_8))).isEqualTo("Ça «va» 😀");
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(statusOf(() -> RequestBody.utf8(latin1))).isEqualTo(400);
    assertThat(statusOf(() -> RequestBody.utf8(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}))).isEqualTo(400);
  }

  @Test
  void tellsTextFromJsonByContentType() {
    assertThat(RequestBody.kind(null)).isEqualTo(RequestBody.Kind.TEXT);
    assertThat(RequestBody.kind("text/plain")).isEqualTo(RequestBody.Kind.TEXT);
    assertThat(RequestBody.kind("Text/Plain; charset=UTF-8")).isEqualTo(RequestBody.Kind.TEXT);
    assertThat(RequestBody.kind("application/json")).isEqualTo(RequestBody.Kind.JSON);
    assertThat(RequestBody.kind("application/json;charset=\"utf-8\"")).isEqualTo(RequestBody.Kind.JSON);
    assertThat(RequestBody.kind("application/x-ndjson")).isEqualTo(RequestBody.Kind.JSON);
  }

  @Test
  void refusesOtherCharsetsWith400AndOtherMediaTypesWith415() {
    assertThat(statusOf(() -> RequestBody.kind("text/plain; charset=ISO-8859-1"))).isEqualTo(400);
    assertThat(statusOf(() -> RequestBody.kind("application/xml"))).isEqualTo(415);
    assertThat(statusOf(() -> RequestBody.kind("multipart/form-data; boundary=x"))).isEqualTo(415);
  }

  @Test
  void readsAnArticleWithOrWithoutAnId() {
    assertThat(RequestBody.article("{\"id\": \"a1\", \"text\": \"Hi.\", \"extra\": 1}"))
        .isEqualTo(new RequestBody.Article(Optional.of("a1"), "Hi."));
    assertThat(RequestBody.article("{\"id\": 42, \"text\": \"\"}")).isEqualTo(new RequestBody.Article(Optional.of("42"), ""));
    assertThat(RequestBody.article("{\"text\": \"x\", \"id\": null}").id()).isEmpty();
  }

  @Test
  void refusesJsonThatIsNotAnArticleWith400() {
    for (String bad : new String[] {"", "{", "[]", "\"text\"", "{\"text\": 3}", "{\"id\": \"a\"}",
        "{\"id\": [1], \"text\": \"x\"}", "{\"text\": \"x\"} trailing", "{\"text\": \"x\"}{\"text\": \"y\"}"}) {
      assertThat(statusOf(() -> RequestBody.article(bad))).as(bad).isEqualTo(400);
    }
  }

  @Test
  void findsTheIdOfABrokenRecordWhenThereIsOne() {
    assertThat(RequestBody.idIn("{\"id\": \"x\", \"text\": 1}")).contains("x");
    assertThat(RequestBody.idIn("{\"id\": 7}")).contains("7");
    assertThat(RequestBody.idIn("not json")).isEmpty();
    assertThat(RequestBody.idIn("[1, 2]")).isEmpty();
  }
}
