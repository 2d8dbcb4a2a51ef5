package org.quoteattribution.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.internal.statements.BoundaryModel;
import org.quoteattribution.internal.statements.Candidate;
import org.quoteattribution.internal.statements.ContentBoundaries;
import org.quoteattribution.internal.statements.CueDetector;
import org.quoteattribution.internal.statements.StatementModel;
import org.quoteattribution.internal.text.Quote;
import org.quoteattribution.internal.text.QuoteFinder;

/**
 * How long the content-boundary stage ({@link ContentBoundaries}) takes an article, alone, on the
 * cached annotations of a corpus: the rule stages' candidates are made once, then the stage runs
 * over every article five times and the last three passes are timed. Not part of the library jar.
 *
 * <p>Usage: {@code BoundaryTiming CORPUS.jsonl --cache DIR}
 */
public final class BoundaryTiming {

  private BoundaryTiming() {}

  public static void main(String[] args) throws Exception {
    TrainStatementModel.Corpus corpus = new TrainStatementModel.Corpus(Optional.of(Path.of(args[2])), true);
    Engine rules = corpus.engine(CueDetector.load(corpus.lexicon), StatementModel.load(), BoundaryModel.none());
    List<TrainStatementModel.Corpus.Article> articles = corpus.read(Path.of(args[0]));
    List<List<Candidate>> candidates = new ArrayList<>();
    List<List<Quote>> quotes = new ArrayList<>();
    for (TrainStatementModel.Corpus.Article a : articles) {
      candidates.add(rules.candidates(a.doc()));
      quotes.add(QuoteFinder.find(a.doc().text(), a.doc().paragraphs()));
    }
    ContentBoundaries stage = new ContentBoundaries(BoundaryModel.load());
    long timed = 0;
    int n = 0;
    for (int pass = 0; pass < 5; pass++) {
      long start = System.nanoTime();
      for (int i = 0; i < articles.size(); i++) {
        n += stage.refine(articles.get(i).doc(), quotes.get(i), candidates.get(i)).size();
      }
      if (pass >= 2) {
        timed += System.nanoTime() - start;
      }
    }
    int total = candidates.stream().mapToInt(List::size).sum();
    System.err.printf("%d articles, %d candidates: %.2f ms an article (%d)%n", articles.size(), total,
        timed / 1e6 / 3 / articles.size(), n);
  }
}
