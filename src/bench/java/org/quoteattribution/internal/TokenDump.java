package org.quoteattribution.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;

/**
 * Prints the cached tokens of the articles of a corpus whose id contains a string, one a line
 * ({@code index word tag ner rel head lemma}), for reading why a description parses as it does:
 * {@code TokenDump CORPUS.jsonl CACHE_DIR ID_PART}. Not part of the library jar.
 */
public final class TokenDump {

  private TokenDump() {}

  public static void main(String[] args) throws IOException {
    TrainStatementModel.Corpus corpus = new TrainStatementModel.Corpus(Optional.of(Path.of(args[1])), true);
    for (TrainStatementModel.Corpus.Article a : corpus.read(Path.of(args[0]))) {
      if (!a.id().contains(args[2])) {
        continue;
      }
      Doc doc = a.doc();
      System.out.println("== " + a.id());
      for (Token t : doc.tokens()) {
        System.out.printf("%d %s %s %s %s %d %s%n", t.index(), t.word(), t.pos(), t.ner(), t.rel(), t.head(), t.lemma());
      }
    }
  }
}
