package org.quoteattribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quoteattribution.internal.Batch;
import org.quoteattribution.internal.Deadline;
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
 * at once. Results are immutable values.
 *
 * <p><b>Models.</b> The first attributor of a JVM loads the {@link Models} (several seconds, about
 * 0.45 GB of heap); every later one shares them, so attributors with other options cost nothing to
 * build. A Spark executor or a server can build one wherever it needs one.
 *
 * <p><b>Limits.</b> An article longer than {@link Builder#maxLength(int)} chars (default
 * {@value #DEFAULT_MAX_LENGTH}) is refused, and one that takes longer than {@link
 * Builder#timeout(Duration)} (default: no limit) is stopped, both with a {@link
 * LimitExceededException}. Work per article grows linearly with its length (about 80 s for
 * 1,000,000 chars on one core), and the article is held whole in memory.
 */
public final class QuoteAttributor {

  /** The default {@link Builder#maxLength(int)}: one million chars. */
  public static final int DEFAULT_MAX_LENGTH = 1_000_000;

  private final Engine engine;
  private final int maxLength;
  private final Duration timeout;

  private QuoteAttributor(Builder builder) {
    Models models = builder.models != null ? builder.models : Models.shared();
    this.engine = new Engine(models.loaded(), builder.minConfidence);
    this.maxLength = builder.maxLength;
    this.timeout = builder.timeout;
  }

  /** An attributor with the default settings, on the JVM's {@linkplain Models#shared() shared models}. */
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
   * @throws LimitExceededException if the text is longer than {@link Builder#maxLength(int)}, or its
   *     attribution takes longer than {@link Builder#timeout(Duration)}
   */
  public Attribution attribute(String text) {
    requireNonNull(text, "text must not be null");
    if (text.length() > maxLength) {
      throw new LimitExceededException(LimitExceededException.Limit.LENGTH, String.format(
          "article too long: %,d chars, the limit is %,d (the maximum length)", text.length(), maxLength));
    }
    return engine.attribute(text, Deadline.after(timeout));
  }

  /**
   * Attributes many articles with {@code threads} worker threads sharing this attributor. Each
   * outcome reaches {@code sink} in input order, on the calling thread. Inputs are read as the
   * workers need them, at most a few per thread ahead, so an input of any size streams through in
   * bounded memory. An article that fails (its text is null, or attribution throws) gives an
   * outcome with the error, and the batch goes on: any {@code Throwable} of one article, a
   * {@code StackOverflowError} or {@code OutOfMemoryError} included, is that article's error.
   *
   * @param inputs  the articles, in any form
   * @param text    how to get an article's text from an input
   * @param threads number of worker threads, at least 1 (the number of cores is a good choice)
   * @param sink    receives one outcome per input, in input order
   */
  public <T> void attributeAll(Iterator<? extends T> inputs, Function<? super T, String> text, int threads,
      Consumer<? super BatchOutcome<T>> sink) {
    requireNonNull(inputs, "inputs must not be null");
    requireNonNull(text, "text must not be null");
    requireNonNull(sink, "sink must not be null");
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    Batch.<T, Attribution>run(inputs, input -> attribute(text.apply(input)), threads,
        done -> sink.accept(new BatchOutcome<T>(done.input(), Optional.ofNullable(done.result()),
            Optional.ofNullable(done.error()))));
  }

  /** Settings of a {@link QuoteAttributor}; {@link #build()} loads the models. */
  public static final class Builder {

    private double minConfidence = 0.0;
    private Models models;
    private int maxLength = DEFAULT_MAX_LENGTH;
    private Duration timeout = Duration.ZERO;

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
     * The longest article, in UTF-16 chars, that {@link QuoteAttributor#attribute(String)} accepts
     * (default {@value QuoteAttributor#DEFAULT_MAX_LENGTH}); a longer one throws a
     * {@link LimitExceededException}.
     */
    public Builder maxLength(int maxLength) {
      checkArgument(maxLength >= 1, "maxLength must be at least 1: %s", maxLength);
      this.maxLength = maxLength;
      return this;
    }

    /**
     * The time budget of one article, in CPU time of the thread that attributes it (default
     * {@link Duration#ZERO}: no limit). CPU time, so that whether an article fits does not depend
     * on how many threads share the cores. The work is checked against it between paragraphs (or
     * chunks of at most 8,000 chars) and between stages, so an article over budget stops at most
     * one chunk's work later, with a {@link LimitExceededException}.
     */
    public Builder timeout(Duration timeout) {
      requireNonNull(timeout, "timeout must not be null");
      checkArgument(!timeout.isNegative(), "timeout must not be negative: %s", timeout);
      this.timeout = timeout;
      return this;
    }

    /**
     * The models to read with (default: {@link Models#shared()}, loaded on first use).
     */
    public Builder models(Models models) {
      this.models = requireNonNull(models, "models must not be null");
      return this;
    }

    /**
     * Returns the attributor, loading the shared models if no attributor of this JVM has yet.
     *
     * @throws QuoteAttributionException if the CoreNLP models cannot be loaded
     */
    public QuoteAttributor build() {
      return new QuoteAttributor(this);
    }
  }
}
