package org.quoteattribution.internal;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.quoteattribution.internal.lang.SourceWords;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Nlp;
import org.quoteattribution.internal.people.PeopleFinder;
import org.quoteattribution.internal.people.RoleFinder;
import org.quoteattribution.internal.people.SpeakerResolver;
import org.quoteattribution.internal.statements.BoundaryModel;
import org.quoteattribution.internal.statements.ColonStatements;
import org.quoteattribution.internal.statements.ContentBoundaries;
import org.quoteattribution.internal.statements.CueDetector;
import org.quoteattribution.internal.statements.CueLexicon;
import org.quoteattribution.internal.statements.CueStatements;
import org.quoteattribution.internal.statements.FrontedArguments;
import org.quoteattribution.internal.statements.OpenCueStatements;
import org.quoteattribution.internal.statements.QuoteStatements;
import org.quoteattribution.internal.statements.StatementScorer;
import org.quoteattribution.internal.statements.TrainedScorer;

/**
 * Everything an {@link Engine} loads from disk, and the stages built on it: the CoreNLP pipeline,
 * the cue lexicon and cue detector, the language's word lists and gazetteers, the scorer that turns a
 * candidate's evidence into confidence, and the model of where contents start and end. Immutable
 * and safe to share between threads and engines.
 */
public final class Loaded {

  final Nlp nlp;
  final CueStatements cueStatements;
  final ColonStatements colonStatements;
  final QuoteStatements quoteStatements;
  final OpenCueStatements openCues;
  final FrontedArguments frontedArguments;
  final PeopleFinder peopleFinder;
  final SpeakerResolver speakers;
  final StatementScorer scorer;
  final ContentBoundaries boundaries;

  private Loaded(Nlp nlp, WordLists words, Function<CueLexicon, CueDetector> cues,
      BiFunction<CueLexicon, CueDetector, StatementScorer> scorer, BoundaryModel boundaries) {
    CueLexicon lexicon = CueLexicon.load(words);
    CueDetector detector = cues.apply(lexicon);
    SourceWords sources = SourceWords.load(words);
    this.nlp = nlp;
    this.cueStatements = new CueStatements(lexicon, words, sources);
    this.colonStatements = new ColonStatements();
    this.quoteStatements = new QuoteStatements(lexicon, words);
    this.openCues = new OpenCueStatements(lexicon, detector);
    this.frontedArguments = new FrontedArguments(words);
    RoleFinder roles = new RoleFinder(words);
    this.peopleFinder = new PeopleFinder(roles, words);
    this.speakers = new SpeakerResolver(words, sources, roles);
    this.scorer = scorer.apply(lexicon, detector);
    this.boundaries = new ContentBoundaries(boundaries);
  }

  /**
   * Models with the given pipeline (none for work on annotated documents only), word lists, cue
   * detector and scorer over the lexicon: for training and experiments.
   */
  static Loaded of(Nlp nlp, WordLists words, Function<CueLexicon, CueDetector> cues,
      BiFunction<CueLexicon, CueDetector, StatementScorer> scorer) {
    return new Loaded(nlp, words, cues, scorer, BoundaryModel.load());
  }

  /** As {@link #of(Nlp, WordLists, Function, BiFunction)}, with another content-boundary model. */
  static Loaded of(Nlp nlp, WordLists words, Function<CueLexicon, CueDetector> cues,
      BiFunction<CueLexicon, CueDetector, StatementScorer> scorer, BoundaryModel boundaries) {
    return new Loaded(nlp, words, cues, scorer, boundaries);
  }

  /**
   * Loads the models (several seconds, about 0.45 GB of heap), with the English word lists and the
   * trained scorer.
   *
   * @throws org.quoteattribution.QuoteAttributionException naming what is missing
   */
  public static Loaded load() {
    return load(null);
  }

  /** As {@link #load()}, with CoreNLP's annotators timing their CPU on {@code threadCpuClock} (the benchmark). */
  static Loaded load(LongSupplier threadCpuClock) {
    WordLists english = WordLists.english();
    return new Loaded(new Nlp(threadCpuClock), english, CueDetector::load, TrainedScorer::load,
        BoundaryModel.load());
  }
}
