package org.quoteattribution.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quoteattribution.Attribution;
import org.quoteattribution.Dateline;
import org.quoteattribution.Person;
import org.quoteattribution.Span;
import org.quoteattribution.Statement;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Nlp;
import org.quoteattribution.internal.people.Attributed;
import org.quoteattribution.internal.people.PeopleFinder;
import org.quoteattribution.internal.people.PersonEntity;
import org.quoteattribution.internal.people.SpeakerResolver;
import org.quoteattribution.internal.statements.Candidate;
import org.quoteattribution.internal.statements.ColonStatements;
import org.quoteattribution.internal.statements.ContentBoundaries;
import org.quoteattribution.internal.statements.ContentSpans;
import org.quoteattribution.internal.statements.CueStatements;
import org.quoteattribution.internal.statements.FrontedArguments;
import org.quoteattribution.internal.statements.InterruptedStatements;
import org.quoteattribution.internal.statements.OpenCueStatements;
import org.quoteattribution.internal.statements.QuoteStatements;
import org.quoteattribution.internal.statements.StatementScorer;
import org.quoteattribution.internal.text.DatelineFinder;
import org.quoteattribution.internal.text.Paragraphs;
import org.quoteattribution.internal.text.Quote;
import org.quoteattribution.internal.text.QuoteFinder;

/**
 * Runs the {@link Stage}s in their order over one article. Each stage reads what earlier ones
 * made and adds its own result; none changes another's. Immutable after construction and safe to
 * share between threads; the models come from a {@link Loaded} shared by any number of engines.
 */
public final class Engine {

  private final Nlp nlp;
  private final CueStatements cueStatements;
  private final ColonStatements colonStatements;
  private final QuoteStatements quoteStatements;
  private final OpenCueStatements openCues;
  private final FrontedArguments frontedArguments;
  private final PeopleFinder peopleFinder;
  private final SpeakerResolver speakers;
  private final StatementScorer scorer;
  private final ContentBoundaries boundaries;
  private final double minConfidence;

  public Engine(Loaded models, double minConfidence) {
    this.nlp = models.nlp;
    this.cueStatements = models.cueStatements;
    this.colonStatements = models.colonStatements;
    this.quoteStatements = models.quoteStatements;
    this.openCues = models.openCues;
    this.frontedArguments = models.frontedArguments;
    this.peopleFinder = models.peopleFinder;
    this.speakers = models.speakers;
    this.scorer = models.scorer;
    this.boundaries = models.boundaries;
    this.minConfidence = minConfidence;
  }

  public Attribution attribute(String text) {
    return attribute(text, StageClock.NONE, Deadline.NONE);
  }

  /** Attributes {@code text}, stopping with a {@code LimitExceededException} when over budget. */
  public Attribution attribute(String text, Deadline deadline) {
    return attribute(text, StageClock.NONE, deadline);
  }

  /** Attributes {@code text}, telling {@code clock} as each stage ends. */
  Attribution attribute(String text, StageClock clock) {
    return attribute(text, clock, Deadline.NONE);
  }

  /** The stages in order, the budget checked within the parse and after each stage. */
  private Attribution attribute(String text, StageClock clock, Deadline deadline) {
    Work work = new Work(text, deadline);
    for (Stage stage : Stage.values()) {
      if (work.result == null) {
        run(stage, work);
        deadline.check();
      }
      clock.ended(stage);
    }
    return work.result;
  }

  /** The stages after CoreNLP on an annotated document: for training and experiments. */
  Attribution attribute(Doc doc, Optional<Dateline> dateline) {
    Work work = annotated(doc, dateline);
    for (Stage stage : Stage.values()) {
      if (stage.compareTo(Stage.NLP) > 0) {
        run(stage, work);
      }
    }
    return work.result;
  }

  /**
   * The candidates of the statement stages on an annotated document, before scoring, their
   * contents as the boundary model left them (as the finders made them with
   * {@code BoundaryModel.none()}).
   */
  List<Candidate> candidates(Doc doc) {
    Work work = annotated(doc, Optional.empty());
    for (Stage stage : Stage.values()) {
      if (stage.compareTo(Stage.NLP) > 0 && stage.compareTo(Stage.BOUNDARIES) <= 0) {
        run(stage, work);
      }
    }
    return work.refined;
  }

  private static Work annotated(Doc doc, Optional<Dateline> dateline) {
    Work work = new Work(doc.text(), Deadline.NONE);
    work.paragraphs = doc.paragraphs();
    work.dateline = dateline;
    work.doc = doc;
    return work;
  }

