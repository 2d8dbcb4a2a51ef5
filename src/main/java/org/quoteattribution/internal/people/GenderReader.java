package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quoteattribution.Gender;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * Reads each person's gender from the article's own words, never from a first name:
 * <ul>
 *   <li>an honorific before a name ({@code Ms. Lee}, {@code Mr. Jabbari});</li>
 *   <li>a gendered noun in the role or in apposition to the name ({@code spokeswoman},
 *       {@code Kim Lee, the mother of three,});</li>
 *   <li>pronouns the article ties to the person: those after the name in a sentence that names no
 *       one else ({@code Lee said she would …}). A pronoun in the next sentence is not tied: that is
 *       where the article may turn to someone else ({@code Dunn spoke. She said …}).</li>
 * </ul>
 * A gender is given where its evidence outweighs the other's at least two to one, else unknown.
 * Linear in the number of tokens.
 */
final class GenderReader {

  private static final int STRONG = 3;
  /** The least evidence for a gender: one tied pronoun ("Lee said she would …") is enough. */
  private static final int MIN_VOTES = 1;

  private final Gazetteer gaz;

  GenderReader(Gazetteer gaz) {
    this.gaz = gaz;
  }

  void read(Doc doc, List<PersonEntity> people) {
    Map<PersonEntity, int[]> votes = new IdentityHashMap<>();
    List<List<PersonEntity>> bySentence = new ArrayList<>();
    List<List<Integer>> firstMention = new ArrayList<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      bySentence.add(new ArrayList<>(1));
      firstMention.add(new ArrayList<>(1));
    }
    Map<String, Integer> bearers = new HashMap<>();
    people.forEach(p -> bearers.merge(p.surname(), 1, Integer::sum));
    for (PersonEntity p : people) {
      int[] v = votes.computeIfAbsent(p, k -> new int[2]);
      p.role().ifPresent(r -> {
        for (String w : r.split("[\\s-]+")) {
          add(v, gaz.genderOfWord(w), STRONG);
        }
      });
      for (TokenRange m : p.nameMentions()) {
        addAtMention(v, doc, m.first(), m.last(), STRONG);
        if (m.first() == m.last() && bearers.get(p.surname()) > 1) {
          continue; // "Clinton" where two Clintons are named: no ties from it
        }
        int s = doc.token(m.first()).sentence();
        List<PersonEntity> named = bySentence.get(s);
        int at = named.indexOf(p);
        if (at < 0) {
          named.add(p);
          firstMention.get(s).add(m.last() + 1);
        } else if (m.last() + 1 < firstMention.get(s).get(at)) {
          firstMention.get(s).set(at, m.last() + 1);
        }
      }
    }
    for (Doc.Sentence s : doc.sentences()) {
      List<PersonEntity> named = bySentence.get(s.index());
      if (named.size() == 1) {
        int[] v = votes.get(named.get(0));
        for (int i = firstMention.get(s.index()).get(0); i < s.endToken(); i++) {
          add(v, pronoun(doc.token(i)), 1);
        }
      }
    }
    for (PersonEntity p : people) {
      int[] v = votes.get(p);
      p.gender(v[0] >= MIN_VOTES && v[0] >= 2 * v[1] + 1 ? Gender.FEMALE
          : v[1] >= MIN_VOTES && v[1] >= 2 * v[0] + 1 ? Gender.MALE : Gender.UNKNOWN);
    }
  }

  /**
   * The gender the words at one mention give: the word just before it ({@code Mr}, {@code
   * spokeswoman}) and nouns in apposition ({@code his sister, Kim Yo Jong}); unknown where they give
   * none, or both alike.
   */
  Gender atMention(Doc doc, int first, int last) {
    int[] v = new int[2];
    addAtMention(v, doc, first, last, 1);
    return v[0] > v[1] ? Gender.FEMALE : v[1] > v[0] ? Gender.MALE : Gender.UNKNOWN;
  }

  /** Adds the votes of the noun just before a mention and of the nouns in apposition to it. */
  private void addAtMention(int[] v, Doc doc, int first, int last, int weight) {
    if (first > 0 && doc.token(first - 1).isNoun()) {
      add(v, gaz.genderOfWord(doc.token(first - 1).word()), weight); // not the verb of "Polls miss Trump's fall"
    }
    for (Token noun : apposed(doc, first, last)) {
      add(v, gaz.genderOfWord(noun.lemma()), weight);
    }
  }

  private Gender pronoun(Token t) {
    return t.isPronoun() || t.pos().equals("PRP$") ? gaz.genderOfPronoun(t.word()) : Gender.UNKNOWN;
  }

  /** Nouns in apposition to a name, either way round, or compounds before it: {@code the mother of three}. */
  private static List<Token> apposed(Doc doc, int first, int last) {
    List<Token> out = new ArrayList<>(2);
    Token head = doc.token(last);
    for (int c : doc.children(last)) {
      Token t = doc.token(c);
      if (t.isNoun() && (t.rel().equals("appos") || t.rel().equals("compound") && c < first)) {
        out.add(t);
      }
    }
    if (head.rel().equals("appos") && head.head() >= 0 && doc.token(head.head()).isNoun()) {
      out.add(doc.token(head.head()));
    }
    return out;
  }

  private static void add(int[] votes, Gender g, int weight) {
    if (g == Gender.FEMALE) {
      votes[0] += weight;
    } else if (g == Gender.MALE) {
      votes[1] += weight;
    }
  }

  static Gender ofPronoun(Gazetteer gaz, String word) {
    return gaz.genderOfPronoun(word.toLowerCase(Locale.ROOT));
  }
}
