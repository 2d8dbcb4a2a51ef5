package org.quoteattribution.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;

/**
 * Prints the cached parse of the sentences of an article around some offsets, for error analysis:
 * {@code ParseDump CORPUS.jsonl --cache DIR ID-PREFIX OFFSET...} (offsets in code points, as the
 * gold file's). Not part of the library jar.
 */
public final class ParseDump {

  private ParseDump() {}

  public static void main(String[] args) throws IOException {
    TrainStatementModel.Corpus articles = new TrainStatementModel.Corpus(Optional.of(Path.of(args[2])), true);
    for (TrainStatementModel.Corpus.Article a : articles.read(Path.of(args[0]))) {
      if (!a.id().startsWith(args[3])) {
        continue;
      }
      Doc doc = a.doc();
      for (int k = 4; k < args.length; k++) {
        int at = doc.text().offsetByCodePoints(0, Integer.parseInt(args[k]));
        Token t0 = doc.token(Math.min(doc.tokenAtOrAfter(at), doc.tokens().size() - 1));
        Doc.Sentence s = doc.sentences().get(t0.sentence());
        System.out.println("== " + a.id() + " @" + args[k] + " sentence " + s.index() + " paragraph " + s.paragraph());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
          Token t = doc.token(i);
          System.out.printf("%5d %-18s %-5s %-12s %5d %s%n", i, t.word(), t.pos(), t.ner(), t.head(), t.rel());
        }
      }
    }
  }
}
