package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Gender;
import org.quoteattribution.SourceKind;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.SourceWords;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;
import org.quoteattribution.internal.statements.Candidate;

/**
 * Resolves each statement's source mention to a person, or says what else it is.
 * <ul>
 *   <li>a name, or a span that holds one: that person;</li>
 *   <li>{@code he}, {@code she}: the most recent speaker, else the most recent person named before,
 *       of a gender that agrees ({@link GenderReader} reads it from the article);</li>
 *   <li>{@code I} in an article that names its author (a byline, a closing line about the writer):
 *       the author;</li>
 *   <li>{@code who}: the person the relative clause hangs on;</li>
 *   <li>{@code the official}, {@code the former secretary of state}: the person most recently named
 *       whose role has that head word (and agrees in gender), else the most recent speaker;</li>
 *   <li>a name as a possessor ({@code Obama's former campaign strategist}) is not the source;</li>
 *   <li>{@code a senior official}, {@code sources}: anonymous; {@code the ministry}: organisation;
 *       {@code the report}: document; {@code they}, {@code critics}: group.</li>
 * </ul>
 */
public final class SpeakerResolver {

  /** A statement's resolved source. */
  public record Resolution(SourceKind kind, Optional<PersonEntity> person) {}

  private final Set<String> singularPronouns;
  private final Set<String> groupPronouns;
  private final SourceWords sources;
  private final Gazetteer gazetteer;

  /** Resolves with the word lists of {@code words} and the gendered nouns of {@code roles}. */
  public SpeakerResolver(WordLists words, SourceWords sources, RoleFinder roles) {
    this.singularPronouns = words.set("singular-pronouns");
    this.groupPronouns = words.set("group-pronouns");
    this.sources = sources;
    this.gazetteer = roles.gazetteer();
  }

  /**
   * Resolves the source of each candidate, in order. A resolved source mention counts as a
   * mention of its person for the candidates after it; the people themselves are not changed.
   */
  public List<Attributed> resolve(Doc doc, List<Candidate> statements, List<PersonEntity> people) {
    List<Attributed> out = new ArrayList<>();
    List<Speech> speakers = new ArrayList<>();
    Mentions mentions = new Mentions();
    for (Candidate f : statements) {
      Resolution r = f.source().map(s -> resolve(doc, f, s, people, speakers, mentions))
          .orElseGet(() -> new Resolution(SourceKind.UNKNOWN, Optional.empty()));
      r.person().ifPresent(p -> {
        f.source().ifPresent(s -> mentions.add(p, s));
        speakers.add(new Speech(f.content().begin(), p));
      });
      out.add(new Attributed(f, r.kind(), r.person()));
    }
    return out;
  }

  /** The mentions of each person: those the people finder found and the sources resolved so far. */
  private static final class Mentions {
    private final Map<PersonEntity, List<Span>> added = new HashMap<>();

    void add(PersonEntity p, Span span) {
      if (p.mentions().stream().noneMatch(m -> m.begin() == span.begin() && m.end() == span.end())) {
        List<Span> list = added.computeIfAbsent(p, k -> new ArrayList<>());
        if (list.stream().noneMatch(m -> m.begin() == span.begin() && m.end() == span.end())) {
          list.add(span);
        }
      }
    }

    List<Span> of(PersonEntity p) {
      List<Span> extra = added.get(p);
      if (extra == null) {
        return p.mentions();
      }
      List<Span> all = new ArrayList<>(p.mentions());
      all.addAll(extra);
      return all;
    }
  }

  private record Speech(int at, PersonEntity person) {}

