package org.quoteattribution.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.quoteattribution.Attribution;
import org.quoteattribution.Models;

/**
 * Where the time of {@code SparkArchive}'s run goes: the same Spark work (session, JSON Lines read
 * with a schema cut into pieces as it is read, attribution kept in memory, statements and people written as
 * Parquet, with the counts and the speakers' summary observed on the statements' write), with the
 * process's CPU time (user + system, from {@code /proc/self/stat}) and wall time printed at each
 * phase and at the end of each Spark job.
 *
 * <pre>
 * SparkPhases INPUT OUTPUT [--noop]
 * </pre>
 *
 * With {@code --noop} every article gets an empty attribution and no model loads: what is left is
 * the fixed cost of Spark and of the example's jobs. A bench tool, not part of the library.
 */
public final class SparkPhases {

  private static final long START = System.nanoTime();

  public static void main(String[] args) throws IOException {
    String input = args[0];
    String output = args[1];
    boolean noop = args.length > 2 && args[2].equals("--noop");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    phase("main entered (JVM start)");
    String master = System.getProperty("spark.master", "local[2]");
    if (!noop && Boolean.parseBoolean(System.getProperty("bench.parallelModels", "true"))) {
      Thread models = new Thread(() -> {
        Models.shared();
        phase("models loaded (own thread)");
      }, "models");
      models.setDaemon(true);
      models.start();
    }
    SparkSession spark = SparkSession.builder().appName("SparkPhases").master(master)
        .config("spark.ui.enabled", false).getOrCreate();
    phase("session");
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        phase("  job " + start.jobId() + " start");
      }

      @Override
      public void onJobEnd(SparkListenerJobEnd end) {
        phase("  job " + end.jobId() + " end");
      }
    });
    try {
      int cores = spark.sparkContext().defaultParallelism();
      Dataset<Row> articles;
      if (Boolean.parseBoolean(System.getProperty("bench.repartition", "false"))) {
        // -Dbench.repartition=true: SparkArchive before: one piece read, then a shuffle
        articles = spark.read().schema("id STRING, text STRING").json(input).repartition(8 * cores);
      } else {
        spark.conf().set("spark.sql.files.minPartitionNum", String.valueOf(8 * cores));
        spark.conf().set("spark.sql.files.maxPartitionBytes", "1m");
        spark.conf().set("spark.sql.files.openCostInBytes", "0");
        articles = spark.read().schema("id STRING, text STRING").json(input);
      }
      phase("input planned");
      SparkAttributor attributor = SparkAttributor.builder().build();
      Dataset<Row> attributed = (noop
          ? articles.mapPartitions(new Empty(),
              Encoders.row(ArticleRows.articleSchema("id", org.apache.spark.sql.types.DataTypes.StringType)))
          : attributor.attribute(articles))
          .persist(StorageLevel.MEMORY_AND_DISK());
      Observation totals = new Observation("totals");
      Observation speakers = new Observation("speakers");
      Dataset<Row> statements = attributor.statements(attributed.observe(totals,
              count(lit(1)).as("articles"), count(col("error")).as("failed")))
          .observe(speakers, expr("approx_top_k(CASE WHEN speaker_name IS NOT NULL THEN concat_ws(', ',"
              + " speaker_name, speaker_role, speaker_affiliation) END, 11, 100000)"));
      statements.write().mode(SaveMode.Overwrite).parquet(output + "/statements");
      phase("statements written (attribution, counts and summary observed)");
      attributor.people(attributed).write().mode(SaveMode.Overwrite).parquet(output + "/people");
      phase("people written");
      Row counts = totals.getRow();
      phase("counts: " + counts.getLong(0) + " articles, " + counts.getLong(1) + " failed, "
          + speakers.getRow().getList(0).size() + " top speakers");
      attributed.unpersist();
    } finally {
      spark.stop();
      phase("stopped");
      janino();
      threads();
    }
  }

  /**
   * CPU seconds by thread group, from /proc/self/task (names without their numbers: the JIT's
   * compiler threads, the garbage collector's, the task threads…); threads that have ended are
   * counted only in the total.
   */
  static void threads() throws IOException {
    Map<String, Double> byName = new TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException gone) {
          continue;
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        byName.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0, Double::sum);
      }
    }
    double live = byName.values().stream().mapToDouble(Double::doubleValue).sum();
    byName.entrySet().stream().filter(e -> e.getValue() >= 0.1)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> System.out.printf("  thread %-20s cpu %6.1f s%n", e.getKey(), e.getValue()));
    System.out.printf("  threads that ended     cpu %6.1f s%n", cpuSeconds() - live);
  }

  /** How many classes Spark generated and compiled with Janino, and the compile time (Spark's metrics). */
  static void janino() {
    var compiles = org.apache.spark.metrics.source.CodegenMetrics.METRIC_COMPILATION_TIME();
    System.out.printf("  Janino: %d compilations, %.1f s%n", compiles.getCount(),
        org.apache.spark.sql.catalyst.expressions.codegen.CodeGenerator$.MODULE$.compileTime() / 1e9);
  }

  /** Every article an empty attribution: Spark's work with none of the library's. */
  static final class Empty implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row article = rows.next();
          String text = article.isNullAt(1) ? "" : article.getString(1);
          return ArticleRows.attributed(article.get(0),
              new Attribution(text, List.of(), List.of(), Optional.empty(), List.of(), List.of()));
        }
      };
    }
  }

  /** Prints wall and process CPU seconds since the JVM started (CPU) or since this class loaded. */
  static synchronized void phase(String what) {
    System.out.printf("%-40s wall %6.1f s  cpu %6.1f s%n", what, (System.nanoTime() - START) / 1e9, cpuSeconds());
  }

  /** User + system CPU time of this process, from /proc/self/stat (Linux; clock ticks of 10 ms). */
  static double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command: state is field 3, utime field 14, stime field 15 (1-based, man proc)
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
