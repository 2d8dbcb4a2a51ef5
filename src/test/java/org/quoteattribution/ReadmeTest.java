package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.examples.QuickStart;

/** The README's quick start is the QuickStart example, and prints what the README says. */
class ReadmeTest {

  private static List<String> quickStartBlock() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    return block.lines().toList();
  }

  @Test
  void quickStartCodeIsTheExampleVerbatim() throws Exception {
    String example = Files.readString(Path.of("examples/org/quoteattribution/examples/QuickStart.java"));
    List<String> code = quickStartBlock().stream().filter(l -> !l.startsWith("//") && !l.isBlank()).toList();
    assertThat(code).isNotEmpty();
    for (String line : code) {
      assertThat(example).contains(line.strip());
    }
  }

  @Test
  void quickStartPrintsWhatTheReadmeShows() throws Exception {
    List<String> shown = quickStartBlock().stream().filter(l -> l.startsWith("// "))
        .map(l -> l.substring(3)).toList();
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    List<String> printed = Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    assertThat(shown).hasSizeGreaterThan(2);
    assertThat(printed).startsWith(shown.toArray(String[]::new));
  }
}
