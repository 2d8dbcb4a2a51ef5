package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Token;

/**
 * Parses a descriptive noun phrase over tokens, left to right, into a role and an affiliation.
 * The grammar, with {@code TITLE} a {@link Gazetteer} title word or abbreviation:
 * <pre>
 * DESC   := LEAD* DET? LEAD* PREMOD? ROLE POST*
 * LEAD   := former | then | ex                         (kept in the role)
 * PREMOD := NP 's                                      (possessor: Iran's, the company's)
 *         | demonym | country                          (French, U.S.)
 *         | ORGANIZATION/LOCATION or capitalised run   (White House, Google)
 * ROLE   := (modifier | title word | noun)* TITLE [of WORD]   (deputy prime minister, secretary of state)
 * POST   := (of|at|for|with|from) AFFNP                (affiliation: the first one wins)
 *         | (to|in|on) AFFNP                           (posting or place: skipped, never the affiliation)
 *         | and ROLE POST*                             (a second role, for its affiliation only)
 * </pre>
 * Affiliations are normalised by {@link Affiliations}.
 */
final class DescriptionParser {

  /** A parsed description ending before token {@code end}. */
  record Parse(int end, String role, Optional<String> affiliation) {}

  private record Premod(int end, String affiliation) {}

  private record Role(int end, String text) {}

  private final Set<String> determiners;
  /** Words before a role that stay in it: {@code former}. */
  private final Set<String> leads;
  /** Prepositions after a role that give the affiliation: {@code spokesman for the ministry}. */
  private final Set<String> affiliationPrepositions;
  /** Prepositions after a role that give a posting, never the affiliation: {@code ambassador to X}. */
  private final Set<String> postingPrepositions;
  private final Gazetteer gaz;
  private final Affiliations affiliations;

  DescriptionParser(Gazetteer gaz, WordLists words) {
    this.gaz = gaz;
    this.affiliations = new Affiliations(gaz, words);
    this.determiners = words.set("determiners");
    this.leads = words.set("role-leads");
    this.affiliationPrepositions = words.set("affiliation-prepositions");
    this.postingPrepositions = words.set("posting-prepositions");
  }

  /** The role a relative-clause verb gives: {@code head} for {@code who heads}. */
  Optional<String> verbRole(String lemma) {
    return gaz.verbRole(lemma);
  }

  Affiliations affiliations() {
    return affiliations;
  }

  /** The description starting at token {@code i} and ending before {@code limit}, or null. */
  Parse parse(Doc doc, int i, int limit) {
    List<String> lead = new ArrayList<>();
    i = leads(doc, i, limit, lead);
    int det = i;
    if (i < limit && determiners.contains(lower(doc.token(i)))) {
      i++;
    }
    i = leads(doc, i, limit, lead);
    if (i >= limit) {
      return null;
    }
    String affiliation = null;
    Role role = null;
    Premod pre = possessor(doc, i, limit, det < i && lower(doc.token(det)).equals("the") ? det : i);
    if (pre == null) {
      pre = nationality(doc, i, limit);
    }
    if (pre == null) {
      role = role(doc, i, limit);
    }
    if (role == null && pre == null) {
      pre = entityRun(doc, i, limit);
    }
    if (role == null) {
      if (pre == null) {
        return null;
      }
      affiliation = pre.affiliation();
      role = role(doc, pre.end(), limit);
      if (role == null) {
        return null;
      }
    }
    String text = lead.isEmpty() ? role.text() : String.join(" ", lead) + " " + role.text();
    int j = role.end();
    while (j < limit) {
      String w = lower(doc.token(j));
      if (affiliationPrepositions.contains(w) || postingPrepositions.contains(w)) {
        Affiliations.Found a = affiliations.phrase(doc, j + 1, limit);
        if (a == null) {
          break;
        }
        if (affiliation == null && affiliationPrepositions.contains(w)) {
          affiliation = a.text();
        }
        j = a.end();
      } else if (w.equals("and") && j + 1 < limit) {
        Parse second = parse(doc, j + 1, limit);
        if (second == null) {
          break;
        }
        if (affiliation == null) {
          affiliation = second.affiliation().orElse(null);
        }
        j = second.end();
      } else {
        break;
      }
    }
    return new Parse(j, text, Optional.ofNullable(affiliation));
  }

