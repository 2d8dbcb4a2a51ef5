package org.quoteattribution.cli;

import java.util.Optional;

/** One input article: its id (file name or the {@code id} of a JSON Lines record) and text. */
record Article(Optional<String> id, String text, Optional<String> error) {

  static Article of(String id, String text) {
    return new Article(Optional.ofNullable(id), text, Optional.empty());
  }

  /** An input record that could not be read; it becomes an error record in the output. */
  static Article broken(String id, String error) {
    return new Article(Optional.ofNullable(id), "", Optional.of(error));
  }
}
