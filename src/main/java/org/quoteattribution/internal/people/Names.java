package org.quoteattribution.internal.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small helpers for person names: tokens and surnames. */
final class Names {

  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  private Names() {}

  static List<String> tokens(String name) {
    return Arrays.stream(name.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  /** The surname: last token that is not a suffix, without a possessive, lower-cased. */
  static String surname(String name) {
    List<String> tokens = tokens(name);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String t = tokens.get(i).toLowerCase(Locale.ROOT).replaceAll("[’']s?$", "").replaceAll(",$", "");
      if (!SUFFIXES.contains(t) && !t.isEmpty()) {
        return t;
      }
    }
    return name.toLowerCase(Locale.ROOT);
  }
}
