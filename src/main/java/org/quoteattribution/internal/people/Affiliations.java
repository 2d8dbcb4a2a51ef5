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
 *       {@code the Senate Finance Committee}, {@code Bank of America}, {@code Harvard University};</li>
 *   <li>countries and demonyms to the country: {@code Iranian}, {@code the U.S.} = {@code United States},
 *       {@code the Islamic Republic of Iran} = {@code Iran};</li>
 *   <li>a definite common noun ({@code the ministry}, {@code the company}) to the organisation named
 *       before it with the same head word ({@code Foreign Ministry}), or for {@code company}/{@code firm}
 *       the organisation named last; {@code the state} and {@code the country} to the US state or
 *       country named last, a few sentences back at most; else the phrase as written;</li>
 *   <li>US party tags: {@code (R-Neb.)} = {@code Republican} and {@code Nebraska}, {@code D-Conn} =
 *       {@code Democratic} and {@code Connecticut}, {@code (I-Vt.)} = {@code independent}.</li>
 * </ul>
 */
final class Affiliations {

  /** An affiliation phrase ending before token {@code end}. */
  record Found(int end, String text) {}

  private static final Pattern STATE_OF = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:[\\p{L}]+\\s+){0,3}(?:republic|kingdom|federation|state|emirate|commonwealth)\\s+of\\s+(.+)$");
  private static final Pattern PARTY = Pattern.compile("^\\s*([RDI])\\s*[-–.]\\s*([A-Z][\\p{L}.\\s]*)$");

  /** Days and months: capitalised, never whom one acts for. */
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december");

  /** Nouns of time after {@code the}: {@code at the time} says when, never whom one acts for. */
  private static final Set<String> TIMES = Set.of("time", "moment", "outset", "start", "beginning", "end");

  /** {@code group}, {@code firm}, {@code campaign}: a common noun an organisation's name may follow. */
  private boolean isOrganisationHead(String lemma) {
    return gaz.isOrganisationNoun(lemma) || genericOrganizations.contains(lemma);
  }

  /** {@code time}, {@code moment}: after {@code at the}, a time. */
  static boolean isTimeNoun(Token t) {
    return TIMES.contains(t.lemma());
  }

  /** A party tag read: the party, and the state where the tag gives one. */
  record PartyTag(String party, Optional<String> state) {}

  private final Gazetteer gaz;
  /** Words inside an organisation's name: {@code Bank of America}. */
  private final Set<String> innerWords;
  /** How many sentences back {@code the company} or {@code the party} may find what it stands for. */
  private static final int NEAR_SENTENCES = 3;

  /** Generic organisation nouns: {@code the company} is the organisation named last. */
  private final Set<String> genericOrganizations;
  /** Parties outside the US two: {@code Labour}, {@code Conservative}. */
  private final Set<String> partyNames;

  Affiliations(Gazetteer gaz, WordLists words) {
    this.gaz = gaz;
    this.partyNames = words.set("party-names");
    this.innerWords = words.set("affiliation-inner-words");
    this.genericOrganizations = words.set("generic-organizations");
  }

  /** The noun phrase at {@code i}: a capitalised name, or {@code the} and common nouns; null if none. */
  Found phrase(Doc doc, int i, int limit) {
    if (i + 1 < limit && DescriptionParser.lower(doc.token(i)).equals("both")
        && Character.isUpperCase(doc.token(i + 1).word().codePointAt(0))) {
      i++; // "who runs both Renault and Nissan"
    }
    int start = i;
    boolean definite = i < limit && DescriptionParser.lower(doc.token(i)).equals("the");
    if (definite) {
      i++;
    }
    if (i >= limit) {
      return null;
    }
    i = pastBase(doc, i, limit);
    int k = i;
    while (k + 1 < limit && k - i < 3 && isDescriptiveAdjective(doc.token(k))) {
      k++;
    }
    if (k == i && k + 3 < limit && Character.isLowerCase(doc.token(k).word().codePointAt(0))
        && doc.token(k + 1).word().equals("-") && isDescriptiveAdjective(doc.token(k + 2))) {
      k += 3; // the far-right Freedom Party, the centre-left Labor Party
    }
    if (k > i && isNameWord(doc.token(k))) {
      i = k; // the centrist Wexler Institute
    }
    i = pastBase(doc, i, limit);
    if (isNameWord(doc.token(i))) {
      int j = i;
      while (j < limit) {
        if (isNameWord(doc.token(j)) || isOrganisationRun(doc, i, j)) {
          j++; // "EB - 5 Investment Coalition": the tagger's organisation goes on
        } else if (innerWords.contains(DescriptionParser.lower(doc.token(j))) && j + 1 < limit
            && isNameWord(doc.token(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      while (j < limit && j - i < 8) {
        if (isBodyNoun(doc.token(j)) || isLowerTitle(doc.token(j)) || modifiesBodyNoun(doc, j, limit)) {
          j++; // the Clinton campaign, the Obama administration, the VOA Eurasian division, the UN refugee agency
        } else if (j + 1 < limit && doc.token(j).word().equals("-") && isLowerTitle(doc.token(j - 1))
            && Character.isLowerCase(doc.token(j + 1).word().codePointAt(0))) {
          j += 2; // the U.N. secretary-general
        } else {
          break;
        }
      }
      while (i < j - 1 && doc.token(i).ner().equals("O") && doc.token(i + 1).ner().equals("PERSON")
          && !isBodyNoun(doc.token(j - 1))) {
        i++; // President Bill Clinton: the person
      }
      if (j == i + 1 && CALENDAR.contains(DescriptionParser.lower(doc.token(i)))) {
        return null; // "at Monday's debate": a day, not an organisation
      }
      return new Found(j, normalise(doc, i, j - 1));
    }
    if (!definite) {
      return null;
    }
    int j = i;
    while (j < limit && (doc.token(j).isNoun() || doc.token(j).pos().startsWith("JJ"))
        && !DescriptionParser.isPossessive(doc.token(j))
        && !(j > i && isNameWord(doc.token(j)) && isOrganisationHead(doc.token(j - 1).lemma()))) {
      j++;
      if (j + 1 < limit && DescriptionParser.isPossessive(doc.token(j)) && doc.token(j).word().matches("['’]")
          && doc.token(j - 1).hasPluralTag() && doc.token(j + 1).isNoun()) {
        j++; // "the residents' association", "the teachers' union": a plural possessor inside the name
      }
    }
    if (j == i || !doc.token(j - 1).isNoun() || isTimeNoun(doc.token(j - 1))) {
      return null; // "ambassador at the time": a time, not whom one acts for
    }
    if (j < limit && isNameWord(doc.token(j)) && !doc.token(j).ner().equals("PERSON")
        && isOrganisationHead(doc.token(j - 1).lemma())) {
      Found name = phrase(doc, j, limit); // "the real estate brokerage firm Cushman & Wakefield": the firm's name
      if (name != null) {
        return name;
      }
    }
    return new Found(j, generic(doc, start, j - 1));
  }

  /** Past {@code Miami-based} (tokens {@code Miami - based}) before a name. */
  private static int pastBase(Doc doc, int i, int limit) {
    int j = i;
    while (j < limit && j - i < 3 && Character.isUpperCase(doc.token(j).word().codePointAt(0))) {
      j++;
    }
    if (j > i && j + 2 < limit && doc.token(j).word().equals("-") && doc.token(j + 1).word().equals("based")) {
      return j + 2;
    }
    return i;
  }

  private static boolean isOrganisationRun(Doc doc, int i, int j) {
    return j > i && doc.token(j).ner().equals("ORGANIZATION") && doc.token(j - 1).ner().equals("ORGANIZATION")
        && j + 1 < doc.tokens().size() && doc.token(j + 1).ner().equals("ORGANIZATION");
  }

  /** {@code the U.N. secretary-general}: a lower-case title after a name, for a person one acts for. */
  private boolean isLowerTitle(Token t) {
    return t.isNoun() && Character.isLowerCase(t.word().codePointAt(0)) && gaz.isTitle(t.word());
  }

  /** A lower-case noun before a body noun, one or two words on: {@code refugee} in {@code the UN refugee agency}. */
  private boolean modifiesBodyNoun(Doc doc, int j, int limit) {
    for (int k = j; k < Math.min(limit, j + 3); k++) {
      Token t = doc.token(k);
      if (k > j && isBodyNoun(t)) {
        return true;
      }
      if (!t.isNoun() || !Character.isLowerCase(t.word().codePointAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** A lower-case noun that names a body after a name: {@code campaign}, {@code administration}, {@code family}. */
  private boolean isBodyNoun(Token t) {
    return t.isNoun() && Character.isLowerCase(t.word().codePointAt(0))
        && (gaz.isOrganisationNoun(t.lemma()) || t.lemma().equals("family") || t.lemma().equals("camp"));
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
    if (to == from + 1 && DescriptionParser.lower(doc.token(from)).equals("the") && !doc.token(to).hasPluralTag()
        && (head.equals("state") || head.equals("country"))) {
      return lastPlace(doc, from, head.equals("state")).orElse(text); // "the state's campaign chairman"
    }
    if (to == from + 1 && DescriptionParser.lower(doc.token(from)).equals("the") && head.equals("party")
        && !doc.token(to).hasPluralTag()) {
      return lastParty(doc, from).orElse(text); // "Republicans met …. The party's 2012 nominee"
    }
    if (!gaz.isOrganisationNoun(head) && !genericOrganizations.contains(head) || doc.token(to).hasPluralTag()) {
      return text; // "the state" is not the Islamic State; "the news outlets" are not one of them
    }
    String latest = null;
    int sentence = doc.token(from).sentence();
    for (int k = from - 1; k >= 0; k--) {
      Token t = doc.token(k);
      if (k > 0 && t.lemma().equals(head) && Character.isLowerCase(t.word().codePointAt(0))
          && doc.token(k - 1).isProperNoun() && Character.isUpperCase(doc.token(k - 1).word().codePointAt(0))) {
        int b = k - 1;
        while (b > 0 && k - b < 4 && doc.token(b - 1).isProperNoun()
            && Character.isUpperCase(doc.token(b - 1).word().codePointAt(0))) {
          b--;
        }
        return doc.span(b, k).text().replaceAll("\\s+", " "); // "the campaign": the Clinton campaign named before
      }
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
      if (latest == null && t.sentence() >= sentence - NEAR_SENTENCES) {
        latest = name; // "the company": the organisation just named, not one named paragraphs back
      }
      k = b;
    }
    if (latest != null && genericOrganizations.contains(head)) {
      return latest;
    }
    return text;
  }

  /**
   * The US state ({@code state}) or country named last before token {@code before}, within a few
   * sentences: what {@code the state} and {@code the country} stand for.
   */
  private Optional<String> lastPlace(Doc doc, int before, boolean state) {
    int sentence = doc.token(before).sentence();
    for (int k = before - 1; k >= 0 && doc.token(k).sentence() >= sentence - NEAR_SENTENCES; k--) {
      Token t = doc.token(k);
      if (!t.ner().equals("LOCATION") && !(t.pos().startsWith("JJ") && Character.isUpperCase(t.word().codePointAt(0)))) {
        continue;
      }
      int b = k;
      while (b > 0 && k - b < 3 && doc.token(b - 1).ner().equals("LOCATION")) {
        b--;
      }
      String name = doc.span(b, k).text().replaceAll("\\s+", " ");
      Optional<String> place = state ? (Character.isUpperCase(name.codePointAt(0)) && t.ner().equals("LOCATION")
          ? gaz.state(name) : Optional.empty()) : gaz.country(name);
      if (place.isPresent()) {
        return place;
      }
      k = b;
    }
    return Optional.empty();
  }

  /**
   * The party named last before token {@code before}, by a capitalised party word ({@code Republican},
   * or one of {@code party-names.txt}: {@code Labour}), within a few sentences: what {@code the party}
   * stands for.
   */
  private Optional<String> lastParty(Doc doc, int before) {
    int sentence = doc.token(before).sentence();
    for (int k = before - 1; k >= 0 && doc.token(k).sentence() >= sentence - NEAR_SENTENCES; k--) {
      Token t = doc.token(k);
      if (Character.isUpperCase(t.word().codePointAt(0)) && partyWord(t.word()).isPresent()) {
        return partyWord(t.word());
      }
      Token next = k + 1 < doc.tokens().size() ? doc.token(k + 1) : t;
      if (isPartyName(t) && !(next != t && next.isProperNoun() && !next.lemma().equalsIgnoreCase("party"))) {
        return Optional.of(t.word()); // "Labour met …. The party's chief whip"; not "Green Bay"
      }
    }
    return Optional.empty();
  }

  /** {@code Labour}, {@code Conservative}: a capitalised party name outside the US two ({@code party-names.txt}). */
  boolean isPartyName(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0)) && partyNames.contains(DescriptionParser.lower(t));
  }

  /**
   * {@code Republican South Carolina}, {@code South Carolina Republican}: a US party adjective and a
   * state, in either order; else empty ({@code Indiana GOP} is the state party, an organisation).
   */
  Optional<PartyTag> partyAndState(String text) {
    String[] w = text.split(" ");
    if (w.length < 2 || text.toUpperCase(Locale.ROOT).contains("GOP")) {
      return Optional.empty(); // "the Wyoming GOP chairman": the state party, an organisation
    }
    Optional<String> first = partyWord(w[0]);
    Optional<String> last = partyWord(w[w.length - 1]);
    String rest = first.isPresent() ? text.substring(w[0].length() + 1) : text.substring(0, text.length() - w[w.length - 1].length() - 1);
    Optional<String> party = first.isPresent() ? first : last;
    Optional<String> state = party.isPresent() ? gaz.state(rest) : Optional.empty();
    return state.isPresent() ? Optional.of(new PartyTag(party.get(), state)) : Optional.empty();
  }

  /** The party a tag such as {@code R-Neb.}, or a word such as {@code Republican}, names. */
  Optional<String> party(String tag) {
    return partyTag(tag).map(PartyTag::party);
  }

  /**
   * A party tag or word: {@code R-Neb.} = Republican, Nebraska; {@code D-Conn} = Democratic,
   * Connecticut; {@code Republican}, {@code GOP} = Republican; {@code Democrat} = Democratic.
   */
  Optional<PartyTag> partyTag(String tag) {
    String t = tag.strip();
    Optional<String> word = partyWord(t);
    if (word.isPresent()) {
      return Optional.of(new PartyTag(word.get(), Optional.empty()));
    }
    Matcher m = PARTY.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<String> state = gaz.state(m.group(2).replaceAll("\\s+", " ").strip());
    if (state.isEmpty() && !m.group(2).contains(".") && m.group(2).strip().length() > 2) {
      return Optional.empty(); // "D-Day" and the like: no known state after the letter
    }
    String party = switch (m.group(1)) {
      case "R" -> "Republican";
      case "D" -> "Democratic";
      default -> "independent";
    };
    return Optional.of(new PartyTag(party, state));
  }

  /** {@code Republican}, {@code GOP}, {@code Democrat}, {@code Democratic}, {@code independent}. */
  static Optional<String> partyWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "republican", "gop", "republicans" -> Optional.of("Republican");
      case "democratic", "democrat", "democrats" -> Optional.of("Democratic");
      default -> Optional.empty();
    };
  }

  /** A lower-case adjective before a name ({@code the centrist Wexler Institute}), or {@code X-based}. */
  private static boolean isDescriptiveAdjective(Token t) {
    String w = t.word();
    return (t.pos().startsWith("JJ") || t.pos().equals("NN")) && Character.isLowerCase(w.codePointAt(0))
        || t.pos().startsWith("JJ") && w.endsWith("-based");
  }

  private static boolean isNameWord(Token t) {
    String w = t.word();
    if (!Character.isUpperCase(w.codePointAt(0)) || DescriptionParser.isPossessive(t)) {
      return false;
    }
    return t.isProperNoun() || !t.ner().equals("O") || t.pos().startsWith("JJ") && !t.ner().equals("PERSON")
        || w.toUpperCase(Locale.ROOT).equals(w) && w.length() > 1;
  }
}
