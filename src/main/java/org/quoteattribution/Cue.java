package org.quoteattribution;

import static java.util.Objects.requireNonNull;

/**
 * The words that report a statement: {@code said}, {@code pointed to}, {@code according to}.
 *
 * @param span  where the cue is in the text
 * @param lemma its base form: {@code say}, {@code point to}, {@code according to}
 */
public record Cue(Span span, String lemma) {

  public Cue {
    requireNonNull(span, "span must not be null");
    requireNonNull(lemma, "lemma must not be null");
  }
}
