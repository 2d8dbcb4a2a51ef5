package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generated articles ({@link FuzzArticles}) through the real models: nothing escapes, every span
 * lies in the text and matches it, the JSON round-trips through UTF-8, and results are the same on
 * every run and thread count. CI runs {@value #DEFAULT_TRIES} articles of a fixed seed (under a
 * minute); {@code -Dfuzz.tries=N -Dfuzz.seed=S} runs others. {@code FuzzMain} (src/bench) runs
 * thousands through the command line.
 */
class FuzzTest {

  private static final int DEFAULT_TRIES = 60;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> articles() {
    long seed = Long.getLong("fuzz.seed", 20261129L);
    int tries = Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
    FuzzArticles generator = new FuzzArticles(seed);
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      articles.add(generator.next());
    }
    return articles;
  }

  @Test
  void generatedArticlesGiveTrueSpansAndJsonThatRoundTrips() throws Exception {
    for (String text : articles()) {
      Attribution result = Shared.ATTRIBUTOR.attribute(text);
      BadInputTest.assertSpansMatchText(result);
      byte[] json = AttributionWriter.toJsonLine(result, Optional.of("x")).getBytes(StandardCharsets.UTF_8);
      assertSpansMatch(MAPPER.readTree(json), text);
    }
  }

  /** Every span of the JSON read back matches the text: what {@code FuzzMain} checks too. */
  static void assertSpansMatch(JsonNode root, String text) {
    List<JsonNode> spans = new ArrayList<>();
    if (!root.get("dateline").isNull()) {
      spans.add(root.get("dateline"));
    }
    root.get("sentences").forEach(spans::add);
    for (JsonNode s : root.get("statements")) {
      for (String field : List.of("content", "cue", "source")) {
        if (!s.get(field).isNull()) {
          spans.add(s.get(field));
        }
      }
    }
    root.get("people").forEach(p -> p.get("mentions").forEach(spans::add));
    assertThat(spans).allSatisfy(span -> {
      int begin = span.get("begin").asInt();
      int end = span.get("end").asInt();
      assertThat(begin).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(text.length());
      assertThat(span.get("text").asText()).isEqualTo(text.substring(begin, end));
    });
    root.get("paragraphs").forEach(p -> assertThat(p.get("end").asInt()).isLessThanOrEqualTo(text.length()));
  }

  @Test
  void generatedArticlesGiveTheSameResultsOnEveryRunAndThreadCount() {
    List<String> articles = articles().subList(0, Math.min(30, articles().size()));
    List<Attribution> serial = articles.stream().map(Shared.ATTRIBUTOR::attribute).toList();
    for (int threads : new int[] {1, 4}) {
      List<Attribution> batch = new ArrayList<>();
      Shared.ATTRIBUTOR.attributeAll(articles.iterator(), t -> t, threads, outcome -> {
        assertThat(outcome.error()).isEmpty();
        batch.add(outcome.attribution().orElseThrow());
      });
      assertThat(batch).as("%s threads", threads).isEqualTo(serial);
    }
  }
}
