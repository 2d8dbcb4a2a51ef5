package org.quoteattribution.internal.statements;

import java.util.Optional;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;

/**
 * A statement candidate found by one of the statement stages, before its speaker is resolved.
 *
 * @param type       direct, indirect or mixed
 * @param content    the content span
 * @param cue        the cue, if any
 * @param source     the source mention, if any
 * @param sourceHead token index of the source mention's head, or -1
 * @param confidence in [0, 1]
 */
public record Found(StatementType type, Span content, Optional<Cue> cue, Optional<Span> source, int sourceHead,
    double confidence) {

  Found withContent(StatementType newType, Span newContent, double newConfidence) {
    return new Found(newType, newContent, cue, source, sourceHead, newConfidence);
  }
}
