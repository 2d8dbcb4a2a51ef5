package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Gender;
import org.quoteattribution.SourceKind;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.statements.Found;

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

  private final Gazetteer gazetteer;

  /** Resolves with the word lists of {@code roles} (gendered nouns). */
  public SpeakerResolver(RoleFinder roles) {
    this.gazetteer = roles.gazetteer();
  }

  /** A statement's resolved source. */
  public record Resolution(SourceKind kind, Optional<PersonEntity> person) {}

  private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "him", "her", "i");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "them", "us");
  private static final Set<String> DOCUMENTS = Set.of("report", "statement", "study", "poll", "survey",
      "memo", "letter", "document", "documents", "filing", "analysis", "release", "article", "story",
      "post", "times", "journal", "newspaper", "paper", "website", "book", "data", "records", "record",
      "complaint", "lawsuit", "indictment", "ruling", "order", "findings", "audit", "email", "emails",
      "tweet", "ad", "video", "transcript", "reports", "polls", "studies", "surveys", "news", "magazine",
      "network", "cnn", "nbc", "abc", "cbs", "fox", "reuters", "ap", "press");
  private static final Set<String> ORGANIZATIONS = Set.of("ministry", "government", "department",
      "agency", "administration", "campaign", "committee", "company", "office", "white", "house",
      "party", "police", "court", "council", "commission", "embassy", "state", "army", "military",
      "pentagon", "kremlin", "congress", "senate", "fbi", "cia", "group", "organization", "firm",
      "bank", "board", "team", "union", "university", "institute", "foundation");
  private static final Set<String> PERSON_NOUNS = Set.of("official", "ambassador", "diplomat",
      "minister", "spokesman", "spokeswoman", "spokesperson", "president", "senator", "governor",
      "secretary", "chairman", "chairwoman", "chair", "director", "leader", "candidate", "nominee",
      "envoy", "representative", "lawmaker", "mayor", "judge", "chief", "executive", "officer",
      "general", "adviser", "advisor", "aide", "prosecutor", "attorney", "lawyer", "congressman",
      "congresswoman", "premier", "chancellor", "king", "queen", "prince", "democrat", "republican",
      "man", "woman", "billionaire", "businessman", "manager", "head", "deputy", "analyst", "expert",
      "economist", "professor", "researcher", "strategist", "pollster", "founder", "owner", "ceo");
  private static final Set<String> ANONYMOUS_WORDS = Set.of("source", "sources", "someone", "people",
      "person", "insider", "insiders", "witnesses", "witness", "observers");

  /** Whether a common noun names a kind of source: {@code official}, {@code ministry}, {@code poll}. */
  public static boolean isSourceNoun(String lemma) {
    return PERSON_NOUNS.contains(lemma) || ANONYMOUS_WORDS.contains(lemma)
        || ORGANIZATIONS.contains(lemma) || DOCUMENTS.contains(lemma);
  }

  public List<Resolution> resolve(Doc doc, List<Found> statements, List<PersonEntity> people) {
    List<Resolution> out = new ArrayList<>();
    List<Speech> speakers = new ArrayList<>();
    for (Found f : statements) {
      Resolution r = f.source().map(s -> resolve(doc, f, s, people, speakers))
          .orElseGet(() -> new Resolution(SourceKind.UNKNOWN, Optional.empty()));
      r.person().ifPresent(p -> {
        f.source().ifPresent(p::addMention);
        speakers.add(new Speech(f.content().begin(), p));
      });
      out.add(r);
    }
    return out;
  }

  private record Speech(int at, PersonEntity person) {}

  private Resolution resolve(Doc doc, Found f, Span source, List<PersonEntity> people, List<Speech> speakers) {
    Optional<PersonEntity> named = namedIn(doc, source, people, f.sourceHead());
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
    if (head.isPronoun() || head.pos().equals("PRP$")) {
      if (word.equals("i") || word.equals("me")) {
        Optional<PersonEntity> author = people.stream().filter(PersonEntity::isAuthor).findFirst();
        if (author.isPresent()) {
          return new Resolution(SourceKind.PERSON, author);
        }
      }
      if (SINGULAR_PRONOUNS.contains(word)) {
        Gender g = pronounGender(word);
        return new Resolution(SourceKind.PERSON, recentSpeaker(speakers, at, g).or(() -> recentPerson(people, at, g))
            .or(() -> recentSpeaker(speakers, at, Gender.UNKNOWN)));
      }
      if (GROUP_PRONOUNS.contains(word)) {
        return new Resolution(SourceKind.GROUP, Optional.empty());
      }
      return new Resolution(SourceKind.ORGANIZATION, Optional.empty());
    }
    boolean definite = source.text().toLowerCase(Locale.ROOT).startsWith("the ")
        || source.text().matches("(?s).*\\S(['’]s?|s['’])\\s.*") && !head.isProperNoun();
    if (definite && head.isNoun() && !head.isProperNoun()) {
      // "the coach", "Obama's former campaign strategist": the person introduced with that role
      Gender g = gazetteer.genderOfWord(lemma);
      Optional<PersonEntity> byRole = byRole(people, lemma, at, g);
      if (byRole.isPresent()) {
        return new Resolution(SourceKind.PERSON, byRole);
      }
    }
    if (head.ner().equals("ORGANIZATION") || ORGANIZATIONS.contains(lemma)) {
      return new Resolution(DOCUMENTS.contains(lemma) ? SourceKind.DOCUMENT : SourceKind.ORGANIZATION,
          Optional.empty());
    }
    if (DOCUMENTS.contains(lemma) || DOCUMENTS.contains(word)) {
      return new Resolution(SourceKind.DOCUMENT, Optional.empty());
    }
    if (ANONYMOUS_WORDS.contains(lemma) || ANONYMOUS_WORDS.contains(word)) {
      return new Resolution(SourceKind.ANONYMOUS, Optional.empty());
    }
    if (PERSON_NOUNS.contains(lemma)) {
      if (!definite) {
        return new Resolution(head.pos().endsWith("S") ? SourceKind.GROUP : SourceKind.ANONYMOUS, Optional.empty());
      }
      Gender g = gazetteer.genderOfWord(lemma);
      Optional<PersonEntity> byRole = byRole(people, lemma, at, g);
      return new Resolution(SourceKind.PERSON, byRole.or(() -> recentSpeaker(speakers, at, g)));
    }
    Gender described = gazetteer.genderOfWord(lemma);
    if (definite && described != Gender.UNKNOWN && head.isNoun()) {
      // "the 34-year-old mother of three": the latest speaker or person of that gender
      return new Resolution(SourceKind.PERSON, recentSpeaker(speakers, at, described)
          .filter(p -> p.gender() == described).or(() -> recentPerson(people, at, described)));
    }
    if (head.pos().endsWith("S")) {
      return new Resolution(SourceKind.GROUP, Optional.empty());
    }
    return new Resolution(SourceKind.UNKNOWN, Optional.empty());
  }

  /** The person whose role has {@code lemma} as a word, most recently mentioned before {@code at}, of gender {@code g}. */
  private static Optional<PersonEntity> byRole(List<PersonEntity> people, String lemma, int at, Gender g) {
    PersonEntity best = null;
    int bestAt = Integer.MIN_VALUE;
    for (PersonEntity p : people) {
      if (!agrees(p, g) || !p.role().map(r -> hasWord(r, lemma)).orElse(false)) {
        continue;
      }
      for (Span m : p.mentions()) {
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
    if (verb < 0 || !doc.token(verb).rel().startsWith("acl")) {
      return Optional.empty();
    }
    int noun = doc.token(verb).head();
    for (PersonEntity p : people) {
      for (int[] m : p.nameMentions()) {
        if (noun >= m[0] && noun <= m[1]) {
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
  private static Optional<PersonEntity> namedIn(Doc doc, Span source, List<PersonEntity> people, int head) {
    PersonEntity best = null;
    int bestBegin = Integer.MAX_VALUE;
    for (PersonEntity p : people) {
      for (int[] m : p.nameMentions()) {
        if (head >= m[0] && head <= m[1]) {
          return Optional.of(p);
        }
      }
    }
    for (PersonEntity p : people) {
      for (Span m : p.mentions()) {
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
  private static Optional<PersonEntity> recentPerson(List<PersonEntity> people, int at, Gender g) {
    if (g != Gender.UNKNOWN) {
      Optional<PersonEntity> known = recentPerson(people.stream().filter(p -> p.gender() == g).toList(), at,
          Gender.UNKNOWN);
      if (known.isPresent()) {
        return known;
      }
    }
    return latestMentioned(people, at, g);
  }

  private static Optional<PersonEntity> latestMentioned(List<PersonEntity> people, int at, Gender g) {
    PersonEntity best = null;
    int bestAt = -1;
    for (PersonEntity p : people) {
      if (!agrees(p, g)) {
        continue;
      }
      for (Span m : p.mentions()) {
        if (m.end() <= at && m.begin() > bestAt) {
          best = p;
          bestAt = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
