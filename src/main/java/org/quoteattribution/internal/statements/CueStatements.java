package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.lang.SourceWords;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * Finds statements from reporting cues on the dependency parse:
 * <ul>
 *   <li>a cue verb with a clausal complement: {@code He emphasized that …}, {@code …, noting that …},
 *       {@code said the talks had failed};</li>
 *   <li>content first: {@code Iran continues its efforts …, X said.};</li>
 *   <li>noun-phrase content: {@code X emphasized Tehran’s full respect for …},
 *       {@code The official pointed to the participation of …}, {@code described it as …};</li>
 *   <li>{@code according to X}.</li>
 * </ul>
 * The source is the cue's subject with its appositives, or the subject of the clause a participle
 * hangs from. Negated cues ({@code did not say}) and {@code said} as an adjective are skipped.
 */
public final class CueStatements {

  private final CueLexicon lexicon;
  /** Verbs whose direct object is the addressee, not what was said. */
  private final Set<String> addresseeVerbs;
  private final Set<String> negations;
  private final Set<String> subordinators;
  private final SourceWords sources;

  public CueStatements(CueLexicon lexicon, WordLists words, SourceWords sources) {
    this.lexicon = lexicon;
    this.addresseeVerbs = words.set("addressee-verbs");
    this.negations = words.set("negations");
    this.subordinators = words.set("subordinators");
    this.sources = sources;
  }

