package org.quoteattribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.quoteattribution.internal.Engine;

/**
 * Reads news articles and tells who said what.
 *
 * <pre>{@code
 * QuoteAttributor attributor = QuoteAttributor.create();   // loads the models: do it once
 * Attribution result = attributor.attribute(articleText);
 * for (Statement s : result.statements()) {
 *   System.out.println(result.speakerOf(s).map(Person::name).orElse("?") + ": " + s.content().text());
 * }
 * }</pre>
 *
 * <p><b>Thread safety.</b> An attributor is immutable once built and safe to use from many threads
 * at once; build one per JVM and share it, since building loads about 1 GB of models. Results are
 * immutable values.
 */
public final class QuoteAttributor {

  private final Engine engine;

  private QuoteAttributor(Builder builder) {
    this.engine = new Engine(builder.minConfidence);
  }

  /** An attributor with the default settings. */
  public static QuoteAttributor create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the statements, people, sentences and paragraphs of one article.
   *
   * @param text the article as plain text; paragraphs separated by blank lines (or one per line)
   * @return what was found; an empty result for empty or blank text
   * @throws NullPointerException if {@code text} is null
   */
  public Attribution attribute(String text) {
    requireNonNull(text, "text must not be null");
    return engine.attribute(text);
  }

  /** Settings of a {@link QuoteAttributor}; {@link #build()} loads the models. */
  public static final class Builder {

    private double minConfidence = 0.0;

    private Builder() {}

    /**
     * Drops statements whose {@link Statement#confidence()} is below this value (default 0: keep
     * all). Raise it to trade recall for precision.
     */
    public Builder minConfidence(double minConfidence) {
      checkArgument(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]: %s",
          minConfidence);
      this.minConfidence = minConfidence;
      return this;
    }

    /**
     * Loads the models and returns the attributor.
     *
     * @throws QuoteAttributionException if the CoreNLP models cannot be loaded
     */
    public QuoteAttributor build() {
      return new QuoteAttributor(this);
    }
  }
}
