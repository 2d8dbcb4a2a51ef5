package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void findsElevenStatements() {
    assertThat(result.statements()).hasSize(11);
  }

  @Test
  void findsBothDirectQuotesWithExactSpans() {
    List<Statement> direct = result.statements().stream()
        .filter(s -> s.type() == StatementType.DIRECT).toList();
    assertThat(direct).hasSize(2);

    int firstBegin = text.indexOf("By leveraging our shared");
    int firstEnd = text.indexOf("prosperity for both peoples,") + "prosperity for both peoples,".length();
    int secondBegin = text.indexOf("The historic visit of the President");
    int secondEnd = text.indexOf("advance their nations’ ties,") + "advance their nations’ ties,".length();

    assertThat(direct).extracting(s -> s.content().begin(), s -> s.content().end())
        .containsExactly(tuple(firstBegin, firstEnd), tuple(secondBegin, secondEnd));
    assertThat(text.charAt(firstBegin - 1)).isEqualTo('“');
    assertThat(text.charAt(firstEnd)).isEqualTo('”');
    assertThat(text.charAt(secondBegin - 1)).isEqualTo('"');
    assertThat(text.charAt(secondEnd)).isEqualTo('"');
    assertThat(direct.get(1).content().text()).as("the second quote covers two paragraphs").contains("\n\n");

    for (Statement s : direct) {
      assertThat(s.cue().orElseThrow().span().text()).isEqualTo("said");
      assertThat(s.cue().get().lemma()).isEqualTo("say");
      assertThat(s.source().orElseThrow().text()).isEqualTo("he");
      assertThat(s.source().get().begin()).isGreaterThan(s.content().end());
    }
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
