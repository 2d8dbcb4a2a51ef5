package org.quoteattribution.internal.people;

import java.util.Optional;
import org.quoteattribution.SourceKind;
import org.quoteattribution.internal.statements.Candidate;

/**
 * A statement candidate with its source resolved by {@link SpeakerResolver}.
 *
 * @param candidate the candidate
 * @param kind      what kind of source it has
 * @param speaker   the person who made it, when the source is a known person
 */
public record Attributed(Candidate candidate, SourceKind kind, Optional<PersonEntity> speaker) {}
