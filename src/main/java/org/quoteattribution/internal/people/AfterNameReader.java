package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;

/**
 * Reads what the text says of a person right after their name, for {@link RoleFinder}: a party tag
 * {@code (R-Neb.)}; an appositive {@code , Iran's deputy ambassador to Azerbaijan,} or {@code , a
 * Democrat from Missouri,} (an age {@code , 45,} may come first; a party tag may run into a relative
 * clause: {@code , the Illinois Democrat who heads the Ways and Means Committee,}), or one set off by
 * dashes or brackets; a relative clause {@code , who heads the agency,}; {@code of/at/from
 * ORGANISATION}, with an office after it ({@code of Washington, the majority leader,}); or a predicate
 * with the name as its subject ({@code X is now president of Y}, {@code X joined Pfizer}).
 */
final class AfterNameReader {

  private static final int MAX_CLAUSE = 15;

  private final DescriptionParser parser;
  /** Adverbs after {@code who}: {@code who now heads}. */
  private final Set<String> relativeClauseAdverbs;
  /** Prepositions right after a name that give the affiliation: {@code John Smith of X}. */
  private final Set<String> namePrepositions;
  /** {@code who}, {@code that}: a relative clause that may describe the person. */
  private final Set<String> relativePronouns;
  /** {@code serve}, {@code work}: verbs that take a role after {@code as}. */
  private final Set<String> roleAsVerbs;
  /** {@code write}, {@code report}: verbs whose {@code for} names the publication one writes for. */
  private final Set<String> writingVerbs;
  /** {@code join}: verbs whose object is the organisation one works for. */
  private final Set<String> employerVerbs;
  private final Names names;

  AfterNameReader(DescriptionParser parser, WordLists words) {
    this.parser = parser;
    this.relativeClauseAdverbs = words.set("relative-clause-adverbs");
    this.namePrepositions = words.set("name-prepositions");
    this.relativePronouns = words.set("relative-pronouns");
    this.roleAsVerbs = words.set("role-as-verbs");
    this.writingVerbs = words.set("writing-verbs");
    this.employerVerbs = words.set("employer-verbs");
    this.names = new Names(words);
  }

  /** {@code (R-Neb.)}, {@code (Ky.)} right after the name: party and state. */
  Description partyTag(Doc doc, int last, int sentenceEnd) {
    int close = bracketEnd(doc, last + 1, sentenceEnd);
    if (close < 0) {
      return Description.NONE;
    }
    return tag(doc, last + 2, close - 1);
  }

