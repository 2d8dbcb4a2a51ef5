package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's seed article: a Trend interview with Iran's deputy ambassador to Azerbaijan. */
class SeedTest {

  static final Path SEED = Path.of("seeds/000_ce2ed4b107f1b5db.txt");

  private static String text;
  private static Attribution result;

  @BeforeAll
  static void attribute() throws IOException {
    text = Files.readString(SEED, StandardCharsets.UTF_8);
    result = Shared.ATTRIBUTOR.attribute(text);
  }

  @Test
  void firstSentenceStartsAfterTheDateline() {
    assertThat(result.sentences()).isNotEmpty();
    Span first = result.sentences().get(0);
    assertThat(first.text()).startsWith("Iran continues");
    assertThat(first.begin()).isEqualTo(text.indexOf("Iran continues"));
  }

  @Test
  void findsTheDateline() {
    Dateline dateline = result.dateline().orElseThrow();
    assertThat(dateline.place()).contains("BAKU, Azerbaijan");
    assertThat(dateline.date()).contains("February 16");
    assertThat(dateline.span().text()).isEqualTo("date 2026-02-16 BAKU, Azerbaijan, February 16.");
    assertThat(dateline.span().end()).isLessThanOrEqualTo(result.sentences().get(0).begin());
  }

  @Test
  void everyStatementIsByTheDeputyAmbassador() {
    assertThat(result.statements()).allSatisfy(s -> {
      Person speaker = result.speakerOf(s).orElseThrow();
      assertThat(speaker.name()).isEqualTo("Alireza Jabbari");
      assertThat(speaker.role()).contains("deputy ambassador");
      assertThat(speaker.affiliation()).contains("Iran");
      assertThat(s.sourceKind()).isEqualTo(SourceKind.PERSON);
    });
  }

  @Test
  void findsSixPeopleWithRolesAndAffiliations() {
    assertThat(result.people())
        .extracting(Person::name, p -> p.role().orElse(null), p -> p.affiliation().orElse(null))
        .containsExactly(
            tuple("Alireza Jabbari", "deputy ambassador", "Iran"),
            tuple("Ilham Aliyev", "President", "Azerbaijan"),
            tuple("Jeyhun Bayramov", "Foreign Minister", "Azerbaijan"),
            tuple("Masoud Pezeshkian", "President", "Iran"),
            tuple("Abbas Araghchi", "Foreign Minister", "Iran"),
            tuple("Shahin Mustafayev", "Deputy Prime Minister", "Azerbaijan"));
    assertThat(result.people()).extracting(Person::id).doesNotHaveDuplicates();
    assertThat(result.people()).allSatisfy(p -> {
      assertThat(p.mentions()).isNotEmpty();
      assertThat(p.mentions()).allSatisfy(m -> assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text()));
    });
  }

  @Test
  void noContentStartsOrEndsAtAnApostrophe() {
    assertThat(result.statements()).allSatisfy(s -> {
      String content = s.content().text();
      assertThat(content).isNotBlank().doesNotStartWith("'").doesNotStartWith("’")
          .doesNotEndWith("'").doesNotEndWith("’");
    });
  }

  @Test
  void statementsAreInTextOrder() {
    assertThat(result.statements()).extracting(s -> s.content().begin()).isSorted();
  }
}
