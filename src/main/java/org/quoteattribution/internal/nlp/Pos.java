package org.quoteattribution.internal.nlp;

/**
 * The Penn Treebank part-of-speech tags the stages compare with exactly; families of tags (verbs,
 * nouns, adjectives, adverbs) are {@link Token} predicates.
 */
public enum Pos {
  /** Cardinal number. */
  CD("CD"),
  /** Coordinating conjunction. */
  CC("CC"),
  /** Determiner. */
  DT("DT"),
  /** Hyphen. */
  HYPH("HYPH"),
  /** Preposition or subordinating conjunction. */
  IN("IN"),
  /** Adjective, neither comparative nor superlative. */
  JJ("JJ"),
  /** Modal. */
  MD("MD"),
  /** Possessive ending ({@code 's}). */
  POS("POS"),
  /** Personal pronoun. */
  PRP("PRP"),
  /** Possessive pronoun ({@code his}). */
  PRP_POSSESSIVE("PRP$"),
  /** Gerund or present participle. */
  VBG("VBG"),
  /** Past participle. */
  VBN("VBN"),
  /** Wh-determiner ({@code which}). */
  WDT("WDT"),
  /** Wh-pronoun ({@code who}). */
  WP("WP");

  private final String tag;

  Pos(String tag) {
    this.tag = tag;
  }

  /** The tag as CoreNLP writes it. */
  public String tag() {
    return tag;
  }
}
