package org.quoteattribution.internal;

import java.util.Optional;

/** Finds a person's role and affiliation around a name mention. */
final class RoleFinder {

  /** What the text says a person is: role ({@code deputy ambassador}) and affiliation ({@code Iran}). */
  record Description(Optional<String> role, Optional<String> affiliation) {
    static final Description NONE = new Description(Optional.empty(), Optional.empty());
  }

  Description describe(Doc doc, int first, int last) {
    return Description.NONE;
  }
}
