package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;

/**
 * Parses a descriptive noun phrase over tokens, left to right, into a role and an affiliation.
 * The grammar, with {@code TITLE} a {@link Gazetteer} title word or abbreviation:
 * <pre>
 * DESC    := LEAD* DET? LEAD* MEASURE? PREMOD? LEAD* MEASURE? ROLE POST*
 * LEAD    := former | then | ex | retired | then-TITLE    (kept apart: the qualifier)
 * MEASURE := 40-year-old | two-decade | Washington-based  (skipped)
 * PREMOD  := NP 's                                       (possessor: Iran's, the company's, Obama's)
 *          | his | her | its | their                     (possessor: the pronoun's antecedent, found later)
 *          | demonym | country                           (French, U.S.)
 *          | Republican | Democratic                     (party; with a US state: party and state)
 *          | Conservative | Labour | Greens               (parties elsewhere, party-names.txt)
 *          | ORGANIZATION/LOCATION or capitalised run    (White House; the run ends where a title
 *                                                          begins: Republican National Committee | Research Director)
 *          | PERSON run                                  (Hale campaign spokesman, Ortiz spokeswoman)
 * ROLE    := (modifier | title word | noun | adjective)* HEAD [in chief] [of WORD]
 *          | Capitalised, Capitalised and Capitalised TITLE   (Mines, Power and Steel Minister)
 * HEAD    := TITLE, or with {@code lenient} the last common noun (moderator, physicist)
 * POST    := (of|at|for|with|from) AFFNP ['s NOUN*]      (affiliation: the first one wins, "at"/"for"
 *                                                          over a premodifier; Poland's central bank)
 *          | to AFFNP                                    (whom an adviser serves; a posting after ambassador)
 *          | on ORGANISATION                             (the top Republican on the Budget Committee)
 *          | (in|on|of|for) bare noun phrase             (a topic: an expert on trade: skipped)
 *          | and ROLE POST*                              (a second role, for its affiliation only)
 * </pre>
 * An organisation noun inside the role ({@code campaign}, {@code ministry}, {@code police}) ends the
 * affiliation and starts the role: {@code Chinese foreign ministry | spokesman}. Bench words
 * ({@code Opposition}, {@code Shadow}) belong to the role, a level of government ({@code Federal},
 * {@code Union}) to neither; a seat title's {@code for} phrase is a place ({@code MP for Dover}). Affiliations are
 * read and normalised by {@link Affiliations}.
 */
final class DescriptionParser {

  /**
   * A parsed description ending before token {@code end}; {@code qualifier} is a {@code former},
   * {@code then} or {@code ex} that stood before the role and is kept out of it.
   */
  record Parse(int end, String role, Optional<String> affiliation, Optional<String> qualifier, int head,
      Optional<String> party, int pronoun, Optional<String> state) {

    Parse(int end, String role, Optional<String> affiliation, Optional<String> qualifier, int head,
        Optional<String> party) {
      this(end, role, affiliation, qualifier, head, party, -1, Optional.empty());
    }
  }

  /**
   * What stands before a role; {@code pronoun} is the token of a possessive pronoun ({@code his
   * adviser}) whose antecedent is the affiliation, or -1.
   */
  private record Premod(int end, String affiliation, boolean possessive, int pronoun) {

    Premod(int end, String affiliation) {
      this(end, affiliation, false, -1);
    }

    Premod(int end, String affiliation, boolean possessive) {
      this(end, affiliation, possessive, -1);
    }
  }

  /** A role ending before {@code end}; {@code split} is an organisation noun that ends an affiliation before it, or -1. */
  private record Role(int end, String text, int split, int head) {}

  private final Set<String> determiners;
  /** Words before a role that are kept apart from it as its qualifier: {@code former}. */
  private final Set<String> leads;
  /** Prepositions after a role that give the affiliation: {@code spokesman for the ministry}. */
  private final Set<String> affiliationPrepositions;
  /** Prepositions after a role that give a posting or place, or (see {@link #isAffiliation}) whom one serves. */
  private final Set<String> postingPrepositions;
  /** Offices of a party, before which a sentence's first word may be the party: {@code Liberal leader}. */
  private static final Set<String> PARTY_OFFICES = Set.of("leader", "candidate", "nominee", "minister", "peer");

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

  Gazetteer gazetteer() {
    return gaz;
  }

