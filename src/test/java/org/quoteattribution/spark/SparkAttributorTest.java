package org.quoteattribution.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Attribution;
import org.quoteattribution.Cue;
import org.quoteattribution.LimitExceededException;
import org.quoteattribution.Person;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.Span;
import org.quoteattribution.Statement;

/** Articles attributed on a local Spark session give the rows of the direct API's results. */
class SparkAttributorTest {

  private static final List<String> STATEMENT_COLUMNS = List.of("id", "type", "content", "content_begin",
      "content_end", "fragments", "cue", "cue_begin", "cue_end", "cue_lemma", "source", "source_begin", "source_end",
      "source_kind", "speaker", "speaker_name", "speaker_role", "speaker_affiliation", "confidence", "error");
  private static final List<String> PEOPLE_COLUMNS =
      List.of("id", "person", "name", "role", "affiliation", "mentions", "gender", "role_qualifier",
          "affiliation_kind", "party", "state", "evidence", "error");

  private static final List<String[]> FIXTURES = List.of(
      new String[] {"harbour", "OSLO, Norway, May 4. The ferry service will resume on Friday, the port authority said.\n\n"
          + "“We have repaired both piers,” said Ingrid Berg, the authority’s chief engineer. "
          + "“The boats can dock again.”\n\n"
          + "She added that the repairs had cost less than feared."},
      new String[] {"budget", "Tomas Novak, the finance minister of Slovakia, told lawmakers that the deficit would shrink next year.\n\n"
          + "He said the forecast was “cautious” and rejected calls for a new tax."},
      new String[] {"quiet", "The museum opened a new wing on Sunday. Visitors queued for an hour."});

  private static final SparkAttributor ATTRIBUTOR = SparkAttributor.builder().build();

  private static List<String[]> articles;
  private static List<Row> statements;
  private static List<Row> people;

  @BeforeAll
  static void attributeOnSpark() throws IOException {
    articles = new ArrayList<>(FIXTURES);
    articles.add(new String[] {"seed", Files.readString(Path.of("seeds/000_ce2ed4b107f1b5db.txt"), StandardCharsets.UTF_8)});
    Dataset<Row> attributed = ATTRIBUTOR.attribute(LocalSpark.articles(articles)).cache();
    statements = ATTRIBUTOR.statements(attributed).collectAsList();
    people = ATTRIBUTOR.people(attributed).collectAsList();
    attributed.unpersist();
  }

