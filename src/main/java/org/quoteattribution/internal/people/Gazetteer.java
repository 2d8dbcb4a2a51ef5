package org.quoteattribution.internal.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Gender;
import org.quoteattribution.QuoteAttributionException;
import org.quoteattribution.internal.lang.WordLists;

/**
 * Word lists for roles and affiliations: job titles ({@code deputy ambassador}), title modifiers
 * ({@code deputy}, {@code former}), abbreviations ({@code Sen.} = {@code Senator}), countries and
 * demonyms ({@code Iranian} = {@code Iran}, {@code U.S.} = {@code United States}) and verbs of
 * relative clauses ({@code who heads} = {@code head}).
 *
 * <p>Sources: the TITLE, COUNTRY and NATIONALITY rows of CoreNLP's KBP gazetteer
 * {@value #GAZETTEER} (streamed; its 533k CITY rows and other classes are skipped), the demonym
 * table {@value #DEMONYMS}, and our own additions in {@code titles-extra.txt}. All lookups are
 * case-insensitive. Immutable after construction and safe to share between threads.
 */
final class Gazetteer {

  static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
  static final String EXTRA = "titles-extra.txt";

  private final Set<String> titles = new HashSet<>();
  private final Set<String> countries = new HashSet<>();
  private final Set<String> nationalities = new HashSet<>();
  private final Map<String, String> demonymToCountry = new HashMap<>();
  private final Map<String, String> countryCanonical = new HashMap<>();
  private final Set<String> modifiers = new HashSet<>();
  private final Set<String> dropped = new HashSet<>();
  private final Map<String, String> abbreviations = new HashMap<>();
  private final Map<String, String> verbs = new HashMap<>();
  private final Set<String> organisationNouns = new HashSet<>();
  private final Set<String> postingTitles = new HashSet<>();
  private final Set<String> seatTitles = new HashSet<>();
  private final Set<String> benchWords = new HashSet<>();
  private final Set<String> governmentLevels = new HashSet<>();
  private final Set<String> notRoles = new HashSet<>();
  private final Set<String> commonAcronyms = new HashSet<>();
  private final Map<String, String> states = new HashMap<>();
  private final Map<String, Gender> genderWords = new HashMap<>();
  private final Set<String> honorifics = new HashSet<>();
  private final Map<String, Gender> genderPronouns = new HashMap<>();

  private final WordLists words;

  /**
   * Loads everything: the CoreNLP gazetteer and demonyms (models jar) and our extras.
   *
   * @throws QuoteAttributionException naming the resource that is missing or malformed
   */
  Gazetteer(WordLists words) {
    this(words, true);
  }

  /** With {@code withModels} false, only our extras and nothing from the models jar (for tests). */
  Gazetteer(WordLists words, boolean withModels) {
    this.words = words;
    if (withModels) {
      loadGazetteer();
      loadDemonyms();
    }
    loadExtra();
  }

  /**
   * Whether a lower-cased word or phrase is a title ({@code ambassador}, {@code foreign minister}),
   * also written with a modifier joined by a hyphen ({@code vice-chancellor}, {@code co-chair}).
   */
  boolean isTitle(String phrase) {
    String k = key(phrase);
    int hyphen = k.indexOf('-');
    return titles.contains(k)
        || hyphen > 0 && modifiers.contains(k.substring(0, hyphen)) && titles.contains(k.substring(hyphen + 1));
  }

  /** Whether a word is kept in a role before its title ({@code deputy}, {@code former}). */
  boolean isModifier(String word) {
    return modifiers.contains(key(word));
  }

  /** Whether a word may stand before a title but is left out of the role ({@code new}). */
  boolean isDropped(String word) {
    return dropped.contains(key(word));
  }

  /** The full form of an abbreviated title ({@code Sen.} = {@code Senator}). */
  Optional<String> expand(String word) {
    return Optional.ofNullable(abbreviations.get(key(word)));
  }

  /** The role a relative-clause verb gives ({@code head} for {@code who heads}). */
  Optional<String> verbRole(String lemma) {
    return Optional.ofNullable(verbs.get(key(lemma)));
  }

