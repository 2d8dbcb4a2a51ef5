package org.quoteattribution.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
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
 * as Parquet; OUTPUT gets {@code statements/} and {@code people/}; PARTITIONS (default eight per
 * core of the cluster, at least as many as the input has) are the units of work. The master comes
 * from {@code spark-submit}, or the system property {@code spark.master}, or is {@code local[*]}.
 * The README gives the commands for Maven and for {@code spark-submit}.
 */
public final class SparkArchive {

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
      int cores = spark.sparkContext().defaultParallelism();
      if (System.getProperty("spark.sql.shuffle.partitions") == null) {
        // the summary's aggregation has a few thousand rows, not enough for Spark's default 200 tasks
        spark.conf().set("spark.sql.shuffle.partitions", cores);
      }
      Dataset<Row> articles = read(spark, input);
      // small units of work: an even finish, and a cheap retry when a task fails
      int partitions = args.length > 2 ? Integer.parseInt(args[2])
          : Math.max(8 * cores, articles.rdd().getNumPartitions());
      double sessionSeconds = (System.nanoTime() - start) / 1e9;

      long attributing = System.nanoTime();
      SparkAttributor attributor = SparkAttributor.builder().idColumn("id").textColumn("text").build();
      // attributed once, kept for both outputs and the summary
      Dataset<Row> attributed = attributor.attribute(articles.repartition(partitions))
          .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> statements = attributor.statements(attributed);
      statements.write().mode(SaveMode.Overwrite).parquet(output + "/statements");
      attributor.people(attributed).write().mode(SaveMode.Overwrite).parquet(output + "/people");
      double seconds = (System.nanoTime() - attributing) / 1e9;

      // the counts in one pass over the kept rows, not over the Parquet written
      Row counts = attributed.agg(count("*"), count(col("error")),
          sized("statements"), sized("people")).first();
      long n = counts.getLong(0);
      System.out.printf("%d articles (%d failed) in %.1f s, %.2f articles/s, on %d partitions"
              + " (Spark session and input: %.1f s)%n",
          n, counts.getLong(1), seconds, n / seconds, partitions, sessionSeconds);
      System.out.printf("%d statements, %d people, in %s%n", counts.getLong(2), counts.getLong(3), output);
      if (counts.getLong(1) > 0) {
        System.out.println("Failed articles (the first five):");
        attributed.where(col("error").isNotNull()).select("id", "error").show(5, false);
      }
      System.out.println("Speakers with the most statements:");
      statements.where(col("speaker_name").isNotNull())
          .groupBy("speaker_name", "speaker_role", "speaker_affiliation")
          .agg(count("*").as("statements"))
          .orderBy(desc("statements"), col("speaker_name"))
          .show(10, false);
      attributed.unpersist();
    } finally {
      spark.stop();
    }
  }

  /** The total size of an array column over the articles that did not fail (0 if none). */
  private static Column sized(String array) {
    return coalesce(sum(when(col("error").isNull(), size(col(array)))), lit(0L));
  }

  private static Dataset<Row> read(SparkSession spark, String input) {
    if (input.endsWith(".jsonl") || input.endsWith(".json")) {
      // a schema, so Spark need not read the whole input once to infer one; other fields are ignored
      return spark.read().schema("id STRING, text STRING").json(input);
    }
    return spark.read().parquet(input);
  }
}
