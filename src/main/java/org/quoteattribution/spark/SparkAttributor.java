package org.quoteattribution.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Attributes a news archive on Spark: a {@code Dataset<Row>} of articles in, datasets of
 * statements and of people out.
 *
 * <pre>{@code
 * SparkAttributor attributor = SparkAttributor.builder().idColumn("id").textColumn("text").build();
 * Dataset<Row> attributed = attributor.attribute(articles).persist(StorageLevel.MEMORY_AND_DISK());
 * attributor.statements(attributed).write().parquet("out/statements");
 * attributor.people(attributed).write().parquet("out/people");
 * }</pre>
 *
 * <p>{@link #attribute} gives one row per article, computed lazily in {@code mapPartitions}: each
 * task builds a {@code QuoteAttributor} on the executor, and every attributor of an executor JVM
 * shares one set of models, loaded by the first task (several seconds, about 0.45 GB of heap).
 * Nothing reaches the driver. {@link #statements} and {@link #people} flatten that dataset; persist
 * it (or write it) first when you want both, or the articles are attributed once for each.
 *
 * <p><b>Failures.</b> An article whose text is null or whose attribution throws gives one row with
 * its {@code error} and nulls elsewhere, in both the statements and the people; the job goes on. A
 * failure to load the models fails the task, as Spark fails any task.
 *
 * <p>An attributor is an immutable value holding its options; it can be used from any thread of
 * the driver.
 */
public final class SparkAttributor {

  private final String idColumn;
  private final String textColumn;
  private final double minConfidence;

  private SparkAttributor(Builder builder) {
    this.idColumn = builder.idColumn;
    this.textColumn = builder.textColumn;
    this.minConfidence = builder.minConfidence;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * One row per article, in the partitions of {@code articles}: the article id (its column name and
   * type kept), {@code statements} and {@code people} (arrays of the structs whose fields
   * {@link #statements} and {@link #people} list), and {@code error} (null unless the article
   * failed, when the arrays are null). Lazy, as any Spark transformation.
   *
   * @throws IllegalArgumentException if {@code articles} lacks the id column, or its text column
   *                                  is missing or not a string
   */
  public Dataset<Row> attribute(Dataset<Row> articles) {
    requireNonNull(articles, "articles must not be null");
    StructField id = column(articles.schema(), idColumn, "id");
    StructField text = column(articles.schema(), textColumn, "text");
    if (!(text.dataType() instanceof StringType)) {
      throw new IllegalArgumentException("text column " + textColumn + " must be a string, not "
          + text.dataType().simpleString());
    }
    StructType schema = ArticleRows.articleSchema(idColumn, id.dataType());
    return articles.select(quoted(idColumn), quoted(textColumn))
        .mapPartitions(new AttributePartition(minConfidence), Encoders.row(schema));
  }

  /**
   * The statements of {@linkplain #attribute attributed} articles, one row each: the article id,
   * {@code type} ({@code DIRECT}, {@code INDIRECT}, {@code MIXED}), {@code content} with
   * {@code content_begin} and {@code content_end}, {@code fragments} (the content's pieces, an
   * array of structs {@code text}, {@code begin}, {@code end}: one, the content itself, unless the
   * attribution interrupts the statement, as {@code Statement.contentSpans}), {@code cue} with its
   * offsets and
   * {@code cue_lemma}, {@code source} with its offsets, {@code source_kind}, {@code speaker} (the
   * person's id in {@link #people}), {@code speaker_name}, {@code speaker_role},
   * {@code speaker_affiliation}, {@code confidence}, and {@code error}. An article without
   * statements has no row; a failed article has one, with only its id and error.
   */
  public Dataset<Row> statements(Dataset<Row> attributed) {
    return flatten(attributed, ArticleRows.STATEMENTS, ArticleRows.STATEMENT);
  }

  /**
   * The people of {@linkplain #attribute attributed} articles, one row each: the article id,
   * {@code person} (its id within the article, as {@code speaker} in the statements), {@code name},
   * {@code role}, {@code affiliation}, {@code mentions} (how many mentions of the person the
   * library resolved), {@code gender}, {@code role_qualifier}, {@code affiliation_kind},
   * {@code party}, {@code state} (as in {@code Person}; enums by name), {@code evidence} (an array
   * of structs {@code text}, {@code begin}, {@code end}: the spans the role and affiliation were
   * read from), and {@code error}. A failed article has one row, with only its id and error.
   */
  public Dataset<Row> people(Dataset<Row> attributed) {
    return flatten(attributed, ArticleRows.PEOPLE, ArticleRows.PERSON);
  }

  private Dataset<Row> flatten(Dataset<Row> attributed, String arrayColumn, StructType element) {
    requireNonNull(attributed, "attributed must not be null");
    for (String name : new String[] {idColumn, arrayColumn, ArticleRows.ERROR}) {
      column(attributed.schema(), name, "attributed");
    }
    Column error = col(ArticleRows.ERROR);
    Column rows = when(error.isNull(), col(arrayColumn)).otherwise(array(lit(null).cast(element)));
    return attributed.select(quoted(idColumn), explode(rows).as("row"), error)
        .select(quoted(idColumn), col("row.*"), error);
  }

  private static StructField column(StructType schema, String name, String what) {
    Optional<StructField> field = Arrays.stream(schema.fields()).filter(f -> f.name().equals(name)).findFirst();
    return field.orElseThrow(() -> new IllegalArgumentException(
        "no " + what + " column " + name + " in " + schema.simpleString()));
  }

  private static Column quoted(String name) {
    return col("`" + name.replace("`", "``") + "`");
  }

  /** Options of a {@link SparkAttributor}. */
  public static final class Builder {

    private String idColumn = "id";
    private String textColumn = "text";
    private double minConfidence = 0.0;

    private Builder() {}

    /** The column that identifies an article (default {@code id}); any type, kept in the output. */
    public Builder idColumn(String idColumn) {
      this.idColumn = requireNonNull(idColumn, "idColumn must not be null");
      return this;
    }

    /** The string column with the article's plain text (default {@code text}). */
    public Builder textColumn(String textColumn) {
      this.textColumn = requireNonNull(textColumn, "textColumn must not be null");
      return this;
    }

    /** As {@code QuoteAttributor.Builder.minConfidence}: drops statements below it (default 0). */
    public Builder minConfidence(double minConfidence) {
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
      }
      this.minConfidence = minConfidence;
      return this;
    }

    /**
     * The attributor; loads nothing (the executors load the models).
     *
     * @throws IllegalArgumentException if the id column's name is one the output uses for another
     *                                  column
     */
    public SparkAttributor build() {
      if (ArticleRows.isOutputColumn(idColumn)) {
        throw new IllegalArgumentException("idColumn " + idColumn + " is the name of an output column;"
            + " rename it first (Dataset.withColumnRenamed)");
      }
      return new SparkAttributor(this);
    }
  }
}
