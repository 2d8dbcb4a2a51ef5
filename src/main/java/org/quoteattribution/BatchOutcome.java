package org.quoteattribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What {@link QuoteAttributor#attributeAll} made of one input: its attribution, or the error that
 * stopped it: any {@code Throwable} the article caused, {@code Error}s such as
 * {@code StackOverflowError} included, or a {@link LimitExceededException}.
 *
 * @param input       the input, as given
 * @param attribution the result, when the article was attributed
 * @param error       the failure, when it was not
 * @param <T>         the type of the inputs
 */
public record BatchOutcome<T>(T input, Optional<Attribution> attribution, Optional<Throwable> error) {

  public BatchOutcome {
    requireNonNull(attribution, "attribution must not be null");
    requireNonNull(error, "error must not be null");
    checkArgument(attribution.isPresent() != error.isPresent(), "exactly one of attribution and error");
  }
}
