package org.quoteattribution;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What the library found in one article.
 *
 * @param text       the input, unchanged
 * @param paragraphs the paragraphs, in order
 * @param sentences  the sentences, in order (a dateline is not a sentence)
 * @param dateline   the dateline that opens the article, if any
 * @param statements the statements, in text order of their content
 * @param people     the people the article names, in order of first mention
 */
public record Attribution(
    String text,
    List<Span> paragraphs,
    List<Span> sentences,
    Optional<Dateline> dateline,
    List<Statement> statements,
    List<Person> people) {

  public Attribution {
    requireNonNull(text, "text must not be null");
    requireNonNull(dateline, "dateline must not be null");
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    statements = List.copyOf(statements);
    people = List.copyOf(people);
  }

  /** The person with this id, if there is one. */
  public Optional<Person> person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The person who made {@code statement}, if the library resolved one. */
  public Optional<Person> speakerOf(Statement statement) {
    return statement.speaker().flatMap(this::person);
  }
}
