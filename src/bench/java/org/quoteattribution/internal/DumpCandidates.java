package org.quoteattribution.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.quoteattribution.internal.statements.BoundaryModel;
import org.quoteattribution.internal.statements.Candidate;
import org.quoteattribution.internal.statements.CueDetector;
import org.quoteattribution.internal.statements.StatementModel;

/**
 * Writes every article's candidates, as the finders made them (raw) and after the boundary model
 * (refined), as JSON Lines with code-point offsets: GOLD CACHE OUT. Error analysis only.
 */
public final class DumpCandidates {

  private DumpCandidates() {}

  public static void main(String[] args) throws IOException {
    TrainStatementModel.Corpus corpus = new TrainStatementModel.Corpus(Optional.of(Path.of(args[1])), true);
    Engine raw = corpus.engine(CueDetector.load(corpus.lexicon), StatementModel.load(), BoundaryModel.none());
    Engine refined = corpus.engine();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (TrainStatementModel.Corpus.Article a : corpus.read(Path.of(args[0]))) {
        String text = a.doc().text();
        StringBuilder b = new StringBuilder("{\"id\":\"").append(a.id()).append('"');
        String[] names = {"raw", "refined"};
        Engine[] engines = {raw, refined};
        for (int e = 0; e < 2; e++) {
          b.append(",\"").append(names[e]).append("\":[");
          boolean first = true;
          for (Candidate c : engines[e].candidates(a.doc())) {
            b.append(first ? "" : ",").append('[')
                .append(text.codePointCount(0, c.content().begin())).append(',')
                .append(text.codePointCount(0, c.content().end())).append(",\"")
                .append(c.evidence().finder()).append("\",\"")
                .append(c.cue().map(q -> q.span().text()).orElse("").replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\"]");
            first = false;
          }
          b.append(']');
        }
        w.println(b.append('}'));
      }
    }
  }
}
