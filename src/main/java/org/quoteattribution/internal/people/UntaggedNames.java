package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * Finds the names the tagger did not tag {@code PERSON} where the grammar says a person is named
 * (the tagger misses names that are also words, {@code Bran Black}, {@code Olive Stone}, more often
 * on news unlike its training text):
 * <ul>
 *   <li>capitalised words after an honorific ({@code Mr Black}, {@code Dr. Hedge}): on train, all 6
 *       honorifics before a capitalised word the tagger left untagged name a person, where the word
 *       is no title ({@code Mr. President}, 4) and the honorific is not {@code Miss} ({@code Miss
 *       Universe}, {@code Miss Manners});</li>
 *   <li>two to four capitalised words in apposition after a title and its comma ({@code the
 *       council's chief executive, Bran Black, said}): on train the pattern names a person 141 times
 *       where the tagger tags the words, and where it does not, a person once ({@code Marine Le Pen},
 *       tagged a place) and a company once ({@code the new owner, OHorizons Global, a private investment
 *       firm}: not where an organisation is in apposition after the words); with the title a few
 *       words back, to which the parse sets the words in apposition ({@code The principal of the
 *       school, Grace Field,}), train has 9 tagged and none untagged;</li>
 *   <li>two to four capitalised words that start a sentence or follow a verb or a dash, with a title
 *       in apposition after their comma ({@code Olive Stone, the company's chairman, said}): on train
 *       586 tagged, and all 5 the tagger missed are people ({@code Willie Minor, an African-American
 *       actor}); the title must not start a clause ({@code now called Trump National Doral, the candidate
 *       boasted of …}).</li>
 *   <li>two or three capitalised words, where a noun phrase may start (after a verb, a comma, a
 *       preposition but {@code to}), whose last the article writes after an honorific elsewhere
 *       ({@code Mr. Obama called Naghmeh Abedini.} … {@code Mrs. Abedini wrote}): on train, of the
 *       two words before such a surname, the tagger tags 577 as a person and misses 3: 2 people
 *       ({@code Naghmeh Abedini}, {@code Willie Minor}) and {@code PMDonald Trump} (a time stuck to
 *       a name, after a number); where a noun phrase may not start, junk of title case ({@code Ted
 *       Cruz Hints Trump Would Get …}, {@code the Coalition to Stop Trump}).</li>
 * </ul>
 * Not words with a place or a country among them, ending in an organisation noun ({@code Acme
 * Group}) or in capitals ({@code BHP}). Linear in the number of tokens.
 */
final class UntaggedNames {

  private static final int MAX_WORDS = 4;
  /** How far after the comma a title may stand in {@code Olive Stone, the company's chairman}. */
  private static final int TITLE_WITHIN = 6;

  private final Gazetteer gaz;

  UntaggedNames(Gazetteer gaz) {
    this.gaz = gaz;
  }

  /** The names found, in token order, none with a token tagged {@code PERSON}. */
  List<TokenRange> find(Doc doc) {
    List<TokenRange> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    Set<String> honoured = new HashSet<>(); // the words after honorifics: surnames
    for (int k = 1; k < tokens.size(); k++) {
      Token w = tokens.get(k);
      if (afterHonorific(tokens.get(k - 1)) && w.isProperNoun() && Character.isUpperCase(w.word().codePointAt(0))
          && !isTitleWord(w)) {
        honoured.add(Names.key(w.word()));
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      int end = run(tokens, i);
      int size = end - i;
      boolean found = false;
      if (size >= 1 && size <= MAX_WORDS - 1 && i > 0 && afterHonorific(tokens.get(i - 1))
          && !isTitleWord(t) && plausible(tokens, i, end)) {
        found = true;
      } else if (size >= 2 && size <= MAX_WORDS && plausible(tokens, i, end)
          && (afterTitle(tokens, i, end) || beforeTitle(doc, i, end))) {
        found = true;
      } else if (size >= 2 && size <= MAX_WORDS - 1 && honoured.contains(Names.key(tokens.get(end - 1).word()))
          && clauseStart(doc, i) && !isTitleWord(t) && plausible(tokens, i, end)
          && !tokens.get(end - 1).baseRel().equals("compound")) {
        found = true; // "Mr. Obama called Naghmeh Abedini", then "Mrs. Abedini"
      }
      if (found) {
        out.add(new TokenRange(i, end - 1));
        i = end;
      } else {
        i++; // "Mr Black": the run at "Mr" is no name, the one at "Black" is
      }
    }
    return out;
  }

  /**
   * The end (exclusive) of the run of capitalised proper nouns that starts at {@code i} in one
   * sentence, none tagged {@code PERSON}, read no further than one word past the longest name;
   * {@code i} itself when there is none.
   */
  private static int run(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size() && j - i <= MAX_WORDS && isNameWord(tokens.get(j)) && tokens.get(j).sentence() == tokens.get(i).sentence()) {
      j++;
    }
    return j;
  }

  private static boolean isNameWord(Token t) {
    return t.isProperNoun() && !t.ner().equals("PERSON") && Character.isUpperCase(t.word().codePointAt(0))
        && Character.isLetter(t.word().codePointAt(0));
  }

  private boolean afterHonorific(Token t) {
    return gaz.isHonorific(t.word()) && !t.word().toLowerCase(Locale.ROOT).startsWith("miss");
  }

  private boolean isTitleWord(Token t) {
    return gaz.isTitle(t.word()) || gaz.expand(t.word()).isPresent() || gaz.isHonorific(t.word());
  }

  /** No place, country, title or honorific among the words, no organisation noun or capitals at the end. */
  private boolean plausible(List<Token> tokens, int from, int end) {
    for (int k = from; k < end; k++) {
      Token t = tokens.get(k);
      if (gaz.country(t.word()).isPresent() || gaz.state(t.word()).isPresent() || gaz.isNationality(t.word()) || k > from && isTitleWord(t)) {
        return false;
      }
    }
    Token last = tokens.get(end - 1);
    String w = last.word();
    return !gaz.isOrganisationNoun(w.toLowerCase(Locale.ROOT)) && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
  }

  /** {@code chief executive, Bran Black,}: a lower-case title, a comma, the words, then a comma or the end. */
  private boolean afterTitle(List<Token> tokens, int from, int end) {
    if (from < 2 || end >= tokens.size() || !tokens.get(from - 1).word().equals(",")) {
      return false;
    }
    String next = tokens.get(end).word();
    return (isLowerTitle(tokens.get(from - 2)) || titleOfPhrase(tokens, from, end))
        && tokens.get(from - 2).sentence() == tokens.get(from).sentence()
        && (next.equals(",") && !organisationAfter(tokens, end)
            || next.equals(".") && tokens.get(end).sentence() == tokens.get(from).sentence());
  }

  /**
   * {@code The principal of the school, Grace Field,}: a lower-case title a few words of a noun
   * phrase before the comma, to which the parse sets the words in apposition (not to the last noun:
   * {@code a spokeswoman for Nabisco's parent company, Mondelez International}).
   */
  private boolean titleOfPhrase(List<Token> tokens, int from, int end) {
    for (int k = from - 2; k >= 0 && k >= from - 2 - TITLE_WITHIN; k--) {
      Token t = tokens.get(k);
      if (isLowerTitle(t)) {
        return tokens.get(end - 1).head() == k && tokens.get(end - 1).rel().equals("appos");
      }
      boolean inPhrase = t.isNoun() || t.isAdjective() || t.isPossessive() || t.pos().equals("DT")
          || t.pos().equals("PRP$") || t.pos().equals("CD") || t.pos().equals("HYPH")
          || t.pos().equals("IN") && t.word().matches("of|for|at|to");
      if (!inPhrase) {
        return false;
      }
    }
    return false;
  }

  /** {@code , a private investment firm}: after the comma, a noun phrase whose head is an organisation noun. */
  private boolean organisationAfter(List<Token> tokens, int comma) {
    Token head = null;
    for (int k = comma + 1; k < tokens.size() && k <= comma + TITLE_WITHIN; k++) {
      Token t = tokens.get(k);
      if (!(t.isNoun() || t.isAdjective() || t.pos().equals("DT") || t.pos().equals("HYPH") || t.isPossessive())) {
        break;
      }
      head = t.isNoun() ? t : head;
    }
    return head != null && gaz.isOrganisationNoun(head.lemma());
  }

  /**
   * {@code Olive Stone, the company's chairman,}: at a sentence's start or after a verb or a dash,
   * the words, a comma, and within a few words of a noun phrase a lower-case title that is no subject.
   */
  private boolean beforeTitle(Doc doc, int from, int end) {
    List<Token> tokens = doc.tokens();
    Token first = tokens.get(from);
    boolean start = from == doc.sentences().get(first.sentence()).firstToken()
        || tokens.get(from - 1).isVerb() || tokens.get(from - 1).word().matches("[-–—]+");
    if (!start || end >= tokens.size() || !tokens.get(end).word().equals(",")) {
      return false;
    }
    for (int k = end + 1; k < tokens.size() && k <= end + TITLE_WITHIN; k++) {
      Token t = tokens.get(k);
      if (t.sentence() != first.sentence() || t.isVerb() || t.word().equals(",")) {
        return false;
      }
      if (isLowerTitle(t)) {
        return !t.rel().startsWith("nsubj") && !(k + 1 < tokens.size() && tokens.get(k + 1).isVerb());
      }
    }
    return false;
  }

  /**
   * Whether a noun phrase may start at token {@code i}: at the sentence's start, or after a verb, a
   * comma or a preposition other than {@code to} (not after a number, a name or {@code to}: {@code
   * 11:19 PMDonald Trump}, {@code Ted Cruz Hints Trump Would …}, {@code the Coalition to Stop Trump}).
   */
  private static boolean clauseStart(Doc doc, int i) {
    Token t = doc.tokens().get(i);
    if (i == doc.sentences().get(t.sentence()).firstToken()) {
      return true;
    }
    Token before = doc.tokens().get(i - 1);
    return before.isVerb() || before.word().equals(",") || before.pos().equals("IN") && !before.word().equals("to");
  }

  private boolean isLowerTitle(Token t) {
    return t.pos().equals("NN") && Character.isLowerCase(t.word().codePointAt(0)) && gaz.isTitle(t.word());
  }
}
