package org.quoteattribution;

/**
 * A person's gender as the article itself gives it: through an honorific ({@code Ms.}, {@code Mr.}),
 * a gendered noun that describes them ({@code spokeswoman}, {@code the mother of three}) or a
 * pronoun the article ties to them. Never guessed from a first name.
 */
public enum Gender {
  FEMALE,
  MALE,
  /** The article does not say, or says both. */
  UNKNOWN
}
