package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;
import org.quoteattribution.internal.text.Quote;

/**
 * Proposes statement candidates from cues the lexicon may leave out, for the trained scorer to
 * judge: a verb with a subject and a clause, object or prepositional object ({@code She backed
 * the bill}, {@code They worry about costs}), an adjective with a clause or prepositional object
 * ({@code He is confident that …}), a noun with a clause or an object of {@code for, of, about,
 * on, against} ({@code her support for the plan}). The content is that argument. The
 * {@link CueDetector} decides which words are read as cues: none it finds unlikely
 * ({@link #LEAST_CUE}), and, for the likely ones ({@link #LIKELY_CUE}), also negated cues, cues
 * with the subject of the verb they are joined to or with none, and loosely attached clauses as
 * content. Candidates whose cue already has a statement, whose content overlaps one, or that
 * stand inside quote marks are left out. Their evidence says {@link Evidence.Finder#OPEN_CUE}:
 * only a trained scorer judges them, and drops those it finds unlikely.
 */
public final class OpenCueStatements {

  private static final Set<String> NOUN_PREPOSITIONS = Set.of("for", "of", "about", "on", "against", "over", "to");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> NOBODY = Set.of("nobody", "none", "nothing", "neither");
  private static final Set<String> INDEFINITES = Set.of("anything", "something", "nothing", "everything");
  private static final Set<String> SKIPPED_LEMMAS = Set.of("be", "have", "do", "get");

  /**
   * The least {@link CueDetector} probability at which a word is read as a cue in the constructions
   * the stage otherwise leaves out: negated, unless a speech cue ({@code did not want to …}), with the subject of the
   * verb it is joined to ({@code arrived and voted against …}, {@code went on to criticize …}) or with
   * none, and with its content as a loosely attached clause ({@code dep}, {@code parataxis},
   * {@code advcl} of an adjective: {@code weren't sure if …}). Chosen on PolNeAR dev.
   */
  static final double LIKELY_CUE = 0.4;

  /**
   * Below this {@link CueDetector} probability a word is not proposed as a cue at all: the
   * candidates of words that are hardly ever cues matched gold contents by accident, with the
   * wrong cue, and crowded the scorer. Chosen on PolNeAR dev.
   */
  static final double LEAST_CUE = 0.1;

  private final CueLexicon lexicon;
  private final CueDetector detector;

  public OpenCueStatements(CueLexicon lexicon, CueDetector detector) {
    this.lexicon = lexicon;
    this.detector = detector;
  }

