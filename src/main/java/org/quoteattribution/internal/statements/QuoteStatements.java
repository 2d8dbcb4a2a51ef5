package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;
import org.quoteattribution.internal.text.Quote;

/**
 * Joins the quotes of an article with the statements found from cues.
 * <ul>
 *   <li>a cue whose content overlaps a quote takes the whole quote: {@code DIRECT} when the content
 *       is nothing but the quote, {@code MIXED} when reported speech holds a quoted fragment;</li>
 *   <li>a quote with no such cue looks for one right after it ({@code “…,” he said.},
 *       {@code “…,” said X.}) or right before it ({@code X said: “…”});</li>
 *   <li>a quote that fills its paragraph and has no cue (a floating quote) goes to the source of
 *       the statement just before it (with no limit on the distance: on PolNeAR dev a limit of one
 *       paragraph lost more right attributions than wrong ones);</li>
 *   <li>anything else in quote marks (scare quotes, titles) is not a statement.</li>
 * </ul>
 * Cues inside a quote belong to the quoted speaker's own words and are dropped, except the colon
 * of a transcript quoted whole ({@code "WALLACE: … ⏎⏎ PENCE: …"}).
 */
public final class QuoteStatements {

  /**
   * How many tokens after a quote, or before it, a cue may stand: room for a source with its
   * description ({@code “…,” Jane Doe, a writer for The Atlantic, said}).
   */
  private static final int WINDOW = 20;

  /**
   * How many chars may stand between a quote and the cue-less quote that continues it in the same
   * paragraph ({@code “A,” said X, a lawyer who …. “B.”}): on PolNeAR train 250 joined 49 more
   * statements exactly than 60 did, and 1,000 no more than 250.
   */
  private static final int MAX_ATTRIBUTION = 250;

  private final CueLexicon lexicon;
  /** Pronouns that open a relative clause in a source's description: {@code X, who …, said}. */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");

  /** Verbs that name rather than quote: {@code the so-called “peace plan”}. */
  private final Set<String> namingVerbs;

  public QuoteStatements(CueLexicon lexicon, WordLists words) {
    this.lexicon = lexicon;
    this.namingVerbs = words.set("naming-verbs");
  }

