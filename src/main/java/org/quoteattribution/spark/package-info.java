/**
 * Attributes a news archive on Apache Spark: {@link org.quoteattribution.spark.SparkAttributor}
 * turns a {@code Dataset<Row>} of articles into datasets of statements and people.
 *
 * <p>Spark SQL is a {@code provided} dependency of the library: a program that uses this package
 * runs where Spark is (a cluster, {@code spark-submit}, or Spark SQL on its own classpath); a
 * program that does not use it needs no Spark at all.
 */
package org.quoteattribution.spark;