  public List<Candidate> find(Doc doc) {
    List<Candidate> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.word().equalsIgnoreCase("according") && t.index() + 1 < doc.tokens().size()
          && doc.token(t.index() + 1).lemma().equals("to")) {
        according(doc, t).ifPresent(out::add);
      } else if (t.isVerb() && t.relIs(Rel.MARK)) {
        markedCue(doc, t).ifPresent(out::add);
      } else if (t.isVerb() && !t.relIs(Rel.AMOD)) {
        verbCue(doc, t).ifPresent(out::add);
      }
    }
    return withoutNestedCues(out);
  }

  /**
   * Cuts a content short where another cue starts inside it: in {@code He highlighted recent
   * gestures, noting that …} the content of {@code highlighted} ends before {@code noting}.
   */
  private static List<Candidate> withoutNestedCues(List<Candidate> found) {
    // the cues in text order, so that each content looks only at the cues inside it
    List<Candidate> byCue = new ArrayList<>(found);
    byCue.sort(Comparator.comparingInt((Candidate f) -> f.cue().get().span().begin()));
    int[] cueBegins = byCue.stream().mapToInt(f -> f.cue().get().span().begin()).toArray();
    List<Candidate> out = new ArrayList<>();
    for (Candidate f : found) {
      Span content = f.content();
      int first = Arrays.binarySearch(cueBegins, content.begin() + 1);
      first = first >= 0 ? first : -first - 1;
      while (first > 0 && cueBegins[first - 1] > content.begin()) {
        first--;
      }
      for (int k = first; k < byCue.size() && cueBegins[k] < content.end(); k++) {
        Candidate other = byCue.get(k);
        Span cue = other.cue().get().span();
        if (other != f && content.begin() < cue.begin() && cue.end() <= content.end()
            && content.contains(other.content()) && f.cue().get().span().end() <= content.begin()
            && afterComma(content, cue.begin())) {
          content = trimmedPrefix(content, cue.begin());
        }
      }
      out.add(content == f.content() ? f : f.withContent(f.type(), content));
    }
    return out;
  }

  /** Whether a comma or dash sets off what starts at {@code at}: {@code …, noting that}. */
  private static boolean afterComma(Span span, int at) {
    String before = span.text().substring(0, at - span.begin()).stripTrailing();
    return before.endsWith(",") || before.endsWith("—") || before.endsWith("–") || before.endsWith(";");
  }

  private static Span trimmedPrefix(Span span, int end) {
    String text = span.text().substring(0, end - span.begin());
    int length = text.length();
    while (length > 0 && " \t\n\u000b\f\r,;:—–-".indexOf(text.charAt(length - 1)) >= 0) {
      length--; // a loop, not [\s,;:—–-]+$, which backtracks over every run of such chars
    }
    return new Span(span.begin(), span.begin() + length, text.substring(0, length));
  }

  private Optional<Candidate> verbCue(Doc doc, Token verb) {
    if (isNegated(doc, verb)) {
      return Optional.empty();
    }
    Optional<Token> particle = doc.child(verb.index(), Rel.COMPOUND_PRT);
    Optional<Token> prepositional = phrasalObject(doc, verb);
    Optional<Token> subject = isPassiveParticiple(doc, verb) ? agent(doc, verb) : subject(doc, verb, 0);
    Optional<CueLexicon.Entry> entry;
    Optional<Content> content;
    Token last = verb;
    if (particle.isPresent() && lexicon.verb(verb.lemma() + " " + particle.get().lemma()).isPresent()) {
      entry = lexicon.verb(verb.lemma() + " " + particle.get().lemma());
      last = particle.get();
      content = content(doc, verb, entry.get(), subject);
    } else if (markedClause(doc, verb).isPresent()) {
      // "called on Congress to act", parsed as a clause "on Congress to act" hanging from "called"
      Token clause = markedClause(doc, verb).get();
      Token mark = doc.child(clause.index(), Rel.MARK).orElseThrow();
      entry = lexicon.verb(verb.lemma() + " " + mark.lemma());
      last = verb;
      TokenRange r = doc.subtree(clause.index());
      content = Optional.of(Content.clause(new TokenRange(mark.index() + 1, r.last())));
    } else if (prepositional.isPresent()) {
      Token object = prepositional.get();
      Token preposition = doc.child(object.index(), Rel.CASE).orElseThrow();
      entry = lexicon.verb(verb.lemma() + " " + preposition.lemma());
      last = preposition;
      content = Optional.of(Content.nounPhrase(subtreeWithout(doc, object, Rel.CASE)));
    } else {
      entry = lexicon.verb(verb.lemma());
      content = entry.flatMap(e -> content(doc, verb, e, subject));
    }
    if (entry.isEmpty() || content.isEmpty()) {
      return Optional.empty();
    }
    TokenRange c = TokenRanges.trim(doc, content.get().range());
    if (c.isEmpty() || c.contains(verb.index()) || subject.isPresent() && c.contains(subject.get().index())) {
      return Optional.empty();
    }
    Span cueSpan = last.index() == verb.index() + 1 ? doc.span(verb.index(), last.index())
        : doc.span(verb.index(), verb.index());
    Optional<Span> source = subject.map(s -> sourceSpan(doc, s, c));
    Evidence evidence = Evidence.ofCue(Evidence.Finder.CUE_VERB, entry.get(), content.get().nounPhrase(),
        subject.isPresent());
    return Optional.of(new Candidate(StatementType.INDIRECT, doc.span(c),
        Optional.of(new Cue(cueSpan, entry.get().lemma())), source,
        subject.map(Token::index).orElse(-1), evidence));
  }

  /** A content's tokens, and whether they are a noun phrase rather than a clause. */
  private record Content(TokenRange range, boolean nounPhrase) {
    static Content clause(TokenRange range) {
      return new Content(range, false);
    }

    static Content nounPhrase(TokenRange range) {
      return new Content(range, true);
    }
  }

  private Optional<Content> content(Doc doc, Token verb, CueLexicon.Entry entry, Optional<Token> subject) {
    Optional<Token> ccomp = doc.child(verb.index(), Rel.CCOMP);
    if (ccomp.isPresent()) {
      TokenRange r = doc.subtree(ccomp.get().index());
      return Optional.of(Content.clause(skipSubordinator(doc, r, ccomp.get())));
    }
    Optional<Token> before = precedingClause(doc, verb);
    if (before.isPresent()) {
      return Optional.of(Content.clause(doc.subtree(before.get().index())));
    }
    Optional<Token> object = doc.child(verb.index(), Rel.OBJ);
    Optional<Token> as = prepositionalObject(doc, verb, "as");
    if (as.isPresent() && entry.cueClass() == CueLexicon.CueClass.SPEECH
        && object.filter(o -> o.index() > verb.index() && o.index() < as.get().index()).isEmpty()) {
      return Optional.of(Content.nounPhrase(subtreeWithout(doc, as.get(), Rel.CASE)));
    }
    Optional<Token> predicate = doc.child(verb.index(), Rel.XCOMP).filter(x -> x.index() > verb.index());
    boolean agent = subject.filter(this::isAgent).isPresent();
    boolean person = subject.filter(CueStatements::isPerson).isPresent();
    if (object.isPresent() && agent && (entry.cueClass() != CueLexicon.CueClass.OTHER || person)) {
      TokenRange range = doc.subtree(object.get().index());
      if (predicate.isPresent() && predicate.get().index() > range.last() && !object.get().isPronoun()) {
        // "called the senator a liar", "urged voters to stay home", "expects the company to …"
        return Optional.of(Content.nounPhrase(
            new TokenRange(range.first(), doc.subtree(predicate.get().index()).last())));
      }
      // "described the plan as a failure", "described it as a failure", "praised her for acting quickly"
      int end = addresseeVerbs.contains(verb.lemma()) ? range.last() : ObjectComplements.end(doc, verb, range.last());
      if (end > range.last() || !object.get().isPronoun() && entry.cueClass() != CueLexicon.CueClass.BELIEF
          && !addresseeVerbs.contains(verb.lemma())) {
        return Optional.of(Content.nounPhrase(new TokenRange(range.first(), end)));
      }
    }
    if (object.isEmpty() && predicate.isPresent() && agent && doc.child(predicate.get().index(), Rel.MARK)
        .filter(m -> m.lemma().equals("to")).isPresent()
        && (lexicon.verb(predicate.get().lemma()).filter(e -> e.cueClass() == CueLexicon.CueClass.SPEECH).isEmpty()
            || saysNothing(doc, predicate.get()))) {
      // "wants to raise taxes", "agreed to share a currency", "declined to comment"
      return Optional.of(Content.nounPhrase(doc.subtree(predicate.get().index())));
    }
    if (object.isEmpty() && predicate.isPresent() && entry.cueClass() == CueLexicon.CueClass.SPEECH
        && smallClause(doc, verb, predicate.get())) {
      // "called him divisive", "calling Trump a fascist", parsed with the object as the predicate's subject
      return Optional.of(Content.nounPhrase(doc.subtree(predicate.get().index())));
    }
    if (verb.head() >= 0 && (verb.relIs(Rel.PARATAXIS, Rel.DEP) || trailingComplement(doc, verb))) {
      return contentBefore(doc, verb).map(Content::clause);
    }
    return Optional.empty();
  }

  /**
   * A speech verb with no clause, object or predicate of its own, whose infinitive is the content
   * of the cue it hangs from: {@code declined [to comment]}, {@code refused [to speak to
   * reporters]}. PolNeAR train marks it so: of the 72 such infinitives under a lexicon cue with
   * no object, 64 overlap a gold content (decline 28 of 28, want 9 of 10), 21 of them with the
   * same span. A speech verb with a clause of its own ({@code declined to say when …}) is left
   * as it was, though train marks 5 of its 6 {@code declined/refused to say whether …} as
   * statements of {@code declined}.
   */
  private static boolean saysNothing(Doc doc, Token speech) {
    for (int c : doc.children(speech.index())) {
      if (doc.token(c).baseRelIs(Rel.CCOMP, Rel.OBJ, Rel.XCOMP, Rel.PARATAXIS, Rel.ADVCL)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cue that closes the clause it hangs from, set off by a comma, with no complement of its own:
   * {@code The ferries will sail again on Monday, the harbour office said.} parsed with the content
   * as the root and the cue as its {@code ccomp}.
   */
  private static boolean trailingComplement(Doc doc, Token verb) {
    if (!verb.relIs(Rel.CCOMP) || verb.head() > verb.index()
        || doc.child(verb.index(), Rel.CCOMP).isPresent() || doc.child(verb.index(), Rel.OBJ).isPresent()) {
      return false;
    }
    TokenRange cue = doc.subtree(verb.index());
    TokenRange whole = doc.subtree(verb.head());
    int after = cue.last() + 1;
    while (after <= whole.last() && doc.token(after).isPunctuation()) {
      after++;
    }
    return after > whole.last() && attributionComma(doc, verb) > whole.first();
  }

  /**
   * The comma that sets off a cue's clause from the content before it: the one before the cue's
   * subtree, or, when the parser hung a phrase of the content from the cue ({@code … on Friday,
   * the council said} with {@code on Friday} under {@code said}), the one before its subject;
   * -1 if none.
   */
  private static int attributionComma(Doc doc, Token verb) {
    TokenRange cue = doc.subtree(verb.index());
    Optional<Token> subject = doc.child(verb.index(), Rel.NSUBJ).filter(s -> s.index() < verb.index());
    if (subject.isPresent()) {
      int first = doc.subtree(subject.get().index()).first();
      if (first > cue.first() && doc.token(first - 1).word().equals(",")) {
        return first - 1;
      }
    }
    return cue.first() > 0 && doc.token(cue.first() - 1).word().equals(",") ? cue.first() - 1 : -1;
  }

  /**
   * A predicate with its own subject between it and the cue, and no {@code to}: {@code called [him
   * divisive]}, {@code calling [Trump a fascist]}, which the parser reads as a small clause (the
   * object as the predicate's {@code nsubj} or {@code dep}). PolNeAR train marks that clause as the
   * content: at speech cues with no object or clause of their own, 50 of 89 such predicates are a
   * gold content (call 28 of 52, say 15 of 24, declare 4 of 8), and 8 of them were found before.
   */
  private static boolean smallClause(Doc doc, Token verb, Token predicate) {
    if (doc.child(predicate.index(), Rel.MARK).isPresent()) {
      return false;
    }
    for (int c : doc.children(predicate.index())) {
      Token child = doc.token(c);
      if (c > verb.index() && c < predicate.index() && child.baseRelIs(Rel.NSUBJ, Rel.DEP, Rel.OBJ)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause before the cue that the parser hung from it, set off by a comma:
   * {@code Heavy rain flooded roads, the police said.}
   */
  private static Optional<Token> precedingClause(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if (c < verb.index() && child.isVerb() && child.relIs(Rel.PARATAXIS, Rel.DEP, Rel.CCOMP)) {
        int end = doc.subtree(c).last();
        if (end + 1 < verb.index() && doc.token(end + 1).word().equals(",")) {
          return Optional.of(child);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A participle the parser took for a conjunction: in {@code …, saying inflation remained high}
   * {@code saying} may come out as the {@code mark} of {@code remained}.
   */
  private Optional<Candidate> markedCue(Doc doc, Token cue) {
    Optional<CueLexicon.Entry> entry = lexicon.verb(cue.lemma());
    if (entry.isEmpty() || cue.head() < 0 || !cue.is(Pos.VBG)) {
      return Optional.empty();
    }
    Token clause = doc.token(cue.head());
    TokenRange r = doc.subtree(clause.index());
    TokenRange c = TokenRanges.trim(doc, Math.max(r.first(), cue.index() + 1), r.last());
    if (c.isEmpty() || clause.head() < 0) {
      return Optional.empty();
    }
    Optional<Token> subject = subject(doc, doc.token(clause.head()), 1);
    Optional<Span> source = subject.map(s -> sourceSpan(doc, s, c));
    return Optional.of(new Candidate(StatementType.INDIRECT, doc.span(c),
        Optional.of(new Cue(doc.span(cue.index(), cue.index()), entry.get().lemma())), source,
        subject.map(Token::index).orElse(-1),
        Evidence.ofCue(Evidence.Finder.PARTICIPLE, entry.get(), false, subject.isPresent())));
  }

  /** Content that precedes a cue which hangs off it: {@code Iran continues its efforts …, X said}. */
  private static Optional<TokenRange> contentBefore(Doc doc, Token verb) {
    TokenRange whole = doc.subtree(verb.head());
    TokenRange cue = doc.subtree(verb.index());
    int comma = attributionComma(doc, verb);
    if (comma > cue.first() && comma > whole.first()) {
      return Optional.of(new TokenRange(whole.first(), comma - 1));
    }
    if (cue.first() > whole.first()) {
      return Optional.of(new TokenRange(whole.first(), cue.first() - 1));
    }
    if (cue.last() < whole.last()) {
      return Optional.of(new TokenRange(cue.last() + 1, whole.last()));
    }
    return Optional.empty();
  }

  private Optional<Candidate> according(Doc doc, Token according) {
    Token source = according.head() >= 0 ? doc.token(according.head()) : null;
    if (source == null || !source.isNoun() && !source.isPronoun()) {
      return Optional.empty();
    }
    TokenRange src = doc.subtree(source.index());
    int srcFirst = Math.max(src.first(), according.index() + 2);
    TokenRange srcRange = TokenRanges.trim(doc, srcFirst, src.last());
    if (source.head() < 0) {
      return Optional.empty();
    }
    TokenRange clause = doc.subtree(source.head());
    TokenRange before = TokenRanges.trim(doc, clause.first(), src.first() - 1);
    TokenRange after = TokenRanges.trim(doc, src.last() + 1, clause.last());
    // the longer side (compared as last - first, also for empty ranges)
    TokenRange c = (before.last() - before.first()) >= (after.last() - after.first()) ? before : after;
    if (c.isEmpty() || srcRange.isEmpty()) {
      return Optional.empty();
    }
    Span cue = doc.span(according.index(), according.index() + 1);
    return Optional.of(new Candidate(StatementType.INDIRECT, doc.span(c),
        Optional.of(new Cue(cue, "according to")), Optional.of(doc.span(srcRange)),
        source.index(), Evidence.of(Evidence.Finder.ACCORDING_TO, true)));
  }

  /**
   * A past participle with no auxiliary or subject that is an adverbial clause: {@code [Asked]
   * whether …, she replied}, {@code When [asked] about it, he said}. It is passive, so the clause's
   * subject is the one asked, not the one who asked. Of PolNeAR train's 40 capitalised {@code
   * Asked} cues, 34 have no source and 4 the {@code by} agent (the other 2 are headline verbs with
   * a subject). A participle the parser hangs by {@code acl} or {@code dep} is too often a misparsed
   * active verb ({@code One Republican [threatened] to …}) to count.
   */
  static boolean isPassiveParticiple(Doc doc, Token verb) {
    return verb.is(Pos.VBN) && verb.baseRelIs(Rel.ADVCL)
        && doc.child(verb.index(), Rel.AUX).isEmpty() && doc.child(verb.index(), Rel.NSUBJ).isEmpty();
  }

  /** The agent of a passive participle: an {@code obl} with {@code by} ({@code Asked [by reporters]}). */
  static Optional<Token> agent(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token t = doc.token(c);
      if (t.relIs(Rel.OBL) && doc.child(c, Rel.CASE).filter(p -> p.lemma().equals("by")).isPresent()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of a cue verb, or of the clause a participle or conjunct hangs from; none for a
   * verb whose subject is its governor's object ({@code expects the company to announce}). A
   * speech participle hanging from reported content takes the reporter:
   * {@code She said the government failed, adding that …} gives {@code She}.
   */
  private Optional<Token> subject(Doc doc, Token verb, int depth) {
    Optional<Token> subject = doc.subject(verb.index())
        .filter(s -> !s.relIs(Rel.NSUBJ_PASS));
    if (subject.isPresent() && subject.get().isWhWord() && verb.relIs(Rel.ACL_RELCL)) {
      return Optional.of(doc.token(verb.head())); // "officials who said …": the officials
    }
    if (subject.isPresent() || depth > 3 || verb.head() < 0) {
      return subject;
    }
    boolean participle = verb.is(Pos.VBG) || verb.is(Pos.VBN);
    if (verb.baseRelIs(Rel.XCOMP) && doc.child(verb.head(), Rel.OBJ).filter(o -> o.index() < verb.index()).isPresent()) {
      return Optional.empty();
    }
    if (verb.baseRelIs(Rel.ADVCL, Rel.CONJ, Rel.XCOMP)
        || participle && verb.baseRelIs(Rel.DEP, Rel.ACL, Rel.PARATAXIS)) {
      Token head = doc.token(verb.head());
      while (!head.isVerb() && head.head() >= 0 && depth < 3) {
        head = doc.token(head.head());
        depth++;
      }
      // "She told the audience that she believes we must act, saying …": through the reported
      // clauses up to the cue that reports them
      for (int up = 0; participle && isSpeech(verb) && head.relIs(Rel.CCOMP) && up < 3
          && isCue(doc.token(head.head())); up++) {
        head = doc.token(head.head());
      }
      return subject(doc, head, depth + 1);
    }
    return Optional.empty();
  }

  private boolean isCue(Token verb) {
    return verb.isVerb() && lexicon.verb(verb.lemma()).isPresent();
  }

  private boolean isSpeech(Token verb) {
    return verb.isVerb() && lexicon.verb(verb.lemma()).filter(e -> e.cueClass() == CueLexicon.CueClass.SPEECH).isPresent();
  }

  /** The subject's subtree (with appositives), kept clear of the content. */
  private static Span sourceSpan(Doc doc, Token subject, TokenRange content) {
    TokenRange r = doc.subtree(subject.index());
    int first = withoutCase(doc, subject, r.first());
    int last = r.last();
    if (first <= content.last() && content.first() <= last) {
      first = subject.index();
      last = subject.index();
      while (first - 1 >= 0 && doc.token(first - 1).head() == subject.index()
          && doc.token(first - 1).baseRelIs(Rel.COMPOUND, Rel.DET, Rel.AMOD, Rel.FLAT)) {
        first--;
      }
    }
    TokenRange trimmed = TokenRanges.trim(doc, first, last);
    if (trimmed.isEmpty()) { // nothing but punctuation around it ("‹…,› added X" parsed oddly): the subject alone
      trimmed = new TokenRange(subject.index(), subject.index());
    }
    return balanced(doc, doc.span(trimmed));
  }

  /** Where a phrase starting at {@code first} starts without its preposition: an agent's {@code by}. */
  static int withoutCase(Doc doc, Token head, int first) {
    Token t = doc.token(first);
    return first < head.index() && t.head() == head.index() && t.baseRelIs(Rel.CASE) ? first + 1 : first;
  }

  /** Extends a span that opens a bracket to its close: {@code Rep. X (R-S.C.)}. */
  private static Span balanced(Doc doc, Span span) {
    String text = span.text();
    if (text.indexOf('(') > text.indexOf(')') && text.lastIndexOf(')') < text.lastIndexOf('(')) {
      int close = doc.text().indexOf(')', span.end());
      if (close > 0 && close - span.end() < 4) {
        return Span.of(doc.text(), span.begin(), close + 1);
      }
    }
    return span;
  }

  /**
   * A subject that can say things: a named entity, a personal pronoun, or a noun for people,
   * organisations or documents; not {@code the messages underscored a commitment}.
   */
  private boolean isAgent(Token subject) {
    return !subject.ner().equals("O") || subject.isProperNoun()
        || subject.isPronoun() && !subject.lemma().equals("it")
        || sources.isSourceNoun(subject.lemma());
  }

  /**
   * A clause after the verb whose first word is a preposition that makes a phrasal cue with it:
   * {@code called on Dean to apologize} parsed with {@code on} as the mark of {@code apologize}.
   */
  private Optional<Token> markedClause(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if (child.baseRelIs(Rel.ADVCL) && c > verb.index()) {
        Optional<Token> mark = doc.child(c, Rel.MARK);
        if (mark.isPresent() && mark.get().index() == doc.subtree(c).first() && mark.get().index() == verb.index() + 1
            && !mark.get().lemma().equals("to") && lexicon.verb(verb.lemma() + " " + mark.get().lemma()).isPresent()) {
          return Optional.of(child);
        }
      }
    }
    return Optional.empty();
  }

  /** The object of a preposition that makes a phrasal cue with the verb: {@code call for X}. */
  private Optional<Token> phrasalObject(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if (child.baseRelIs(Rel.OBL) && child.index() > verb.index()) {
        Optional<Token> preposition = doc.child(c, Rel.CASE);
        if (preposition.isPresent() && lexicon.verb(verb.lemma() + " " + preposition.get().lemma()).isPresent()) {
          return Optional.of(child);
        }
      }
    }
    return Optional.empty();
  }

  /** A subject that is a named person or a personal pronoun: {@code Clinton}, {@code she}. */
  private static boolean isPerson(Token subject) {
    return subject.ner().equals("PERSON") || subject.isPronoun() && !subject.lemma().equals("it");
  }

  private static Optional<Token> prepositionalObject(Doc doc, Token verb, String preposition) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if (child.baseRelIs(Rel.OBL)) {
        Optional<Token> mark = doc.child(c, Rel.CASE);
        if (mark.isPresent() && mark.get().lemma().equals(preposition) && mark.get().index() > verb.index()) {
          return Optional.of(child);
        }
      }
    }
    return Optional.empty();
  }

  private static TokenRange subtreeWithout(Doc doc, Token head, Rel rel) {
    TokenRange r = doc.subtree(head.index());
    int first = r.first();
    while (first < head.index() && doc.token(first).head() == head.index()
        && doc.token(first).baseRelIs(rel)) {
      first++;
    }
    return new TokenRange(first, r.last());
  }

  private TokenRange skipSubordinator(Doc doc, TokenRange r, Token clause) {
    int first = r.first();
    if (first < clause.index() && subordinators.contains(doc.token(first).lemma())
        && doc.token(first).baseRelIs(Rel.MARK)) {
      first++;
    }
    return new TokenRange(first, r.last());
  }

  private boolean isNegated(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if ((child.baseRelIs(Rel.ADVMOD) || child.relIs(Rel.NEG)) && negations.contains(child.lemma())) {
        return true;
      }
    }
    return false;
  }
}
