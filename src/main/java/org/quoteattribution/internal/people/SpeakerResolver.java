package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.SourceKind;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.statements.Found;

/**
 * Resolves each statement's source mention to a person, or says what else it is.
 * <ul>
 *   <li>a name, or a span that holds one: that person;</li>
 *   <li>{@code he}, {@code she}: the most recent speaker, else the most recent person named before;</li>
 *   <li>{@code the official}, {@code the ambassador}: the person whose role has that word, else the
 *       most recent speaker;</li>
 *   <li>{@code a senior official}, {@code sources}: anonymous; {@code the ministry}: organisation;
 *       {@code the report}: document; {@code they}, {@code critics}: group.</li>
 * </ul>
 */
public final class SpeakerResolver {

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
    Optional<PersonEntity> named = namedIn(source, people, f.sourceHead());
    if (named.isPresent()) {
      return new Resolution(SourceKind.PERSON, named);
    }
    int at = Math.min(source.begin(), f.content().begin());
    Token head = f.sourceHead() >= 0 ? doc.token(f.sourceHead()) : lastToken(doc, source);
    String word = head.word().toLowerCase(Locale.ROOT);
    String lemma = head.lemma();
    if (head.isPronoun() || head.pos().equals("PRP$")) {
      if (SINGULAR_PRONOUNS.contains(word)) {
        return new Resolution(SourceKind.PERSON, recentSpeaker(speakers, at).or(() -> recentPerson(people, at)));
      }
      if (GROUP_PRONOUNS.contains(word)) {
        return new Resolution(SourceKind.GROUP, Optional.empty());
      }
      return new Resolution(SourceKind.ORGANIZATION, Optional.empty());
    }
    if (head.ner().equals("ORGANIZATION") || ORGANIZATIONS.contains(lemma)) {
      return new Resolution(DOCUMENTS.contains(lemma) ? SourceKind.DOCUMENT : SourceKind.ORGANIZATION,
          Optional.empty());
    }
    if (DOCUMENTS.contains(lemma) || DOCUMENTS.contains(word)) {
      return new Resolution(SourceKind.DOCUMENT, Optional.empty());
    }
    boolean definite = source.text().toLowerCase(Locale.ROOT).startsWith("the ");
    if (ANONYMOUS_WORDS.contains(lemma) || ANONYMOUS_WORDS.contains(word)) {
      return new Resolution(SourceKind.ANONYMOUS, Optional.empty());
    }
    if (PERSON_NOUNS.contains(lemma)) {
      if (!definite) {
        return new Resolution(head.pos().endsWith("S") ? SourceKind.GROUP : SourceKind.ANONYMOUS, Optional.empty());
      }
      Optional<PersonEntity> byRole = people.stream()
          .filter(p -> p.role().map(r -> r.toLowerCase(Locale.ROOT).contains(lemma)).orElse(false))
          .reduce((a, b) -> b);
      return new Resolution(SourceKind.PERSON, byRole.or(() -> recentSpeaker(speakers, at)));
    }
    if (head.pos().endsWith("S")) {
      return new Resolution(SourceKind.GROUP, Optional.empty());
    }
    return new Resolution(SourceKind.UNKNOWN, Optional.empty());
  }

  /** The person named inside the source span, preferring the name at its head. */
  private static Optional<PersonEntity> namedIn(Span source, List<PersonEntity> people, int head) {
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
        if (source.contains(m) && m.begin() < bestBegin) {
          best = p;
          bestBegin = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Token lastToken(Doc doc, Span span) {
    int i = doc.tokenAtOrAfter(span.end() - 1);
    return doc.token(Math.min(i, doc.tokens().size() - 1));
  }

  private static Optional<PersonEntity> recentSpeaker(List<Speech> speakers, int at) {
    Optional<PersonEntity> best = Optional.empty();
    for (Speech s : speakers) {
      if (s.at() <= at) {
        best = Optional.of(s.person());
      }
    }
    return best;
  }

  private static Optional<PersonEntity> recentPerson(List<PersonEntity> people, int at) {
    PersonEntity best = null;
    int bestAt = -1;
    for (PersonEntity p : people) {
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
