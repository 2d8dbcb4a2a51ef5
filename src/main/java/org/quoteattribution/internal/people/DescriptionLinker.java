package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quoteattribution.Gender;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * Ties descriptions that name no one to the person they describe, once an article's people are
 * known (light coreference, after {@link RoleFinder} has read the descriptions next to names):
 * <ul>
 *   <li>a possessive pronoun in a person's description ({@code he summoned his senior adviser, X})
 *       stands for the person named nearest before it in the sentence (as a verb's argument, not a
 *       noun's modifier: {@code the record of Al Gore}), else the subject of the sentence before,
 *       agreeing in gender where the article tells it; {@code its}/{@code their} for the organisation
 *       named nearest before;</li>
 *   <li>a definite description that is the subject of a clause and names no one ({@code the Vermont
 *       senator acknowledged}, {@code Connecticut's tax commissioner says}) describes: a person named
 *       just before with a role of the same head word; else the person named nearest before it in its
 *       sentence, or the main verb's subject in the sentence before, if nothing is known of their role
 *       and no other person who might be meant is a subject, object or apposition there (never the
 *       subject of a verb that governs it: {@code Cruz said the businessman …}); else, where no one
 *       was named, the person the article calls by that role (named at least twice as often as any
 *       other with it), or in a lede a person named for the first time as the next sentence's subject
 *       ({@code The head of X wrote. ... Steve Ross said}); {@code The California Democrat} gives
 *       party and state the same way.</li>
 * </ul>
 * An affiliation that is a title ({@code the president's closest aides}) becomes the person with
 * that role. Descriptions only fill what is unknown; the evidence is the description and, for a
 * pronoun or a title, the span that names whom. Each description costs one pass over the people's
 * mentions.
 */
final class DescriptionLinker {

  private final DescriptionParser parser;
  private final RoleFinder roles;

  DescriptionLinker(RoleFinder roles) {
    this.roles = roles;
    this.parser = roles.parser();
  }

  void link(Doc doc, List<PersonEntity> people) {
    for (PersonEntity p : people) {
      int pronoun = p.possessivePronoun();
      if (pronoun >= 0 && p.affiliation().isEmpty()) {
        antecedent(doc, pronoun, p, people).ifPresent(p::describe);
      }
    }
    for (PersonEntity p : people) {
      // "one of the president's closest aides": the one person the article gives that role
      // "a spokesman for the Governor": a title written with a capital, its article left out
      String a = p.affiliation().orElse("");
      String title = a.startsWith("the ") ? a.substring(4) : Character.isUpperCase(a.isEmpty() ? 'a' : a.charAt(0)) ? a : "";
      if (!title.isEmpty() && title.indexOf(' ') < 0 && parser.gazetteer().isTitle(title)) {
        PersonEntity whom = sameRole(title, people);
        if (whom != null && whom != p && !whom.evidence().isEmpty()) {
          p.resolveAffiliation(whom.name(), List.of(whom.evidence().get(0)));
        }
      }
    }
    for (Doc.Sentence s : doc.sentences()) {
      for (int h = s.firstToken(); h < s.endToken(); h++) {
        Token t = doc.token(h);
        if (t.relIs(org.quoteattribution.internal.nlp.Rel.NSUBJ, org.quoteattribution.internal.nlp.Rel.NSUBJ_PASS)
            && t.isNoun() && !t.hasPluralTag() && !t.ner().equals("PERSON")) {
          if (parser.isTitleWord(t) && Character.isLowerCase(t.word().codePointAt(0))) { // not "the Daily Caller"
            nominal(doc, h, people);
          } else if (Affiliations.partyWord(t.word()).isPresent()) {
            partyNominal(doc, h, people);
          }
        }
      }
    }
  }

  /** The person or organisation a possessive pronoun at {@code k} stands for, as a description. */
  private Optional<Description> antecedent(Doc doc, int k, PersonEntity of, List<PersonEntity> people) {
    String w = doc.token(k).word().toLowerCase(Locale.ROOT);
    int sentence = doc.token(k).sentence();
    if (w.equals("its") || w.equals("their")) {
      for (int e = k - 1; e >= doc.sentences().get(Math.max(0, sentence - 1)).firstToken(); e--) {
        Token t = doc.token(e);
        // an organisation the tagger knows, or a name (not a person's) that is the subject: "Vantor said its chairman"
        boolean organisation = t.ner().equals("ORGANIZATION") || t.isProperNoun() && t.ner().equals("O")
            && t.relIs(org.quoteattribution.internal.nlp.Rel.NSUBJ) && Character.isUpperCase(t.word().codePointAt(0));
        if (organisation && (e + 1 >= doc.tokens().size()
            || !doc.token(e + 1).ner().equals(t.ner()) || e + 1 == k || !t.ner().equals("ORGANIZATION"))) {
          int b = e;
          while (b > 0 && doc.token(b - 1).ner().equals(t.ner()) && doc.token(b - 1).isProperNoun() == t.isProperNoun()
              && e - b < 8 && Character.isUpperCase(doc.token(b - 1).word().codePointAt(0))) {
            b--;
          }
          return Optional.of(affiliation(parser.affiliations().normalise(doc, b, e), doc, b, e));
        }
      }
      return Optional.empty();
    }
    Gender g = w.equals("his") ? Gender.MALE : w.equals("her") ? Gender.FEMALE : null;
    if (g == null) {
      return Optional.empty();
    }
    Mention m = nearestBefore(doc, k, sentence, people, of, g);
    if (m == null && sentence > 0) {
      m = subjectOf(doc, sentence - 1, people, of, g);
    }
    if (m == null) {
      return Optional.empty();
    }
    return Optional.of(affiliation(m.person().name(), doc, m.range().first(), m.range().last()));
  }

  private static Description affiliation(String text, Doc doc, int first, int last) {
    return new Description(Optional.empty(), Optional.of(text), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(doc.span(first, last)));
  }

  private record Mention(PersonEntity person, TokenRange range) {}

  /**
   * The person named nearest before token {@code k} in its sentence as a verb's argument, other than
   * {@code of}, of a gender that may be {@code g}.
   */
  private static Mention nearestBefore(Doc doc, int k, int sentence, List<PersonEntity> people, PersonEntity of, Gender g) {
    Mention best = null;
    for (PersonEntity p : people) {
      if (p == of || !agrees(p, g)) {
        continue;
      }
      for (TokenRange r : p.nameMentions()) {
        if (r.last() < k && doc.token(r.first()).sentence() == sentence && !isEmbedded(doc, r)
            && (best == null || r.last() > best.range().last())) {
          best = new Mention(p, r);
        }
      }
    }
    return best;
  }

  /** The person named as the subject of a sentence (the first such), other than {@code of}. */
  private static Mention subjectOf(Doc doc, int sentence, List<PersonEntity> people, PersonEntity of, Gender g) {
    Mention best = null;
    for (PersonEntity p : people) {
      if (p == of || !agrees(p, g)) {
        continue;
      }
      for (TokenRange r : p.nameMentions()) {
        if (doc.token(r.first()).sentence() == sentence && isSubject(doc, r)
            && (best == null || r.first() < best.range().first())) {
          best = new Mention(p, r);
        }
      }
    }
    return best;
  }

  private static boolean agrees(PersonEntity p, Gender g) {
    return g == null || p.gender() == Gender.UNKNOWN || p.gender() == g;
  }

  /**
   * Whether another person who may be the one described is a subject, object or apposition just
   * before it (its sentence or the one before): {@code Ted Cruz says his friend Marco Rubio ran …. …
   * the Florida senator} is either.
   */
  private static boolean rivalled(Doc doc, int h, String role, PersonEntity chosen, List<PersonEntity> people,
      List<PersonEntity> inside) {
    int sentence = doc.token(h).sentence();
    for (PersonEntity q : people) {
      if (q == chosen || inside.contains(q)
          || role != null && q.role().map(r -> !lastWord(r).equals(lastWord(role))).orElse(false)) {
        continue;
      }
      for (TokenRange r : q.nameMentions()) {
        int s = doc.token(r.first()).sentence();
        String rel = doc.token(r.last()).rel();
        boolean prominent = rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("iobj") || rel.equals("appos")
            || rel.equals("conj"); // "Donald Trump and Ted Cruz maintained …
        if (prominent && !isQuoted(doc, r.first()) && (s == sentence && r.last() < h || s == sentence - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the verb a name is an argument of (its subject, as the caller asks) governs token {@code h}:
   * {@code Cruz responded that the businessman …} is someone Cruz speaks of, not Cruz.
   */
  private static boolean governs(Doc doc, TokenRange r, int h) {
    int verb = doc.token(r.last()).head();
    return verb >= 0 && doc.dominates(verb, h);
  }

  /** Whether a name is the subject of its sentence's main verb: not {@code Trump} in {@code SEIU chief says Trump can win}. */
  private static boolean isMainClause(Doc doc, TokenRange r) {
    int verb = doc.token(r.last()).head();
    return verb >= 0 && doc.token(verb).head() < 0;
  }

  /** Whether a name modifies a noun ({@code contempt for Hale}, {@code Hale's plan}) rather than being an argument of a verb. */
  private static boolean isEmbedded(Doc doc, TokenRange r) {
    String rel = doc.token(r.last()).rel();
    return rel.startsWith("nmod") || rel.equals("compound");
  }

  private static boolean isSubject(Doc doc, TokenRange r) {
    for (int i = r.first(); i <= r.last(); i++) {
      Token t = doc.token(i);
      if ((t.head() < r.first() || t.head() > r.last())) {
        return t.relIs(org.quoteattribution.internal.nlp.Rel.NSUBJ, org.quoteattribution.internal.nlp.Rel.NSUBJ_PASS);
      }
    }
    return false;
  }

  /** A definite description headed by {@code h}, the subject of a clause: whom it describes gets it. */
  private void nominal(Doc doc, int h, List<PersonEntity> people) {
    TokenRange np = doc.subtree(h);
    int first = np.first();
    boolean definite = doc.token(first).lemma().equals("the");
    List<PersonEntity> inside = new ArrayList<>();
    for (int i = first; i <= np.last(); i++) {
      Token t = doc.token(i);
      if (t.head() == h && t.rel().equals("nmod:poss") && !t.pos().equals("PRP$")) {
        if (t.isNoun() && !t.isProperNoun() && parser.isTitleWord(t)) {
          return; // "the candidate's doctor": someone of the candidate's, who is likely the one named before
        }
        definite = true; // "Connecticut's tax commissioner"
      }
      if (t.ner().equals("PERSON")) {
        if (t.head() == h && !t.rel().equals("nmod:poss")) {
          return; // "the senator, Ann Cole,": named, read with the name
        }
        for (PersonEntity p : people) {
          if (p.isNamedAt(i)) {
            inside.add(p); // "the mayor's former campaign strategist" is not Obama
          }
        }
      }
    }
    int head = doc.token(h).head();
    if (!definite || first > h || head >= 0 && doc.token(head).ner().equals("PERSON")) {
      return; // "The first member of Congress to endorse him was Rep. Chris Cole": named there
    }
    for (int c : doc.children(h)) {
      String w = DescriptionParser.lower(doc.token(c));
      if (doc.token(c).rel().equals("conj") && doc.token(doc.subtree(c).first()).pos().equals("DT")
          || w.equals("next") || w.equals("future")) {
        return; // "the radio host and the leading candidate": two people; "the next president": no one yet
      }
    }
    DescriptionParser.Parse parse = parser.parse(doc, first, np.last() + 1, false);
    if (parse == null || parse.head() != h) {
      return;
    }
    Description d = Description.of(parse, doc.span(first, parse.end() - 1));
    d = new Description(d.role(), d.affiliation(), d.qualifier(), d.party(), d.state(), d.evidence());
    boolean partyOnly = parse.affiliation().flatMap(Affiliations::partyWord).isPresent();
    Optional<PersonEntity> back = anaphor(doc, h, parse.role(), people, inside,
        !partyOnly && parse.affiliation().isPresent());
    PersonEntity target = back == null ? sameRole(parse.role(), people) : back.orElse(null);
    // a one-word name the article never gives in full may be no person ("Xinhua cited …"); it gets
    // no role from a description that names no one
    if (target != null && !inside.contains(target) && target.hasFullName()) {
      target.describe(d);
    }
  }

  /**
   * {@code The California Democrat said}: party and state for the person named nearest before (else
   * the previous sentence's subject), if their party is unknown or the same.
   */
  private void partyNominal(Doc doc, int h, List<PersonEntity> people) {
    TokenRange np = doc.subtree(h);
    if (np.last() != h) {
      return;
    }
    Description d = roles.stateParty(doc, np.first(), h + 1);
    if (d.party().isEmpty()) {
      return;
    }
    Optional<PersonEntity> back = anaphor(doc, h, null, people, List.of(), false);
    if (back == null || back.isEmpty()) {
      return;
    }
    PersonEntity p = back.get();
    if (p.party().map(d.party().get()::equals).orElse(true)) {
      p.describe(new Description(Optional.empty(), d.party(), Optional.empty(), d.party(), d.state(),
          d.evidence()));
    }
  }

  /**
   * The person whose role ends in the same word ({@code Attorney General}, {@code state attorney
   * general}): the only one, or of several the one named at least twice as often as the others; else null.
   */
  private static PersonEntity sameRole(String role, List<PersonEntity> people) {
    String head = lastWord(role);
    PersonEntity found = null;
    int most = 0;
    int next = 0;
    for (PersonEntity p : people) {
      if (p.role().map(r -> lastWord(r).equals(head)).orElse(false)) {
        int n = p.mentions().size();
        if (n > most) {
          next = most;
          most = n;
          found = p;
        } else {
          next = Math.max(next, n);
        }
      }
    }
    // several: the one the article is about, named at least twice as often as any other
    return most >= 2 * next ? found : null;
  }

  /** Whether an odd number of quotation marks stands between the start of the token's sentence and it. */
  private static boolean isQuoted(Doc doc, int k) {
    int marks = 0;
    for (int i = doc.sentences().get(doc.token(k).sentence()).firstToken(); i < k; i++) {
      String w = doc.token(i).word();
      if (w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”")) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  private static String lastWord(String s) {
    String[] words = s.toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  /**
   * Whom a description at {@code h} refers back to: a person named with a role of the same head just
   * before (its sentence or the one before); else the person named nearest before it in its sentence
   * (not inside quotation marks, nor a possessor or a noun's modifier: {@code contempt for Hale}, nor
   * the subject of a verb that governs it: {@code Cruz responded that the businessman}), else the
   * subject of the main verb of the sentence before, if it may be them (no role known, or a role of the same head;
   * any, for a null {@code role}). Null where no one was named;
   * then, with {@code forward}, a person named for the first time as the subject of the next sentence,
   * with no role (a lede's description, named after it).
   */
  private static Optional<PersonEntity> anaphor(Doc doc, int h, String role, List<PersonEntity> people,
      List<PersonEntity> inside, boolean forward) {
    int sentence = doc.token(h).sentence();
    List<Mention> candidates = new ArrayList<>();
    List<PersonEntity> speaking = new ArrayList<>();
    for (PersonEntity p : people) {
      for (TokenRange r : p.nameMentions()) {
        if (doc.token(r.first()).sentence() == sentence && r.last() < h && isSubject(doc, r) && governs(doc, r, h)) {
          speaking.add(p); // "Rubio still believes that the presumptive nominee …": not Rubio, in any sentence
        }
      }
    }
    for (PersonEntity p : people) {
      for (TokenRange r : p.nameMentions()) {
        int s = doc.token(r.first()).sentence();
        if (inside.contains(p) || speaking.contains(p) || isQuoted(doc, r.first())) {
          continue;
        }
        if (role != null && (s == sentence && r.last() < h || s == sentence - 1)
            && p.role().map(x -> lastWord(x).equals(lastWord(role))).orElse(false)) {
          return Optional.of(p); // "House Speaker Paul Ryan …. The speaker appeared …": named just before with that role
        }
        if (s == sentence && r.last() < h && !isEmbedded(doc, r)
            || s == sentence - 1 && isSubject(doc, r) && isMainClause(doc, r)) {
          candidates.add(new Mention(p, r));
        }
      }
    }
    // nearest first in the sentence; from the sentence before, its first subject (the main clause's)
    candidates.sort(Comparator.comparingInt((Mention m) -> doc.token(m.range().first()).sentence() == sentence
        ? -m.range().first() : Integer.MAX_VALUE / 2 + m.range().first()));
    if (!candidates.isEmpty()) {
      PersonEntity p = candidates.get(0).person();
      boolean fits = role == null || p.role().map(r -> lastWord(r).equals(lastWord(role))).orElse(true);
      List<PersonEntity> notRivals = new ArrayList<>(inside);
      notRivals.addAll(speaking);
      return fits && !rivalled(doc, h, role, p, people, notRivals) ? Optional.of(p) : Optional.empty();
    }
    if (!forward || sentence + 1 >= doc.sentences().size()) {
      return null; // "the Republican nominee" is an epithet of someone well known, not a lede's unnamed source
    }
    Mention next = null;
    for (PersonEntity p : people) {
      for (TokenRange r : p.nameMentions()) {
        if (doc.token(r.first()).sentence() == sentence + 1 && (next == null || r.first() < next.range().first())) {
          next = new Mention(p, r);
        }
      }
    }
    if (next == null || !isSubject(doc, next.range()) || next.person().role().isPresent()
        || !next.person().nameMentions().get(0).equals(next.range())) {
      return null;
    }
    return Optional.of(next.person());
  }
}
