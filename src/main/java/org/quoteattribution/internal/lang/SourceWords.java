package org.quoteattribution.internal.lang;

import java.util.Set;

/**
 * Common nouns that name a kind of source, from the word lists {@code source-person-nouns}
 * ({@code official}), {@code source-anonymous} ({@code sources}), {@code source-organizations}
 * ({@code ministry}) and {@code source-documents} ({@code poll}). The statement finders ask whether a
 * subject can say things; the speaker resolver asks what kind of source it is.
 */
public record SourceWords(Set<String> personNouns, Set<String> anonymous, Set<String> organizations,
    Set<String> documents) {

  public SourceWords {
    personNouns = Set.copyOf(personNouns);
    anonymous = Set.copyOf(anonymous);
    organizations = Set.copyOf(organizations);
    documents = Set.copyOf(documents);
  }

  public static SourceWords load(WordLists words) {
    return new SourceWords(words.set("source-person-nouns"), words.set("source-anonymous"),
        words.set("source-organizations"), words.set("source-documents"));
  }

  /** Whether a common noun names a kind of source: {@code official}, {@code ministry}, {@code poll}. */
  public boolean isSourceNoun(String lemma) {
    return personNouns.contains(lemma) || anonymous.contains(lemma) || organizations.contains(lemma)
        || documents.contains(lemma);
  }
}
