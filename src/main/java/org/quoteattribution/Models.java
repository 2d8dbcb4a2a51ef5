package org.quoteattribution;

import org.quoteattribution.internal.Loaded;

/**
 * The models an attributor reads with: CoreNLP's tokenizer, tagger, named-entity recogniser and
 * dependency parser, the cue lexicon and the word lists for roles. Loading them takes several
 * seconds and about 0.45 GB of heap; once loaded they are immutable and shared by any number of
 * {@link QuoteAttributor}s, whatever their options, on any number of threads.
 *
 * <p>Most programs never name this class: {@link QuoteAttributor#create()} and
 * {@link QuoteAttributor.Builder#build()} use {@link #shared()}, so the first attributor of a JVM
 * loads the models and every later one (a Spark task, a server's request handler, an attributor with
 * another {@code minConfidence}) reuses them at no cost.
 */
public final class Models {

  private final Loaded loaded;

  private Models(Loaded loaded) {
    this.loaded = loaded;
  }

  /**
   * The models of this JVM, loaded on the first call (which blocks other first callers until they
   * are loaded) and returned as they are ever after. A failed load is not remembered: the next call
   * tries again.
   *
   * @throws QuoteAttributionException if the models cannot be loaded
   */
  public static Models shared() {
    return Holder.get();
  }

  /**
   * Loads a set of models of its own, not shared with {@link #shared()}: for a program that wants
   * to drop them again when it is done. Most programs want {@link #shared()}.
   *
   * @throws QuoteAttributionException if the models cannot be loaded
   */
  public static Models load() {
    return new Models(Loaded.load());
  }

  Loaded loaded() {
    return loaded;
  }

  private static final class Holder {
    private static Models models;

    static synchronized Models get() {
      if (models == null) {
        models = load();
      }
      return models;
    }
  }
}
