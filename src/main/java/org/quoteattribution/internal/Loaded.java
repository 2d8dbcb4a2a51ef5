package org.quoteattribution.internal;

import org.quoteattribution.internal.nlp.Nlp;
import org.quoteattribution.internal.people.RoleFinder;
import org.quoteattribution.internal.statements.CueLexicon;

/**
 * Everything an {@link Engine} loads from disk: the CoreNLP pipeline, the cue lexicon and the word
 * lists of the role finder. Immutable and safe to share between threads and engines.
 */
public final class Loaded {

  final Nlp nlp;
  final CueLexicon lexicon;
  final RoleFinder roles;

  private Loaded(Nlp nlp, CueLexicon lexicon, RoleFinder roles) {
    this.nlp = nlp;
    this.lexicon = lexicon;
    this.roles = roles;
  }

  /** Loads the models (several seconds, about 0.45 GB of heap). */
  public static Loaded load() {
    return new Loaded(new Nlp(), CueLexicon.load(), new RoleFinder());
  }
}
