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
 *       {@code , head of the Senate Finance Committee,} (an age {@code , 45,} may come first),
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

  /** Tokens that end a search to the left for the start of a title or appositive. */
  private static final Set<String> LEFT_STOPS = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "``", "''",
      "--", "—", "–", "-LRB-", "-RRB-");
  private static final int MAX_LEFT = 20;

  private final DescriptionParser parser;
  private final AfterNameReader afterName;
  /** {@code write}, {@code report}: verbs whose {@code for} names the publication one writes for. */
  private final Set<String> writingVerbs;

  /** Loads the word lists (about 0.1 to 0.3 s, see {@link Gazetteer}). */
  public RoleFinder(WordLists words) {
    this(new Gazetteer(words), words);
  }

  RoleFinder(Gazetteer gazetteer, WordLists words) {
    this.parser = new DescriptionParser(gazetteer, words);
    this.afterName = new AfterNameReader(parser, words);
    this.writingVerbs = words.set("writing-verbs");
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

  /** Tokens {@code [i, end)} as {@code a Texas Republican}: party and state; else none. */
  Description stateParty(Doc doc, int i, int end) {
    return afterName.stateParty(doc, i, end);
  }

  /** What the text says of the person named by tokens {@code [first, last]}, in their sentence. */
  Description describe(Doc doc, int first, int last) {
    Doc.Sentence s = doc.sentences().get(doc.token(first).sentence());
    // "an adviser to Mr. Brown", "the chairman, Ms. Lee": what stands before a name stands before
    // its honorific, which is no organisation and ends no description
    int lead = first > s.firstToken() && parser.gazetteer().isHonorific(doc.token(first - 1).word()) ? first - 1 : first;
    List<Description> found = new ArrayList<>();
    Start pre = titleBefore(doc, lead, last, lead < first, s.firstToken());
    found.add(pre == null ? Description.NONE : pre.description());
    found.add(afterName.partyTag(doc, last, s.endToken()));
    found.add(afterName.after(doc, last, s.endToken()));
    found.add(appositiveBefore(doc, lead, last, s.firstToken()));
    if (pre != null && pre.start() < lead) {
      // "his longtime doctor, the gastroenterologist X": an apposition before the title
      found.add(appositiveBefore(doc, pre.start(), last, s.firstToken()));
    }
    found.add(possessorBefore(doc, lead, s.firstToken()));
    found.add(writingFor(doc, lead, s.firstToken()));
    found.add(partyBefore(doc, lead, s.firstToken()));
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
  private Start titleBefore(Doc doc, int first, int last, boolean honorific, int sentenceStart) {
    Token before = first > sentenceStart ? doc.token(first - 1) : null;
    // a common noun right before a name is a role even if no list holds it ("moderator Matt Lauer"),
    // unless it names a body ("told the committee Smith …"), is no role at all, or the name starts a
    // relative clause without its pronoun on it: then the noun is plural, or an honorific stands
    // between, or a determiner leads the noun and a verb follows the name ("the remarks Smith made",
    // "a speech Ms. Lee gave", "a recent interview Smith did")
    boolean lenient = before != null && before.isNoun() && !before.isProperNoun() && !before.hasPluralTag()
        && !honorific && !relativeWithoutPronoun(doc, first, last, sentenceStart)
        && Character.isLowerCase(before.word().codePointAt(0))
        && (before.rel().equals("compound") || before.pos().equals("NN"))
        && !parser.gazetteer().isOrganisationNoun(before.lemma());
    return leftmost(doc, first, sentenceStart, lenient, true);
  }

  /**
   * Whether the name (tokens {@code [first, last]}) reads as the subject of a relative clause
   * without its pronoun, on the noun before it: a determiner leads that noun (past adjectives and
   * nouns) and a verb follows the name: {@code a remark Smith made}, {@code the night Lee won}. The
   * parser rarely marks these clauses, so the words decide.
   */
  private static boolean relativeWithoutPronoun(Doc doc, int first, int last, int sentenceStart) {
    if (last + 1 >= doc.tokens().size() || doc.token(last + 1).sentence() != doc.token(first).sentence()
        || !(doc.token(last + 1).isVerb() || doc.token(last + 1).pos().equals("MD"))) {
      return false;
    }
    int k = first - 1;
    while (k > sentenceStart && first - k < MAX_LEFT
        && (doc.token(k).isNoun() && !doc.token(k).isProperNoun() || doc.token(k).pos().startsWith("JJ"))) {
      k--;
    }
    return k < first - 1 && doc.token(k).pos().equals("DT");
  }

  /**
   * {@code Democrat Zephyr Teachout}, {@code Texas Republican Ann Lee}: a party word, with its state
   * if one leads it, right before the name; not a plural ({@code Republicans Ann Lee and …}), nor
   * after a determiner ({@code a Republican Obama}).
   */
  private Description partyBefore(Doc doc, int first, int sentenceStart) {
    if (first - 1 < sentenceStart) {
      return Description.NONE;
    }
    Token before = doc.token(first - 1);
    Optional<String> party = Affiliations.partyWord(before.word());
    if (party.isEmpty() || before.hasPluralTag() || before.word().endsWith("s")
        || !Character.isUpperCase(before.word().codePointAt(0))
        || first - 2 >= sentenceStart && doc.token(first - 2).pos().equals("DT")) {
      return Description.NONE; // "a Republican Obama", "a Democratic Tom Coburn": a likeness
    }
    for (int k = Math.max(sentenceStart, first - 3); k < first - 1; k++) {
      Description withState = afterName.stateParty(doc, k, first);
      if (!withState.isEmpty()) {
        return withState;
      }
    }
    return new Description(Optional.empty(), Optional.empty(), Optional.empty(), party, Optional.empty(),
        List.of(doc.span(first - 1, first - 1)));
  }

  /** {@code Germany's foreign minister, Heiko Maas}: a description ending at a comma before the name. */
  private Description appositiveBefore(Doc doc, int first, int last, int sentenceStart) {
    int comma = first - 1;
    if (comma <= sentenceStart || !doc.token(comma).word().equals(",")) {
      return Description.NONE;
    }
    Start st = leftmost(doc, comma, sentenceStart, true);
    if (st == null || st.head() < 0 || doc.token(st.head()).ner().equals("PERSON")) {
      return Description.NONE; // "…, Dean Barker, Ann Lee": a list of names
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

  /** {@code CNN's Ann Ortiz}, {@code Fox News' Tom Hale}: an organisation's, right before the name. */
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
      if (p != null && p.end() == end && adjacent && p.head() < end - 1 && parser.isTitleWord(doc.token(end - 1))) {
        continue; // "press secretary to President X": the title right before the name is X's own
      }
      if (p != null && p.end() == end) {
        return new Start(start, Description.of(p, doc.span(start, end - 1)), p.head());
      }
    }
    return null;
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

}
