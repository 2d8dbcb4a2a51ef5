package org.quoteattribution.internal.statements;

import java.util.Optional;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;

/**
 * A statement candidate found by one of the statement stages, before its speaker is resolved and
 * before it is scored: what it says, with the {@link Evidence} a {@link StatementScorer} turns into
 * a confidence. Immutable: a stage that changes a candidate makes a new one.
 *
 * @param type       direct, indirect or mixed
 * @param content    the content span
 * @param cue        the cue, if any
 * @param source     the source mention, if any
 * @param sourceHead token index of the source mention's head, or -1
 * @param evidence   what the finders saw
 */
public record Candidate(StatementType type, Span content, Optional<Cue> cue, Optional<Span> source,
    int sourceHead, Evidence evidence) {

  /** The same candidate with another type and content, and the same evidence. */
  Candidate withContent(StatementType newType, Span newContent) {
    return withContent(newType, newContent, evidence);
  }

  Candidate withContent(StatementType newType, Span newContent, Evidence newEvidence) {
    return new Candidate(newType, newContent, cue, source, sourceHead, newEvidence);
  }
}