  /** Tokens {@code [from, to]} as a party tag ({@code R-Neb.}, {@code D-Conn}) or a state ({@code Ky.}). */
  private Description tag(Doc doc, int from, int to) {
    String text = doc.span(from, to).text();
    Optional<Affiliations.PartyTag> t = parser.affiliations().partyTag(text);
    Span evidence = doc.span(from, to);
    if (t.isPresent()) {
      return new Description(Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(t.get().party()), t.get().state(), List.of(evidence));
    }
    Optional<String> state = parser.gazetteer().state(text.replaceAll("\\s+", " "));
    if (state.isPresent() && Character.isUpperCase(text.codePointAt(0))) {
      return new Description(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), state,
          List.of(evidence));
    }
    return Description.NONE;
  }

  /** The index of the closing bracket of a bracket opening at {@code i}, or -1. */
  private static int bracketEnd(Doc doc, int i, int sentenceEnd) {
    if (i >= sentenceEnd || !isOpenBracket(doc.token(i))) {
      return -1;
    }
    for (int close = i + 2; close < sentenceEnd && close < i + 10; close++) {
      if (isCloseBracket(doc.token(close))) {
        return close;
      }
    }
    return -1;
  }

  /** Appositive, party tag, relative clause or {@code of ORGANISATION} after the name, past a bracket. */
  Description after(Doc doc, int last, int sentenceEnd) {
    int i = last + 1;
    int close = bracketEnd(doc, i, sentenceEnd);
    if (close > 0 && partyTag(doc, last, sentenceEnd).isEmpty()) {
      // "X (a spokesman for the interior ministry) said": an appositive in brackets
      Description inside = setOff(doc, i + 1, close);
      if (!inside.isEmpty()) {
        return inside;
      }
    }
    if (close > 0) {
      i = close + 1;
    }
    Description d = Description.NONE;
    if (i < sentenceEnd && isDash(doc.token(i))) {
      // "X — the chief executive of Nordvik Energy — said": an appositive between dashes
      int end = i + 1;
      while (end < sentenceEnd && end - i <= MAX_CLAUSE && !isDash(doc.token(end))) {
        end++;
      }
      return end - i > MAX_CLAUSE ? Description.NONE : setOff(doc, i + 1, end);
    }
    if (i < sentenceEnd && doc.token(i).word().equals(",")) {
      i++;
      if (i + 1 < sentenceEnd && (doc.token(i).pos().equals("CD") || isSuffix(doc.token(i)))
          && doc.token(i + 1).word().equals(",")) {
        i += 2; // "X, 45, …", "X, Sr., …"
      }
      d = partyAppositive(doc, i, sentenceEnd);
      if (d.isEmpty()) {
        d = appositiveAfter(doc, i, sentenceEnd);
      }
      if (d.isEmpty()) {
        d = ofAfter(doc, i, sentenceEnd); // "Peter Smith, of the First Baptist Church,"
      }
      if (d.isEmpty()) {
        d = predicate(doc, last, i, sentenceEnd); // "X, 53, has headed the Bank of Russia"
      }
    } else {
      d = ofAfter(doc, i, sentenceEnd);
      if (!d.isEmpty()) {
        d = withAppositive(doc, last, i, sentenceEnd, d);
      }
      if (d.isEmpty()) {
        d = predicate(doc, last, i, sentenceEnd);
      }
    }
    return d;
  }

  /**
   * {@code Thomas Foley of Washington, the majority leader,}: an appositive after the {@code of}
   * phrase gives the role where it is a listed title apposed to the name, not to the phrase
   * ({@code X of Berenberg, a German private bank,} describes the bank; {@code Gov. X of Mississippi,
   * a Cruz supporter,} no office); the {@code of} phrase stays the affiliation.
   */
  private Description withAppositive(Doc doc, int last, int i, int sentenceEnd, Description of) {
    Affiliations.Found a = parser.affiliations().phrase(doc, i + 1, sentenceEnd);
    if (a == null || a.end() + 1 >= sentenceEnd || !doc.token(a.end()).word().equals(",")) {
      return of;
    }
    DescriptionParser.Parse p = parser.parse(doc, a.end() + 1, sentenceEnd, true);
    boolean place = doc.token(a.end() - 1).ner().equals("LOCATION"); // a place is no office holder's
    if (p == null || doc.token(p.head()).head() > last && !place || !parser.isTitleWord(doc.token(p.head()))) {
      return of;
    }
    Description app = appositiveAfter(doc, a.end() + 1, sentenceEnd);
    if (app.role().isEmpty()) {
      return of;
    }
    List<Span> evidence = new ArrayList<>(of.evidence());
    evidence.addAll(app.evidence());
    return new Description(app.role(), of.affiliation(), app.qualifier(), app.party(), app.state(), evidence);
  }

  /**
   * {@code X is now president of the American Action Forum}, {@code X served as director of the
   * Congressional Budget Office}, {@code X heads the Transport Workers Union}: the name as a subject,
   * and a predicate read as a relative clause is, where it names whom the person acts for.
   */
  private Description predicate(Doc doc, int last, int i, int sentenceEnd) {
    if (i >= sentenceEnd || !doc.token(last).relIs(Rel.NSUBJ)
        || !(doc.token(i).isVerb() || relativeClauseAdverbs.contains(DescriptionParser.lower(doc.token(i))))) {
      return Description.NONE;
    }
    int v = i;
    while (v < sentenceEnd && (relativeClauseAdverbs.contains(DescriptionParser.lower(doc.token(v)))
        || doc.token(v).rel().equals("aux"))) {
      v++;
    }
    // a copula, "served as", or a verb of heading with an organisation the tagger knows: "X leads
    // Trump", "X spoke at Y" say nothing of a role
    Token verb = v < sentenceEnd ? doc.token(v) : null;
    boolean copula = verb != null && (verb.lemma().equals("be") || roleAsVerbs.contains(verb.lemma())
        && v + 1 < sentenceEnd && DescriptionParser.lower(doc.token(v + 1)).equals("as"));
    if (verb != null && v + 1 < sentenceEnd) {
      // "X works for the World Bank", "X joined Pfizer in 2009": the employer, no role
      String next = DescriptionParser.lower(doc.token(v + 1));
      int at = verb.lemma().equals("work") && (next.equals("for") || next.equals("at")) ? v + 2
          : employerVerbs.contains(verb.lemma()) ? v + 1 : -1;
      Affiliations.Found a = at < 0 || at >= sentenceEnd ? null : parser.affiliations().phrase(doc, at, sentenceEnd);
      if (a != null && doc.token(a.end() - 1).ner().equals("ORGANIZATION")) {
        return new Description(Optional.empty(), Optional.of(a.text()), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(doc.span(v, a.end() - 1)));
      }
    }
    boolean heads = verb != null && parser.verbRole(verb.lemma()).isPresent();
    Description d = copula || heads ? relative(doc, i, sentenceEnd) : Description.NONE;
    if (copula && d.role().map(r -> !parser.gazetteer().isTitle(r)
        && Arrays.stream(r.split(" ")).noneMatch(parser.gazetteer()::isTitle)).orElse(false)) {
      return Description.NONE; // "X is a threat to America's democracy": a predicate names a title, or nothing
    }
    boolean named = d.role().isPresent() && d.affiliation().map(a -> Character.isUpperCase(a.codePointAt(0))).orElse(false);
    if (heads && named && !copula) {
      Affiliations.Found a = parser.affiliations().phrase(doc, v + 1, sentenceEnd);
      boolean capitalised = named;
      named = false;
      for (int k = v + 1; capitalised && a != null && k < a.end(); k++) {
        Token t = doc.token(k); // "the Bank of Russia": a word of an organisation, whatever the tagger makes of the rest
        named |= t.ner().equals("ORGANIZATION") || parser.gazetteer().isOrganisationNoun(t.lemma());
      }
    }
    return named ? d : Description.NONE;
  }

  /** {@code of/at/from ORGANISATION} right after a name, or {@code for} an organisation the tagger knows. */
  private Description ofAfter(Doc doc, int i, int sentenceEnd) {
    Description d = Description.NONE;
    String w = i < sentenceEnd ? DescriptionParser.lower(doc.token(i)) : "";
    if (namePrepositions.contains(w) || w.equals("for")) {
      Affiliations.Found a = parser.affiliations().phrase(doc, i + 1, sentenceEnd);
      boolean organisation = a != null && (doc.token(a.end() - 1).ner().equals("ORGANIZATION")
          || writingVerbs.contains(doc.token(Math.max(0, doc.token(i - 1).head())).lemma())); // "wrote X for Y"
      if (a != null && Character.isUpperCase(a.text().codePointAt(0)) && (!w.equals("for") || organisation)) {
        d = new Description(Optional.empty(), Optional.of(a.text()), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(doc.span(i, a.end() - 1)));
      }
    }
    return d;
  }

  /**
   * {@code , R-Ky.,}, {@code , Republican of Iowa,}, {@code , a Democrat from Missouri,}: party and state
   * between commas (or to the end of the sentence).
   */
  private Description partyAppositive(Doc doc, int i, int sentenceEnd) {
    int end = i;
    while (end < sentenceEnd && end - i < 8 && !doc.token(end).word().equals(",")
        && !(end > i && relativePronouns.contains(DescriptionParser.lower(doc.token(end))))) {
      end++;
    }
    if (end < sentenceEnd && end > i && relativePronouns.contains(DescriptionParser.lower(doc.token(end)))) {
      // "the Illinois Democrat who heads the Ways and Means Committee": the tag, and what the clause says
      Description tag = partyAppositive(doc, i, end);
      if (tag.isEmpty()) {
        return tag;
      }
      Description clause = relative(doc, end + 1, sentenceEnd);
      List<Span> evidence = new ArrayList<>(tag.evidence());
      evidence.addAll(clause.evidence());
      return new Description(clause.role(), clause.affiliation(), clause.qualifier(), tag.party(), tag.state(),
          clause.isEmpty() ? tag.evidence() : evidence);
    }
    if (end == sentenceEnd && end > i && doc.token(end - 1).isPunctuation()) {
      end--; // the full stop of the sentence
    }
    if (end == i || end - i >= 8) {
      return Description.NONE;
    }
    Description tag = tag(doc, i, end - 1);
    if (!tag.party().isEmpty()) {
      return tag;
    }
    Description stateParty = stateParty(doc, i, end);
    if (!stateParty.isEmpty()) {
      return stateParty;
    }
    int k = i;
    if (DescriptionParser.lower(doc.token(k)).matches("an?")) {
      k++;
    }
    if (k >= end) {
      return Description.NONE;
    }
    Optional<String> party = Affiliations.partyWord(doc.token(k).word());
    if (party.isEmpty() || !Character.isUpperCase(doc.token(k).word().codePointAt(0))) {
      return Description.NONE;
    }
    Optional<String> state = Optional.empty();
    if (k + 2 < end + 1 && k + 1 < end && namePrepositions.contains(DescriptionParser.lower(doc.token(k + 1)))) {
      state = parser.gazetteer().state(doc.span(k + 2, end - 1).text().replaceAll("\\s+", " "));
      if (state.isEmpty() && !isPlaceName(doc, k + 2, end)) {
        return Description.NONE; // "a Democrat from the suburbs": not a tag
      }
    } else if (k + 1 != end) {
      return Description.NONE;
    }
    return new Description(Optional.empty(), Optional.empty(), Optional.empty(), party, state,
        List.of(doc.span(i, end - 1)));
  }

  /** Tokens {@code [from, end)} as a place's name: capitalised words the tagger calls a location ({@code El Paso}). */
  private static boolean isPlaceName(Doc doc, int from, int end) {
    for (int k = from; k < end; k++) {
      if (!Character.isUpperCase(doc.token(k).word().codePointAt(0)) || !doc.token(k).ner().equals("LOCATION")) {
        return false;
      }
    }
    return end > from;
  }

  /**
   * Tokens {@code [i, end)} as {@code a Texas Republican}, {@code the Ohio Democrat}, {@code a
   * Vermont independent}: party and state; else none.
   */
  Description stateParty(Doc doc, int i, int end) {
    int k = i < end && DescriptionParser.lower(doc.token(i)).matches("an?|the") ? i + 1 : i;
    if (end - k < 2 || end - k > 4) {
      return Description.NONE;
    }
    Token last = doc.token(end - 1);
    String w = DescriptionParser.lower(last);
    Optional<String> party = w.equals("independent") ? Optional.of("independent")
        : Character.isUpperCase(last.word().codePointAt(0)) ? Affiliations.partyWord(last.word()) : Optional.empty();
    if (party.isEmpty() || last.hasPluralTag()) {
      return Description.NONE;
    }
    Optional<String> state = parser.gazetteer().state(doc.span(k, end - 2).text().replaceAll("\\s+", " "));
    if (state.isEmpty() && !isPlaceName(doc, k, end - 1) || !Character.isUpperCase(doc.token(k).word().codePointAt(0))) {
      // "the Brooklyn Democrat": a place that is no state gives the party alone (train: "an Orlando
      // Democrat", "an Orlando Republican", "a Sarasota Republican", all the party)
      return Description.NONE;
    }
    return new Description(Optional.empty(), Optional.empty(), Optional.empty(), party, state,
        List.of(doc.span(i, end - 1)));
  }

  private Description appositiveAfter(Doc doc, int i, int sentenceEnd) {
    if (i >= sentenceEnd) {
      return Description.NONE;
    }
    if (DescriptionParser.lower(doc.token(i)).equals("who")) {
      return relative(doc, i + 1, sentenceEnd);
    }
    int from = i;
    if (i + 2 < sentenceEnd && DescriptionParser.lower(doc.token(i)).equals("one")
        && DescriptionParser.lower(doc.token(i + 1)).equals("of")) {
      i += 2; // "one of the president's closest aides"
    }
    DescriptionParser.Parse p = parser.parse(doc, i, sentenceEnd, true);
    if (p == null || !endsPhrase(doc, p.end(), sentenceEnd) || i > from && !doc.token(p.head()).hasPluralTag()) {
      return Description.NONE;
    }
    Token head = doc.token(p.head());
    if (head.ner().equals("PERSON")) {
      return Description.NONE; // "Ann Lee, Dean Barker, …": a list of names
    }
    if (p.end() < sentenceEnd && !doc.token(p.end()).isPunctuation()
        && head.relIs(Rel.NSUBJ, Rel.NSUBJ_PASS) && head.head() >= p.end()) {
      return Description.NONE; // "For Mr. Green, the Acme agreement opened …": the subject of the verb it runs into
    }
    Description d = Description.of(p, doc.span(from, p.end() - 1));
    boolean nationalOnly = d.affiliation().map(a -> parser.gazetteer().country(a).isPresent()).orElse(true);
    if (nationalOnly && p.end() < sentenceEnd
        && relativePronouns.contains(DescriptionParser.lower(doc.token(p.end())))) {
      // "a physicist who is co-director of the Nuclear Policy Program", "a retired Belgian general
      // who works on defence policy at the Egmont Foundation": the clause says where
      Description r = relative(doc, p.end() + 1, sentenceEnd);
      if (r.affiliation().isPresent() && (d.affiliation().isEmpty()
          || parser.gazetteer().country(r.affiliation().get()).isEmpty())) {
        List<Span> evidence = new ArrayList<>(d.evidence());
        evidence.addAll(r.evidence());
        d = new Description(d.role(), r.affiliation(), d.qualifier(), Optional.empty(), Optional.empty(), evidence);
      }
    }
    return d;
  }

  /**
   * {@code who heads the agency}, {@code who is the chief executive of X}, {@code who served as Asia
   * director for X}; else {@code who works on defence policy at X} gives the affiliation only. A
   * verb of leading gives its role only with an organisation to lead: {@code who runs a bakery}
   * gives nothing.
   */
  private Description relative(Doc doc, int i, int sentenceEnd) {
    int begin = i;
    Description now = nowClause(doc, i, sentenceEnd);
    if (!now.isEmpty()) {
      return now;
    }
    while (i < sentenceEnd && (relativeClauseAdverbs.contains(DescriptionParser.lower(doc.token(i)))
        || doc.token(i).rel().equals("aux") && i + 1 < sentenceEnd)) {
      i++; // "who has long headed", "has led"
    }
    if (i < sentenceEnd && DescriptionParser.lower(doc.token(i)).equals("as")) {
      int k = i + 1; // "who as a Navy captain was the White House physician"
      while (k < sentenceEnd && k - i < 8 && !doc.token(k).isVerb() && !doc.token(k).word().equals(",")) {
        k++;
      }
      i = k;
    }
    if (i >= sentenceEnd || !doc.token(i).isVerb()) {
      return Description.NONE;
    }
    Token verb = doc.token(i);
    if (verb.lemma().equals("be")) {
      int k = i + 1;
      while (k < sentenceEnd && relativeClauseAdverbs.contains(DescriptionParser.lower(doc.token(k)))) {
        k++; // "is now president of"
      }
      Description d = appositiveAfter(doc, k, sentenceEnd);
      return d.role().isPresent() ? d : Description.NONE;
    }
    if (roleAsVerbs.contains(verb.lemma()) && i + 1 < sentenceEnd
        && DescriptionParser.lower(doc.token(i + 1)).equals("as")) {
      DescriptionParser.Parse p = parser.parse(doc, i + 2, sentenceEnd, true);
      return p == null ? Description.NONE : Description.of(p, doc.span(begin, p.end() - 1));
    }
    Optional<String> role = parser.verbRole(verb.lemma());
    Affiliations.Found a = parser.affiliations().phrase(doc, i + 1, sentenceEnd);
    if (role.isPresent() && a != null && (Character.isUpperCase(a.text().codePointAt(0))
        || parser.gazetteer().isOrganisationNoun(doc.token(a.end() - 1).lemma()))) {
      // "who runs a bakery", "who will lead the opposition" name no organisation: no role
      return new Description(role, Optional.of(a.text()), Optional.empty(), Optional.empty(), Optional.empty(),
          List.of(doc.span(begin, a.end() - 1)));
    }
    for (int k = i + 1; k < sentenceEnd && k - i < MAX_CLAUSE && !doc.token(k).word().equals(","); k++) {
      String w = DescriptionParser.lower(doc.token(k));
      if (w.equals("at") || w.equals("for")) {
        Affiliations.Found at = parser.affiliations().phrase(doc, k + 1, sentenceEnd);
        if (at != null && Character.isUpperCase(doc.token(at.end() - 1).word().codePointAt(0))) {
          return new Description(Optional.empty(), Optional.of(at.text()), Optional.empty(), Optional.empty(),
              Optional.empty(), List.of(doc.span(begin, at.end() - 1)));
        }
      }
    }
    return Description.NONE;
  }

  /**
   * {@code who served as director of X and is now president of Y}: of coordinated predicates, the one
   * that says {@code now} (a verb next to it), read as a clause of its own; else none.
   */
  private Description nowClause(Doc doc, int i, int sentenceEnd) {
    boolean and = false;
    for (int k = i; k < sentenceEnd && k - i < 2 * MAX_CLAUSE; k++) {
      String w = DescriptionParser.lower(doc.token(k));
      and |= w.equals("and");
      if (w.equals("now") && and) {
        int verb = doc.token(k - 1).isVerb() ? k - 1 : k + 1 < sentenceEnd && doc.token(k + 1).isVerb() ? k : -1;
        return verb < 0 ? Description.NONE : relative(doc, verb, sentenceEnd);
      }
    }
    return Description.NONE;
  }

  /** Whether a description may end here: not inside a noun phrase that goes on. */
  private boolean endsPhrase(Doc doc, int end, int sentenceEnd) {
    if (end >= sentenceEnd) {
      return true;
    }
    Token t = doc.token(end);
    return !(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("CD") || DescriptionParser.isPossessive(t));
  }

  private boolean isSuffix(Token t) {
    return !names.suffix("X " + t.word()).isEmpty();
  }

  /**
   * An appositive set off by brackets or dashes, tokens {@code [i, end)}: only a determiner and a
   * listed title ({@code (a spokesman for the interior ministry)}, {@code — the chief executive of
   * Nordvik Energy —}); brackets and dashes hold handles, asides and glosses as often
   * ({@code (@handle)}, {@code (R)}, {@code — pronounced …}).
   */
  private Description setOff(Doc doc, int i, int end) {
    if (i >= end || !DescriptionParser.lower(doc.token(i)).matches("an?|the")) {
      return Description.NONE;
    }
    DescriptionParser.Parse p = parser.parse(doc, i, end, true);
    if (p == null || p.end() != end || !parser.isTitleWord(doc.token(p.head()))) {
      return Description.NONE;
    }
    return appositiveAfter(doc, i, end);
  }

  private static boolean isDash(Token t) {
    return t.word().equals("—") || t.word().equals("--") || t.word().equals("–");
  }

  private static boolean isOpenBracket(Token t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  private static boolean isCloseBracket(Token t) {
    return t.word().equals(")") || t.word().equals("-RRB-");
  }
}