  /** The role at {@code i} alone, without determiner or premodifier, or null. */
  Parse bareRole(Doc doc, int i, int limit) {
    Role r = role(doc, i, limit);
    return r == null ? null : new Parse(r.end(), r.text(), Optional.empty());
  }

  private int leads(Doc doc, int i, int limit, List<String> lead) {
    while (i < limit && leads.contains(lower(doc.token(i)))) {
      lead.add(doc.token(i).word().replaceAll("-$", ""));
      i++;
      if (i < limit && doc.token(i).word().equals("-")) {
        i++;
      }
    }
    return i;
  }

  /** {@code Iran 's}, {@code the company 's}: a short noun phrase and a possessive marker. */
  private Premod possessor(Doc doc, int i, int limit, int from) {
    Token t0 = doc.token(i);
    if (!(t0.isNoun() || t0.isAdjective() || lower(t0).equals("the"))) {
      return null;
    }
    for (int p = i + 1; p < Math.min(limit, i + 7); p++) {
      Token t = doc.token(p);
      if (isPossessive(t)) {
        boolean person = false;
        for (int k = i; k < p; k++) {
          person |= doc.token(k).ner().equals("PERSON");
        }
        String aff = person ? null : affiliations.normalise(doc, from, p - 1);
        return new Premod(p + 1, aff);
      }
      boolean nominal = t.isNoun() || t.isAdjective() || t.is(Pos.CD);
      if (!nominal) {
        return null;
      }
    }
    return null;
  }

  /** A demonym or country name of up to three tokens: {@code French}, {@code South Korean}, {@code U.S.}. */
  private Premod nationality(Doc doc, int i, int limit) {
    for (int n = Math.min(3, limit - i - 1); n >= 1; n--) {
      String phrase = doc.span(i, i + n - 1).text();
      if (!Character.isUpperCase(phrase.codePointAt(0))) {
        return null;
      }
      Optional<String> c = gaz.country(phrase);
      if (c.isPresent()) {
        return new Premod(i + n, c.get());
      }
      if (n == 1 && gaz.isNationality(phrase)) {
        return new Premod(i + 1, phrase);
      }
    }
    return null;
  }

  /** A run of ORGANIZATION/LOCATION or capitalised non-title tokens: {@code White House}. */
  private Premod entityRun(Doc doc, int i, int limit) {
    int j = i;
    while (j < limit - 1 && isEntityWord(doc.token(j))) {
      j++;
    }
    return j == i ? null : new Premod(j, affiliations.normalise(doc, i, j - 1));
  }

  private boolean isEntityWord(Token t) {
    if (t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION")) {
      return true;
    }
    return t.isProperNoun() && Character.isUpperCase(t.word().codePointAt(0)) && !t.ner().equals("PERSON")
        && !isTitleWord(t) && !gaz.isModifier(t.word());
  }

