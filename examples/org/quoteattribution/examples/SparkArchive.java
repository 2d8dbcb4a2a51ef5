package org.quoteattribution.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
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
    SparkSession spark = SparkSession.builder()
        .appName("quote-attribution SparkArchive")
        .master(System.getProperty("spark.master", "local[*]"))
        .getOrCreate();
    try {
      Dataset<Row> articles = read(spark, input);
      // small units of work: an even finish, and a cheap retry when a task fails
      int partitions = args.length > 2 ? Integer.parseInt(args[2])
          : Math.max(8 * spark.sparkContext().defaultParallelism(), articles.rdd().getNumPartitions());

      long start = System.nanoTime();
      SparkAttributor attributor = SparkAttributor.builder().idColumn("id").textColumn("text").build();
      // attributed once, kept for both outputs
      Dataset<Row> attributed = attributor.attribute(articles.repartition(partitions))
          .persist(StorageLevel.MEMORY_AND_DISK());
      attributor.statements(attributed).write().mode(SaveMode.Overwrite).parquet(output + "/statements");
      attributor.people(attributed).write().mode(SaveMode.Overwrite).parquet(output + "/people");
      long n = attributed.count();
      long failed = attributed.where(col("error").isNotNull()).count();
      double seconds = (System.nanoTime() - start) / 1e9;
      attributed.unpersist();

      Dataset<Row> statements = spark.read().parquet(output + "/statements");
      System.out.printf("%d articles (%d failed) in %.1f s, %.2f articles/s, on %d partitions%n",
          n, failed, seconds, n / seconds, partitions);
      System.out.printf("%d statements, %d people, in %s%n",
          statements.where(col("error").isNull()).count(),
          spark.read().parquet(output + "/people").where(col("error").isNull()).count(), output);
      System.out.println("Speakers with the most statements:");
      statements.where(col("speaker_name").isNotNull())
          .groupBy("speaker_name", "speaker_role", "speaker_affiliation")
          .agg(count("*").as("statements"))
          .orderBy(desc("statements"), col("speaker_name"))
          .show(10, false);
    } finally {
      spark.stop();
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