  private Resolution resolve(Doc doc, Candidate f, Span source, List<PersonEntity> people, List<Speech> speakers,
      Mentions mentions) {
    Optional<PersonEntity> named = namedIn(doc, source, people, f.sourceHead(), mentions);
    if (named.isPresent()) {
      return new Resolution(SourceKind.PERSON, named);
    }
    int at = Math.min(source.begin(), f.content().begin());
    Token head = f.sourceHead() >= 0 ? doc.token(f.sourceHead()) : lastToken(doc, source);
    String word = head.word().toLowerCase(Locale.ROOT);
    String lemma = head.lemma();
    if (word.equals("who") && head.pos().startsWith("W")) {
      Optional<PersonEntity> antecedent = antecedent(doc, head, people);
      if (antecedent.isPresent()) {
        return new Resolution(SourceKind.PERSON, antecedent);
      }
    }
    if (head.isPronoun() || head.is(Pos.PRP_POSSESSIVE)) {
      if (word.equals("i") || word.equals("me")) {
        Optional<PersonEntity> author = people.stream().filter(PersonEntity::isAuthor).findFirst();
        if (author.isPresent()) {
          return new Resolution(SourceKind.PERSON, author);
        }
      }
      if (singularPronouns.contains(word)) {
        Gender g = pronounGender(word);
        return new Resolution(SourceKind.PERSON, recentSpeaker(speakers, at, g).or(() -> recentPerson(people, at, g, mentions))
            .or(() -> recentSpeaker(speakers, at, Gender.UNKNOWN)));
      }
      if (groupPronouns.contains(word)) {
        return new Resolution(SourceKind.GROUP, Optional.empty());
      }
      return new Resolution(SourceKind.ORGANIZATION, Optional.empty());
    }
    boolean definite = source.text().toLowerCase(Locale.ROOT).startsWith("the ")
        || source.text().matches("(?s).*\\S(['’]s?|s['’])\\s.*") && !head.isProperNoun();
    if (definite && head.isNoun() && !head.isProperNoun()) {
      // "the coach", "Obama's former campaign strategist": the person introduced with that role
      Gender g = gazetteer.genderOfWord(lemma);
      Optional<PersonEntity> byRole = byRole(people, lemma, at, g, mentions);
      if (byRole.isPresent()) {
        return new Resolution(SourceKind.PERSON, byRole);
      }
    }
    if (head.ner().equals("ORGANIZATION") || sources.organizations().contains(lemma)) {
      return new Resolution(sources.documents().contains(lemma) ? SourceKind.DOCUMENT : SourceKind.ORGANIZATION,
          Optional.empty());
    }
    if (sources.documents().contains(lemma) || sources.documents().contains(word)) {
      return new Resolution(SourceKind.DOCUMENT, Optional.empty());
    }
    if (sources.anonymous().contains(lemma) || sources.anonymous().contains(word)) {
      return new Resolution(SourceKind.ANONYMOUS, Optional.empty());
    }
    if (sources.personNouns().contains(lemma)) {
      if (!definite) {
        return new Resolution(head.hasPluralTag() ? SourceKind.GROUP : SourceKind.ANONYMOUS, Optional.empty());
      }
      Gender g = gazetteer.genderOfWord(lemma);
      Optional<PersonEntity> byRole = byRole(people, lemma, at, g, mentions);
      return new Resolution(SourceKind.PERSON, byRole.or(() -> recentSpeaker(speakers, at, g)));
    }
    Gender described = gazetteer.genderOfWord(lemma);
    if (definite && described != Gender.UNKNOWN && head.isNoun()) {
      // "the 34-year-old mother of three": the latest speaker or person of that gender
      return new Resolution(SourceKind.PERSON, recentSpeaker(speakers, at, described)
          .filter(p -> p.gender() == described).or(() -> recentPerson(people, at, described, mentions)));
    }
    if (head.hasPluralTag()) {
      return new Resolution(SourceKind.GROUP, Optional.empty());
    }
    return new Resolution(SourceKind.UNKNOWN, Optional.empty());
  }

