package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.AffiliationKind;
import org.quoteattribution.Gender;
import org.quoteattribution.Person;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.TokenRange;

/** A person being collected from an article: name mentions, role and affiliation. */
public final class PersonEntity {

  private final String id;
  private String name;
  private final List<Span> mentions = new ArrayList<>();
  /** Begin and end of each mention, so that adding one costs the same however many there are. */
  private final Set<Long> mentionOffsets = new HashSet<>();
  private final List<TokenRange> nameMentions = new ArrayList<>();
  private Optional<String> role = Optional.empty();
  private Optional<String> affiliation = Optional.empty();
  private Optional<String> qualifier = Optional.empty();
  private Optional<String> party = Optional.empty();
  private Optional<String> state = Optional.empty();
  private Optional<AffiliationKind> affiliationKind = Optional.empty();
  private Gender gender = Gender.UNKNOWN;
  private boolean author;
  private boolean firstNamed;
  private int firstNameMentions;
  private final List<Span> evidence = new ArrayList<>();
  /** The possessive pronoun of a description that gave the role ({@code his adviser}), for its antecedent; -1 if none. */
  private int possessivePronoun = -1;

  private final Names names;

  PersonEntity(String id, String name, Names names) {
    this.id = id;
    this.name = name;
    this.names = names;
  }

  public String id() {
    return id;
  }

  String name() {
    return name;
  }

  /** Last token of the canonical name, lower-cased. */
  String surname() {
    return names.surname(name);
  }

  /** Whether the canonical name has two words or more, not a surname or a one-word name alone. */
  boolean hasFullName() {
    return Names.tokens(name).size() > 1;
  }

  /** First token of the canonical name, lower-cased. */
  String firstName() {
    return Names.key(Names.tokens(name).get(0));
  }

  /** The mentions so far, in the order they were found. */
  List<Span> mentions() {
    return Collections.unmodifiableList(mentions);
  }

  /** The token ranges of the name mentions. */
  List<TokenRange> nameMentions() {
    return nameMentions;
  }

  Optional<String> role() {
    return role;
  }

  Optional<String> affiliation() {
    return affiliation;
  }

  /** The parts of the name as mentioned, for telling whether a token belongs to one of its mentions. */
  boolean isNamedAt(int token) {
    return nameMentions.stream().anyMatch(m -> m.contains(token));
  }

  void addName(String mention, int first, int last, Span span) {
    int more = Names.tokens(mention).size() - Names.tokens(name).size();
    if (more > 0 || more == 0 && capitals(name) && !capitals(mention)) {
      name = mention; // the fullest form; as the text writes it, not a byline's or headline's capitals
    }
    nameMentions.add(new TokenRange(first, last));
    addMention(span);
  }

  /** {@code MARIA GONZALEZ}: no lower-case letter. */
  private static boolean capitals(String name) {
    return name.chars().noneMatch(Character::isLowerCase);
  }

  private void addMention(Span span) {
    if (mentionOffsets.add(((long) span.begin() << 32) | span.end())) {
      mentions.add(span);
    }
  }

  /** Whether the article names this person as its author (a byline, a closing line about the writer). */
  boolean isAuthor() {
    return author;
  }

  void author() {
    author = true;
  }

  /** Whether the article calls the person by first name alone somewhere ({@code Ivanka}). */
  boolean isFirstNamed() {
    return firstNamed;
  }

  void firstNamed() {
    firstNamed = true;
    firstNameMentions++;
  }

  /** How many name mentions give the surname: all but those by first name alone ({@code Ivanka}). */
  int surnameMentions() {
    return nameMentions.size() - firstNameMentions;
  }

  Gender gender() {
    return gender;
  }

  void gender(Gender g) {
    gender = g;
  }

  void affiliationKind(Optional<AffiliationKind> kind) {
    affiliationKind = kind;
  }

  List<Span> evidence() {
    return Collections.unmodifiableList(evidence);
  }

  Optional<String> party() {
    return party;
  }

  /** Takes what a description says where nothing is known yet: the first role, the first affiliation. */
  void describe(Description d) {
    boolean used = false;
    if (role.isEmpty() && d.role().isPresent()) {
      role = d.role();
      qualifier = d.qualifier();
      used = true;
    }
    if (affiliation.isEmpty() && d.affiliation().isPresent()) {
      affiliation = d.affiliation();
      used = true;
    }
    if (party.isEmpty() && d.party().isPresent() || state.isEmpty() && d.state().isPresent()) {
      party = party.or(d::party);
      state = state.or(d::state);
      used = true;
    }
    if (affiliation.isEmpty() && possessivePronoun < 0 && d.pronoun() >= 0) {
      possessivePronoun = d.pronoun();
      used = true;
    }
    if (used) {
      d.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
    }
  }

  /** Replaces the affiliation by whom it names ({@code the president} by the president named), with the evidence for that. */
  void resolveAffiliation(String whom, List<Span> spans) {
    affiliation = Optional.of(whom);
    spans.stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
  }

  /** The token of a possessive pronoun whose antecedent the person acts for ({@code his adviser}), or -1. */
  int possessivePronoun() {
    return possessivePronoun;
  }

  /**
   * The result record, with the mentions found here and {@code sourceMentions}, the source mentions
   * of the statements resolved to this person (in statement order; repeats dropped).
   */
  public Person toPerson(List<Span> sourceMentions) {
    List<Span> sorted = new ArrayList<>(mentions);
    for (Span span : sourceMentions) {
      if (sorted.stream().noneMatch(m -> m.begin() == span.begin() && m.end() == span.end())) {
        sorted.add(span);
      }
    }
    sorted.sort(Comparator.comparingInt(Span::begin));
    List<Span> sortedEvidence = new ArrayList<>(evidence);
    sortedEvidence.sort(Comparator.comparingInt(Span::begin));
    return new Person(id, name, role, affiliation, sorted, gender, qualifier, affiliation.isEmpty()
        ? Optional.empty() : affiliationKind, party, state, sortedEvidence);
  }
}
