package org.quoteattribution.internal.people;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.Span;

/**
 * What the text says a person is: role ({@code deputy ambassador}), affiliation ({@code Iran}),
 * a {@code former} or {@code then} kept out of the role, party and state from a party tag, and
 * the spans these were read from.
 */
record Description(Optional<String> role, Optional<String> affiliation, Optional<String> qualifier,
    Optional<String> party, Optional<String> state, List<Span> evidence, int pronoun) {
  static final Description NONE = new Description(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of());

  /** {@code pronoun}: the token of a possessive pronoun whose antecedent is the affiliation ({@code his adviser}), or -1. */
  Description(Optional<String> role, Optional<String> affiliation, Optional<String> qualifier,
      Optional<String> party, Optional<String> state, List<Span> evidence) {
    this(role, affiliation, qualifier, party, state, evidence, -1);
  }

  Description(Optional<String> role, Optional<String> affiliation) {
    this(role, affiliation, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  static Description of(DescriptionParser.Parse p, Span evidence) {
    return new Description(Optional.of(p.role()), p.affiliation(), p.qualifier(), p.party(),
        p.state(), List.of(evidence), p.pronoun());
  }

  boolean isEmpty() {
    return role.isEmpty() && affiliation.isEmpty() && party.isEmpty() && state.isEmpty();
  }
}
