package org.quoteattribution.internal;

/**
 * Receives the end of each stage of {@link Engine#attribute(String, StageClock)}, for the
 * benchmark's time per stage. The default does nothing.
 */
interface StageClock {

  /** The stages, in the order the engine runs them. */
  enum Stage { PREPARE, NLP, QUOTES, CUES, QUOTE_STATEMENTS, PEOPLE, SPEAKERS, RECORDS }

  StageClock NONE = stage -> { };

  /** Called when {@code stage} has just ended. */
  void ended(Stage stage);
}
