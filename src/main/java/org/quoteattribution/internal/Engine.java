package org.quoteattribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Attribution;
import org.quoteattribution.Dateline;
import org.quoteattribution.Person;
import org.quoteattribution.Span;
import org.quoteattribution.Statement;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Nlp;
import org.quoteattribution.internal.people.PeopleFinder;
import org.quoteattribution.internal.people.PersonEntity;
import org.quoteattribution.internal.people.SpeakerResolver;
import org.quoteattribution.internal.statements.ColonStatements;
import org.quoteattribution.internal.statements.CueStatements;
import org.quoteattribution.internal.statements.Found;
import org.quoteattribution.internal.statements.QuoteStatements;
import org.quoteattribution.internal.text.DatelineFinder;
import org.quoteattribution.internal.text.Paragraphs;
import org.quoteattribution.internal.text.Quote;
import org.quoteattribution.internal.text.QuoteFinder;

/**
 * The whole pipeline, stage by stage: paragraphs and dateline → CoreNLP → quotes → cue statements →
 * quote statements → people → speakers → result records. Immutable after construction and safe to
 * share between threads.
 */
public final class Engine {

  private final Nlp nlp;
  private final CueStatements cueStatements;
  private final ColonStatements colonStatements = new ColonStatements();
  private final QuoteStatements quoteStatements;
  private final PeopleFinder peopleFinder;
  private final SpeakerResolver speakers = new SpeakerResolver();
  private final double minConfidence;

  public Engine(Loaded models, double minConfidence) {
    this.nlp = models.nlp;
    this.cueStatements = new CueStatements(models.lexicon);
    this.quoteStatements = new QuoteStatements(models.lexicon);
    this.peopleFinder = new PeopleFinder(models.roles);
    this.minConfidence = minConfidence;
  }

  public Attribution attribute(String text) {
    return attribute(text, StageClock.NONE, Deadline.NONE);
  }

  /** Attributes {@code text}, stopping with a {@code LimitExceededException} when over budget. */
  public Attribution attribute(String text, Deadline deadline) {
    return attribute(text, StageClock.NONE, deadline);
  }

  Attribution attribute(String text, StageClock clock) {
    return attribute(text, clock, Deadline.NONE);
  }

  private Attribution attribute(String text, StageClock clock, Deadline deadline) {
    List<Span> paragraphs = Paragraphs.split(text);
    if (paragraphs.isEmpty()) {
      return new Attribution(text, List.of(), List.of(), Optional.empty(), List.of(), List.of());
    }
    Optional<Dateline> dateline = DatelineFinder.find(text, paragraphs.get(0));
    List<Span> regions = new ArrayList<>(paragraphs);
    dateline.ifPresent(d -> {
      Span lead = paragraphs.get(0);
      if (d.span().end() < lead.end()) {
        int begin = d.span().end();
        while (Paragraphs.isBlank(text.charAt(begin))) {
          begin++;
        }
        regions.set(0, Span.of(text, begin, lead.end()));
      } else {
        regions.remove(0);
      }
    });
    clock.ended(StageClock.Stage.PREPARE);
    Doc doc = nlp.annotate(text, paragraphs, regions, deadline);
    clock.ended(StageClock.Stage.NLP);
    deadline.check();
    List<Quote> quotes = QuoteFinder.find(text);
    clock.ended(StageClock.Stage.QUOTES);
    List<Found> cued = new ArrayList<>(cueStatements.find(doc));
    cued.addAll(colonStatements.find(doc));
    clock.ended(StageClock.Stage.CUES);
    List<Found> found = quoteStatements.merge(doc, quotes, cued);
    clock.ended(StageClock.Stage.QUOTE_STATEMENTS);
    List<PersonEntity> people = peopleFinder.find(doc);
    clock.ended(StageClock.Stage.PEOPLE);
    List<SpeakerResolver.Resolution> resolved = speakers.resolve(doc, found, people);
    clock.ended(StageClock.Stage.SPEAKERS);

    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      SpeakerResolver.Resolution r = resolved.get(i);
      if (f.confidence() >= minConfidence) {
        statements.add(new Statement(f.type(), f.content(), f.cue(), f.source(), r.kind(),
            r.person().map(PersonEntity::id), f.confidence()));
      }
    }
    List<Span> sentences = new ArrayList<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      sentences.add(doc.sentenceSpan(s));
    }
    List<Person> persons = people.stream().map(PersonEntity::toPerson).toList();
    Attribution result = new Attribution(text, paragraphs, sentences, dateline, statements, persons);
    clock.ended(StageClock.Stage.RECORDS);
    return result;
  }
}