  @Test
  void statementRowsEqualTheDirectApiResults() {
    QuoteAttributor direct = QuoteAttributor.create();
    List<List<Object>> expected = new ArrayList<>();
    for (String[] article : articles) {
      Attribution a = direct.attribute(article[1]);
      a.statements().forEach(s -> expected.add(statementValues(article[0], a, s)));
    }
    assertThat(expected).hasSizeGreaterThan(15); // the seed gives 11; the fixtures add more
    assertThat(expected).as("a statement the attribution interrupts has two fragments")
        .anySatisfy(v -> assertThat((List<?>) v.get(5)).hasSizeGreaterThan(1));
    assertThat(statements).extracting(r -> values(r, STATEMENT_COLUMNS)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(statements).filteredOn(r -> r.getAs("id").equals("quiet")).isEmpty();
  }

  @Test
  void peopleRowsEqualTheDirectApiResults() {
    QuoteAttributor direct = QuoteAttributor.create();
    List<List<Object>> expected = new ArrayList<>();
    for (String[] article : articles) {
      for (Person p : direct.attribute(article[1]).people()) {
        expected.add(Arrays.asList(article[0], p.id(), p.name(), p.role().orElse(null),
            p.affiliation().orElse(null), p.mentions().size(), p.gender().name(), p.roleQualifier().orElse(null),
            p.affiliationKind().map(Enum::name).orElse(null), p.party().orElse(null), p.state().orElse(null),
            spans(p.evidence()), null));
      }
    }
    assertThat(expected).extracting(v -> v.get(2)).contains("Alireza Jabbari", "Ingrid Berg", "Tomas Novak");
    assertThat(expected).as("some person has evidence and an affiliation kind")
        .anySatisfy(v -> assertThat((List<?>) v.get(11)).isNotEmpty())
        .anySatisfy(v -> assertThat(v.get(8)).isNotNull());
    assertThat(people).extracting(r -> values(r, PEOPLE_COLUMNS)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void outputColumnsAreTheDocumentedOnes() {
    assertThat(statements).isNotEmpty().allSatisfy(r -> assertThat(r.schema().fieldNames()).containsExactlyElementsOf(STATEMENT_COLUMNS));
    assertThat(people).isNotEmpty().allSatisfy(r -> assertThat(r.schema().fieldNames()).containsExactlyElementsOf(PEOPLE_COLUMNS));
  }

  @Test
  void anArticleWithoutTextGivesAnErrorRowAndTheOthersGoOn() {
    Dataset<Row> input = LocalSpark.articles(List.of(
        new String[] {"broken", null},
        FIXTURES.get(1)));
    Dataset<Row> attributed = ATTRIBUTOR.attribute(input).cache();
    List<Row> statementRows = ATTRIBUTOR.statements(attributed).collectAsList();
    List<Row> peopleRows = ATTRIBUTOR.people(attributed).collectAsList();
    attributed.unpersist();

    for (List<Row> rows : List.of(statementRows, peopleRows)) {
      List<Row> broken = rows.stream().filter(r -> r.getAs("id").equals("broken")).toList();
      assertThat(broken).singleElement().satisfies(r -> {
        assertThat(r.<String>getAs("error")).isEqualTo("text is null");
        for (int i = 1; i < r.length() - 1; i++) {
          assertThat(r.isNullAt(i)).as(r.schema().fieldNames()[i]).isTrue();
        }
      });
      assertThat(rows).filteredOn(r -> r.getAs("id").equals("budget")).isNotEmpty()
          .allSatisfy(r -> assertThat(r.isNullAt(r.fieldIndex("error"))).isTrue());
    }
  }

  @Test
  void anArticleTheLibraryRejectsGivesAnErrorRowWithTheLibrarysMessage() {
    QuoteAttributor short20 = QuoteAttributor.builder().maxLength(20).build();
    String text = FIXTURES.get(1)[1];

    Row row = AttributePartition.attribute(short20, RowFactory.create("long", text));

    assertThatThrownBy(() -> short20.attribute(text)).isInstanceOf(LimitExceededException.class)
        .satisfies(e -> assertThat(row.getString(3)).isEqualTo(e.getMessage()).contains("20"));
    assertThat(row.isNullAt(1)).isTrue();
  }

  @Test
  void emptyInputGivesEmptyDatasetsWithTheirColumns() {
    Dataset<Row> attributed = ATTRIBUTOR.attribute(LocalSpark.articles(List.of()));
    assertThat(attributed.count()).isZero();
    assertThat(ATTRIBUTOR.statements(attributed).count()).isZero();
    assertThat(ATTRIBUTOR.statements(attributed).columns()).containsExactlyElementsOf(STATEMENT_COLUMNS);
    assertThat(ATTRIBUTOR.people(attributed).count()).isZero();
    assertThat(ATTRIBUTOR.people(attributed).columns()).containsExactlyElementsOf(PEOPLE_COLUMNS);
  }

  @Test
  void keepsTheIdColumnsNameAndTypeAndAppliesMinConfidence() {
    StructType schema = new StructType().add("doc", DataTypes.LongType).add("body", DataTypes.StringType)
        .add("ignored", DataTypes.StringType);
    Dataset<Row> input = LocalSpark.SESSION.createDataFrame(
        List.of(RowFactory.create(7L, FIXTURES.get(0)[1], "x"), RowFactory.create(8L, FIXTURES.get(1)[1], "y")), schema);
    SparkAttributor sure = SparkAttributor.builder().idColumn("doc").textColumn("body").minConfidence(0.8).build();

    List<Row> rows = sure.statements(sure.attribute(input)).collectAsList();

    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat(r.schema().fieldNames()[0]).isEqualTo("doc");
      assertThat(r.get(0)).isInstanceOf(Long.class);
      assertThat(r.<Double>getAs("confidence")).isGreaterThanOrEqualTo(0.8);
    });
    QuoteAttributor direct = QuoteAttributor.builder().minConfidence(0.8).build();
    long expected = direct.attribute(FIXTURES.get(0)[1]).statements().size()
        + direct.attribute(FIXTURES.get(1)[1]).statements().size();
    assertThat(rows).hasSize((int) expected);
  }

  @Test
  void rejectsInputWithoutItsColumns() {
    Dataset<Row> input = LocalSpark.articles(List.of());
    assertThatThrownBy(() -> SparkAttributor.builder().textColumn("body").build().attribute(input))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no text column body");
    assertThatThrownBy(() -> SparkAttributor.builder().textColumn("id").idColumn("text").build()
        .attribute(input.withColumn("id", input.col("id").cast("int"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a string");
    assertThatThrownBy(() -> SparkAttributor.builder().idColumn("type").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output column");
  }

  private static List<Object> statementValues(String id, Attribution a, Statement s) {
    Span cue = s.cue().map(Cue::span).orElse(null);
    Span source = s.source().orElse(null);
    Person speaker = a.speakerOf(s).orElse(null);
    return Arrays.asList(id, s.type().name(), s.content().text(), s.content().begin(), s.content().end(),
        spans(s.contentSpans()), cue == null ? null : cue.text(), cue == null ? null : cue.begin(), cue == null ? null : cue.end(),
        s.cue().map(Cue::lemma).orElse(null),
        source == null ? null : source.text(), source == null ? null : source.begin(),
        source == null ? null : source.end(), s.sourceKind().name(), s.speaker().orElse(null),
        speaker == null ? null : speaker.name(), speaker == null ? null : speaker.role().orElse(null),
        speaker == null ? null : speaker.affiliation().orElse(null), s.confidence(), null);
  }

  /** Spans as {@link #values} gives them: lists of (text, begin, end). */
  private static List<List<Object>> spans(List<Span> spans) {
    return spans.stream().map(e -> List.<Object>of(e.text(), e.begin(), e.end())).toList();
  }

  /** The row's values by column name; an array of spans as lists of (text, begin, end). */
  private static List<Object> values(Row row, List<String> columns) {
    List<Object> values = new ArrayList<>();
    for (String c : columns) {
      values.add((c.equals("evidence") || c.equals("fragments")) && !row.isNullAt(row.fieldIndex(c))
          ? row.<Row>getList(row.fieldIndex(c)).stream().map(e -> List.<Object>of(e.getString(0), e.getInt(1), e.getInt(2))).toList()
          : row.getAs(c));
    }
    return values;
  }
}
