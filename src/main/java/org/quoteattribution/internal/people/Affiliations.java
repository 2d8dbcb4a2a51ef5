package org.quoteattribution.internal.people;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;

/**
 * Reads and normalises the organisation or country a person acts for:
 * <ul>
 *   <li>a capitalised noun phrase after a preposition, with inner {@code of}/{@code for}/{@code and}:
 *       {@code the Congressional Black Caucus}, {@code Bank of America}, {@code Harvard University};</li>
 *   <li>countries and demonyms to the country: {@code Iranian}, {@code the U.S.} = {@code United States},
 *       {@code the Islamic Republic of Iran} = {@code Iran};</li>
 *   <li>a definite common noun ({@code the ministry}, {@code the company}) to the organisation named
 *       before it with the same head word ({@code Foreign Ministry}), or for {@code company}/{@code firm}
 *       the organisation named last; else the phrase as written;</li>
 *   <li>US party tags: {@code (R-Neb.)} = {@code Republican Party}, {@code (D-N.C.)} =
 *       {@code Democratic Party}, {@code (I-Vt.)} = {@code independent}.</li>
 * </ul>
 */
final class Affiliations {

  /** An affiliation phrase ending before token {@code end}. */
  record Found(int end, String text) {}

  private static final Pattern STATE_OF = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:[\\p{L}]+\\s+){0,3}(?:republic|kingdom|federation|state|emirate|commonwealth)\\s+of\\s+(.+)$");
  private static final Pattern PARTY = Pattern.compile("^\\s*([RDI])\\s*[-–.]\\s*[A-Z][\\p{L}.\\s]*$");

  private final Gazetteer gaz;
  /** Words inside an organisation's name: {@code Bank of America}. */
  private final Set<String> innerWords;
  /** Generic organisation nouns: {@code the company} is the organisation named last. */
  private final Set<String> genericOrganizations;

  Affiliations(Gazetteer gaz, WordLists words) {
    this.gaz = gaz;
    this.innerWords = words.set("affiliation-inner-words");
    this.genericOrganizations = words.set("generic-organizations");
  }

  /** The noun phrase at {@code i}: a capitalised name, or {@code the} and common nouns; null if none. */
  Found phrase(Doc doc, int i, int limit) {
    int start = i;
    boolean definite = i < limit && DescriptionParser.lower(doc.token(i)).equals("the");
    if (definite) {
      i++;
    }
    if (i >= limit) {
      return null;
    }
    if (isNameWord(doc.token(i))) {
      int j = i;
      while (j < limit) {
        if (isNameWord(doc.token(j))) {
          j++;
        } else if (innerWords.contains(DescriptionParser.lower(doc.token(j))) && j + 1 < limit
            && isNameWord(doc.token(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      return new Found(j, normalise(doc, i, j - 1));
    }
    if (!definite) {
      return null;
    }
    int j = i;
    while (j < limit && (doc.token(j).isNoun() || doc.token(j).isAdjective())
        && !DescriptionParser.isPossessive(doc.token(j))) {
      j++;
    }
    if (j == i || !doc.token(j - 1).isNoun()) {
      return null;
    }
    return new Found(j, generic(doc, start, j - 1));
  }

  /** Tokens {@code [from, to]} as an affiliation: a country, a generic noun resolved, or as written. */
  String normalise(Doc doc, int from, int to) {
    String text = doc.span(from, to).text().replaceAll("\\s+", " ");
    if (from < to && doc.token(from).lemma().equals("the")) {
      if (Character.isLowerCase(doc.token(from + 1).word().codePointAt(0))) {
        return generic(doc, from, to);
      }
      text = doc.span(from + 1, to).text().replaceAll("\\s+", " ");
    }
    Optional<String> party = party(text);
    if (party.isPresent()) {
      return party.get();
    }
    Optional<String> c = gaz.country(text);
    if (c.isPresent()) {
      return c.get();
    }
    Matcher m = STATE_OF.matcher(text);
    if (m.matches() && gaz.country(m.group(1)).isPresent()) {
      return gaz.country(m.group(1)).get();
    }
    if (Character.isLowerCase(text.codePointAt(0))) {
      return generic(doc, from, to);
    }
    return text;
  }

  /** {@code the ministry}: the organisation named earlier with that head, else the phrase itself. */
  String generic(Doc doc, int from, int to) {
    String head = doc.token(to).lemma();
    String text = doc.span(from, to).text().replaceAll("\\s+", " ").replaceFirst("^The ", "the ");
    String latest = null;
    for (int k = from - 1; k >= 0; k--) {
      Token t = doc.token(k);
      if (!t.ner().equals("ORGANIZATION") || k + 1 < doc.tokens().size()
          && doc.token(k + 1).ner().equals("ORGANIZATION") && k + 1 < from) {
        continue;
      }
      int b = k;
      while (b > 0 && doc.token(b - 1).ner().equals("ORGANIZATION")) {
        b--;
      }
      String name = doc.span(b, k).text().replaceAll("\\s+", " ");
      if (t.lemma().equals(head)) {
        return name;
      }
      if (latest == null) {
        latest = name;
      }
      k = b;
    }
    if (latest != null && genericOrganizations.contains(head)) {
      return latest;
    }
    return text;
  }

  /** The party a tag such as {@code R-Neb.}, or a word such as {@code Republican}, names. */
  Optional<String> party(String tag) {
    switch (tag.toLowerCase(Locale.ROOT)) {
      case "republican", "gop" -> {
        return Optional.of("Republican Party");
      }
      case "democratic", "democrat" -> {
        return Optional.of("Democratic Party");
      }
      default -> { }
    }
    Matcher m = PARTY.matcher(tag);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(switch (m.group(1)) {
      case "R" -> "Republican Party";
      case "D" -> "Democratic Party";
      default -> "independent";
    });
  }

  private static boolean isNameWord(Token t) {
    String w = t.word();
    if (!Character.isUpperCase(w.codePointAt(0)) || DescriptionParser.isPossessive(t)) {
      return false;
    }
    return t.isProperNoun() || !t.ner().equals("O") || t.isAdjective() && !t.ner().equals("PERSON")
        || w.toUpperCase(Locale.ROOT).equals(w) && w.length() > 1;
  }
}
