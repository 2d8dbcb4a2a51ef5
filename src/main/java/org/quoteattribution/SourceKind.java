package org.quoteattribution;

/** What kind of thing the source of a statement is. */
public enum SourceKind {
  /** A named person, or a pronoun or description that refers to one. */
  PERSON,
  /** An organisation, government, company or other institution: {@code the ministry said}. */
  ORGANIZATION,
  /** A document or publication: {@code the report said}, {@code The Post reported}. */
  DOCUMENT,
  /** An unnamed person or group: {@code a senior official}, {@code sources close to the talks}. */
  ANONYMOUS,
  /** A group of people: {@code Republicans}, {@code critics}, {@code they}. */
  GROUP,
  /** No source was found in the text. */
  UNKNOWN
}
