package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Person;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.TokenRange;

/** A person being collected from an article: name mentions, role and affiliation. */
public final class PersonEntity {

  private final String id;
  private String name;
  private final List<Span> mentions = new ArrayList<>();
  /** Begin and end of each mention, so that adding one costs the same however many there are. */
  private final java.util.Set<Long> mentionOffsets = new java.util.HashSet<>();
  private final List<TokenRange> nameMentions = new ArrayList<>();
  private Optional<String> role = Optional.empty();
  private Optional<String> affiliation = Optional.empty();

  PersonEntity(String id, String name) {
    this.id = id;
    this.name = name;
  }

  public String id() {
    return id;
  }

  String name() {
    return name;
  }

  /** First token of the canonical name, lower-cased. */
  String firstName() {
    return Names.tokens(name).get(0).toLowerCase(java.util.Locale.ROOT);
  }

  /** The mentions so far, in the order they were found. */
  List<Span> mentions() {
    return java.util.Collections.unmodifiableList(mentions);
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

  void addName(String mention, int first, int last, Span span) {
    if (Names.tokens(mention).size() > Names.tokens(name).size()) {
      name = mention;
    }
    nameMentions.add(new TokenRange(first, last));
    addMention(span);
  }

  private void addMention(Span span) {
    if (mentionOffsets.add(((long) span.begin() << 32) | span.end())) {
      mentions.add(span);
    }
  }

  void describe(Optional<String> newRole, Optional<String> newAffiliation) {
    if (role.isEmpty()) {
      role = newRole;
    }
    if (affiliation.isEmpty()) {
      affiliation = newAffiliation;
    }
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
    sorted.sort(java.util.Comparator.comparingInt(Span::begin));
    return new Person(id, name, role, affiliation, sorted);
  }
}
