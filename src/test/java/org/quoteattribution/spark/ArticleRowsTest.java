package org.quoteattribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.quoteattribution.AffiliationKind;
import org.quoteattribution.Attribution;
import org.quoteattribution.Cue;
import org.quoteattribution.Gender;
import org.quoteattribution.Person;
import org.quoteattribution.SourceKind;
import org.quoteattribution.Span;
import org.quoteattribution.Statement;
import org.quoteattribution.StatementType;

/** How an attribution becomes a row, on results built by hand (no models, no Spark session). */
class ArticleRowsTest {

  private static final String TEXT = "“We will win,” Ann Lee said. Prices will rise, a report found.";

  private static Attribution attribution() {
    Span annLee = Span.of(TEXT, 15, 22);
    Person ann = new Person("p1", "Ann Lee", Optional.of("mayor"), Optional.empty(), List.of(annLee));
    Statement direct = new Statement(StatementType.DIRECT, Span.of(TEXT, 1, 12),
        Optional.of(new Cue(Span.of(TEXT, 23, 27), "say")), Optional.of(annLee), SourceKind.PERSON,
        Optional.of("p1"), 0.9);
    Statement floating = new Statement(StatementType.INDIRECT, Span.of(TEXT, 29, 45), Optional.empty(),
        Optional.empty(), SourceKind.UNKNOWN, Optional.empty(), 0.5);
    return new Attribution(TEXT, List.of(Span.of(TEXT, 0, TEXT.length())), List.of(), Optional.empty(),
        List.of(direct, floating), List.of(ann));
  }

  @Test
  void statementCarriesItsSpansCueSourceAndSpeaker() {
    Row row = ArticleRows.attributed("a1", attribution());

    assertThat(row.get(0)).isEqualTo("a1");
    assertThat(row.isNullAt(3)).as("error").isTrue();
    List<Row> statements = row.getList(1);
    assertThat(statements).hasSize(2);
    Row direct = statements.get(0);
    assertThat(direct.toSeq().toList().mkString("|")).isEqualTo(
        "DIRECT|We will win|1|12|Buffer([We will win,1,12])|said|23|27|say|Ann Lee|15|22|PERSON|p1|Ann Lee|mayor|null|0.9");
  }

  @Test
  void absentValuesAreNulls() {
    Row floating = ArticleRows.attributed("a1", attribution()).<Row>getList(1).get(1);

    assertThat(floating.toSeq().toList().mkString("|")).isEqualTo(
        "INDIRECT|Prices will rise|29|45|Buffer([Prices will rise,29,45])|null|null|null|null|null|null|null|UNKNOWN|null|null|null|null|0.5");
    assertThat(floating.length()).isEqualTo(ArticleRows.STATEMENT.size());
  }

  @Test
  void interruptedStatementHasOneFragmentEachSideOfTheAttribution() {
    String text = "“We were better,” Alves said. “Then we stopped.”";
    Span alves = Span.of(text, 18, 23);
    Statement interrupted = new Statement(StatementType.DIRECT, Span.of(text, 1, 47),
        Optional.of(new Cue(Span.of(text, 24, 28), "say")), Optional.of(alves), SourceKind.PERSON,
        Optional.empty(), 0.8, List.of(Span.of(text, 1, 16), Span.of(text, 31, 47)));
    Attribution a = new Attribution(text, List.of(Span.of(text, 0, text.length())), List.of(), Optional.empty(),
        List.of(interrupted), List.of());

    Row statement = ArticleRows.attributed("a4", a).<Row>getList(1).get(0);

    assertThat(statement.<Row>getList(ArticleRows.STATEMENT.fieldIndex("fragments"))).extracting(f -> f.mkString("|"))
        .containsExactly("We were better,|1|16", "Then we stopped.|31|47");
  }

  @Test
  void personCountsItsMentions() {
    Row person = ArticleRows.attributed(7L, attribution()).<Row>getList(2).get(0);

    assertThat(person.toSeq().toList().mkString("|")).isEqualTo("p1|Ann Lee|mayor|null|1|UNKNOWN|null|null|null|null|Buffer()");
    assertThat(person.length()).isEqualTo(ArticleRows.PERSON.size());
  }

  @Test
  void personCarriesGenderQualifierKindPartyStateAndEvidence() {
    String text = "Sen. Jo Park (D-Ariz.), a former state senator, spoke.";
    Span jo = Span.of(text, 5, 12);
    Person park = new Person("p1", "Jo Park", Optional.of("senator"), Optional.of("Democratic Party"), List.of(jo),
        Gender.FEMALE, Optional.of("former"), Optional.of(AffiliationKind.PARTY), Optional.of("Democrat"),
        Optional.of("Arizona"), List.of(Span.of(text, 0, 4), Span.of(text, 13, 22)));
    Attribution a = new Attribution(text, List.of(Span.of(text, 0, text.length())), List.of(), Optional.empty(),
        List.of(), List.of(park));

    Row person = ArticleRows.attributed("a3", a).<Row>getList(2).get(0);

    assertThat(person.toSeq().toList().mkString("|")).isEqualTo("p1|Jo Park|senator|Democratic Party|1|FEMALE|former"
        + "|PARTY|Democrat|Arizona|Buffer([Sen.,0,4], [(D-Ariz.),13,22])");
  }

  @Test
  void failedArticleHasOnlyItsIdAndError() {
    Row row = ArticleRows.failed("a2", "text is null");

    assertThat(row.get(0)).isEqualTo("a2");
    assertThat(row.isNullAt(1)).isTrue();
    assertThat(row.isNullAt(2)).isTrue();
    assertThat(row.getString(3)).isEqualTo("text is null");
  }
}