  /** Modifiers and title words ending in a title word, with an optional {@code of WORD}. */
  private Role role(Doc doc, int i, int limit) {
    int j = i;
    int head = -1;
    while (j < limit && (isRoleWord(doc.token(j))
        || isHyphen(doc.token(j)) && j > i && j + 1 < limit && isRoleWord(doc.token(j + 1)))) {
      if (isTitleWord(doc.token(j))) {
        head = j;
      }
      j++;
    }
    if (head < 0) {
      return null;
    }
    List<String> words = new ArrayList<>();
    boolean glue = false;
    for (int k = i; k <= head; k++) {
      Token t = doc.token(k);
      if (isHyphen(t)) {
        glue = !words.isEmpty();
        continue;
      }
      String phrase = doc.span(k, head).text().replaceAll("\\s+", " ");
      if (k < head && gaz.isDropped(t.word())) {
        continue;
      }
      if (k > i && gaz.expand(t.word()).isPresent() && gaz.expand(doc.token(k - 1).word()).isEmpty()) {
        return null; // an abbreviated title starts a role of its own: "nominee Gov. X" is "Gov."
      }
      boolean ok = k == head || gaz.isModifier(stripHyphen(t.word())) || isTitleWord(t) || gaz.isTitle(phrase)
          || (t.isNoun() && Character.isLowerCase(t.word().codePointAt(0)));
      if (!ok) {
        return null;
      }
      String w = k == head ? baseForm(t) : written(t);
      if (glue) {
        words.set(words.size() - 1, words.get(words.size() - 1) + "-" + w);
        glue = false;
      } else {
        words.add(w);
      }
    }
    int end = head + 1;
    if (end + 1 < limit && lower(doc.token(end)).equals("of")) {
      int c = complementEnd(doc, head, end + 1, limit);
      if (c > end + 1) {
        for (int k = end; k < c; k++) {
          words.add(doc.token(k).word());
        }
        end = c;
      }
    }
    return new Role(end, String.join(" ", words));
  }

  /**
   * The end of a complement that belongs to the role: {@code of State} (the gazetteer knows
   * {@code secretary of state}), {@code of law}, {@code of digital transformation} (lower-case, no
   * determiner), {@code of Staff} (one capitalised word, not a place or organisation).
   */
  private int complementEnd(Doc doc, int head, int k, int limit) {
    Token t = doc.token(k);
    if (gaz.isTitle(doc.token(head).lemma() + " of " + t.word())) {
      return k + 1;
    }
    if (Character.isLowerCase(t.word().codePointAt(0))) {
      int j = k;
      while (j < limit && Character.isLowerCase(doc.token(j).word().codePointAt(0))
          && (doc.token(j).isNoun() || doc.token(j).isAdjective())) {
        j++;
      }
      return j > k && doc.token(j - 1).isNoun() ? j : k;
    }
    if (!t.isNoun() || t.ner().equals("LOCATION") || t.ner().equals("ORGANIZATION")
        || gaz.country(t.word()).isPresent()) {
      return k;
    }
    boolean runOn = k + 1 < limit && doc.token(k + 1).isProperNoun()
        && !doc.token(k + 1).ner().equals("PERSON");
    return runOn ? k : k + 1;
  }

  private static boolean isHyphen(Token t) {
    return t.is(Pos.HYPH) || t.word().equals("-");
  }

  private boolean isRoleWord(Token t) {
    if (t.ner().equals("PERSON") && !isTitleWord(t)) {
      return false;
    }
    if (gaz.expand(t.word()).isPresent() || isTitleWord(t) || gaz.isModifier(stripHyphen(t.word()))) {
      return true;
    }
    return (t.isNoun() || t.isAdjective() || t.is(Pos.VBN) || t.is(Pos.VBG))
        && !t.ner().equals("ORGANIZATION") && !t.ner().equals("LOCATION") && !isPossessive(t);
  }

  boolean isTitleWord(Token t) {
    if (t.isVerb() || t.is(Pos.IN) || t.is(Pos.DT)) {
      return false;
    }
    return gaz.isTitle(t.word()) || gaz.isTitle(t.lemma()) || gaz.expand(t.word()).isPresent();
  }

  /** The title as written, singular, abbreviations spelt out: {@code Sen.} = {@code Senator}. */
  private String baseForm(Token t) {
    Optional<String> full = gaz.expand(t.word());
    if (full.isPresent()) {
      return full.get();
    }
    if (t.hasPluralTag() && !t.lemma().equals(t.word().toLowerCase(Locale.ROOT))) {
      String lemma = t.lemma();
      return Character.isUpperCase(t.word().codePointAt(0))
          ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
    }
    return t.word();
  }

  private String written(Token t) {
    return gaz.expand(t.word()).orElse(t.word());
  }

  private static String stripHyphen(String w) {
    return w.endsWith("-") ? w.substring(0, w.length() - 1) : w;
  }

  static boolean isPossessive(Token t) {
    return t.isPossessive() || t.word().equals("'");
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
