package org.quoteattribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A person the article names.
 *
 * @param id          unique within one {@link Attribution}: {@code p1}, {@code p2}, …
 * @param name        the fullest form of the name in the text: {@code Alireza Jabbari}
 * @param role        the role or title in base form, if the text gives one: {@code deputy ambassador}
 * @param affiliation the organisation or country the person acts for, if given: {@code Iran}
 * @param mentions    every mention of the person that the library resolved, in text order
 */
public record Person(
    String id, String name, Optional<String> role, Optional<String> affiliation, List<Span> mentions) {

  public Person {
    requireNonNull(id, "id must not be null");
    requireNonNull(name, "name must not be null");
    requireNonNull(role, "role must not be null");
    requireNonNull(affiliation, "affiliation must not be null");
    mentions = List.copyOf(mentions);
    checkArgument(!name.isBlank(), "name must not be blank");
  }
}
