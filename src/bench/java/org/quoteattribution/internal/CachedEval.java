package org.quoteattribution.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the library's JSON Lines output for a corpus from cached CoreNLP annotations, with the
 * shipped statement model, so that a change to the rule, people or speaker stages is scored on dev
 * in seconds rather than minutes:
 *
 * <pre>mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.quoteattribution.internal.CachedEval \
 *   -Dbench.args="../shared/eval/polnear-dev.jsonl --cache DIR --out PRED.jsonl"</pre>
 *
 * <p>Articles missing from the cache are annotated and added to it ({@code DocCache}). The cache
 * holds what {@code Nlp} produced: a change to the CoreNLP stage (annotators, tokenizer or splitter
 * options) needs a new cache directory. Not part of the library jar.
 */
public final class CachedEval {

  private CachedEval() {}

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    Path cache = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cache" -> cache = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> corpus = Path.of(args[i]);
      }
    }
    if (corpus == null || cache == null || out == null) {
      System.err.println("usage: CachedEval CORPUS.jsonl --cache DIR --out PRED.jsonl");
      System.exit(2);
    }
    long start = System.nanoTime();
    TrainStatementModel.Corpus articles = new TrainStatementModel.Corpus(Optional.of(cache), false);
    int n = articles.predict(articles.engine(), corpus, out);
    System.err.printf("%d articles in %.1f s -> %s%n", n, (System.nanoTime() - start) / 1e9, out);
  }
}
