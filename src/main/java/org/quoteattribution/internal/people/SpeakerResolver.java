package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  private final Set<String> singularPronouns;
  private final Set<String> groupPronouns;
  private final SourceWords sources;

  public SpeakerResolver(WordLists words, SourceWords sources) {
    this.singularPronouns = words.set("singular-pronouns");
    this.groupPronouns = words.set("group-pronouns");
    this.sources = sources;
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
    Optional<PersonEntity> named = namedIn(source, people, f.sourceHead(), mentions);
    if (named.isPresent()) {
      return new Resolution(SourceKind.PERSON, named);
    }
    int at = Math.min(source.begin(), f.content().begin());
    Token head = f.sourceHead() >= 0 ? doc.token(f.sourceHead()) : lastToken(doc, source);
    String word = head.word().toLowerCase(Locale.ROOT);
    String lemma = head.lemma();
    if (head.isPronoun() || head.is(Pos.PRP_POSSESSIVE)) {
      if (singularPronouns.contains(word)) {
        return new Resolution(SourceKind.PERSON, recentSpeaker(speakers, at).or(() -> recentPerson(people, at, mentions)));
      }
      if (groupPronouns.contains(word)) {
        return new Resolution(SourceKind.GROUP, Optional.empty());
      }
      return new Resolution(SourceKind.ORGANIZATION, Optional.empty());
    }
    if (head.ner().equals("ORGANIZATION") || sources.organizations().contains(lemma)) {
      return new Resolution(sources.documents().contains(lemma) ? SourceKind.DOCUMENT : SourceKind.ORGANIZATION,
          Optional.empty());
    }
    if (sources.documents().contains(lemma) || sources.documents().contains(word)) {
      return new Resolution(SourceKind.DOCUMENT, Optional.empty());
    }
    boolean definite = source.text().toLowerCase(Locale.ROOT).startsWith("the ");
    if (sources.anonymous().contains(lemma) || sources.anonymous().contains(word)) {
      return new Resolution(SourceKind.ANONYMOUS, Optional.empty());
    }
    if (sources.personNouns().contains(lemma)) {
      if (!definite) {
        return new Resolution(head.hasPluralTag() ? SourceKind.GROUP : SourceKind.ANONYMOUS, Optional.empty());
      }
      Optional<PersonEntity> byRole = people.stream()
          .filter(p -> p.role().map(r -> r.toLowerCase(Locale.ROOT).contains(lemma)).orElse(false))
          .reduce((a, b) -> b);
      return new Resolution(SourceKind.PERSON, byRole.or(() -> recentSpeaker(speakers, at)));
    }
    if (head.hasPluralTag()) {
      return new Resolution(SourceKind.GROUP, Optional.empty());
    }
    return new Resolution(SourceKind.UNKNOWN, Optional.empty());
  }

  /** The person named inside the source span, preferring the name at its head. */
  private static Optional<PersonEntity> namedIn(Span source, List<PersonEntity> people, int head,
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

  private static Optional<PersonEntity> recentPerson(List<PersonEntity> people, int at, Mentions mentions) {
    PersonEntity best = null;
    int bestAt = -1;
    for (PersonEntity p : people) {
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
