package org.quoteattribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One thing somebody said, as the article reports it.
 *
 * @param type       direct, indirect or mixed
 * @param content    what was said: the quote without its marks, or the reported clause
 * @param cue        the reporting verb or phrase, if there is one
 * @param source     the mention of the source in the text ({@code he}, {@code The official},
 *                   {@code Alireza Jabbari, Iran's deputy ambassador to Azerbaijan}), if found
 * @param sourceKind what kind of thing the source is
 * @param speaker    the {@link Person#id()} of the person the source refers to, when it is a person
 *                   the article names
 * @param confidence how sure the library is that this is a statement with this source, in [0, 1];
 *                   see the README for what the values mean
 * @param contentSpans the content's fragments one by one, in text order, inside {@code content}:
 *                   one span, the content itself, unless the attribution interrupts the statement
 *                   ({@code “We were better,” Alves said. “Then we stopped.”} gives
 *                   {@code We were better,} and {@code Then we stopped.}, never {@code Alves said})
 */
public record Statement(
    StatementType type,
    Span content,
    Optional<Cue> cue,
    Optional<Span> source,
    SourceKind sourceKind,
    Optional<String> speaker,
    double confidence,
    List<Span> contentSpans) {

  public Statement {
    requireNonNull(type, "type must not be null");
    requireNonNull(content, "content must not be null");
    requireNonNull(cue, "cue must not be null");
    requireNonNull(source, "source must not be null");
    requireNonNull(sourceKind, "sourceKind must not be null");
    requireNonNull(speaker, "speaker must not be null");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
    contentSpans = List.copyOf(contentSpans);
    checkArgument(!contentSpans.isEmpty(), "contentSpans must not be empty");
    int previousEnd = content.begin();
    for (Span fragment : contentSpans) {
      checkArgument(content.contains(fragment) && fragment.begin() >= previousEnd,
          "contentSpans must lie inside the content, in order, apart: %s", fragment);
      previousEnd = fragment.end();
    }
  }

  /** A statement whose content is one span, not interrupted. */
  public Statement(StatementType type, Span content, Optional<Cue> cue, Optional<Span> source,
      SourceKind sourceKind, Optional<String> speaker, double confidence) {
    this(type, content, cue, source, sourceKind, speaker, confidence, List.of(content));
  }
}
