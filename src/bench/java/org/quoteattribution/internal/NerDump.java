package org.quoteattribution.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;

/**
 * Writes the cached annotations of a corpus as tab-separated lines, one token a line
 * ({@code article, sentence, index, word, tag, ner, head, rel}), a blank line between sentences, for
 * reading names the tagger missed or split. Not part of the library jar. Arguments: corpus, cache, output.
 */
public final class NerDump {

  private NerDump() {}

  public static void main(String[] args) throws IOException {
    TrainStatementModel.Corpus corpus = new TrainStatementModel.Corpus(Optional.of(Path.of(args[1])), true);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (TrainStatementModel.Corpus.Article a : corpus.read(Path.of(args[0]))) {
        Doc doc = a.doc();
        int sentence = -1;
        for (Token t : doc.tokens()) {
          if (t.sentence() != sentence && sentence >= 0) {
            w.println();
          }
          sentence = t.sentence();
          w.println(a.id() + "\t" + t.sentence() + "\t" + t.index() + "\t" + t.word() + "\t" + t.pos() + "\t"
              + t.ner() + "\t" + t.head() + "\t" + t.rel());
        }
        w.println();
      }
    }
  }
}