  /** The person whose role has {@code lemma} as a word, most recently mentioned before {@code at}, of gender {@code g}. */
  private static Optional<PersonEntity> byRole(List<PersonEntity> people, String lemma, int at, Gender g,
      Mentions mentions) {
    PersonEntity best = null;
    int bestAt = Integer.MIN_VALUE;
    for (PersonEntity p : people) {
      if (!agrees(p, g) || !p.role().map(r -> hasWord(r, lemma)).orElse(false)) {
        continue;
      }
      for (Span m : mentions.of(p)) {
        // the latest mention before, else (a description that comes first) the earliest after
        int key = m.end() <= at ? m.begin() : -m.begin();
        if (key > bestAt) {
          best = p;
          bestAt = key;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean hasWord(String role, String lemma) {
    for (String w : role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (w.equals(lemma) || w.equals(lemma + "s")) {
        return true;
      }
    }
    return false;
  }

  /** {@code X, who said …}: the person the relative clause modifies. */
  private static Optional<PersonEntity> antecedent(Doc doc, Token who, List<PersonEntity> people) {
    int verb = who.head();
    int noun;
    if (verb >= 0 && doc.token(verb).rel().startsWith("acl")) {
      noun = doc.token(verb).head();
    } else if (who.index() >= 2 && doc.token(who.index() - 1).word().equals(",")) {
      noun = who.index() - 2; // "X, who …" where the parse lost the clause's attachment
    } else {
      return Optional.empty();
    }
    for (PersonEntity p : people) {
      for (TokenRange m : p.nameMentions()) {
        if (m.contains(noun)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static Gender pronounGender(String word) {
    return switch (word) {
      case "he", "him" -> Gender.MALE;
      case "she", "her" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** Whether a person may be referred to by a word of gender {@code g}: not known to be the other. */
  private static boolean agrees(PersonEntity p, Gender g) {
    return g == Gender.UNKNOWN || p.gender() == Gender.UNKNOWN || p.gender() == g;
  }

  /** The person named inside the source span, preferring the name at its head; not a possessor. */
  private static Optional<PersonEntity> namedIn(Doc doc, Span source, List<PersonEntity> people, int head,
      Mentions mentions) {
    PersonEntity best = null;
    int bestBegin = Integer.MAX_VALUE;
    for (PersonEntity p : people) {
      for (TokenRange m : p.nameMentions()) {
        if (m.contains(head)) {
          return Optional.of(p);
        }
      }
    }
    for (PersonEntity p : people) {
      for (Span m : mentions.of(p)) {
        if (source.contains(m) && m.begin() < bestBegin && !possessor(doc.text(), m)) {
          best = p;
          bestBegin = m.begin();
        }
      }
    }
    if (best == null && head >= 0) {
      // a surname the tagger missed ("Ham said"): a capitalised head that is a known surname
      Token t = doc.token(head);
      if (t.isProperNoun() && Character.isUpperCase(t.word().codePointAt(0))) {
        String w = t.word().toLowerCase(Locale.ROOT);
        PersonEntity bearer = null;
        for (PersonEntity p : people) {
          if (p.surname().equals(w) && Names.tokens(p.name()).size() > 1) {
            if (bearer != null) {
              return Optional.empty(); // more than one bearer: leave it
            }
            bearer = p;
          }
        }
        return Optional.ofNullable(bearer);
      }
    }
    return Optional.ofNullable(best);
  }

  private static Token lastToken(Doc doc, Span span) {
    int i = doc.tokenAtOrAfter(span.end() - 1);
    return doc.token(Math.min(i, doc.tokens().size() - 1));
  }

  /** {@code Obama's}: a name followed by a possessive marker. */
  private static boolean possessor(String text, Span m) {
    int e = m.end();
    return e < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’');
  }

  /** The latest speaker before {@code at} who agrees with {@code g}. */
  private static Optional<PersonEntity> recentSpeaker(List<Speech> speakers, int at, Gender g) {
    for (int k = speakers.size() - 1; k >= 0; k--) {
      Speech s = speakers.get(k);
      if (s.at() <= at && agrees(s.person(), g)) {
        return Optional.of(s.person());
      }
    }
    return Optional.empty();
  }

  /**
   * The person mentioned last before {@code at} known to be of gender {@code g}, else the one
   * mentioned last who agrees with it.
   */
  private static Optional<PersonEntity> recentPerson(List<PersonEntity> people, int at, Gender g,
      Mentions mentions) {
    if (g != Gender.UNKNOWN) {
      Optional<PersonEntity> known = latestMentioned(people.stream().filter(p -> p.gender() == g).toList(), at,
          Gender.UNKNOWN, mentions);
      if (known.isPresent()) {
        return known;
      }
    }
    return latestMentioned(people, at, g, mentions);
  }

  private static Optional<PersonEntity> latestMentioned(List<PersonEntity> people, int at, Gender g,
      Mentions mentions) {
    PersonEntity best = null;
    int bestAt = -1;
    for (PersonEntity p : people) {
      if (!agrees(p, g)) {
        continue;
      }
      for (Span m : mentions.of(p)) {
        if (m.end() <= at && m.begin() > bestAt) {
          best = p;
          bestAt = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
