package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;

/**
 * Finds a person's role and affiliation around a name mention, in this order of preference:
 * <ol>
 *   <li>a title right before the name: {@code French President Emmanuel Macron},
 *       {@code Russia’s President Vladimir Putin}, {@code Sen. Ben Sasse}, {@code Secretary of State X},
 *       {@code White House press secretary X}, {@code Google CEO Sundar Pichai};</li>
 *   <li>after the name: a party tag {@code (R-Neb.)}, then an appositive
 *       {@code , Iran's deputy ambassador to Azerbaijan,}, {@code , an analyst at CLSA,},
 *       {@code , head of the Congressional Black Caucus,} (an age {@code , 45,} may come first),
 *       a relative clause {@code , who heads the agency,} / {@code , who is ...}, or
 *       {@code of/at/from ORGANISATION} ({@code John Smith of the Brookings Institution});</li>
 *   <li>an appositive before the name: {@code Germany's foreign minister, Heiko Maas,};</li>
 *   <li>an organisation's, right before the name: {@code Fox News' X}.</li>
 * </ol>
 * Where the grammar says a phrase describes the person (an apposition, or a common noun the parse
 * makes a compound of the name) any noun may head the role, not only a title the gazetteer knows;
 * an apposition before the name must be apposed to it ({@code With 50 days until the election, X}
 * is not one). A plural title before coordinated names is each one's ({@code Senators A and B}).
 * The role comes from the first of these that has one; the affiliation from the same one, else the
 * next that has one, else (coordination) from the title of a person named just before:
 * {@code Russian President Vladimir Putin and Foreign Minister Sergei Lavrov} gives Lavrov Russia.
 * A party tag in any news style ({@code (R-Ariz.)}, {@code , R-Ariz.,}, {@code , Democrat of Vermont,},
 * {@code , a Democrat from Missouri,}) gives party and state. The phrases themselves are parsed by
 * {@link DescriptionParser}; each description keeps the spans it was read from as evidence.
 */
public final class RoleFinder {

