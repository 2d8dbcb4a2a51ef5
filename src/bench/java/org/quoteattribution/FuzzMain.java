package org.quoteattribution;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fuzz run through the command line, in two steps around it (not a unit test):
 * <pre>
 *   FuzzMain generate N SEED articles.jsonl      # N generated articles ({@link FuzzArticles}), ASCII JSON Lines
 *   bin/quote-attribution --format jsonl --threads 2 --quiet articles.jsonl &gt; out.jsonl; echo "exit $?"
 *   FuzzMain check articles.jsonl out.jsonl      # counts; exit 1 on any broken invariant
 * </pre>
 * {@code check} reads the output strictly as UTF-8 and counts: records, results, error records
 * (by kind: the documented limits, and anything else), statements, spans checked, and broken
 * invariants (a line that is not JSON, an id out of order, a span out of bounds or whose text is not
 * the input's substring). Run with {@code mvn -o -q -Pbench test-compile exec:exec
 * -Dbench.main=org.quoteattribution.FuzzMain -Dbench.args="…"}.
 */
public final class FuzzMain {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FuzzMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("generate")) {
      generate(Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
    } else if (args.length == 3 && args[0].equals("check")) {
      System.exit(check(Path.of(args[1]), Path.of(args[2])) ? 0 : 1);
    } else {
      System.err.println("usage: FuzzMain generate N SEED OUT.jsonl | FuzzMain check IN.jsonl OUT.jsonl");
      System.exit(2);
    }
  }

  private static void generate(int n, long seed, Path out) throws IOException {
    ObjectWriter writer = MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII); // lone surrogates too
    FuzzArticles articles = new FuzzArticles(seed);
    long chars = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.US_ASCII)) {
      for (int i = 0; i < n; i++) {
        String text = articles.next();
        chars += text.length();
        w.write(writer.writeValueAsString(Map.of("id", "fuzz-" + seed + "-" + i, "text", text)));
        w.write('\n');
      }
    }
    System.out.printf("generated %,d articles, %,d chars (mean %,d) into %s%n", n, chars, chars / Math.max(1, n), out);
  }

  private static boolean check(Path in, Path out) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    try (BufferedReader inputs = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedReader outputs = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(out),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
      for (String input; (input = inputs.readLine()) != null; ) {
        JsonNode article = MAPPER.readTree(input);
        String output = outputs.readLine();
        count(counts, "records in");
        if (output == null) {
          count(counts, "BROKEN: record missing from the output");
          continue;
        }
        JsonNode result;
        try {
          result = MAPPER.readTree(output);
        } catch (IOException e) {
          count(counts, "BROKEN: output line is not JSON");
          continue;
        }
        if (!article.get("id").asText().equals(result.path("id").asText())) {
          count(counts, "BROKEN: id out of order");
          continue;
        }
        if (result.has("error")) {
          count(counts, result.hasNonNull("limit") ? "error records: limit " + result.get("limit").asText()
              : "error records: OTHER");
          if (!result.hasNonNull("limit")) {
            System.out.println("error record: " + output);
          }
          continue;
        }
        count(counts, "results");
        counts.merge("statements", (long) result.get("statements").size(), Long::sum);
        counts.merge("people", (long) result.get("people").size(), Long::sum);
        try {
          FuzzTest.assertSpansMatch(result, article.get("text").asText());
          count(counts, "results with every span true");
        } catch (AssertionError e) {
          count(counts, "BROKEN: a span out of bounds or untrue to the text");
          System.out.println(article.get("id").asText() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
      }
      if (outputs.readLine() != null) {
        count(counts, "BROKEN: more output lines than input");
      }
    }
    counts.forEach((k, v) -> System.out.printf("%-50s %,d%n", k, v));
    return counts.keySet().stream().noneMatch(k -> k.startsWith("BROKEN") || k.endsWith("OTHER"));
  }

  private static void count(Map<String, Long> counts, String key) {
    counts.merge(key, 1L, Long::sum);
  }
}