  /** What the stages have made so far for one article; each field is set once, by its stage. */
  private static final class Work {
    final String text;
    final Deadline deadline;
    List<Span> paragraphs;
    List<Span> regions;
    Optional<Dateline> dateline;
    Doc doc;
    List<Quote> quotes;
    List<Candidate> cued;
    List<Candidate> merged;
    List<Candidate> candidates;
    List<Candidate> refined;
    List<Candidate> kept;
    List<Double> confidences;
    List<PersonEntity> people;
    List<Attributed> attributed;
    List<Statement> statements;
    Attribution result;

    Work(String text, Deadline deadline) {
      this.text = text;
      this.deadline = deadline;
    }
  }

  private void run(Stage stage, Work w) {
    switch (stage) {
      case PREPARE -> prepare(w);
      case NLP -> w.doc = nlp.annotate(w.text, w.paragraphs, w.regions, w.deadline);
      case QUOTES -> w.quotes = QuoteFinder.find(w.text, w.paragraphs);
      case CUES -> {
        List<Candidate> cued = new ArrayList<>(cueStatements.find(w.doc));
        cued.addAll(colonStatements.find(w.doc));
        w.cued = cued;
      }
      case QUOTE_STATEMENTS -> w.merged = quoteStatements.merge(w.doc, w.quotes, w.cued);
      case OPEN_CUES -> {
        List<Candidate> candidates = new ArrayList<>(InterruptedStatements.widen(w.doc, w.merged));
        candidates.addAll(openCues.find(w.doc, w.quotes, candidates));
        candidates = new ArrayList<>(frontedArguments.widen(w.doc, candidates));
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.content().begin()));
        w.candidates = candidates;
      }
      case SCORES -> score(w);
      case BOUNDARIES -> {
        List<Candidate> refined = new ArrayList<>(boundaries.refine(w.doc, w.quotes, w.candidates));
        refined.sort(Comparator.comparingInt((Candidate c) -> c.content().begin()));
        w.refined = refined;
      }
      case PEOPLE -> w.people = peopleFinder.find(w.doc);
      case SPEAKERS -> w.attributed = speakers.resolve(w.doc, w.kept, w.people);
      case RECORDS -> {
        w.statements = statements(w.doc, w.attributed, w.confidences);
        w.result = records(w);
      }
      default -> throw new IllegalStateException("no step for stage " + stage);
    }
  }

  /** Paragraphs, the dateline, and the regions CoreNLP reads: the paragraphs less the dateline. */
  private static void prepare(Work w) {
    String text = w.text;
    List<Span> paragraphs = Paragraphs.split(text);
    if (paragraphs.isEmpty()) {
      w.result = new Attribution(text, List.of(), List.of(), Optional.empty(), List.of(), List.of());
      return;
    }
    Optional<Dateline> dateline = DatelineFinder.find(text, paragraphs.get(0));
    List<Span> regions = DatelineFinder.regions(text, paragraphs, dateline);
    w.paragraphs = paragraphs;
    w.dateline = dateline;
    w.regions = regions;
  }

  /** Scores the candidates together; those the scorer rejects go no further. */
  private void score(Work w) {
    List<OptionalDouble> scores = scorer.scoreAll(w.refined, w.doc);
    w.kept = new ArrayList<>();
    w.confidences = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i).isPresent()) {
        w.kept.add(w.refined.get(i));
        w.confidences.add(scores.get(i).getAsDouble());
      }
    }
  }

  /** The statements at or above the minimum confidence, with their content spans. */
  private List<Statement> statements(Doc doc, List<Attributed> attributed, List<Double> confidences) {
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < attributed.size(); i++) {
      Attributed a = attributed.get(i);
      Candidate c = a.candidate();
      double confidence = confidences.get(i);
      if (confidence >= minConfidence) {
        statements.add(new Statement(c.type(), c.content(), c.cue(), c.source(), a.kind(),
            a.speaker().map(PersonEntity::id), confidence,
            ContentSpans.of(doc, c.content(), c.cue(), c.source())));
      }
    }
    return statements;
  }

  private static Attribution records(Work w) {
    List<Span> sentences = new ArrayList<>();
    for (int s = 0; s < w.doc.sentences().size(); s++) {
      sentences.add(w.doc.sentenceSpan(s));
    }
    Map<PersonEntity, List<Span>> sourceMentions = new HashMap<>();
    for (Attributed a : w.attributed) {
      a.speaker().ifPresent(p -> a.candidate().source()
          .ifPresent(s -> sourceMentions.computeIfAbsent(p, k -> new ArrayList<>()).add(s)));
    }
    List<Person> persons = w.people.stream()
        .map(p -> p.toPerson(sourceMentions.getOrDefault(p, List.of()))).toList();
    return new Attribution(w.text, w.paragraphs, sentences, w.dateline, w.statements, persons);
  }
}
