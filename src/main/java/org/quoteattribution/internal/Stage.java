package org.quoteattribution.internal;

/**
 * The stages of the pipeline, in the order {@link Engine} runs them: the one place that lists
 * them. The {@link StageClock} reports them and the benchmark prints them from here.
 */
enum Stage {
  PREPARE("paragraphs and dateline", "text.Paragraphs, text.DatelineFinder"),
  NLP("CoreNLP annotation", "nlp.Nlp"),
  QUOTES("quote marks", "text.QuoteFinder"),
  CUES("cue and colon statements", "statements.CueStatements, statements.ColonStatements"),
  QUOTE_STATEMENTS("quotes joined with cues", "statements.QuoteStatements"),
  OPEN_CUES("interrupted statements, cues the lexicon leaves out, fronted objects",
      "statements.InterruptedStatements, statements.OpenCueStatements, statements.FrontedArguments"),
  BOUNDARIES("where each content starts and ends", "statements.ContentBoundaries"),
  SCORES("confidence, unlikely candidates dropped", "statements.TrainedScorer"),
  PEOPLE("people, roles, affiliations", "people.PeopleFinder, people.RoleFinder"),
  SPEAKERS("speakers", "people.SpeakerResolver"),
  RECORDS("result records", "Engine");

  private final String description;
  private final String classes;

  Stage(String description, String classes) {
    this.description = description;
    this.classes = classes;
  }

  /** What the stage does, in a few words. */
  String description() {
    return description;
  }

  /** The classes that do it, relative to {@code org.quoteattribution.internal}. */
  String classes() {
    return classes;
  }
}
