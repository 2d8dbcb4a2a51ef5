package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.quoteattribution.Gender;
import org.quoteattribution.SourceKind;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.lang.SourceWords;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Token;
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
 *       whose role has that head word (and agrees in gender), else the person mentioned most so far,
 *       else the most recent speaker;</li>
 *   <li>a name as a possessor ({@code the mayor's former campaign strategist}) is not the source;</li>
 *   <li>{@code A former party chairman says} in the headline or lede: the person named later with
 *       that role;</li>
 *   <li>{@code a senior official}, {@code sources}: anonymous; {@code the ministry}: organisation;
 *       {@code the report}: document; {@code they}, {@code critics}: group.</li>
 * </ul>
 */
public final class SpeakerResolver {

  /** How many sentences back a person of a pronoun's gender counts as near. */
  private static final int NEAR_SENTENCES = 3;

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
    Speakers speakers = new Speakers();
    SpeakerIndex index = new SpeakerIndex(people, doc.tokens().size());
    TreeMap<Integer, Integer> quoted = new TreeMap<>();
    for (Candidate f : statements) {
      if (f.type() == StatementType.DIRECT) {
        quoted.merge(f.content().begin(), f.content().end(), Math::max);
      }
    }
    Map<Span, Resolution> bySource = new HashMap<>();
    for (Candidate f : statements) {
      // one source mention is one person: a floating quote that reuses the mention of the statement
      // before it gets that statement's speaker, not a second reading from where the quote stands
      Resolution r = f.source().map(s -> bySource.computeIfAbsent(s, k -> resolve(doc, f, k, speakers, index, quoted)))
          .orElseGet(() -> new Resolution(SourceKind.UNKNOWN, Optional.empty()));
      boolean firstPerson = f.source().filter(s -> s.text().matches("(?i)I|me|my")).isPresent();
      r.person().filter(p -> !(firstPerson && p.isAuthor())).ifPresent(p -> {
        // the author's "I" is no antecedent of a "he" or "she" that follows
        f.source().ifPresent(s -> index.add(p, s));
        speakers.add(f.content().begin(), f.source().map(s -> Math.min(s.begin(), f.content().begin()))
            .orElse(f.content().begin()), p);
      });
      out.add(new Attributed(f, r.kind(), r.person()));
    }
    return out;
  }

  /**
   * The speakers so far, in order, with the offset of each one's statement. Per gender, a step map
   * from offset to speaker: a speaker hides the earlier ones at offsets as late as its own, so the
   * latest speaker at or before an offset is found by a floor lookup, not by walking back.
   */
  static final class Speakers {
    private final List<PersonEntity> people = new ArrayList<>();
    /** Where each speaker's statement starts: its source or its content, whichever comes first. */
    private final List<Integer> starts = new ArrayList<>();
    private final Map<Gender, TreeMap<Integer, Integer>> latest = new EnumMap<>(Gender.class);
    /** The gender of the he or she resolved to a person the article gives no gender, null once both were. */
    private final Map<PersonEntity, Gender> tied = new IdentityHashMap<>();

    /** Ties {@code p} to a pronoun of gender {@code g} resolved to it. */
    void tie(PersonEntity p, Gender g) {
      if (p.gender() == Gender.UNKNOWN && g != Gender.UNKNOWN) {
        tied.merge(p, g, (a, b) -> a == b ? a : Gender.UNKNOWN);
      }
    }

    /** A person's gender as the article gives it, else as the pronouns resolved to them so far give it. */
    Gender genderOf(PersonEntity p) {
      return p.gender() != Gender.UNKNOWN ? p.gender() : tied.getOrDefault(p, Gender.UNKNOWN);
    }

    /** Whether {@code p} may be referred to by a word of gender {@code g}. */
    boolean agrees(PersonEntity p, Gender g) {
      Gender known = genderOf(p);
      return g == Gender.UNKNOWN || known == Gender.UNKNOWN || known == g;
    }

    void add(int at, PersonEntity p) {
      add(at, at, p);
    }

    void add(int at, int start, PersonEntity p) {
      TreeMap<Integer, Integer> steps = latest.computeIfAbsent(p.gender(), g -> new TreeMap<>());
      steps.tailMap(at, true).clear();
      steps.put(at, people.size());
      people.add(p);
      starts.add(start);
    }

    /** The latest speaker before {@code at} who agrees with {@code g}. */
    Optional<PersonEntity> latest(int at, Gender g) {
      int best = latestIndex(at, g);
      return best < 0 ? Optional.empty() : Optional.of(people.get(best));
    }

    /** Where the statement of the latest speaker before {@code at} who agrees with {@code g} starts, or -1. */
    int latestStart(int at, Gender g) {
      int best = latestIndex(at, g);
      return best < 0 ? -1 : starts.get(best);
    }

    private int latestIndex(int at, Gender g) {
      int best = -1;
      for (Map.Entry<Gender, TreeMap<Integer, Integer>> e : latest.entrySet()) {
        Map.Entry<Integer, Integer> step = e.getValue().floorEntry(at);
        if (step != null && (g == Gender.UNKNOWN || e.getKey() == Gender.UNKNOWN || e.getKey() == g)) {
          best = Math.max(best, step.getValue());
        }
      }
      return best;
    }
  }

  private Resolution resolve(Doc doc, Candidate f, Span source, Speakers speakers, SpeakerIndex index,
      TreeMap<Integer, Integer> quoted) {
    Optional<PersonEntity> named = namedIn(doc, source, f.sourceHead(), index);
    if (named.isPresent()) {
      return new Resolution(SourceKind.PERSON, named);
    }
    int at = Math.min(source.begin(), f.content().begin());
    Token head = f.sourceHead() >= 0 ? doc.token(f.sourceHead()) : lastToken(doc, source);
    String word = head.word().toLowerCase(Locale.ROOT);
    String lemma = head.lemma();
    if (word.equals("who") && head.pos().startsWith("W")) {
      Optional<PersonEntity> antecedent = antecedent(doc, head, index);
      if (antecedent.isPresent()) {
        return new Resolution(SourceKind.PERSON, antecedent);
      }
    }
    if (head.isNoun() && !head.isProperNoun()) {
      for (int c : doc.children(head.index())) {
        Optional<PersonEntity> apposed = doc.token(c).rel().equals("appos") ? index.namedAt(c) : Optional.empty();
        if (apposed.isPresent()) {
          return new Resolution(SourceKind.PERSON, apposed); // "his wife, Laura, who spoke of …"
        }
      }
    }
    Optional<Token> possessor = head.isNoun() && !head.isProperNoun() && head.ner().equals("O")
        && !sources.personNouns().contains(lemma) && !sources.organizations().contains(lemma)
        && !sources.anonymous().contains(lemma) && !sources.anonymous().contains(word)
        ? doc.children(head.index()).stream().map(doc::token)
            .filter(t -> t.rel().equals("nmod:poss") && t.is(Pos.PRP_POSSESSIVE)).findFirst() : Optional.empty();
    if (possessor.isPresent() && singularPronouns.contains(possessor.get().word().toLowerCase(Locale.ROOT))) {
      // "his best response was to say …": what a person's words are is the person's
      head = possessor.get();
      word = head.word().toLowerCase(Locale.ROOT);
    }
    if (head.isPronoun() || head.is(Pos.PRP_POSSESSIVE)) {
      if (word.equals("i") || word.equals("me")) {
        Optional<PersonEntity> author = index.author();
        if (author.isPresent()) {
          return new Resolution(SourceKind.PERSON, author);
        }
      }
      if (singularPronouns.contains(word)) {
        Gender g = pronounGender(word);
        Token pronoun = head;
        Optional<PersonEntity> p = antecedent(doc, f, pronoun, at, g, speakers, index, quoted)
            .or(() -> speakers.latest(at, g)).or(() -> recentPerson(index, at, g))
            .or(() -> speakers.latest(at, Gender.UNKNOWN));
        p.ifPresent(person -> speakers.tie(person, g));
        return new Resolution(SourceKind.PERSON, p);
      }
      if (groupPronouns.contains(word)) {
        return new Resolution(SourceKind.GROUP, Optional.empty());
      }
      return new Resolution(SourceKind.ORGANIZATION, Optional.empty());
    }
    boolean definite = source.text().toLowerCase(Locale.ROOT).startsWith("the ")
        || source.text().matches("(?s).*\\S(['’]s?|s['’])\\s.*") && !head.isProperNoun();
    if (definite && head.isNoun() && !head.isProperNoun()) {
      // "the coach", "the mayor's former campaign strategist": the person introduced with that role
      Gender g = gazetteer.genderOfWord(lemma);
      Optional<PersonEntity> byRole = index.byRole(lemma, at, p -> agrees(p, g));
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
      if (!definite && !head.hasPluralTag() && doc.paragraphAt(source.begin()) <= 1) {
        // "A former party chairman says …" in the headline or the lede: the person the article
        // goes on to name with that role, when it has named no one with it yet
        Optional<PersonEntity> introduced = index.byRole(lemma, at, p -> true)
            .filter(p -> index.firstMention(p) >= source.end());
        if (introduced.isPresent()) {
          return new Resolution(SourceKind.PERSON, introduced);
        }
      }
      if (!definite || head.hasPluralTag()) {
        // "a former official": no one in particular; "the two lawmakers", "Sanders' aides": a group
        return new Resolution(head.hasPluralTag() ? SourceKind.GROUP : SourceKind.ANONYMOUS, Optional.empty());
      }
      Gender g = gazetteer.genderOfWord(lemma);
      Optional<PersonEntity> byRole = index.byRole(lemma, at, p -> agrees(p, g));
      // failing a holder of that role, the person most mentioned or the latest speaker, but not one
      // who holds another office ("the mayor" is not the finance minister; "the former governor" may
      // be), nor a one-word name the article gives no role ("Xinhua cited …")
      String words = source.text().toLowerCase(Locale.ROOT);
      boolean former = words.contains("former ") || words.contains("ex-");
      Predicate<PersonEntity> fits = p -> agrees(p, g) && (former || !holdsAnotherOffice(p, lemma))
          && (p.role().isPresent() || p.hasFullName());
      return new Resolution(SourceKind.PERSON, byRole.or(() -> describedSpeakerBefore(doc, at, lemma, g, speakers))
          .or(() -> index.mostMentioned(at, fits)).or(() -> speakers.latest(at, g).filter(fits)));
    }
    if (definite && isPersonDemonym(head)) {
      // "Chelsea manager X said …. The Argentine added …": the person who spoke just before
      return new Resolution(SourceKind.PERSON, speakerJustBefore(doc, at, Gender.UNKNOWN, speakers));
    }
    Gender described = gazetteer.genderOfWord(lemma);
    if (definite && described != Gender.UNKNOWN && head.isNoun()) {
      // "the 34-year-old mother of three": the latest speaker or person of that gender
      return new Resolution(SourceKind.PERSON, speakers.latest(at, described)
          .filter(p -> p.gender() == described).or(() -> recentPerson(index, at, described)));
    }
    if (head.hasPluralTag()) {
      return new Resolution(SourceKind.GROUP, Optional.empty());
    }
    return new Resolution(SourceKind.UNKNOWN, Optional.empty());
  }

  /**
   * Elected and appointed offices, of which a person holds one at a time: the ones a description
   * ({@code the mayor}) may not take from someone the article gives another ({@code Finance
   * Minister}). Not occupations or candidacies ({@code the businessman}, {@code the nominee}), which
   * an office holder may also be: on PolNeAR train, barring every title gave 13 speakers right and
   * took 10 that were (read by hand); barring offices only changes 4, all wrong before and after.
   */
  private static final Set<String> OFFICES = Set.of("president", "premier", "chancellor", "minister", "secretary",
      "governor", "mayor", "senator", "ambassador", "judge", "justice", "sheriff", "speaker");

  /** Whether a description's office ({@code the mayor}) is another than the office the article gives this person. */
  private static boolean holdsAnotherOffice(PersonEntity p, String lemma) {
    if (!OFFICES.contains(lemma) || p.role().isEmpty()) {
      return false;
    }
    String role = p.role().get().toLowerCase(Locale.ROOT);
    String head = role.substring(role.lastIndexOf(' ') + 1);
    return !role.contains(lemma) && OFFICES.contains(head);
  }

  /** Nouns for any holder of an office, whatever their title: {@code the official}. */
  private static final Set<String> OFFICE_HOLDERS = Set.of("official", "spokesman", "spokeswoman", "spokesperson");

  /**
   * {@code X, a spokesman for the ministry, said …. The official added …}, {@code Senator X said ….
   * The Kentucky Republican added …}: the speaker of a statement that starts in the sentence before
   * or this one, if the article gives them a role and the description is one any office holder
   * answers to, or their party's word (not {@code the candidate}, a role of its own).
   */
  private static Optional<PersonEntity> describedSpeakerBefore(Doc doc, int at, String lemma, Gender g,
      Speakers speakers) {
    Optional<String> party = Affiliations.partyWord(lemma);
    if (!OFFICE_HOLDERS.contains(lemma) && party.isEmpty()) {
      return Optional.empty();
    }
    return speakerJustBefore(doc, at, g, speakers).filter(p -> p.role().isPresent()
        && (party.isEmpty() || p.party().map(party.get()::equals).orElse(true)));
  }

  /** The latest speaker who agrees with {@code g}, if their statement starts in the sentence before or this one. */
  private static Optional<PersonEntity> speakerJustBefore(Doc doc, int at, Gender g, Speakers speakers) {
    int first = doc.tokenAtOrAfter(at);
    if (first >= doc.tokens().size() || doc.token(first).sentence() == 0) {
      return Optional.empty();
    }
    Doc.Sentence previous = doc.sentences().get(doc.token(first).sentence() - 1);
    int previousStart = doc.token(previous.firstToken()).begin();
    return speakers.latestStart(at, g) >= previousStart
        ? speakers.latest(at, g).filter(p -> speakers.agrees(p, g)) : Optional.empty();
  }

  /**
   * A demonym as a singular noun, which names a person: {@code the Argentine}, {@code the
   * Iranian}; not one that names a nation ({@code the French}, {@code the Chinese}, {@code the
   * British}, {@code the Swiss}).
   */
  private boolean isPersonDemonym(Token head) {
    String w = head.word().toLowerCase(Locale.ROOT);
    return head.isNoun() && !head.hasPluralTag() && gazetteer.isNationality(head.word())
        && !(w.endsWith("ese") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("ss"));
  }

  /**
   * The person a {@code he} or {@code she} refers to, read from the sentences around it (mentions
   * inside a quotation are the quoted speaker's words, not antecedents):
   * <ul>
   *   <li>a person named earlier in the pronoun's own sentence ({@code X criticised Y after she
   *       …}, {@code X scolded him: “…,” she said}): the nearest who agrees, one of known gender first,
   *       not the agent of a passive ({@code When pressed by Y about …, his answer was …});</li>
   *   <li>else the latest speaker, when that statement starts in the previous sentence or this one;</li>
   *   <li>else the subject named last in the previous sentence, of the pronoun's gender as the
   *       article gives it ({@code Y said he had doubts about the war. ⏎ “…,” he told the host});</li>
   *   <li>else the latest speaker of that gender, else the person of that gender named last in the
   *       last {@value #NEAR_SENTENCES} sentences;</li>
   *   <li>else the subject named last in the previous sentence whose gender the article does not
   *       give ({@code Y answered by pointing to the budget. He said …}).</li>
   * </ul>
   * Empty when none of these holds: the caller falls back to the latest speaker.
   */
  private static Optional<PersonEntity> antecedent(Doc doc, Candidate f, Token pronoun, int at, Gender g,
      Speakers speakers, SpeakerIndex index, TreeMap<Integer, Integer> quoted) {
    Doc.Sentence own = doc.sentences().get(pronoun.sentence());
    int ownStart = doc.token(own.firstToken()).begin();
    Optional<PersonEntity> near = nearest(index.within(ownStart, pronoun.begin()).stream()
        .filter(m -> !isAgent(doc, m)).toList(), f, g, quoted, speakers);
    if (near.isPresent()) {
      return near;
    }
    int first = doc.tokenAtOrAfter(at);
    int sentence = first < doc.tokens().size() ? doc.token(first).sentence() : pronoun.sentence();
    if (sentence == 0) {
      return Optional.empty();
    }
    Doc.Sentence previous = doc.sentences().get(sentence - 1);
    int previousStart = doc.token(previous.firstToken()).begin();
    if (speakers.latestStart(at, g) >= previousStart && speakers.latest(at, g).filter(p -> speakers.agrees(p, g)).isPresent()) {
      return speakers.latest(at, g);
    }
    List<SpeakerIndex.Located> subjects = index.within(previousStart, at).stream()
        .filter(m -> isSubject(doc, m)).toList();
    Optional<PersonEntity> known = nearest(subjects.stream().filter(m -> speakers.genderOf(m.person()) == g).toList(),
        f, g, quoted, speakers);
    if (known.isPresent() || g == Gender.UNKNOWN) {
      return known;
    }
    Optional<PersonEntity> speaker = speakers.latest(at, g).filter(p -> speakers.genderOf(p) == g);
    if (speaker.isPresent()) {
      return speaker;
    }
    int windowStart = doc.token(doc.sentences().get(Math.max(0, sentence - NEAR_SENTENCES)).firstToken()).begin();
    Optional<PersonEntity> recent = nearest(index.within(windowStart, at), f, g, quoted, speakers)
        .filter(p -> speakers.genderOf(p) == g);
    return recent.or(() -> nearest(subjects, f, g, quoted, speakers));
  }

  /** {@code by X} of a passive: {@code When pressed by X about …, his answer was …} is not about X. */
  private static boolean isAgent(Doc doc, SpeakerIndex.Located m) {
    int first = doc.tokenAtOrAfter(m.begin());
    return first > 0 && first < doc.tokens().size() && doc.token(first - 1).lemma().equals("by")
        && doc.token(first - 1).baseRel().equals("case");
  }

  /** Whether a mention is the subject of a clause: a token of it is a subject of a word outside it. */
  private static boolean isSubject(Doc doc, SpeakerIndex.Located m) {
    for (int i = doc.tokenAtOrAfter(m.begin()); i < doc.tokens().size() && doc.token(i).begin() < m.end(); i++) {
      Token t = doc.token(i);
      if (t.rel().startsWith("nsubj") && t.head() >= 0
          && (doc.token(t.head()).begin() < m.begin() || doc.token(t.head()).end() > m.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The latest of {@code mentions} (latest first) of a person who agrees with {@code g} and is not
   * inside a quotation, preferring one known to be of gender {@code g}.
   */
  private static Optional<PersonEntity> nearest(List<SpeakerIndex.Located> mentions, Candidate f, Gender g,
      TreeMap<Integer, Integer> quoted, Speakers speakers) {
    Optional<PersonEntity> agreeing = Optional.empty();
    for (SpeakerIndex.Located m : mentions) {
      Map.Entry<Integer, Integer> quote = quoted.floorEntry(m.begin());
      boolean inQuote = f.content().begin() <= m.begin() && m.end() <= f.content().end()
          || quote != null && m.end() <= quote.getValue();
      if (inQuote || !speakers.agrees(m.person(), g)) {
        continue;
      }
      if (g == Gender.UNKNOWN || speakers.genderOf(m.person()) == g) {
        return Optional.of(m.person());
      }
      if (agreeing.isEmpty()) {
        agreeing = Optional.of(m.person());
      }
    }
    return agreeing;
  }

  /** {@code X, who said …}: the person the relative clause modifies. */
  private static Optional<PersonEntity> antecedent(Doc doc, Token who, SpeakerIndex index) {
    int verb = who.head();
    int noun;
    if (verb >= 0 && doc.token(verb).rel().startsWith("acl")) {
      noun = doc.token(verb).head();
    } else if (who.index() >= 2 && doc.token(who.index() - 1).word().equals(",")) {
      noun = who.index() - 2; // "X, who …" where the parse lost the clause's attachment
    } else {
      return Optional.empty();
    }
    return index.namedAt(noun);
  }

  private static Gender pronounGender(String word) {
    return switch (word) {
      case "he", "him", "his" -> Gender.MALE;
      case "she", "her" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** Whether a person may be referred to by a word of gender {@code g}: not known to be the other. */
  private static boolean agrees(PersonEntity p, Gender g) {
    return g == Gender.UNKNOWN || p.gender() == Gender.UNKNOWN || p.gender() == g;
  }

  /** The person named inside the source span, preferring the name at its head; not a possessor. */
  private static Optional<PersonEntity> namedIn(Doc doc, Span source, int head, SpeakerIndex index) {
    Optional<PersonEntity> atHead = index.namedAt(head);
    if (atHead.isPresent()) {
      return lastNamed(doc, source, head, index).or(() -> atHead);
    }
    Optional<PersonEntity> inside = index.earliestInside(source, doc.text());
    if (inside.isEmpty() && head >= 0) {
      // a surname the tagger missed ("Ham said"): a capitalised head that is a known surname
      Token t = doc.token(head);
      if (t.isProperNoun() && Character.isUpperCase(t.word().codePointAt(0))) {
        return index.soleBearer(Names.key(t.word())); // more than one bearer: leave it
      }
    }
    return inside;
  }

  /**
   * A name that closes the source after the head's name, a comma and nothing but capitalised words
   * ({@code To understand the real Max Weber, Professor Ann Ortiz said} parsed with the first
   * name as the subject): the name next to the cue is the speaker. Not a name in a description
   * ({@code Jane Doe, a lawyer for John Smith}).
   */
  private static Optional<PersonEntity> lastNamed(Doc doc, Span source, int head, SpeakerIndex index) {
    int last = doc.tokenAtOrAfter(source.end() - 1);
    if (last >= doc.tokens().size() || last <= head || doc.token(last).end() != source.end()) {
      return Optional.empty();
    }
    Optional<PersonEntity> closing = index.namedAt(last);
    Optional<PersonEntity> headPerson = index.namedAt(head);
    if (closing.isEmpty() || closing.get() == headPerson.orElse(null)) {
      return Optional.empty();
    }
    int i = head + 1;
    while (i < last && index.namedAt(i).equals(headPerson)) {
      i++;
    }
    if (i >= last || !doc.token(i).word().equals(",")) {
      return Optional.empty();
    }
    for (int k = i + 1; k < last; k++) {
      if (index.namedAt(k).isEmpty() && !Character.isUpperCase(doc.token(k).word().codePointAt(0))) {
        return Optional.empty();
      }
    }
    return closing;
  }

  private static Token lastToken(Doc doc, Span span) {
    int i = doc.tokenAtOrAfter(span.end() - 1);
    return doc.token(Math.min(i, doc.tokens().size() - 1));
  }

  /**
   * The person mentioned last before {@code at} known to be of gender {@code g}, else the one
   * mentioned last who agrees with it.
   */
  private static Optional<PersonEntity> recentPerson(SpeakerIndex index, int at, Gender g) {
    if (g != Gender.UNKNOWN) {
      Optional<PersonEntity> known = index.latestMentioned(EnumSet.of(g), at);
      if (known.isPresent()) {
        return known;
      }
    }
    return index.latestMentioned(g == Gender.UNKNOWN ? EnumSet.allOf(Gender.class) : EnumSet.of(g, Gender.UNKNOWN), at);
  }
}
