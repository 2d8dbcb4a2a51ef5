package org.quoteattribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A person the article names.
 *
 * @param id              unique within one {@link Attribution}: {@code p1}, {@code p2}, …
 * @param name            the fullest form of the name in the text: {@code Alireza Jabbari}
 * @param role            the role or title in base form, if the text gives one, without {@code former}
 *                        or {@code then}: {@code deputy ambassador}
 * @param affiliation     the organisation, country, party or person the person acts for, if given:
 *                        {@code Iran}
 * @param mentions        every mention of the person that the library resolved, in text order
 * @param gender          as the article gives it (honorifics, gendered nouns, pronouns tied to the
 *                        person), else {@link Gender#UNKNOWN}
 * @param roleQualifier   {@code former} or {@code then} where the text puts it before the role
 *                        ({@code the former FBI director}: role {@code director}, qualifier
 *                        {@code former})
 * @param affiliationKind what the affiliation is, where it can be told
 * @param party           a US party from a party tag or party word: {@code Republican}
 * @param state           a US state from a party tag: {@code Arizona} for {@code (R-Ariz.)}
 * @param evidence        the spans the role and affiliation were read from, in text order, so that
 *                        a user can check them: {@code Iran's deputy ambassador to Azerbaijan}
 */
public record Person(
    String id, String name, Optional<String> role, Optional<String> affiliation, List<Span> mentions,
    Gender gender, Optional<String> roleQualifier, Optional<AffiliationKind> affiliationKind,
    Optional<String> party, Optional<String> state, List<Span> evidence) {

  public Person {
    requireNonNull(id, "id must not be null");
    requireNonNull(name, "name must not be null");
    requireNonNull(role, "role must not be null");
    requireNonNull(affiliation, "affiliation must not be null");
    requireNonNull(gender, "gender must not be null");
    requireNonNull(roleQualifier, "roleQualifier must not be null");
    requireNonNull(affiliationKind, "affiliationKind must not be null");
    requireNonNull(party, "party must not be null");
    requireNonNull(state, "state must not be null");
    mentions = List.copyOf(mentions);
    evidence = List.copyOf(evidence);
    checkArgument(!name.isBlank(), "name must not be blank");
  }

  /** A person with name, role and affiliation only: gender unknown, no qualifier, kind, party, state or evidence. */
  public Person(String id, String name, Optional<String> role, Optional<String> affiliation, List<Span> mentions) {
    this(id, name, role, affiliation, mentions, Gender.UNKNOWN, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());
  }
}
