package org.quoteattribution.internal.people;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quoteattribution.internal.lang.WordLists;

/** Small helpers for person names: tokens and surnames. */
final class Names {

  /** Name suffixes ({@code jr.}), lower case: never a surname. */
  private final Set<String> suffixes;
  /** Particles that begin a surname ({@code de}, {@code van}, {@code al}), lower case. */
  private final Set<String> particles;

  Names(WordLists words) {
    this.suffixes = words.set("name-suffixes");
    this.particles = words.set("name-particles");
  }

  /** Whether a word, or the part of it before a hyphen, is a particle that begins a surname ({@code de}, {@code al-}). */
  boolean isParticle(String word) {
    String k = key(word);
    int hyphen = k.indexOf('-');
    return particles.contains(hyphen > 0 ? k.substring(0, hyphen) : k);
  }

  /**
   * Whether a name of two words or more is a surname alone: it begins with a particle ({@code De
   * Vries}, {@code Le Maire}, {@code van der Berg}).
   */
  boolean isSurnameOnly(String name) {
    List<String> tokens = tokens(name);
    return tokens.size() > 1 && isParticle(tokens.get(0));
  }

  /**
   * A word as names are matched: lower case, without diacritics, so that {@code Francois} in a
   * headline and {@code François} in the text are one name.
   */
  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().allMatch(c -> c < 0x80)) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
    return b.toString();
  }

  static List<String> tokens(String name) {
    return Arrays.stream(name.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  /** The generational suffix of a name, lower-cased without its full stop ({@code jr}), or empty. */
  String suffix(String name) {
    List<String> tokens = tokens(name);
    if (tokens.size() < 2) {
      return "";
    }
    String t = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
    return suffixes.contains(t) || suffixes.contains(t + ".") ? t : "";
  }

  /** The name without a generational suffix: {@code Donald Trump} for {@code Donald Trump Jr.}. */
  String withoutSuffix(String name) {
    List<String> tokens = tokens(name);
    return suffix(name).isEmpty() ? name : String.join(" ", tokens.subList(0, tokens.size() - 1));
  }

  /** The surname: last token that is not a suffix, without a possessive, lower-cased. */
  String surname(String name) {
    List<String> tokens = tokens(name);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      String t = key(tokens.get(i)).replaceAll("[’']s?$", "").replaceAll(",$", "");
      if (!suffixes.contains(t) && !t.isEmpty()) {
        return t;
      }
    }
    return key(name);
  }
}
