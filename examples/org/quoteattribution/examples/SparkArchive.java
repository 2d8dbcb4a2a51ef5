package org.quoteattribution.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.quoteattribution.Models;
import org.quoteattribution.spark.SparkAttributor;

/**
 * Attributes a news archive on Spark: reads articles from JSON Lines ({@code {"id": …, "text": …}}
 * a line) or Parquet (columns {@code id} and {@code text}), writes the statements and the people as
 * Parquet under the output folder, and prints the speakers with the most statements.
 *
 * <pre>
 * SparkArchive INPUT OUTPUT [PARTITIONS]
 * </pre>
 *
 * INPUT is a {@code .jsonl} or {@code .json} file (or folder of them), or anything else Spark reads
 * as Parquet; OUTPUT gets {@code statements/} and {@code people/}. The units of work are pieces of
 * the input of at most 1 MB, at least eight per core of the cluster, cut as the files are read;
 * PARTITIONS, if given, redistributes the articles into that many instead. The master comes
 * from {@code spark-submit}, or the system property {@code spark.master}, or is {@code local[*]}.
 * The README gives the commands for Maven and for {@code spark-submit}.
 */
public final class SparkArchive {

  /**
   * Distinct speakers the summary's sketch holds: while an archive has fewer, the counts are exact;
   * beyond, each is off by at most 2 × statements / TRACKED (Spark's {@code approx_top_k}).
   */
  private static final int TRACKED = 100_000;

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SparkArchive INPUT(.jsonl or Parquet) OUTPUT [PARTITIONS]");
      System.exit(2);
    }
    String input = args[0];
    String output = args[1];
    // Spark logs through SLF4J: with slf4j-simple (exec:java) warnings only, unless told otherwise;
    // under spark-submit, the cluster's own logging configuration applies
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    long start = System.nanoTime();
    String master = System.getProperty("spark.master", "local[*]");
    if (master.startsWith("local")) {
      // in local mode the driver is the one executor: its first task would load the models after
      // Spark has started; load them (the same Models.shared() the tasks use) while Spark starts
      Thread models = new Thread(Models::shared, "quote-attribution models");
      models.setDaemon(true);
      models.start();
    }
    SparkSession.Builder builder = SparkSession.builder()
        .appName("quote-attribution SparkArchive")
        .master(master);
    if (master.startsWith("local") && System.getProperty("spark.ui.enabled") == null) {
      builder.config("spark.ui.enabled", false); // nobody watches a local run's web UI
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Dataset<Row> articles;
      if (args.length > 2) {
        articles = read(spark, input).repartition(Integer.parseInt(args[2]));
      } else {
        // small units of work (an even finish, a cheap retry when a task fails), split from the
        // input files as they are read, with no shuffle: at least eight per core, at most 1 MB
        // (about 200 news articles) each, however few or many the files
        int cores = spark.sparkContext().defaultParallelism();
        setUnlessGiven(spark, "spark.sql.files.minPartitionNum", String.valueOf(8 * cores));
        setUnlessGiven(spark, "spark.sql.files.maxPartitionBytes", "1m");
        setUnlessGiven(spark, "spark.sql.files.openCostInBytes", "0");
        articles = read(spark, input);
      }
      double sessionSeconds = (System.nanoTime() - start) / 1e9;

      long attributing = System.nanoTime();
      SparkAttributor attributor = SparkAttributor.builder().idColumn("id").textColumn("text").build();
      // attributed once, kept for both outputs; the counts and the summary are observed while the
      // statements are written (Dataset.observe), so they cost no pass of their own
      Dataset<Row> attributed = attributor.attribute(articles)
          .persist(StorageLevel.MEMORY_AND_DISK());
      Observation totals = new Observation("totals");
      Observation speakers = new Observation("speakers");
      Dataset<Row> statements = attributor.statements(attributed.observe(totals,
              count(lit(1)).as("articles"), count(col("error")).as("failed"),
              sized("statements").as("statements"), sized("people").as("people")))
          .observe(speakers, expr("approx_top_k(CASE WHEN speaker_name IS NOT NULL THEN concat_ws(', ',"
              + " speaker_name, speaker_role, speaker_affiliation) END, 11, " + TRACKED + ")"));
      statements.write().mode(SaveMode.Overwrite).parquet(output + "/statements");
      attributor.people(attributed).write().mode(SaveMode.Overwrite).parquet(output + "/people");
      double seconds = (System.nanoTime() - attributing) / 1e9;

      Row counts = totals.getRow(); // the write has run: no wait
      long n = counts.getLong(0);
      long failed = counts.getLong(1);
      System.out.printf("%d articles (%d failed) in %.1f s, %.2f articles/s, on %d partitions"
              + " (Spark session: %.1f s)%n",
          n, failed, seconds, n / seconds, attributed.rdd().getNumPartitions(), sessionSeconds);
      System.out.printf("%d statements, %d people, in %s%n", counts.getLong(2), counts.getLong(3), output);
      if (failed > 0) {
        System.out.println("Failed articles (the first five):");
        attributed.where(col("error").isNotNull()).select("id", "error").show(5, false);
      }
      System.out.println("Speakers with the most statements:");
      // eleven, because statements without a speaker count as one item, null (observed metrics
      // take no FILTER clause)
      speakers.getRow().<Row>getList(0).stream().filter(speaker -> !speaker.isNullAt(0)).limit(10)
          .forEach(speaker -> System.out.printf("%6d  %s%n", speaker.getLong(1), speaker.getString(0)));
      attributed.unpersist();
    } finally {
      spark.stop();
    }
  }

  /** The total size of an array column over the articles that did not fail (0 if none). */
  private static Column sized(String array) {
    return coalesce(sum(when(col("error").isNull(), size(col(array)))), lit(0L));
  }

  /** Sets a session option, unless {@code spark-submit --conf} or a system property gave it. */
  private static void setUnlessGiven(SparkSession spark, String key, String value) {
    if (!spark.conf().contains(key)) {
      spark.conf().set(key, value);
    }
  }

  private static Dataset<Row> read(SparkSession spark, String input) {
    if (input.endsWith(".jsonl") || input.endsWith(".json")) {
      // a schema, so Spark need not read the whole input once to infer one; other fields are ignored
      return spark.read().schema("id STRING, text STRING").json(input);
    }
    return spark.read().parquet(input);
  }
}
