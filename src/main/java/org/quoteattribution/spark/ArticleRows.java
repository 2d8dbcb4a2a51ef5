package org.quoteattribution.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quoteattribution.AffiliationKind;
import org.quoteattribution.Attribution;
import org.quoteattribution.Cue;
import org.quoteattribution.Person;
import org.quoteattribution.Span;
import org.quoteattribution.Statement;
import scala.collection.mutable.Buffer;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows of an attributed article: its schema and how an {@link Attribution} becomes one row.
 * Absent values are SQL {@code NULL}; offsets are the library's UTF-16 offsets.
 */
final class ArticleRows {

  static final String STATEMENTS = "statements";
  static final String PEOPLE = "people";
  static final String ERROR = "error";

  /** A span of the article's text: its text and UTF-16 offsets. */
  static final StructType SPAN = new StructType(new StructField[] {
      field("text", StringType, false),
      field("begin", IntegerType, false),
      field("end", IntegerType, false)});

  /** One statement: the columns of {@link SparkAttributor#statements}, after the article id. */
  static final StructType STATEMENT = new StructType(new StructField[] {
      field("type", StringType, false),
      field("content", StringType, false),
      field("content_begin", IntegerType, false),
      field("content_end", IntegerType, false),
      field("fragments", DataTypes.createArrayType(SPAN, false), false),
      field("cue", StringType, true),
      field("cue_begin", IntegerType, true),
      field("cue_end", IntegerType, true),
      field("cue_lemma", StringType, true),
      field("source", StringType, true),
      field("source_begin", IntegerType, true),
      field("source_end", IntegerType, true),
      field("source_kind", StringType, false),
      field("speaker", StringType, true),
      field("speaker_name", StringType, true),
      field("speaker_role", StringType, true),
      field("speaker_affiliation", StringType, true),
      field("confidence", DoubleType, false)});

  /** One person: the columns of {@link SparkAttributor#people}, after the article id. */
  static final StructType PERSON = new StructType(new StructField[] {
      field("person", StringType, false),
      field("name", StringType, false),
      field("role", StringType, true),
      field("affiliation", StringType, true),
      field("mentions", IntegerType, false),
      field("gender", StringType, false),
      field("role_qualifier", StringType, true),
      field("affiliation_kind", StringType, true),
      field("party", StringType, true),
      field("state", StringType, true),
      field("evidence", DataTypes.createArrayType(SPAN, false), false)});

  private ArticleRows() {}

  /** An attributed article: its id, its statements and people, or (instead of those) its error. */
  static StructType articleSchema(String idColumn, DataType idType) {
    return new StructType(new StructField[] {
        field(idColumn, idType, true),
        field(STATEMENTS, DataTypes.createArrayType(STATEMENT, false), true),
        field(PEOPLE, DataTypes.createArrayType(PERSON, false), true),
        field(ERROR, StringType, true)});
  }

  /** Names an output row uses besides the article id's. */
  static boolean isOutputColumn(String name) {
    return name.equals(STATEMENTS) || name.equals(PEOPLE) || name.equals(ERROR)
        || List.of(STATEMENT.fieldNames()).contains(name) || List.of(PERSON.fieldNames()).contains(name);
  }

  static Row attributed(Object id, Attribution attribution) {
    List<Row> statements = attribution.statements().stream().map(s -> statement(attribution, s)).toList();
    List<Row> people = attribution.people().stream().map(ArticleRows::person).toList();
    // Spark's rows take arrays as Scala sequences
    return RowFactory.create(id, CollectionConverters.asScala(statements), CollectionConverters.asScala(people), null);
  }

  static Row failed(Object id, String error) {
    return RowFactory.create(id, null, null, error);
  }

  private static Row statement(Attribution attribution, Statement s) {
    Optional<Span> cue = s.cue().map(Cue::span);
    Optional<Person> speaker = attribution.speakerOf(s);
    return RowFactory.create(
        s.type().name(),
        s.content().text(), s.content().begin(), s.content().end(), spans(s.contentSpans()),
        cue.map(Span::text).orElse(null), cue.map(Span::begin).orElse(null), cue.map(Span::end).orElse(null),
        s.cue().map(Cue::lemma).orElse(null),
        s.source().map(Span::text).orElse(null), s.source().map(Span::begin).orElse(null),
        s.source().map(Span::end).orElse(null),
        s.sourceKind().name(),
        s.speaker().orElse(null),
        speaker.map(Person::name).orElse(null),
        speaker.flatMap(Person::role).orElse(null),
        speaker.flatMap(Person::affiliation).orElse(null),
        s.confidence());
  }

  private static Row person(Person p) {
    return RowFactory.create(p.id(), p.name(), p.role().orElse(null), p.affiliation().orElse(null),
        p.mentions().size(), p.gender().name(), p.roleQualifier().orElse(null),
        p.affiliationKind().map(AffiliationKind::name).orElse(null), p.party().orElse(null),
        p.state().orElse(null), spans(p.evidence()));
  }

  /** Spans as an array of {@link #SPAN} structs. */
  private static Buffer<Row> spans(List<Span> spans) {
    List<Row> rows = spans.stream().map(e -> RowFactory.create(e.text(), e.begin(), e.end())).toList();
    return CollectionConverters.asScala(rows);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
