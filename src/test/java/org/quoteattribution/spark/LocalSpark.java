package org.quoteattribution.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One local Spark session, two task threads, for the whole test JVM. */
final class LocalSpark {

  static final SparkSession SESSION = SparkSession.builder()
      .master("local[2]")
      .appName("quote-attribution tests")
      .config("spark.ui.enabled", "false")
      .config("spark.driver.host", "127.0.0.1")
      .config("spark.driver.bindAddress", "127.0.0.1")
      .config("spark.sql.shuffle.partitions", "2")
      .getOrCreate();

  static final StructType ARTICLES = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType);

  private LocalSpark() {}

  /** Articles (id, text) as a dataset of two partitions, so both task threads work. */
  static Dataset<Row> articles(List<String[]> idAndText) {
    List<Row> rows = idAndText.stream().map(a -> RowFactory.create(a[0], a[1])).toList();
    return SESSION.createDataFrame(rows, ARTICLES).repartition(2);
  }
}