  /**
   * What the text says a person is: role ({@code deputy ambassador}), affiliation ({@code Iran}),
   * a {@code former} or {@code then} kept out of the role, party and state from a party tag, and
   * the spans these were read from.
   */
  record Description(Optional<String> role, Optional<String> affiliation, Optional<String> qualifier,
      Optional<String> party, Optional<String> state, List<Span> evidence, int pronoun) {
    static final Description NONE = new Description(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());

    /** {@code pronoun}: the token of a possessive pronoun whose antecedent is the affiliation ({@code his adviser}), or -1. */
    Description(Optional<String> role, Optional<String> affiliation, Optional<String> qualifier,
        Optional<String> party, Optional<String> state, List<Span> evidence) {
      this(role, affiliation, qualifier, party, state, evidence, -1);
    }

    Description(Optional<String> role, Optional<String> affiliation) {
      this(role, affiliation, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    static Description of(DescriptionParser.Parse p, Span evidence) {
      return new Description(Optional.of(p.role()), p.affiliation(), p.qualifier(), p.party(),
          Optional.empty(), List.of(evidence), p.pronoun());
    }

    boolean isEmpty() {
      return role.isEmpty() && affiliation.isEmpty() && party.isEmpty() && state.isEmpty();
    }
  }

  /** Tokens that end a search to the left for the start of a title or appositive. */
  private static final Set<String> LEFT_STOPS = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "``", "''",
      "--", "—", "–", "-LRB-", "-RRB-");
  private static final int MAX_LEFT = 20;
  private static final int MAX_CLAUSE = 15;

  private final DescriptionParser parser;

  /** Loads the word lists (about 0.1 to 0.3 s, see {@link Gazetteer}). */
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

  public RoleFinder(WordLists words) {
    this(new Gazetteer(words), words);
  }

  RoleFinder(Gazetteer gazetteer, WordLists words) {
    this.parser = new DescriptionParser(gazetteer, words);
    this.relativeClauseAdverbs = words.set("relative-clause-adverbs");
    this.namePrepositions = words.set("name-prepositions");
    this.relativePronouns = words.set("relative-pronouns");
    this.roleAsVerbs = words.set("role-as-verbs");
    this.writingVerbs = words.set("writing-verbs");
    this.employerVerbs = words.set("employer-verbs");
    this.names = new Names(words);
  }


  Affiliations affiliations() {
    return parser.affiliations();
  }

  DescriptionParser parser() {
    return parser;
  }

  Gazetteer gazetteer() {
    return parser.gazetteer();
  }

  Description describe(Doc doc, int first, int last) {
    Doc.Sentence s = doc.sentences().get(doc.token(first).sentence());
    List<Description> found = new ArrayList<>();
    Start pre = titleBefore(doc, first, s.firstToken());
    found.add(pre == null ? Description.NONE : pre.description());
    found.add(partyTag(doc, last, s.endToken()));
    found.add(after(doc, last, s.endToken()));
    found.add(appositiveBefore(doc, first, last, s.firstToken()));
    if (pre != null && pre.start() < first) {
      // "his longtime doctor, the gastroenterologist X": an apposition before the title
      found.add(appositiveBefore(doc, pre.start(), last, s.firstToken()));
    }
    found.add(possessorBefore(doc, first, s.firstToken()));
    found.add(writingFor(doc, first, s.firstToken()));
    Description chosen = Description.NONE;
    for (Description d : found) {
      if (chosen.role().isEmpty() && d.role().isPresent()) {
        chosen = d;
      }
    }
    if (chosen.role().isEmpty()) {
      chosen = sharedTitle(doc, first, last, s.firstToken()).orElse(chosen);
    }
    Optional<String> affiliation = chosen.affiliation();
    Optional<String> party = Optional.empty();
    Optional<String> state = Optional.empty();
    List<Span> evidence = new ArrayList<>(chosen.evidence());
    for (Description d : found) {
      if (affiliation.isEmpty() && d.affiliation().isPresent()) {
        affiliation = d.affiliation();
        addAll(evidence, d.evidence());
      }
      if (party.isEmpty() && d.party().isPresent() || state.isEmpty() && d.state().isPresent()) {
        party = party.or(d::party);
        state = state.or(d::state);
        addAll(evidence, d.evidence());
      }
    }
    if (affiliation.isEmpty() && pre != null) {
      affiliation = coordinated(doc, pre.start(), s.firstToken());
    }
    if (affiliation.isEmpty() && pre != null && chosen == pre.description()) {
      Optional<Description> city = cityBefore(doc, pre.start(), first, s.firstToken());
      if (city.isPresent()) {
        affiliation = city.get().affiliation();
        addAll(evidence, city.get().evidence());
      }
    }
    int pronoun = -1;
    for (Description d : found) {
      if (affiliation.isEmpty() && pronoun < 0 && d.pronoun() >= 0) {
        pronoun = d.pronoun(); // "his senior adviser, X": whom the pronoun stands for, once the people are known
        addAll(evidence, d.evidence());
      }
    }
    for (Description d : found) {
      // "a Republican tax consultant": a party word before the role is the party too
      party = party.or(() -> d.affiliation().flatMap(Affiliations::partyWord));
    }
    // where nothing else says whom they act for, a party tag does: its party, else its state
    return new Description(chosen.role(), affiliation.isPresent() ? affiliation : party.isPresent() ? party : state,
        chosen.qualifier(), party, state, evidence, pronoun);
  }

  private static void addAll(List<Span> to, List<Span> spans) {
    for (Span sp : spans) {
      if (!to.contains(sp)) {
        to.add(sp);
      }
    }
  }

  private record Start(int start, Description description, int head) {}

  /** A title that ends right before the name; the longest that parses. */
  private Start titleBefore(Doc doc, int first, int sentenceStart) {
    Token before = first > sentenceStart ? doc.token(first - 1) : null;
    // a common noun right before a name is a role even if no list holds it ("moderator Matt Lauer"),
    // unless it names a body ("told the committee Smith …") or is no role at all
    boolean lenient = before != null && before.isNoun() && !before.isProperNoun()
        && Character.isLowerCase(before.word().codePointAt(0))
        && (before.rel().equals("compound") || before.pos().equals("NN"))
        && !parser.gazetteer().isOrganisationNoun(before.lemma());
    return leftmost(doc, first, sentenceStart, lenient, true);
  }

  /** {@code Germany's foreign minister, Heiko Maas}: a description ending at a comma before the name. */
  private Description appositiveBefore(Doc doc, int first, int last, int sentenceStart) {
    int comma = first - 1;
    if (comma <= sentenceStart || !doc.token(comma).word().equals(",")) {
      return Description.NONE;
    }
    Start st = leftmost(doc, comma, sentenceStart, true);
    if (st == null || st.head() < 0) {
      return Description.NONE;
    }
    // a role no list holds must be in apposition to the name: not "With 50 days until the election, X"
    boolean listed = parser.isTitleWord(doc.token(st.head()));
    boolean apposed = between(doc.token(st.head()).head(), first, last) || linksTo(doc, first, last, st.head());
    return listed || apposed ? st.description() : Description.NONE;
  }

  private static boolean between(int i, int first, int last) {
    return i >= first && i <= last;
  }

  private static boolean linksTo(Doc doc, int first, int last, int target) {
    for (int k = first; k <= last; k++) {
      if (doc.token(k).head() == target) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Tulsa, Okla., police officer X}, {@code Flint, Mich., Mayor X}: a city and its state in
   * commas before a title; the city (with the body that starts the title: {@code Tulsa police}).
   */
  private Optional<Description> cityBefore(Doc doc, int start, int first, int sentenceStart) {
    int close = start - 1;
    if (close - 3 < sentenceStart || !doc.token(close).word().equals(",")) {
      return Optional.empty();
    }
    int open = close - 1;
    while (open > sentenceStart && close - open < 4 && !doc.token(open).word().equals(",")) {
      open--;
    }
    boolean state = doc.token(open).word().equals(",") && open > sentenceStart
        && parser.gazetteer().state(doc.span(open + 1, close - 1).text().replaceAll("\\s+", " ")).isPresent();
    int c = open - 1;
    if (!state || !doc.token(c).isProperNoun() || !Character.isUpperCase(doc.token(c).word().codePointAt(0))) {
      return Optional.empty();
    }
    int b = c;
    while (b > sentenceStart && c - b < 3 && doc.token(b - 1).isProperNoun()
        && Character.isUpperCase(doc.token(b - 1).word().codePointAt(0))) {
      b--;
    }
    String city = doc.span(b, c).text().replaceAll("\\s+", " ");
    Token body = doc.token(start);
    if (parser.gazetteer().isOrganisationNoun(body.lemma()) && Character.isLowerCase(body.word().codePointAt(0))) {
      city = city + " " + body.word();
    }
    return Optional.of(new Description(Optional.empty(), Optional.of(city), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(doc.span(b, first - 1))));
  }

  /** {@code Writing for The Atlantic, X}: a participle of writing that opens the sentence of which the person is the subject. */
  private Description writingFor(Doc doc, int first, int sentenceStart) {
    Token open = doc.token(sentenceStart);
    if (first - sentenceStart < 4 || !open.pos().equals("VBG") || !writingVerbs.contains(open.lemma())
        || !DescriptionParser.lower(doc.token(sentenceStart + 1)).equals("for") || !doc.token(first - 1).word().equals(",")) {
      return Description.NONE;
    }
    int at = sentenceStart + 2;
    if (DescriptionParser.lower(doc.token(at)).matches("an?") && Character.isUpperCase(doc.token(at + 1).word().codePointAt(0))) {
      at++; // "Writing for a Los Angeles Times panel"
    }
    Affiliations.Found a = parser.affiliations().phrase(doc, at, first - 1);
    if (a == null || a.end() > first - 1 || !Character.isUpperCase(a.text().codePointAt(0))) {
      return Description.NONE;
    }
    return new Description(Optional.empty(), Optional.of(a.text()), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(doc.span(sentenceStart, a.end() - 1)));
  }

  /** {@code CNN's Jake Tapper}, {@code Fox News' Megyn Kelly}: an organisation's, right before the name. */
  private Description possessorBefore(Doc doc, int first, int sentenceStart) {
    int pos = first - 1;
    if (pos <= sentenceStart || !DescriptionParser.isPossessive(doc.token(pos))) {
      return Description.NONE;
    }
    int b = pos;
    while (b > sentenceStart && pos - b < 6 && isOrganisationWord(doc.token(b - 1))) {
      b--;
    }
    if (b == pos) {
      return Description.NONE;
    }
    String text = doc.span(b, pos - 1).text().replaceAll("\\s+", " ");
    return new Description(Optional.empty(), Optional.of(text), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(doc.span(b, pos)));
  }

  private static boolean isOrganisationWord(Token t) {
    return t.ner().equals("ORGANIZATION") || t.isProperNoun() && t.ner().equals("O")
        && Character.isUpperCase(t.word().codePointAt(0));
  }

  /** The leftmost start whose description ends exactly before {@code end}. */
  private Start leftmost(Doc doc, int end, int sentenceStart, boolean lenient) {
    return leftmost(doc, end, sentenceStart, lenient, false);
  }

  /**
   * With {@code adjacent}, a role no list holds must end right before {@code end}: in {@code several
   * questions for FBI director X} and {@code her response to moderator X} the role is the last noun.
   */
  private Start leftmost(Doc doc, int end, int sentenceStart, boolean lenient, boolean adjacent) {
    int b = end;
    while (b > sentenceStart && end - b < MAX_LEFT && !LEFT_STOPS.contains(doc.token(b - 1).word())) {
      b--;
    }
    for (int start = b; start < end; start++) {
      DescriptionParser.Parse p = parser.parse(doc, start, end, lenient);
      if (p != null && p.end() == end && adjacent && p.head() < end - 1 && !parser.isTitleWord(doc.token(p.head()))
          && !parser.gazetteer().isTitle(p.role())) {
        continue;
      }
      if (p != null && p.end() == end) {
        return new Start(start, Description.of(p, doc.span(start, end - 1)), p.head());
      }
    }
    return null;
  }

  /** {@code (R-Neb.)}, {@code (Ky.)} right after the name: party and state. */
  private Description partyTag(Doc doc, int last, int sentenceEnd) {
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
  private Description after(Doc doc, int last, int sentenceEnd) {
    int i = last + 1;
    int close = bracketEnd(doc, i, sentenceEnd);
    if (close > 0) {
      i = close + 1;
    }
    Description d = Description.NONE;
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
      if (d.isEmpty()) {
        d = predicate(doc, last, i, sentenceEnd);
      }
    }
    return d;
  }

  /**
   * {@code X is now president of the American Action Forum}, {@code X served as director of the
   * Congressional Budget Office}, {@code X heads the Transport Workers Union}: the name as a subject,
   * and a predicate read as a relative clause is, where it names whom the person acts for.
   */
  private Description predicate(Doc doc, int last, int i, int sentenceEnd) {
    if (i >= sentenceEnd || !doc.token(last).relIs(org.quoteattribution.internal.nlp.Rel.NSUBJ)
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
        && java.util.Arrays.stream(r.split(" ")).noneMatch(parser.gazetteer()::isTitle)).orElse(false)) {
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
    while (end < sentenceEnd && end - i < 8 && !doc.token(end).word().equals(",")) {
      end++;
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
      if (state.isEmpty()) {
        return Description.NONE; // "a Democrat from the suburbs": not a tag
      }
    } else if (k + 1 != end) {
      return Description.NONE;
    }
    return new Description(Optional.empty(), Optional.empty(), Optional.empty(), party, state,
        List.of(doc.span(i, end - 1)));
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
    if (state.isEmpty() || !Character.isUpperCase(doc.token(k).word().codePointAt(0))) {
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

  /**
   * {@code Senators A, Republican of Iowa, and B}: a plural title before the first of coordinated
   * names is the title of each (the parse makes B a {@code conj} of A); so is a plural apposition,
   * with its affiliation: {@code two Vermont developers, A and B}.
   */
  private Optional<Description> sharedTitle(Doc doc, int first, int last, int sentenceStart) {
    Token t = doc.token(last);
    if (!t.rel().equals("conj") || t.head() < sentenceStart || t.head() >= first) {
      return Optional.empty();
    }
    int otherLast = t.head();
    int otherFirst = otherLast;
    while (otherFirst > sentenceStart && doc.token(otherFirst - 1).ner().equals("PERSON")) {
      otherFirst--;
    }
    Start title = leftmost(doc, otherFirst, sentenceStart, false);
    boolean apposed = false;
    if (title == null && otherFirst - 1 > sentenceStart && doc.token(otherFirst - 1).word().equals(",")) {
      title = leftmost(doc, otherFirst - 1, sentenceStart, true); // "two Vermont developers, A and B"
      apposed = title != null && title.head() >= 0 && doc.token(otherLast).head() == title.head();
      if (!apposed) {
        return Optional.empty();
      }
    }
    if (title == null || title.head() < 0 || !doc.token(title.head()).hasPluralTag()) {
      return Optional.empty();
    }
    Description d = title.description();
    return Optional.of(new Description(d.role(), apposed ? d.affiliation() : Optional.empty(), d.qualifier(),
        Optional.empty(), Optional.empty(), d.evidence()));
  }

  /** {@code Russian President Vladimir Putin and Foreign Minister X}: the affiliation of the first title. */
  private Optional<String> coordinated(Doc doc, int start, int sentenceStart) {
    int k = start - 1;
    if (k <= sentenceStart || !(doc.token(k).word().equals("and") || doc.token(k).word().equals(","))) {
      return Optional.empty();
    }
    int last = k - 1;
    if (!doc.token(last).ner().equals("PERSON")) {
      return Optional.empty();
    }
    int first = last;
    while (first > sentenceStart && doc.token(first - 1).ner().equals("PERSON")) {
      first--;
    }
    Start other = leftmost(doc, first, sentenceStart, false);
    if (other == null) {
      return Optional.empty();
    }
    return other.description().affiliation().or(() -> coordinated(doc, other.start(), sentenceStart));
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

  private static boolean isOpenBracket(Token t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  private static boolean isCloseBracket(Token t) {
    return t.word().equals(")") || t.word().equals("-RRB-");
  }
}
