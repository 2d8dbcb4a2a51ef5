package org.quoteattribution.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.quoteattribution.internal.statements.BoundaryModel;
import org.quoteattribution.internal.statements.Candidate;
import org.quoteattribution.internal.statements.CueDetector;
import org.quoteattribution.internal.statements.StatementModel;

/** Prints the candidates around a phrase, before and after the boundary model. Error analysis only. */
public final class ShowCandidates {

  private ShowCandidates() {}

  public static void main(String[] args) throws IOException {
    TrainStatementModel.Corpus corpus = new TrainStatementModel.Corpus(Optional.of(Path.of(args[1])), true);
    Engine raw = corpus.engine(CueDetector.load(corpus.lexicon), StatementModel.load(), BoundaryModel.none());
    Engine refined = corpus.engine();
    for (TrainStatementModel.Corpus.Article a : corpus.read(Path.of(args[0]))) {
      for (int k = 2; k < args.length; k++) {
        int at = a.doc().text().indexOf(args[k]);
        if (at < 0) {
          continue;
        }
        System.out.println("== " + args[k]);
        for (Engine e : new Engine[] {raw, refined}) {
          for (Candidate c : e.candidates(a.doc())) {
            if (c.content().begin() <= at + args[k].length() + 40 && at <= c.content().end()) {
              System.out.println("  " + c.type() + " [" + c.content().text() + "] cue=" + c.cue().map(q -> q.span().text()).orElse("-")
                  + " src=" + c.source().map(s -> s.text()).orElse("-") + " " + c.evidence().finder());
            }
          }
          System.out.println("  --");
        }
      }
    }
  }
}