  /**
   * The description starting at token {@code i} and ending before {@code limit}, or null. With
   * {@code lenient}, a role may be any common noun at the head of the phrase ({@code moderator},
   * {@code physicist}), not only a title the gazetteer knows; callers pass it where the grammar says
   * the phrase describes a person (an apposition, a compound before a name).
   */
  Parse parse(Doc doc, int i, int limit, boolean lenient) {
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
    Role role = hyphenLead(doc, i, lead);
    int affStart = i;
    Premod pre = null;
    i = skipMeasure(doc, i, limit);
    int plain = i;
    int past = pastModifiers(doc, i, limit);
    // "a top Trump surrogate", "a senior White House official", "current Democratic nominee": words
    // of the role before whom it serves; tried where the phrase read from its start gives no role
    for (int at : past > i ? new int[] {i, past} : new int[] {i}) {
    if (role != null) {
      break;
    }
    if (at > i) {
      affStart = at;
    }
    i = at;
    for (int option = role == null ? 0 : 6; option < 6 && role == null; option++) {
      pre = switch (option) {
        case 0 -> possessor(doc, i, limit, det < i && lower(doc.token(det)).equals("the") ? det : i);
        case 1 -> nationality(doc, i, limit);
        case 2 -> null;
        case 3 -> partyWord(doc, i, limit);
        case 4 -> entityRun(doc, i, limit, lenient);
        default -> personRun(doc, i, limit);
      };
      if (option == 2) {
        role = role(doc, i, limit, lenient, true, false);
      } else if (pre != null) {
        int r = skipMeasure(doc, leads(doc, pre.end(), limit, lead), limit);
        role = role(doc, r, limit, lenient, !pre.possessive(), !pre.possessive());
        int place = r;
        while (role == null && pre.possessive() && place < limit - 1 && place - r < 4 && isPlaceWord(doc.token(place))) {
          place++; // "Trump's New York doctor", "his Moscow-based lawyer": whose, not where
        }
        if (role == null && place > r) {
          role = role(doc, place, limit, lenient, false, false);
        }
        if (role != null) {
          affiliation = pre.affiliation();
        } else if (option == 0 && at == plain) {
          return null; // "Iran's" and no role after it
        }
      }
    }
    if (role != null && at > plain) {
      role = withModifiers(doc, plain, at, role);
    }
    }
    if (role == null) {
      return null;
    }
    boolean possessive = pre != null && pre.possessive();
    int pronoun = pre != null ? pre.pronoun() : -1;
    if (pronoun >= 0 && (doc.token(role.head()).hasPluralTag() || !isTitleWord(doc.token(role.head()))
        && !gaz.isTitle(role.text()))) {
      return null; // "his leanings", "his surrogates": after a pronoun, only a title describes one person
    }
    boolean premodOnlyFrom = !possessive;
    boolean partyPremod = affiliation != null && Affiliations.partyWord(affiliation).isPresent();
    if (role.split() >= 0 && !possessive) {
      int from = affStart < role.split() && lower(doc.token(affStart)).equals("the") ? affStart + 1 : affStart;
      affiliation = doc.span(from, role.split()).text().replaceAll("\\s+", " ");
      if (Character.isLowerCase(affiliation.codePointAt(0))) {
        affiliation = affiliations.generic(doc, from, role.split());
      }
    }
    Optional<String> qualifier = lead.isEmpty() ? Optional.empty() : Optional.of(lead.get(0).toLowerCase(Locale.ROOT));
    String headLemma = doc.token(role.head()).lemma();
    boolean premodOnly = affiliation != null && premodOnlyFrom;
    int j = role.end();
    while (j < limit) {
      String w = lower(doc.token(j));
      if (j + 2 < limit && (w.equals("at") || w.equals("for")) && lower(doc.token(j + 1)).equals("the")
          && Affiliations.isTimeNoun(doc.token(j + 2))) {
        j += 3; // "the American ambassador at the time, X": when, not whom for
        continue;
      }
      if (affiliationPrepositions.contains(w) || postingPrepositions.contains(w)) {
        Affiliations.Found a = affiliations.phrase(doc, j + 1, limit);
        if (a == null) {
          int bare = bareEnd(doc, j + 1, limit);
          if (bare < 0) {
            break;
          }
          j = bare; // "an expert on trade at X", "senior associate for education organizing at X"
          continue;
        }
        boolean taken = false;
        boolean place = doc.token(a.end() - 1).ner().equals("LOCATION");
        // "Conservative MP for Dover": the seat is a place, the party before the title whom one acts for
        boolean seat = w.equals("for") && gaz.isSeatTitle(headLemma);
        if ((affiliation == null || premodOnly && !seat && (w.equals("at") || w.equals("for") || partyPremod && !place))
            && isAffiliation(doc, w, headLemma, j + 1, a)) {
          affiliation = a.text(); // "a Korea scholar at the Center for …": where one works beats a premodifier
          premodOnly = false;
          taken = true;
        }
        j = a.end();
        if (j < limit && isPossessive(doc.token(j))) {
          int bare = bareEnd(doc, j + 1, limit); // "at New York University's law school", "in Scott's district"
          if (bare < 0) {
            break;
          }
          if (taken && gaz.isOrganisationNoun(doc.token(bare - 1).lemma())) {
            int from = firstWord(doc, j);
            affiliation = doc.span(from, bare - 1).text().replaceAll("\\s+", " "); // "Poland's central bank"
          }
          j = bare;
        }
      } else if (w.equals("and") && j + 1 < limit) {
        Parse second = parse(doc, j + 1, limit, lenient);
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
    Optional<String> party = partyPremod ? Affiliations.partyWord(pre.affiliation()) : Optional.empty();
    Optional<String> state = Optional.empty();
    Optional<Affiliations.PartyTag> tag = pre == null || possessive || !pre.affiliation().equals(affiliation)
        ? Optional.empty() : affiliations.partyAndState(affiliation);
    if (tag.isPresent()) {
      // "Republican South Carolina Sen.", "South Carolina Republican Sen.": party and state, the party whom one acts for
      affiliation = tag.get().party();
      party = Optional.of(tag.get().party());
      state = tag.get().state();
    }
    return new Parse(j, role.text(), Optional.ofNullable(affiliation), qualifier, role.head(), party,
        affiliation == null ? pronoun : -1, state);
  }

  /**
   * Whether {@code PREP phrase} after a role names whom the person acts for: {@code of}, {@code at},
   * {@code for}, {@code with}, {@code from} do; {@code to} does after a title that is not a posting
   * and before a name ({@code adviser to the Hale campaign}, not {@code ambassador to France});
   * {@code on} before an organisation ({@code the top Republican on the Budget Committee}).
   */
  private boolean isAffiliation(Doc doc, String preposition, String headLemma, int at, Affiliations.Found a) {
    if (affiliationPrepositions.contains(preposition)) {
      return true;
    }
    int first = at < doc.tokens().size() && lower(doc.token(at)).equals("the") ? at + 1 : at;
    boolean named = first < a.end() && Character.isUpperCase(doc.token(first).word().codePointAt(0));
    return switch (preposition) {
      case "to" -> named && !gaz.isPostingTitle(headLemma);
      case "on" -> named && doc.token(first).ner().equals("ORGANIZATION");
      default -> false;
    };
  }

  /** The end of a bare lower-case noun phrase ({@code trade}, {@code education organizing}), or -1. */
  private static int bareEnd(Doc doc, int i, int limit) {
    int j = i;
    while (j < limit && j - i < 5 && Character.isLowerCase(doc.token(j).word().codePointAt(0))
        && (doc.token(j).isNoun() || doc.token(j).pos().startsWith("JJ") || doc.token(j).pos().equals("VBG"))) {
      j++;
    }
    return j > i && !doc.token(j - 1).pos().startsWith("JJ") ? j : -1;
  }

  /** The role at {@code i} alone, without determiner or premodifier, or null. */
  Parse bareRole(Doc doc, int i, int limit) {
    Role r = role(doc, i, limit, false, true, false);
    return r == null ? null : new Parse(r.end(), r.text(), Optional.empty(), Optional.empty(), r.head(),
        Optional.empty());
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
    if (t0.pos().equals("PRP$") && i + 1 < limit) {
      return new Premod(i + 1, null, true, i); // "his senior adviser": whose is the pronoun's antecedent
    }
    if (!(t0.isNoun() || t0.pos().startsWith("JJ") || lower(t0).equals("the"))) {
      return null;
    }
    for (int p = i + 1; p < Math.min(limit, i + 7); p++) {
      Token t = doc.token(p);
      if (isPossessive(t)) {
        int name = -1;
        for (int k = i; k < p; k++) {
          if (doc.token(k).ner().equals("PERSON") && name < 0) {
            name = k;
          }
        }
        // a person's: the person, without a title before the name (President Trump's lawyer: Trump)
        String aff = name >= 0 ? doc.span(name, p - 1).text().replaceAll("\\s+", " ")
            : affiliations.normalise(doc, from, p - 1);
        return new Premod(p + 1, aff, true);
      }
      boolean nominal = t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("CD") || inName(doc, p);
      if (!nominal) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code of} or {@code for} between capitalised words: inside a name ({@code the Bank [of]
   * England's chief economist}, {@code the Business Council [of] Australia's}), so that the
   * possessor is the whole name, not its last words.
   */
  private static boolean inName(Doc doc, int p) {
    String w = lower(doc.token(p));
    return (w.equals("of") || w.equals("for")) && p > 0 && p + 1 < doc.tokens().size()
        && doc.token(p - 1).isProperNoun() && doc.token(p + 1).isProperNoun();
  }

  /**
   * Past lower-case modifiers and dropped words ({@code top}, {@code senior}, {@code current}) and
   * bench words in any case ({@code Opposition}) before a premodifier.
   */
  private int pastModifiers(Doc doc, int i, int limit) {
    int j = i;
    while (j < limit - 1 && j - i < 3 && (gaz.isBenchWord(doc.token(j).word())
        || Character.isLowerCase(doc.token(j).word().codePointAt(0))
        && (gaz.isModifier(doc.token(j).word()) || gaz.isDropped(doc.token(j).word())))) {
      j++;
    }
    return j;
  }

  /** The role with the modifiers of {@code [from, to)} before it; dropped words left out. */
  private Role withModifiers(Doc doc, int from, int to, Role role) {
    List<String> words = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!gaz.isDropped(doc.token(k).word())) {
        words.add(doc.token(k).word());
      }
    }
    words.add(role.text());
    return new Role(role.end(), String.join(" ", words), role.split(), role.head());
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

  /**
   * {@code Republican}, {@code Democratic} before a role: the party; {@code Conservative},
   * {@code Labour}, {@code Greens} (capitalised, from {@code party-names.txt}): that party as written,
   * but an adjective that opens the sentence, where its capital says nothing, only before a seat or
   * party office ({@code Conservative MP}, {@code Liberal leader}; not {@code Conservative economist}).
   */
  private Premod partyWord(Doc doc, int i, int limit) {
    Token t = doc.token(i);
    Optional<String> party = Affiliations.partyWord(t.word());
    if (party.isEmpty() && isPartyName(t) && i + 1 < limit && (!isSentenceStart(doc, i) || !t.pos().startsWith("JJ")
        || gaz.isSeatTitle(doc.token(i + 1).lemma()) || PARTY_OFFICES.contains(lower(doc.token(i + 1))))) {
      party = Optional.of(t.word());
    }
    if (party.isEmpty() || !Character.isUpperCase(t.word().codePointAt(0)) || i + 1 >= limit) {
      return null;
    }
    Token next = doc.token(i + 1);
    if (isPartyName(t) && i + 2 < limit && Character.isUpperCase(next.word().codePointAt(0))
        && (Affiliations.partyWord(next.word()).isPresent() || next.lemma().equalsIgnoreCase("party"))) {
      return new Premod(i + 2, t.word() + " " + next.word()); // "Liberal Democrat leader", "Labour Party candidate"
    }
    return new Premod(i + 1, party.get());
  }

  private static boolean isSentenceStart(Doc doc, int i) {
    return doc.sentences().get(doc.token(i).sentence()).firstToken() == i;
  }

  private boolean isPartyName(Token t) {
    return affiliations.isPartyName(t);
  }

  /**
   * Past a year, an age, a duration or a base before a role: {@code 2012}, {@code 40-year-old},
   * {@code two-decade}, {@code Washington-based}, {@code South Florida-based}.
   */
  private static int skipMeasure(Doc doc, int i, int limit) {
    if (i > 0 && i + 1 < limit && doc.token(i).pos().equals("CD") && doc.token(i).word().matches("(18|19|20)\\d\\d")
        && doc.token(i - 1).pos().matches("POS|DT|PRP\\$")) {
      i++; // a year after a determiner or possessive: "the party's 2012 nominee" (not "In July 2015 President X")
    }
    int j = i;
    while (j < limit && j - i < 4 && (doc.token(j).pos().equals("CD") || doc.token(j).isNoun()
        || doc.token(j).pos().startsWith("JJ"))) {
      j++;
      if (j + 1 < limit && isHyphen(doc.token(j))) {
        String next = lower(doc.token(j + 1));
        if (next.equals("based") || next.equals("old") || next.equals("year") || next.equals("decade")
            || next.equals("time") && lower(doc.token(j - 1)).equals("long")
            || doc.token(i).pos().equals("CD")) {
          int k = j + 1;
          while (k + 1 < limit && isHyphen(doc.token(k + 1))) {
            k += 2;
          }
          if (k + 1 < limit && (next.equals("based") || next.equals("time") || doc.token(i).pos().equals("CD"))) {
            return k + 1;
          }
        }
      }
    }
    return i;
  }

  /** A run of ORGANIZATION/LOCATION or capitalised non-title tokens: {@code White House}. */
  private Premod entityRun(Doc doc, int i, int limit, boolean lenient) {
    if (gaz.isBenchWord(doc.token(i).word())) {
      return null; // "Opposition Congress party leader": the side is the role's, the Congress party whom it leads
    }
    int j = i;
    while (j < limit - 1 && (isEntityWord(doc.token(j)) || j > i && (lower(doc.token(j)).equals("of")
        || doc.token(j).word().equals("&")) && j + 2 < limit && isEntityWord(doc.token(j + 1)))) {
      j++; // "Bank of England Governor", "Department of Homeland Security spokesman"
    }
    // where the organisation ends and the title begins: the longest organisation that leaves a role,
    // not cutting a title in two ("Republican National Committee | Research Director") unless an
    // organisation noun ends it ("Ohio Democratic Party | Chairman")
    for (int e = j; e > i; e--) {
      Token last = doc.token(e - 1);
      if (e < j && startsTitle(doc, e - 1, limit) && !gaz.isOrganisationNoun(last.lemma())) {
        continue;
      }
      if (e == j || role(doc, e, limit, lenient, true, true) != null) {
        if (e == i + 1 && gaz.isGovernmentLevel(doc.token(i).word())) {
          return null; // "Federal Health Minister": a level of government, no organisation
        }
        if (e < j || !startsTitle(doc, e - 1, limit) || gaz.isOrganisationNoun(last.lemma())) {
          return new Premod(e, affiliations.normalise(doc, i, e - 1));
        }
      }
    }
    return null;
  }


  /** {@code Hale campaign spokesman}, {@code Ortiz communications director}: a person the role serves. */
  private Premod personRun(Doc doc, int i, int limit) {
    int j = i;
    while (j < limit - 1 && doc.token(j).ner().equals("PERSON") && doc.token(j).isProperNoun()
        && !isTitleWord(doc.token(j))) {
      j++;
    }
    return j == i ? null : new Premod(j, doc.span(i, j - 1).text().replaceAll("\\s+", " "));
  }

  /** The end of {@code Mines, Power and Steel Minister} at {@code i}, or -1: capitalised words with commas and one {@code and}, ending in a title. */
  private int titleCaseList(Doc doc, int i, int limit) {
    int and = 0;
    int commas = 0;
    for (int j = i; j < limit && j - i < 10; j++) {
      Token t = doc.token(j);
      String w = t.word();
      if (w.equals(",")) {
        commas++;
      } else if (w.equals("and") || w.equals("&")) {
        and++;
      } else if (!Character.isUpperCase(w.codePointAt(0)) || t.ner().equals("PERSON") || t.ner().equals("LOCATION")) {
        return -1; // "Trump and Texas Sen. Ted Cruz": people and places are no portfolios
      } else if (isTitleWord(t) && gaz.expand(w).isEmpty() && (commas > 0 || and > 0) && and <= 1
          && !doc.token(j - 1).word().equals(",") && !lower(doc.token(j - 1)).equals("and")) {
        return j + 1;
      }
      if (and > 1 || j == i && (w.equals(",") || w.equals("and"))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a title of two or three words, starting at {@code i} or later, ends at {@code j}. */
  private boolean endsTitle(Doc doc, int i, int j) {
    for (int k = Math.max(i, j - 2); k < j; k++) {
      if (gaz.isTitle(doc.span(k, j).text().replaceAll("\\s+", " "))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a title of two or three words starts at {@code j}: {@code Majority Leader}, {@code Research Director}. */
  private boolean startsTitle(Doc doc, int j, int limit) {
    for (int n = 2; n <= 3 && j + n <= limit; n++) {
      if (gaz.isTitle(doc.span(j, j + n - 1).text().replaceAll("\\s+", " "))) {
        return true;
      }
    }
    return false;
  }

  /** {@code Then-Governor}, {@code ex-minister} as one token: the lead apart, the title as the role. */
  private Role hyphenLead(Doc doc, int i, List<String> lead) {
    if (i >= doc.tokens().size()) {
      return null;
    }
    String w = doc.token(i).word();
    int dash = w.indexOf('-');
    if (dash <= 0 || dash == w.length() - 1 || !leads.contains(w.substring(0, dash).toLowerCase(Locale.ROOT))) {
      return null;
    }
    String title = w.substring(dash + 1);
    if (!gaz.isTitle(title) && gaz.expand(title).isEmpty()) {
      return null;
    }
    lead.add(w.substring(0, dash));
    return new Role(i + 1, gaz.expand(title).orElse(title), -1, i);
  }

  /** The first token of the capitalised run that ends before the possessive at {@code pos}. */
  private static int firstWord(Doc doc, int pos) {
    int k = pos;
    while (k > 0 && Character.isUpperCase(doc.token(k - 1).word().codePointAt(0)) && pos - k < 8) {
      k--;
    }
    return k;
  }

  private boolean isEntityWord(Token t) {
    if (t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION")
        || Affiliations.partyWord(t.word()).isPresent() && Character.isUpperCase(t.word().codePointAt(0))) {
      return true; // "House Democratic leader"
    }
    return (t.isProperNoun() || isAcronym(t) && !gaz.isCommonAcronym(t.word())) && Character.isUpperCase(t.word().codePointAt(0))
        && !t.ner().equals("PERSON") && !isTitleWord(t) && !gaz.isModifier(t.word());
  }

  private static boolean isCapitalised(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0));
  }

  /**
   * A capitalised adjective inside a role that is no title, modifier, party or country:
   * {@code Catholic}, {@code Latino}; a role reads past it.
   */
  private boolean isOtherProperAdjective(Token t) {
    return t.pos().equals("JJ") && isCapitalised(t) && !isTitleWord(t) && !isPartyName(t)
        && !gaz.isModifier(stripHyphen(t.word())) && Affiliations.partyWord(t.word()).isEmpty()
        && gaz.country(t.word()).isEmpty();
  }

  /** {@code RT}, {@code C2I}: a word of capitals and digits that the tagger may call a common noun. */
  static boolean isAcronym(Token t) {
    String w = t.word();
    return w.length() > 1 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** Modifiers and title words ending in a title word, with an optional {@code of WORD}. */
  private Role role(Doc doc, int i, int limit, boolean lenient, boolean split, boolean afterName) {
    int j = i;
    int head = -1;
    int noun = -1;
    int listEnd = titleCaseList(doc, i, limit);
    if (listEnd > 0) {
      // "Mines, Power and Steel Minister": a title-case list of portfolios before a title
      return new Role(listEnd, doc.span(i, listEnd - 1).text().replaceAll("\\s+", " "), -1, listEnd - 1);
    }
    while (j < limit && (isRoleWord(doc.token(j)) || startsTitle(doc, j, limit)
        || isHyphen(doc.token(j)) && j > i && j + 1 < limit && isRoleWord(doc.token(j + 1)))) {
      Token t = doc.token(j);
      if (isTitleWord(t) || endsTitle(doc, i, j)) {
        head = j; // "Chief Justice": a title of several words whose last word alone is none
      } else if (t.isNoun() && (!t.isProperNoun() || Affiliations.partyWord(t.word()).isPresent())
          && !gaz.isNotRole(t.lemma())) {
        noun = j; // "the moderator", "the top Democrat on the committee"
      }
      j++;
    }
    if (lenient && noun > head) {
      head = noun; // a role no list holds: "the moderator", "a marine biologist", "chief financial officer"
    }
    if (head < 0 || gaz.isNotRole(doc.token(head).lemma())) {
      return null;
    }
    if (head + 1 < limit && isCapitalised(doc.token(head)) && isCapitalised(doc.token(head + 1))
        && gaz.isOrganisationNoun(doc.token(head + 1).lemma())) {
      return null; // "Justice Department spokeswoman": the title word names the body
    }
    int at = -1;
    for (int k = i; split && k < head; k++) {
      // after a place or name the body is theirs even where it makes a title: "Tulsa police | Chief"
      if (gaz.isOrganisationNoun(doc.token(k).lemma()) && !gaz.isGovernmentLevel(doc.token(k).word())
          && (afterName || !gaz.isTitle(doc.span(k, head).text().replaceAll("\\s+", " ")))) {
        at = k; // "campaign spokesman": the campaign is whom the spokesman speaks for
      }
    }
    if (at >= 0) {
      i = at + 1;
    }
    List<String> words = new ArrayList<>();
    boolean glue = false;
    boolean added = false; // the token before was added: a hyphen after it glues the next word on
    int sentenceStart = doc.sentences().get(doc.token(i).sentence()).firstToken();
    // a listed title reads past an origin before it; a noun no list holds may be no role at all
    // ("a rare Cuban-American outlier")
    boolean listed = isTitleWord(doc.token(head));
    for (int k = i; k <= head; k++) {
      Token t = doc.token(k);
      if (isHyphen(t)) {
        glue = added;
        continue;
      }
      String phrase = doc.span(k, head).text().replaceAll("\\s+", " ");
      if (k < head && (gaz.isDropped(t.word()) || t.pos().equals("JJS") || t.pos().equals("JJR")
          || gaz.isGovernmentLevel(t.word()) && isTitleWord(doc.token(head)))) {
        added = glue = false;
        continue; // "closest aides", "an older delegate": no part of the role
      }
      if (listed && k + 2 < head && k > sentenceStart && isHyphen(doc.token(k + 1)) && isCapitalised(t)
          && isCapitalised(doc.token(k + 2)) && !isTitleWord(doc.token(k + 2))) {
        k += 2;
        added = glue = false;
        continue; // "a famous Mexican-American reporter": an origin, no part of the role
      }
      if (listed && k < head && k > sentenceStart && t.pos().equals("VBN") && !gaz.isModifier(stripHyphen(t.word()))
          && !isTitleWord(t) && doc.token(k - 1).pos().matches("POS|DT|PRP\\$")) {
        added = glue = false;
        continue; // "his fired campaign manager": what befell them is no part of the role (not "led former …")
      }
      if (listed && k < head && k > sentenceStart && isOtherProperAdjective(t)) {
        added = glue = false;
        continue; // "a Catholic priest", "a Latino voter": the role is the noun's
      }
      if (k < head && isPartyName(t) && partyWord(doc, k, head + 1) != null) {
        return null; // "Nationals leader": the party is whom the role serves, read as a premodifier
      }
      if (k > i && gaz.expand(t.word()).isPresent() && gaz.expand(doc.token(k - 1).word()).isEmpty()) {
        return null; // an abbreviated title starts a role of its own: "nominee Gov. X" is "Gov."
      }
      boolean ok = k == head || gaz.isModifier(stripHyphen(t.word())) || isTitleWord(t) || gaz.isTitle(phrase)
          || isPortfolio(doc, k, head)
          || t.isNoun() && (!t.isProperNoun() || Character.isLowerCase(t.word().codePointAt(0)))
          || t.pos().startsWith("JJ") && Character.isLowerCase(t.word().codePointAt(0));
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
      added = true;
    }
    int end = head + 1;
    if (end + 1 < limit && lower(doc.token(end)).equals("in") && lower(doc.token(end + 1)).equals("chief")) {
      words.add("in chief"); // editor in chief, commander in chief
      end += 2;
    } else if (end + 3 < limit && isHyphen(doc.token(end)) && lower(doc.token(end + 1)).equals("in")
        && isHyphen(doc.token(end + 2)) && lower(doc.token(end + 3)).equals("chief")) {
      words.set(words.size() - 1, words.get(words.size() - 1) + "-in-chief"); // commander-in-chief
      end += 4;
    }
    if (end + 1 < limit && lower(doc.token(end)).equals("of")) {
      int c = complementEnd(doc, head, end + 1, limit);
      if (c > end + 1) {
        for (int k = end; k < c; k++) {
          words.add(doc.token(k).word());
        }
        end = c;
      }
    }
    return new Role(end, String.join(" ", words), at, head);
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
    if (k + 1 < limit && lower(t).equals("the") && doc.token(k + 1).ner().equals("O")
        && gaz.isTitle(doc.token(head).lemma() + " of the " + doc.token(k + 1).word())) {
      return k + 2; // "Chancellor of the Exchequer" (not "secretary of the Treasury", an organisation whom one serves)
    }
    if (Character.isLowerCase(t.word().codePointAt(0))) {
      int j = k;
      while (j < limit && Character.isLowerCase(doc.token(j).word().codePointAt(0))
          && (doc.token(j).isNoun() || doc.token(j).pos().startsWith("JJ"))) {
        j++;
      }
      return j > k && doc.token(j - 1).isNoun() ? j : k;
    }
    boolean titleCase = Character.isUpperCase(doc.token(head).word().codePointAt(0));
    if (!t.isNoun() || (t.isProperNoun() || isAcronym(t) && !gaz.isCommonAcronym(t.word())) && !titleCase || t.ner().equals("LOCATION")
        || t.ner().equals("ORGANIZATION") || gaz.country(t.word()).isPresent()) {
      return k; // "a founder of C2I": a name is whom one works for; "Chief of Staff" is a title
    }
    boolean runOn = k + 1 < limit && doc.token(k + 1).isProperNoun()
        && !doc.token(k + 1).ner().equals("PERSON");
    return runOn ? k : k + 1;
  }

  /** A capitalised word of a place or organisation name, or {@code -based} after one. */
  private static boolean isPlaceWord(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0))
        && (t.ner().equals("LOCATION") || t.ner().equals("ORGANIZATION"));
  }

  /**
   * {@code Brexit minister}, {@code Agriculture Secretary}: one capitalised proper noun the tagger
   * calls no place, organisation or person, right before {@code minister} or {@code secretary}, is
   * the portfolio, part of the role. Train (840 articles), one capitalised word right before
   * {@code minister}/{@code secretary} mid-sentence, past titles, parties and demonyms (Prime, Deputy, Press,
   * Foreign, French): 26 portfolios (Treasury 11, Defense/Defence 6, Agriculture 3, Education 2,
   * Labor 2, Cabinet 1, Homeland Security 1), 4 places (Missouri, Ohio, California, Cleveland) and 2
   * organisations (Auto Workers, Communications Office): the tagger's place and organisation tags
   * are what tells those apart.
   */
  private boolean isPortfolio(Doc doc, int k, int head) {
    Token t = doc.token(k);
    String h = doc.token(head).lemma().toLowerCase(Locale.ROOT);
    return k == head - 1 && (h.equals("minister") || h.equals("secretary")) && t.isProperNoun()
        && t.ner().equals("O") && Character.isUpperCase(t.word().codePointAt(0)) && !isAcronym(t)
        && Affiliations.partyWord(t.word()).isEmpty() && !isPartyName(t) && gaz.country(t.word()).isEmpty()
        && !gaz.isNationality(t.word());
  }

  private static boolean isHyphen(Token t) {
    return t.pos().equals("HYPH") || t.word().equals("-");
  }

  private boolean isRoleWord(Token t) {
    if (t.ner().equals("PERSON") && !isTitleWord(t)) {
      return false;
    }
    if (gaz.expand(t.word()).isPresent() || isTitleWord(t) || gaz.isModifier(stripHyphen(t.word()))) {
      return true;
    }
    if (isAcronym(t) && !gaz.isCommonAcronym(t.word())) {
      return false; // "the RT host": whom the host works for
    }
    return (t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("VBN") || t.pos().equals("VBG"))
        && !t.ner().equals("ORGANIZATION") && !t.ner().equals("LOCATION") && !isPossessive(t);
  }

  boolean isTitleWord(Token t) {
    if (t.pos().startsWith("VB") || t.pos().equals("IN") || t.pos().equals("DT")) {
      return false;
    }
    return gaz.isTitle(t.word()) || gaz.isTitle(t.lemma()) || gaz.expand(t.word()).isPresent()
        || singular(t).map(gaz::isTitle).orElse(false);
  }

  /** {@code Senators} (a plural proper noun the lemmatiser leaves alone): {@code Senator}. */
  private static Optional<String> singular(Token t) {
    String w = t.word();
    return t.hasPluralTag() && w.length() > 3 && w.endsWith("s") ? Optional.of(w.substring(0, w.length() - 1))
        : Optional.empty();
  }

  /** The title as written, singular, abbreviations spelt out: {@code Sen.} = {@code Senator}. */
  private String baseForm(Token t) {
    Optional<String> full = gaz.expand(t.word());
    if (full.isPresent()) {
      return full.get();
    }
    if (t.hasPluralTag() && t.lemma().equals(t.word().toLowerCase(Locale.ROOT)) && singular(t).isPresent()
        && !gaz.isTitle(t.word()) && gaz.isTitle(singular(t).get())) {
      return singular(t).get();
    }
    if (t.pos().endsWith("S") && !t.lemma().equals(t.word().toLowerCase(Locale.ROOT))) {
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
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s") || t.word().equals("'")
        || t.word().equals("’") && t.pos().equals("POS");
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
