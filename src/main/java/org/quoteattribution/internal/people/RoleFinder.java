package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
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
 *   <li>an appositive before the name: {@code Germany's foreign minister, Heiko Maas,}.</li>
 * </ol>
 * The role comes from the first of these that has one; the affiliation from the same one, else the
 * next that has one, else (coordination) from the title of a person named just before:
 * {@code Russian President Vladimir Putin and Foreign Minister Sergei Lavrov} gives Lavrov Russia.
 * The phrases themselves are parsed by {@link DescriptionParser}.
 */
public final class RoleFinder {

  /** What the text says a person is: role ({@code deputy ambassador}) and affiliation ({@code Iran}). */
  record Description(Optional<String> role, Optional<String> affiliation) {
    static final Description NONE = new Description(Optional.empty(), Optional.empty());
  }

  /** Tokens that end a search to the left for the start of a title or appositive. */
  private static final Set<String> LEFT_STOPS = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "``", "''",
      "--", "—", "–", "-LRB-", "-RRB-");
  private static final int MAX_LEFT = 20;

  private final DescriptionParser parser;
  /** Adverbs after {@code who}: {@code who now heads}. */
  private final Set<String> relativeClauseAdverbs;
  /** Prepositions right after a name that give the affiliation: {@code John Smith of X}. */
  private final Set<String> namePrepositions;

  /** Loads the word lists (about 0.1 to 0.3 s, see {@link Gazetteer}). */
  public RoleFinder(WordLists words) {
    this(new Gazetteer(words), words);
  }

  RoleFinder(Gazetteer gazetteer, WordLists words) {
    this.parser = new DescriptionParser(gazetteer, words);
    this.relativeClauseAdverbs = words.set("relative-clause-adverbs");
    this.namePrepositions = words.set("name-prepositions");
  }

  Description describe(Doc doc, int first, int last) {
    Doc.Sentence s = doc.sentences().get(doc.token(first).sentence());
    List<Description> found = new ArrayList<>();
    Start pre = titleBefore(doc, first, s.firstToken());
    found.add(pre == null ? Description.NONE : pre.description());
    found.add(partyTag(doc, last, s.endToken()));
    found.add(after(doc, last, s.endToken()));
    found.add(appositiveBefore(doc, first, s.firstToken()));
    Optional<String> role = Optional.empty();
    Optional<String> affiliation = Optional.empty();
    for (Description d : found) {
      if (role.isEmpty() && d.role().isPresent()) {
        role = d.role();
        affiliation = d.affiliation();
      }
    }
    for (Description d : found) {
      affiliation = affiliation.or(d::affiliation);
    }
    if (affiliation.isEmpty() && pre != null) {
      affiliation = coordinated(doc, pre.start(), s.firstToken());
    }
    return new Description(role, affiliation);
  }

  private record Start(int start, Description description) {}

  /** A title that ends right before the name; the longest that parses. */
  private Start titleBefore(Doc doc, int first, int sentenceStart) {
    return leftmost(doc, first, sentenceStart);
  }

  /** {@code Germany's foreign minister, Heiko Maas}: a description ending at a comma before the name. */
  private Description appositiveBefore(Doc doc, int first, int sentenceStart) {
    int comma = first - 1;
    if (comma <= sentenceStart || !doc.token(comma).word().equals(",")) {
      return Description.NONE;
    }
    Start st = leftmost(doc, comma, sentenceStart);
    return st == null ? Description.NONE : st.description();
  }

  /** The leftmost start whose description ends exactly before {@code end}. */
  private Start leftmost(Doc doc, int end, int sentenceStart) {
    int b = end;
    while (b > sentenceStart && end - b < MAX_LEFT && !LEFT_STOPS.contains(doc.token(b - 1).word())) {
      b--;
    }
    for (int start = b; start < end; start++) {
      DescriptionParser.Parse p = parser.parse(doc, start, end);
      if (p != null && p.end() == end) {
        return new Start(start, new Description(Optional.of(p.role()), p.affiliation()));
      }
    }
    return null;
  }

  /** {@code (R-Neb.)} right after the name: the party. */
  private Description partyTag(Doc doc, int last, int sentenceEnd) {
    int close = bracketEnd(doc, last + 1, sentenceEnd);
    if (close < 0) {
      return Description.NONE;
    }
    return new Description(Optional.empty(), parser.affiliations().party(doc.span(last + 2, close - 1).text()));
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

  /** Appositive, relative clause or {@code of ORGANISATION} after the name, past a bracket. */
  private Description after(Doc doc, int last, int sentenceEnd) {
    int i = last + 1;
    int close = bracketEnd(doc, i, sentenceEnd);
    if (close > 0) {
      i = close + 1;
    }
    Description d = Description.NONE;
    if (i < sentenceEnd && doc.token(i).word().equals(",")) {
      i++;
      if (i + 1 < sentenceEnd && doc.token(i).is(Pos.CD) && doc.token(i + 1).word().equals(",")) {
        i += 2;
      }
      d = appositiveAfter(doc, i, sentenceEnd);
    } else if (i < sentenceEnd && namePrepositions.contains(DescriptionParser.lower(doc.token(i)))) {
      Affiliations.Found a = parser.affiliations().phrase(doc, i + 1, sentenceEnd);
      if (a != null && Character.isUpperCase(a.text().codePointAt(0))) {
        d = new Description(Optional.empty(), Optional.of(a.text()));
      }
    }
    return d;
  }

  private Description appositiveAfter(Doc doc, int i, int sentenceEnd) {
    if (i >= sentenceEnd) {
      return Description.NONE;
    }
    if (DescriptionParser.lower(doc.token(i)).equals("who")) {
      return relative(doc, i + 1, sentenceEnd);
    }
    DescriptionParser.Parse p = parser.parse(doc, i, sentenceEnd);
    if (p == null || !endsPhrase(doc, p.end(), sentenceEnd)) {
      return Description.NONE;
    }
    return new Description(Optional.of(p.role()), p.affiliation());
  }

  /** {@code who heads the agency}, {@code who is the chief executive of X}. */
  private Description relative(Doc doc, int i, int sentenceEnd) {
    while (i < sentenceEnd && relativeClauseAdverbs.contains(DescriptionParser.lower(doc.token(i)))) {
      i++;
    }
    if (i >= sentenceEnd || !doc.token(i).isVerb()) {
      return Description.NONE;
    }
    Token verb = doc.token(i);
    if (verb.lemma().equals("be")) {
      return appositiveAfter(doc, i + 1, sentenceEnd);
    }
    Optional<String> role = parser.verbRole(verb.lemma());
    if (role.isEmpty()) {
      return Description.NONE;
    }
    Affiliations.Found a = parser.affiliations().phrase(doc, i + 1, sentenceEnd);
    return new Description(role, Optional.ofNullable(a).map(Affiliations.Found::text));
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
    Start other = leftmost(doc, first, sentenceStart);
    if (other == null) {
      return Optional.empty();
    }
    return other.description().affiliation().or(() -> coordinated(doc, other.start(), sentenceStart));
  }

  private boolean endsPhrase(Doc doc, int end, int sentenceEnd) {
    if (end >= sentenceEnd) {
      return true;
    }
    Token t = doc.token(end);
    return t.isPunctuation() || t.isVerb() || t.is(Pos.CC) || t.is(Pos.MD);
  }

  private static boolean isOpenBracket(Token t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  private static boolean isCloseBracket(Token t) {
    return t.word().equals(")") || t.word().equals("-RRB-");
  }
}
