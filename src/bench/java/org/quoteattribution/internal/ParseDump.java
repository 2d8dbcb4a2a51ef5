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
 * Writes the cached dependency parses of a corpus as JSON Lines, one article a line, each token as
 * {@code [begin, end, head, rel, tag, lemma, sentence]} with code-point offsets (as the gold
 * files count), for error analysis in Python. Not part of the library jar.
 */
public final class ParseDump {

  private ParseDump() {}

  public static void main(String[] args) throws IOException {
    TrainStatementModel.Corpus corpus = new TrainStatementModel.Corpus(Optional.of(Path.of(args[1])), true);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (TrainStatementModel.Corpus.Article a : corpus.read(Path.of(args[0]))) {
        Doc doc = a.doc();
        String text = doc.text();
        StringBuilder b = new StringBuilder("{\"id\":\"").append(a.id()).append("\",\"tokens\":[");
        for (Token t : doc.tokens()) {
          if (t.index() > 0) {
            b.append(',');
          }
          b.append('[').append(text.codePointCount(0, t.begin())).append(',')
              .append(text.codePointCount(0, t.end())).append(',').append(t.head()).append(",\"")
              .append(t.rel()).append("\",\"").append(t.pos()).append("\",\"")
              .append(t.lemma().replace("\\", "\\\\").replace("\"", "\\\"")).append("\",")
              .append(t.sentence()).append(']');
        }
        w.println(b.append("]}"));
      }
    }
  }
}