  /**
   * The country a name or demonym stands for: {@code Iranian} = {@code Iran},
   * {@code the U.S.} = {@code United States}, {@code Iran} = {@code Iran}; empty if it is neither.
   */
  Optional<String> country(String phrase) {
    String k = key(phrase);
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    String c = countryCanonical.get(k);
    if (c == null) {
      c = demonymToCountry.get(k);
    }
    if (c == null && countries.contains(k)) {
      c = phrase.trim().replaceFirst("^(?i)the\\s+", "");
    }
    return Optional.ofNullable(c);
  }

  /** Whether a common noun names a body of people ({@code campaign}, {@code ministry}, {@code police}). */
  boolean isOrganisationNoun(String lemma) {
    return organisationNouns.contains(key(lemma));
  }

  /** Whether a title's {@code to} phrase is a posting rather than an affiliation ({@code ambassador}). */
  boolean isPostingTitle(String lemma) {
    return postingTitles.contains(key(lemma));
  }

  /** Whether a title's {@code for} phrase is the seat its holder represents ({@code MP for Dover}), a place. */
  boolean isSeatTitle(String lemma) {
    return seatTitles.contains(key(lemma));
  }

  /**
   * Whether a word says which side of a parliament a role is on ({@code Opposition}, {@code Shadow}):
   * a modifier of the role, never the start of an organisation's name.
   */
  boolean isBenchWord(String word) {
    return benchWords.contains(key(word));
  }

  /**
   * Whether a capitalised word before a title is the level of government ({@code Federal},
   * {@code Union}): no organisation and no part of the role.
   */
  boolean isGovernmentLevel(String word) {
    return Character.isUpperCase(word.codePointAt(0)) && governmentLevels.contains(key(word));
  }

  /** Whether an acronym is a common noun ({@code TV}, {@code IT}), not an organisation's name. */
  boolean isCommonAcronym(String word) {
    return commonAcronyms.contains(key(word));
  }

  /** Whether a noun heads descriptions without being a role ({@code man}, {@code mother}, {@code day}). */
  boolean isNotRole(String lemma) {
    return notRoles.contains(key(lemma));
  }

  /** The US state an abbreviation, postal code or name stands for: {@code Ariz.} = {@code Arizona}. */
  Optional<String> state(String word) {
    return Optional.ofNullable(states.get(key(word)));
  }

  /** Whether a word is an honorific that comes before a name: {@code Mr.}, {@code Ms}. */
  boolean isHonorific(String word) {
    return honorifics.contains(key(word));
  }

  /** The gender an honorific or noun gives ({@code Ms.}, {@code spokeswoman}), or {@link Gender#UNKNOWN}. */
  Gender genderOfWord(String word) {
    return genderWords.getOrDefault(key(word), Gender.UNKNOWN);
  }

  /** The gender of a third-person singular pronoun ({@code she}, {@code his}), or {@link Gender#UNKNOWN}. */
  Gender genderOfPronoun(String word) {
    return genderPronouns.getOrDefault(key(word), Gender.UNKNOWN);
  }

  /** Whether a word is a nationality adjective, mapped to a country or not ({@code Kurdish}). */
  boolean isNationality(String word) {
    String k = key(word);
    return demonymToCountry.containsKey(k) || nationalities.contains(k);
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * Streams the gazetteer as bytes and decodes only the TITLE, COUNTRY and NATIONALITY rows (about
   * 41k of its 580k lines), so the 533k CITY rows cost no strings.
   */
  private void loadGazetteer() {
    byte[] all;
    try (InputStream in = stream(GAZETTEER)) {
      all = in.readAllBytes();
    } catch (IOException e) {
      throw new QuoteAttributionException("cannot read the CoreNLP gazetteer " + GAZETTEER + ": " + e.getMessage(), e);
    }
    int begin = 0;
    while (begin < all.length) {
      int tab = begin;
      while (tab < all.length && all[tab] != '\t' && all[tab] != '\n') {
        tab++;
      }
      int eol = tab;
      while (eol < all.length && all[eol] != '\n') {
        eol++;
      }
      if (tab + 1 < eol && tab > begin) {
        row(all, begin, tab, eol);
      }
      begin = eol + 1;
    }
  }

  private static final byte[] TITLE = "\tTITLE\t".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] COUNTRY = "\tCOUNTRY\t".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NATIONALITY = "\tNATIONALITY\t".getBytes(StandardCharsets.US_ASCII);

