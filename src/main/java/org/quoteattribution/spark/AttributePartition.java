package org.quoteattribution.spark;

import java.util.Collections;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.internal.Failures;

/**
 * Attributes the articles of one partition, rows of (id, text), one at a time as Spark pulls them.
 * It carries nothing but its options: the attributor is built on the executor, where
 * {@code QuoteAttributor.builder().build()} reuses the JVM's shared models, so the models load once
 * per executor JVM and its task threads share them.
 */
final class AttributePartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final double minConfidence;

  AttributePartition(double minConfidence) {
    this.minConfidence = minConfidence;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    if (!articles.hasNext()) {
      return Collections.emptyIterator(); // an executor with nothing to do loads no models
    }
    QuoteAttributor attributor = QuoteAttributor.builder().minConfidence(minConfidence).build();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        return attribute(attributor, articles.next());
      }
    };
  }

  /**
   * The attributed row of one article; an article that fails (null text, or the library throws,
   * even with a stack overflow) gives a row with its error, and the partition goes on. The error
   * names the exception's class, its message and where it was thrown, as the command line's error
   * records do.
   */
  static Row attribute(QuoteAttributor attributor, Row article) {
    Object id = article.get(0);
    if (article.isNullAt(1)) {
      return ArticleRows.failed(id, "text is null");
    }
    try {
      return ArticleRows.attributed(id, attributor.attribute(article.getString(1)));
    } catch (RuntimeException | StackOverflowError e) {
      return ArticleRows.failed(id, Failures.describe(e));
    }
  }
}
