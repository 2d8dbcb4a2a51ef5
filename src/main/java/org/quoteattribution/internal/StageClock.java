package org.quoteattribution.internal;

/**
 * Receives the end of each {@link Stage} of {@link Engine#attribute(String, StageClock)}, for the
 * benchmark's time per stage. The default does nothing.
 */
interface StageClock {

  StageClock NONE = stage -> { };

  /** Called when {@code stage} has just ended. */
  void ended(Stage stage);
}