  public List<Candidate> find(Doc doc, List<Quote> quotes, List<Candidate> existing) {
    double[] probabilities = detector.probabilities(doc);
    int length = doc.text().length();
    BitSet quoted = new BitSet(length);
    quotes.forEach(q -> quoted.set(q.begin(), q.end()));
    BitSet taken = new BitSet(length);
    BitSet cues = new BitSet(length);
    for (Candidate f : existing) {
      taken.set(f.content().begin(), f.content().end());
      f.cue().ifPresent(c -> cues.set(c.span().begin(), c.span().end()));
    }
    List<Candidate> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      double p = probabilities[t.index()];
      boolean likely = p >= LIKELY_CUE;
      if (p < LEAST_CUE || SKIPPED_LEMMAS.contains(t.lemma()) || t.baseRel().matches("aux|cop|amod|compound|case|mark")
          || isSet(quoted, t.begin(), t.end()) || isSet(cues, t.begin(), t.end())
          || isNegated(doc, t) && (!likely || isSpeech(t))) {
        continue;
      }
      candidate(doc, t, likely).filter(f -> !isSet(taken, f.content().begin(), f.content().end())
          && !isSet(quoted, f.content().begin(), f.content().end())).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whose a noun cue with no possessor is: the subject of the verb it is the object of, directly or
   * under another noun ({@code The candidate did not give a cost estimate for …}, {@code X took
   * offense at suggestions that …}); none where the noun is itself the subject.
   */
  private static Optional<Token> holder(Doc doc, Token noun) {
    Token t = noun;
    for (int up = 0; up < 2 && t.head() >= 0 && t.baseRel().matches("obj|obl|nmod"); up++) {
      Token head = doc.token(t.head());
      if (head.isVerb()) {
        return doc.nearestChild(head.index(), Rel.NSUBJ).filter(s -> !s.relIs(Rel.NSUBJ_PASS) && s.index() < noun.index());
      }
      t = head;
    }
    return Optional.empty();
  }

  /** A subject that denies the statement: {@code No one said …}, {@code Nobody wants …}. */
  private static boolean isNobody(Doc doc, Token subject) {
    return NOBODY.contains(subject.lemma())
        || doc.children(subject.index()).stream().map(doc::token).anyMatch(t -> t.lemma().equals("no"));
  }

  /** A cue with {@code not}, {@code n't} or {@code never}: {@code did not comment on …}. */
  private static boolean isNegated(Doc doc, Token t) {
    for (int c : doc.children(t.index())) {
      Token child = doc.token(c);
      if (child.baseRel().matches("advmod|neg") && NEGATIONS.contains(child.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A speech cue: negated, it reports nothing ({@code did not say whether …}, {@code did not
   * comment on …}), whereas a negated stance is one ({@code did not want to …}).
   */
  private boolean isSpeech(Token t) {
    return (t.isNoun() ? lexicon.noun(t.lemma()) : lexicon.verb(t.lemma()))
        .filter(e -> e.cueClass() == CueLexicon.CueClass.SPEECH).isPresent();
  }

  /** Whether any char of {@code [begin, end)} is set. */
  private static boolean isSet(BitSet set, int begin, int end) {
    int next = set.nextSetBit(begin);
    return next >= 0 && next < end;
  }

  private Optional<Candidate> candidate(Doc doc, Token cue, boolean likely) {
    Optional<Token> own = cue.isNoun() ? doc.child(cue.index(), Rel.NMOD_POSS).or(() -> holder(doc, cue))
        : doc.nearestChild(cue.index(), Rel.NSUBJ).filter(s -> !s.relIs(Rel.NSUBJ_PASS));
    Optional<Token> subject = own.isEmpty() && likely && !cue.isNoun()
        ? CueStatements.isPassiveParticiple(doc, cue) ? CueStatements.agent(doc, cue) : inheritedSubject(doc, cue)
        : own;
    boolean passive = !cue.isNoun() && doc.nearestChild(cue.index(), Rel.NSUBJ).filter(s -> s.relIs(Rel.NSUBJ_PASS)
        && s.index() < cue.index()).isPresent();
    if (!cue.isNoun() && subject.isEmpty() && !likely && !passive || subject.filter(s -> isNobody(doc, s)).isPresent()) {
      return Optional.empty();
    }
    Optional<Token> argument = argument(doc, cue, likely, cue.isNoun() && lexicon.noun(cue.lemma()).isPresent());
    if (argument.isEmpty()) {
      return passive ? passiveSubject(doc, cue) : Optional.empty();
    }
    Token arg = argument.get();
    if (INDEFINITES.contains(arg.lemma())) {
      return Optional.empty(); // "said anything", "wants something"
    }
    if (arg.baseRel().equals("xcomp") && lexicon.verb(arg.lemma()).filter(e -> e.cueClass() == CueLexicon.CueClass.SPEECH)
        .isPresent()) {
      return Optional.empty(); // "declined to say when …": the speech verb is the cue, and says nothing
    }
    TokenRange range = doc.subtree(arg.index());
    int first = range.first();
    Optional<Token> preposition = Optional.empty();
    while (first < arg.index() && doc.token(first).head() == arg.index()
        && doc.token(first).baseRel().matches("case|mark")) {
      if (doc.token(first).baseRel().equals("case")) {
        preposition = Optional.of(doc.token(first));
      }
      first++;
    }
    TokenRange c = TokenRanges.trim(doc, first, range.last());
    if (c.isEmpty() || c.contains(cue.index())
        || subject.isPresent() && c.contains(subject.get().index())) {
      return Optional.empty();
    }
    String lemma = cue.lemma() + preposition.map(p -> " " + p.lemma()).orElse("");
    Optional<Span> source = subject.map(s -> {
      TokenRange r = doc.subtree(s.index());
      TokenRange t = TokenRanges.trim(doc, CueStatements.withoutCase(doc, s, r.first()),
          Math.min(r.last(), s.index() < c.first() ? c.first() - 1 : r.last()));
      return doc.span(t.first(), Math.max(t.first(), t.last()));
    });
    return Optional.of(new Candidate(StatementType.INDIRECT, doc.span(c),
        Optional.of(new Cue(doc.span(cue.index(), cue.index()), lemma)), source,
        subject.map(Token::index).orElse(-1), lexicon.verb(lemma).or(() -> lexicon.noun(cue.lemma()))
            .map(e -> Evidence.ofCue(Evidence.Finder.OPEN_CUE, e, !arg.isVerb(), subject.isPresent()))
            .orElse(Evidence.of(Evidence.Finder.OPEN_CUE, subject.isPresent()))));
  }

  /**
   * A passive cue with nothing after it that could be the content says its subject: {@code [The
   * meeting] was first reported by the paper}, {@code [The plan] was announced on Monday}, with the
   * agent ({@code by …}) as the source; with a complement ({@code [The mayor] was accused [of
   * hiding losses]}) the content runs from the subject over it, as {@link FrontedArguments} widens
   * contents after a passive cue. PolNeAR train marks the subject as the content at such
   * cues: of the passive speech, report and other lexicon verbs with a subject before them and no
   * clause or infinitive, 92 gold contents are the subject (51 speech, 16 report, 25 other), and
   * none of them was found before this rule; the whole clause is the content at 79 (most of them
   * with a complement that {@link FrontedArguments} widens), and 314 such cues have no gold statement
   * at all, which the trained scorer weighs. A relative pronoun subject ({@code which was
   * announced}) is left out: it stands for a phrase outside the clause.
   */
  private Optional<Candidate> passiveSubject(Doc doc, Token cue) {
    Optional<Token> subject = doc.nearestChild(cue.index(), Rel.NSUBJ_PASS).filter(s -> s.index() < cue.index());
    if (subject.isEmpty() || subject.get().isWhWord() || INDEFINITES.contains(subject.get().lemma())
        || lexicon.verb(cue.lemma()).filter(e -> e.cueClass() != CueLexicon.CueClass.BELIEF).isEmpty()) {
      return Optional.empty();
    }
    TokenRange c = TokenRanges.trim(doc, doc.subtree(subject.get().index()));
    if (c.isEmpty() || c.contains(cue.index())) {
      return Optional.empty();
    }
    Optional<Token> agent = Optional.empty();
    for (int k : doc.children(cue.index())) {
      Token child = doc.token(k);
      if (k > cue.index() && child.baseRelIs(Rel.OBL) && isAgent(doc, cue, child)) {
        agent = Optional.of(child);
      } else if (k > cue.index() && ObjectComplements.isComplement(doc, child)) {
        // "[The mayor] was accused [of hiding the losses]": the subject and the complement, as
        // FrontedArguments widens them
        c = TokenRanges.trim(doc, c.first(), doc.subtree(k).last());
        break;
      }
    }
    Optional<Span> source = agent.map(a -> doc.span(TokenRanges.trim(doc,
        doc.child(a.index(), Rel.CASE).map(p -> p.index() + 1).orElse(doc.subtree(a.index()).first()),
        doc.subtree(a.index()).last())));
    CueLexicon.Entry entry = lexicon.verb(cue.lemma()).orElseThrow();
    return Optional.of(new Candidate(StatementType.INDIRECT, doc.span(c),
        Optional.of(new Cue(doc.span(cue.index(), cue.index()), cue.lemma())), source,
        agent.map(Token::index).orElse(-1),
        Evidence.ofCue(Evidence.Finder.OPEN_CUE, entry, !subject.get().isVerb(), agent.isPresent())));
  }

  /**
   * The agent of a passive cue: an {@code obl} with {@code by} ({@code was reported [by the paper]},
   * {@code Asked [by reporters] about it}).
   */
  private static boolean isAgent(Doc doc, Token cue, Token obl) {
    return (doc.child(cue.index(), Rel.AUX_PASS).isPresent() || CueStatements.isPassiveParticiple(doc, cue))
        && doc.child(obl.index(), Rel.CASE).filter(p -> p.lemma().equals("by")).isPresent();
  }

  /**
   * The subject of the verb a subjectless cue is joined to: {@code [He] arrived and voted against
   * …} ({@code conj}), {@code [He] went on to criticize …} ({@code xcomp}), {@code [She] left,
   * citing …} ({@code advcl}).
   */
  private static Optional<Token> inheritedSubject(Doc doc, Token cue) {
    Token t = cue;
    for (int hops = 0; hops < 4 && t.head() >= 0 && t.baseRel().matches("conj|xcomp|advcl"); hops++) {
      t = doc.token(t.head());
      Optional<Token> subject = doc.nearestChild(t.index(), Rel.NSUBJ).filter(s -> !s.relIs(Rel.NSUBJ_PASS));
      if (subject.isPresent()) {
        return subject;
      }
    }
    return Optional.empty();
  }

  /**
   * The argument that would be the content: a clause, an object, a prepositional object; for a
   * likely cue also a loosely attached clause. A lexicon noun takes an infinitive too ({@code her
   * plan [to cut taxes]}, {@code a proposal [to ban imports]}): on PolNeAR train 17 of 146 such
   * infinitives of lexicon nouns are a gold content (16 of them not found before), against 21 of
   * 801 for other nouns, which are left out.
   */
  private static Optional<Token> argument(Doc doc, Token cue, boolean likely, boolean lexiconNoun) {
    List<String> rels = cue.isNoun() ? List.of("ccomp", "acl", "nmod") : List.of("ccomp", "xcomp", "obj", "obl");
    if (likely) {
      rels = new ArrayList<>(rels);
      rels.addAll(cue.isNoun() ? List.of("dep") : cue.isVerb() ? List.of("dep", "parataxis") : List.of("advcl", "dep"));
    }
    for (String rel : rels) {
      for (int c : doc.children(cue.index())) {
        Token child = doc.token(c);
        if (c < cue.index() || !child.baseRel().equals(rel) || child.rel().equals("obl:tmod")
            || child.isPronoun() && !rel.matches("ccomp|xcomp|dep|parataxis|advcl")) {
          continue;
        }
        if (rel.equals("obl") && isAgent(doc, cue, child)) {
          continue; // "was criticized [by rivals] for …": the agent is the source, not what was said
        }
        if (rel.matches("nmod|obl")) {
          Optional<Token> preposition = doc.child(c, Rel.CASE);
          if (preposition.isEmpty() || rel.equals("nmod") && !NOUN_PREPOSITIONS.contains(preposition.get().lemma())) {
            continue;
          }
        }
        if (rel.equals("acl") && doc.child(c, Rel.MARK)
            .filter(m -> m.lemma().equals("that") || lexiconNoun && m.lemma().equals("to")).isEmpty()) {
          continue;
        }
        if (rel.equals("xcomp") && child.isAdjective() && doc.child(c, Rel.CCOMP).isEmpty()
            && doc.child(c, Rel.MARK).filter(m -> m.lemma().equals("to")).isEmpty()) {
          continue; // a predicative adjective is a state, not what was said: "looked tired when …"
        }
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }
}