  private void row(byte[] all, int begin, int tab, int eol) {
    byte c = all[tab + 1];
    Set<String> target = c == 'T' && startsWith(all, eol, tab, TITLE) ? titles
        : c == 'C' && startsWith(all, eol, tab, COUNTRY) ? countries
        : c == 'N' && startsWith(all, eol, tab, NATIONALITY) ? nationalities : null;
    if (target != null) {
      target.add(key(new String(all, begin, tab - begin, StandardCharsets.UTF_8)));
    }
  }

  private static boolean startsWith(byte[] line, int len, int at, byte[] prefix) {
    if (at + prefix.length > len) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private void loadDemonyms() {
    try (BufferedReader r = open(DEMONYMS)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        String country = cols[0].trim().replaceAll("\\.$", "");
        countryCanonical.putIfAbsent(key(country), country);
        for (int i = 1; i < cols.length; i++) {
          if (!cols[i].isBlank()) {
            demonymToCountry.putIfAbsent(key(cols[i]), country);
          }
        }
      }
    } catch (IOException e) {
      throw new QuoteAttributionException("cannot read the CoreNLP demonyms " + DEMONYMS + ": " + e.getMessage(), e);
    }
  }

  private void loadExtra() {
    String section = "";
    try (BufferedReader r = words.open(EXTRA)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          section = line;
          continue;
        }
        int eq = line.indexOf(" = ");
        String k = key(eq < 0 ? line : line.substring(0, eq));
        String v = eq < 0 ? "" : line.substring(eq + 3).strip();
        switch (section) {
          case "[titles]" -> titles.add(k);
          case "[not-titles]" -> {
            titles.remove(k);
            notRoles.add(k);
          }
          case "[modifiers]" -> modifiers.add(k);
          case "[dropped]" -> dropped.add(k);
          case "[abbreviations]" -> abbreviations.put(k, v);
          case "[countries]" -> {
            demonymToCountry.put(k, v);
            countryCanonical.put(k, v);
            countryCanonical.put(key(v), v);
          }
          case "[verbs]" -> verbs.put(k, v);
          case "[organisation-nouns]" -> organisationNouns.add(k);
          case "[posting-titles]" -> postingTitles.add(k);
          case "[seat-titles]" -> seatTitles.add(k);
          case "[government-levels]" -> governmentLevels.add(k);
          case "[bench-words]" -> {
            benchWords.add(k);
            modifiers.add(k);
          }
          case "[not-roles]" -> notRoles.add(k);
          case "[common-acronyms]" -> commonAcronyms.add(k);
          case "[states]" -> states.put(k, v);
          case "[honorifics]" -> honorifics.add(k);
          case "[female-words]" -> genderWords.put(k, Gender.FEMALE);
          case "[male-words]" -> genderWords.put(k, Gender.MALE);
          case "[female-pronouns]" -> genderPronouns.put(k, Gender.FEMALE);
          case "[male-pronouns]" -> genderPronouns.put(k, Gender.MALE);
          default -> throw new QuoteAttributionException(
              words.path(EXTRA).substring(1) + ": entry outside a section: " + line);
        }
      }
    } catch (IOException e) {
      throw new QuoteAttributionException("cannot read " + words.path(EXTRA).substring(1) + ": " + e.getMessage(), e);
    }
  }

  private static BufferedReader open(String resource) throws IOException {
    return new BufferedReader(new InputStreamReader(stream(resource), StandardCharsets.UTF_8), 1 << 16);
  }

  private static InputStream stream(String resource) throws IOException {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new QuoteAttributionException("CoreNLP resource not found on the classpath: " + resource
          + ". Is edu.stanford.nlp:stanford-corenlp:4.5.10:models on the classpath?");
    }
    return in;
  }

  /** Sizes, for logging and tests: titles, countries, nationalities, demonyms. */
  List<Integer> sizes() {
    return List.of(titles.size(), countries.size(), nationalities.size(), demonymToCountry.size());
  }
}
