package org.quoteattribution.internal.statements;

import java.util.List;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Is this token a reporting cue? The probability, under a logistic regression over
 * {@link CueFeatures} trained on the gold cues of PolNeAR train ({@link CueTrainer}), that a token
 * heads a cue: {@code said}, {@code believes}, {@code expected}, {@code sure}, {@code support}.
 * {@link OpenCueStatements} proposes candidates from the likely cues the lexicon leaves out, and
 * {@link StatementFeatures} reads the probability of each candidate's cue. Tokens that cannot be
 * cues ({@link CueFeatures#eligible}) get 0. Immutable and thread-safe.
 */
public final class CueDetector {

  /** The model the library ships, trained on PolNeAR train (see its header). */
  public static final String RESOURCE = "/org/quoteattribution/lang/en/cue-model.tsv";

  private final CueFeatures features;
  private final StatementModel model;

  public CueDetector(CueFeatures features, StatementModel model) {
    this.features = features;
    this.model = model;
  }

  /** The shipped model over the given lexicon's priors. */
  public static CueDetector load(CueLexicon lexicon) {
    return new CueDetector(new CueFeatures(lexicon), StatementModel.load(RESOURCE));
  }

  /** The probability, for every token of {@code doc} in order, that it heads a cue. */
  public double[] probabilities(Doc doc) {
    double[] out = new double[doc.tokens().size()];
    int[] quotes = CueFeatures.quoteMarksBefore(doc);
    for (int i = 0; i < out.length; i++) {
      if (CueFeatures.eligible(doc.token(i))) {
        out[i] = probability(features.of(doc, i, quotes));
      }
    }
    return out;
  }

  /** The probability of a token with these features. */
  double probability(List<String> tokenFeatures) {
    return 1 / (1 + Math.exp(-model.score(tokenFeatures)));
  }

  StatementModel model() {
    return model;
  }
}