  public List<Candidate> merge(Doc doc, List<Quote> allQuotes, List<Candidate> cued) {
    QuoteIndex quotes = new QuoteIndex(
        allQuotes.stream().filter(q -> q.depth() == 0 && q.contentEnd() > q.contentBegin()).toList());
    List<Candidate> statements = new ArrayList<>();
    Set<Quote> transcripts = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Candidate f : cued) {
      Optional<Quote> holder = quotes.contentHolding(f.cue().get().span());
      if (isTranscript(f) || holder.isEmpty()) {
        statements.add(f);
      }
      if (isTranscript(f)) {
        holder.ifPresent(transcripts::add);
      }
    }
    StatementBook book = new StatementBook(statements);
    for (Quote q : quotes.quotes()) {
      Span content = Span.of(doc.text(), q.contentBegin(), q.contentEnd());
      if (transcripts.contains(q)) {
        continue; // a quoted transcript: its speakers' lines are the statements
      }
      OptionalInt owner = book.owner(content);
      if (owner.isPresent()) {
        Candidate f = withNearbySource(doc, book.statement(owner.getAsInt()));
        book.replace(owner.getAsInt(), absorb(doc, f, q, quotes));
        continue;
      }
      Optional<Candidate> adjacent = adjacentCue(doc, q, quotes, book);
      Optional<StatementBook.Entry> continued = adjacent.isPresent() ? Optional.empty() : continued(doc, q, book);
      if (adjacent.isPresent()) {
        book.addQuote(adjacent.get());
      } else if (continued.isPresent()) {
        Candidate f = continued.get().candidate();
        book.set(continued.get(), f.withContent(f.type(),
            Span.of(doc.text(), f.content().begin(), q.contentEnd()), f.evidence().continuedQuote()));
      } else if (isFloating(doc, q)) {
        Optional<Token> subject = personBefore(doc, q, quotes);
        book.previous(q.begin()).map(StatementBook.Entry::candidate)
            .ifPresent(p -> book.addQuote(new Candidate(StatementType.DIRECT, content, Optional.empty(),
                subject.map(t -> doc.span(nounPhrase(doc, t).range())).or(p::source),
                subject.map(Token::index).orElse(p.sourceHead()), Evidence.of(Evidence.Finder.FLOATING, false))));
      }
    }
    statements = book.all();
    statements.sort(Comparator.comparingInt((Candidate f) -> f.content().begin()));
    return dedupe(doc, statements);
  }

  /** A cue that the parse left without a subject takes the words next to it as its source. */
  private static Candidate withNearbySource(Doc doc, Candidate f) {
    if (f.source().isPresent() || f.cue().isEmpty() || f.cue().get().lemma().equals(":")) {
      return f;
    }
    int cue = doc.tokenAtOrAfter(f.cue().get().span().begin());
    int from = cue;
    while (from > 0 && !doc.token(from - 1).isPunctuation() && cue - from < 8
        && doc.token(from - 1).end() > f.content().end()) {
      from--;
    }
    Optional<Source> source = sourceNear(doc, from, cue, doc.token(cue));
    if (source.isEmpty()) {
      return f;
    }
    return new Candidate(f.type(), f.content(), f.cue(), Optional.of(doc.span(source.get().range())),
        source.get().head(), f.evidence());
  }

  /** Widens a cue's content to the whole quote it touches and types it. */
  private static Candidate absorb(Doc doc, Candidate f, Quote q, QuoteIndex quotes) {
    QuoteIndex.Chars widened = quotes.widen(Math.min(f.content().begin(), q.contentBegin()),
        Math.max(f.content().end(), q.contentEnd()));
    int begin = widened.begin();
    int end = widened.end();
    if (f.cue().isPresent() && f.cue().get().span().begin() < end && f.cue().get().span().end() > begin) {
      // the widened content must not swallow its own cue: keep the side of the quote
      begin = q.contentBegin();
      end = q.contentEnd();
    }
    boolean onlyQuotes = outsideQuotesIsPunctuation(doc.text(), begin, end, quotes);
    StatementType type = onlyQuotes ? StatementType.DIRECT : StatementType.MIXED;
    Span content = onlyQuotes ? Span.of(doc.text(), q.contentBegin(), Math.max(q.contentEnd(), end))
        : Span.of(doc.text(), begin, end == q.contentEnd() ? q.end() : end);
    return f.withContent(type, content, f.evidence().absorbedQuote());
  }

  private static boolean outsideQuotesIsPunctuation(String text, int begin, int end, QuoteIndex quotes) {
    for (int i = begin; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) && !quotes.quoted(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code “…,” he said.} / {@code “…,” said X.} / {@code X said: “…”}. A cue after the quote
   * that reports content of its own ({@code “….” The coach added that …}) is not the quote's.
   */
  private Optional<Candidate> adjacentCue(Doc doc, Quote q, QuoteIndex quotes, StatementBook cued) {
    int after = doc.tokenAtOrAfter(q.end());
    Optional<Candidate> signed = signature(doc, q, after);
    if (signed.isPresent()) {
      return signed;
    }
    int paragraph = doc.paragraphAt(q.end() - 1);
    // "“…,” a senior official, who asked not to be named, said": the verbs of a relative clause
    // of the source are not the quote's cue, and the source is the words before the clause
    int relative = -1; // the comma that opens such a clause
    boolean inRelative = false;
    for (int i = after; i < Math.min(doc.tokens().size(), after + WINDOW); i++) {
      Token t = doc.token(i);
      if (quotes.startsAt(t.begin()) || ".!?".contains(t.word()) && i > after
          || doc.sentences().get(t.sentence()).paragraph() != paragraph) {
        break;
      }
      if (i > after + 1 && relative < 0 && doc.token(i - 1).word().equals(",") && RELATIVE_PRONOUNS.contains(t.lemma())) {
        relative = i - 1;
        inRelative = true;
      } else if (inRelative && t.word().equals(",")) {
        inRelative = false;
      }
      if (isQuotingVerb(t) && !inRelative) {
        boolean afterRelative = relative > after && doc.token(i - 1).word().equals(",");
        if (!onlySubjectBetween(doc, after, t) && !afterRelative || cued.hasContentAfter(t.begin(), t.end())) {
          break;
        }
        Optional<Source> source = onlySubjectBetween(doc, after, t) ? sourceNear(doc, after, i, t)
            : Optional.of(TokenRanges.trim(doc, after, relative - 1)).filter(r -> !r.isEmpty())
                .map(r -> new Source(r, r.last()));
        return Optional.of(quoteStatement(doc, q, t, source));
      }
    }
    int before = doc.tokenAtOrAfter(q.begin()) - 1;
    int opening = doc.paragraphAt(q.begin());
    // "He said: ⏎⏎ “…”": a paragraph that ends in a colon introduces the quote that opens the next
    int introducing = before >= 0 && doc.token(before).word().equals(":")
        ? doc.sentences().get(doc.token(before).sentence()).paragraph() : opening;
    for (int i = before; i >= Math.max(0, before - WINDOW); i--) {
      Token t = doc.token(i);
      int at = doc.sentences().get(t.sentence()).paragraph();
      boolean sameParagraph = at == opening || at == introducing;
      if (".!?".contains(t.word()) || !sameParagraph && i < before || quotes.holding(t.begin(), t.end()).filter(o -> o != q).isPresent()) {
        break;
      }
      if (isQuotingVerb(t) && onlyPunctuationBetween(doc, i, before)) {
        Optional<Token> subject = subjectOfClause(doc, t);
        return Optional.of(quoteStatement(doc, q, t, subject.map(s -> nounPhrase(doc, s))));
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of a cue, or of the clause a participle of it hangs from: {@code X poked at the
   * rules, tweeting, “…”} gives {@code X}.
   */
  private static Optional<Token> subjectOfClause(Doc doc, Token cue) {
    Optional<Token> subject = doc.subject(cue.index());
    Token t = cue;
    for (int depth = 0; subject.isEmpty() && depth < 3 && t.head() >= 0
        && (t.is(Pos.VBG) || depth > 0) && t.baseRelIs(Rel.ADVCL, Rel.DEP, Rel.CONJ, Rel.XCOMP); depth++) {
      t = doc.token(t.head());
      subject = doc.subject(t.index()).filter(s -> !s.relIs(Rel.NSUBJ_PASS));
    }
    return subject;
  }

  /** Whether the words from {@code first} up to the cue are nothing but the cue's subject. */
  private static boolean onlySubjectBetween(Doc doc, int first, Token cue) {
    Optional<Token> subject = doc.subject(cue.index());
    for (int i = first; i < cue.index(); i++) {
      Token t = doc.token(i);
      boolean ofSubject = subject.isPresent() && doc.dominates(subject.get().index(), i);
      if (!t.isPunctuation() && !ofSubject && !t.isAdverb() && !t.is(Pos.MD)
          && !t.baseRelIs(Rel.AUX)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A verb that can introduce a quote next to it: a speech verb, but not one that names
   * ({@code the so-called “peace plan”}, {@code known as “the accord”}).
   */
  private boolean isQuotingVerb(Token t) {
    return t.isVerb() && !namingVerbs.contains(t.lemma()) && !t.word().contains("-")
        && lexicon.verb(t.lemma()).filter(e -> e.cueClass() == CueLexicon.CueClass.SPEECH).isPresent();
  }

  /** A quote signed with a dash and a name: {@code “…” ― Jane Doe}. */
  private static Optional<Candidate> signature(Doc doc, Quote q, int after) {
    if (after + 1 >= doc.tokens().size() || !doc.token(after).word().matches("[―—–-]+")
        || doc.token(after).begin() - q.end() > 2) {
      return Optional.empty();
    }
    int last = after;
    while (last + 1 < doc.tokens().size() && doc.token(last + 1).isProperNoun()
        && doc.token(last + 1).sentence() == doc.token(after).sentence() && last - after < 5) {
      last++;
    }
    if (last == after) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(StatementType.DIRECT, Span.of(doc.text(), q.contentBegin(), q.contentEnd()),
        Optional.of(new Cue(doc.span(after, after), doc.token(after).word())),
        Optional.of(doc.span(after + 1, last)), last, Evidence.of(Evidence.Finder.SIGNATURE, true)));
  }

  private static boolean onlyPunctuationBetween(Doc doc, int cue, int last) {
    for (int i = cue + 1; i <= last; i++) {
      Token t = doc.token(i);
      if (!t.isPunctuation() && !t.lemma().equals("that") && t.head() != cue) {
        return false;
      }
    }
    return true;
  }

  private Candidate quoteStatement(Doc doc, Quote q, Token cue, Optional<Source> source) {
    CueLexicon.Entry entry = lexicon.verb(cue.lemma()).get();
    return new Candidate(StatementType.DIRECT, Span.of(doc.text(), q.contentBegin(), q.contentEnd()),
        Optional.of(new Cue(doc.span(cue.index(), cue.index()), entry.lemma())),
        source.map(r -> doc.span(r.range())), source.map(Source::head).orElse(-1),
        Evidence.ofCue(Evidence.Finder.QUOTE_CUE, entry, false, source.isPresent()));
  }

  /** The source next to a cue after a quote: the words between quote and cue, or those after it. */
  /** A source mention's tokens and its head. */
  private record Source(TokenRange range, int head) {}

  private static Optional<Source> sourceNear(Doc doc, int after, int cue, Token cueToken) {
    Optional<Token> subject = doc.subject(cue);
    if (subject.isPresent() && subject.get().index() >= after) {
      return Optional.of(nounPhrase(doc, subject.get()));
    }
    TokenRange between = TokenRanges.trim(doc, after, cue - 1);
    if (!between.isEmpty()) {
      return Optional.of(new Source(between, between.last()));
    }
    int first = cue + 1;
    int last = first;
    while (last < doc.tokens().size() && !doc.token(last).isPunctuation()) {
      last++;
    }
    TokenRange r = TokenRanges.trim(doc, first, last - 1);
    return r.isEmpty() ? Optional.empty() : Optional.of(new Source(r, r.last()));
  }

  private static Source nounPhrase(Doc doc, Token head) {
    TokenRange range = TokenRanges.trim(doc, doc.subtree(head.index()));
    // nothing but punctuation around the head (‹…,› parsed oddly): the head alone
    return new Source(range.isEmpty() ? new TokenRange(head.index(), head.index()) : range, head.index());
  }

  /**
   * The statement that a cue-less quote continues: {@code “A,” he said. “B.”} and
   * {@code “A,” he said, “B.”} are one statement whose content runs from A to B, when the earlier
   * quote ends in the same paragraph with only its attribution between the two (which may hold
   * statements of its own: {@code “A,” he said, referring to the bill. “B.”}).
   */
  private static Optional<StatementBook.Entry> continued(Doc doc, Quote q, StatementBook book) {
    Optional<StatementBook.Entry> previous = book.previous(q.begin());
    for (int hops = 0; hops < 3 && previous.isPresent() && previous.get().candidate().type() == StatementType.INDIRECT;
        hops++) {
      // "“A,” said X, who has long criticized the plan. “B.”": past the statements of the attribution
      Candidate inner = previous.get().candidate();
      Optional<StatementBook.Entry> before = book.previous(inner.content().begin());
      if (before.isEmpty() || !inAttribution(doc, before.get().candidate(), inner)) {
        break;
      }
      previous = before;
    }
    if (previous.isEmpty() || previous.get().candidate().type() == StatementType.INDIRECT) {
      return Optional.empty();
    }
    Candidate f = previous.get().candidate();
    int from = Math.max(f.content().end(), f.cue().map(c -> c.span().end()).orElse(f.content().end()));
    from = Math.max(from, f.source().map(Span::end).orElse(from));
    String between = doc.text().substring(Math.min(from, q.begin()), q.begin());
    boolean sameParagraph = between.indexOf('\n') < 0;
    return sameParagraph && between.length() <= MAX_ATTRIBUTION && f.cue().isPresent()
        ? previous : Optional.empty();
  }

  /**
   * Whether {@code inner} stands in the attribution of the quote statement {@code quote}: after its
   * content, with its cue in the sentence of the quote's cue ({@code said X, referring to …}).
   */
  private static boolean inAttribution(Doc doc, Candidate quote, Candidate inner) {
    if (quote.type() == StatementType.INDIRECT || quote.cue().isEmpty() || inner.cue().isEmpty()
        || inner.content().begin() < quote.content().end()) {
      return false;
    }
    int cue = doc.tokenAtOrAfter(quote.cue().get().span().begin());
    int other = doc.tokenAtOrAfter(inner.cue().get().span().begin());
    return cue < doc.tokens().size() && other < doc.tokens().size()
        && doc.token(cue).sentence() == doc.token(other).sentence();
  }

  /**
   * The person a floating quote's article turned to: a named person who is the subject of the
   * sentence just before the quote, outside quotations ({@code … Clinton restricted her comments
   * to … ⏎⏎ “…”}), the latest if several. Where that sentence is the attribution of the statement
   * before ({@code “…,” X said.}), it is the same person.
   */
  private static Optional<Token> personBefore(Doc doc, Quote q, QuoteIndex quotes) {
    int first = doc.tokenAtOrAfter(q.begin());
    if (first >= doc.tokens().size() || doc.token(first).sentence() == 0) {
      return Optional.empty();
    }
    Doc.Sentence previous = doc.sentences().get(doc.token(first).sentence() - 1);
    for (int i = previous.endToken() - 1; i >= previous.firstToken(); i--) {
      Token t = doc.token(i);
      if ((t.ner().equals("PERSON") || t.isPronoun() && t.word().matches("(?i)he|she")) && t.baseRel().equals("nsubj")
          && !quotes.quoted(t.begin())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** A quote that fills its paragraph, or stands as whole sentences at a paragraph's start. */
  private static boolean isFloating(Doc doc, Quote q) {
    Span p = doc.paragraphs().get(doc.paragraphAt(q.begin()));
    if (q.begin() != p.begin()) {
      return false;
    }
    String rest = doc.text().substring(Math.min(q.end(), p.end()), Math.max(q.end(), p.end())).strip();
    return rest.isEmpty() || rest.matches("[.!?,;:)\\]]*");
  }

  /** A line of a transcript or a headline: {@code PENCE: …}. */
  static boolean isTranscript(Candidate f) {
    return f.cue().map(c -> c.lemma().equals(":")).orElse(false);
  }

  /**
   * Joins statements that share one cue ({@code “A,” said X. “B.”} parsed as two) into one whose
   * content runs from the first to the last, and drops exact repeats.
   */
  private static List<Candidate> dedupe(Doc doc, List<Candidate> sorted) {
    List<Candidate> out = new ArrayList<>();
    Map<Span, Integer> byCue = new HashMap<>();
    for (Candidate f : sorted) {
      int same = f.cue().map(c -> byCue.getOrDefault(c.span(), -1)).orElse(-1);
      if (same < 0) {
        f.cue().ifPresent(c -> byCue.put(c.span(), out.size()));
        out.add(f);
        continue;
      }
      Candidate o = out.get(same);
      int begin = Math.min(o.content().begin(), f.content().begin());
      int end = Math.max(o.content().end(), f.content().end());
      StatementType type = o.content().length() >= f.content().length() ? o.type() : f.type();
      Candidate joined = o.withContent(type, Span.of(doc.text(), begin, end), o.evidence().joinedWith(f.evidence()));
      out.set(same, o.source().isPresent() ? joined
          : new Candidate(type, joined.content(), f.cue(), f.source(), f.sourceHead(), joined.evidence()));
    }
    return out;
  }
}
