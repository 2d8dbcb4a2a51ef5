package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.people.SpeakerResolver;

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

  /** Verbs whose direct object is the addressee, not what was said. */
  private static final Set<String> ADDRESSEE_VERBS = Set.of(
      "tell", "ask", "inform", "assure", "remind", "urge", "warn", "advise", "brief", "promise",
      "convince", "persuade", "quote");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if");

  private final CueLexicon lexicon;

  public CueStatements(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public List<Found> find(Doc doc) {
    List<Found> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.word().equalsIgnoreCase("according") && t.index() + 1 < doc.tokens().size()
          && doc.token(t.index() + 1).lemma().equals("to")) {
        according(doc, t).ifPresent(out::add);
      } else if (t.isVerb() && t.rel().equals("mark")) {
        markedCue(doc, t).ifPresent(out::add);
      } else if (t.isVerb() && !t.rel().equals("amod")) {
        verbCue(doc, t).ifPresent(out::add);
      }
    }
    return withoutNestedCues(out);
  }

  /**
   * Cuts a content short where another cue starts inside it: in {@code He highlighted recent
   * gestures, noting that …} the content of {@code highlighted} ends before {@code noting}.
   */
  private static List<Found> withoutNestedCues(List<Found> found) {
    // the cues in text order, so that each content looks only at the cues inside it
    List<Found> byCue = new ArrayList<>(found);
    byCue.sort(java.util.Comparator.comparingInt((Found f) -> f.cue().get().span().begin()));
    int[] cueBegins = byCue.stream().mapToInt(f -> f.cue().get().span().begin()).toArray();
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      Span content = f.content();
      int first = java.util.Arrays.binarySearch(cueBegins, content.begin() + 1);
      first = first >= 0 ? first : -first - 1;
      while (first > 0 && cueBegins[first - 1] > content.begin()) {
        first--;
      }
      for (int k = first; k < byCue.size() && cueBegins[k] < content.end(); k++) {
        Found other = byCue.get(k);
        Span cue = other.cue().get().span();
        if (other != f && content.begin() < cue.begin() && cue.end() <= content.end()
            && content.contains(other.content()) && f.cue().get().span().end() <= content.begin()
            && afterComma(content, cue.begin())) {
          content = trimmedPrefix(content, cue.begin());
        }
      }
      out.add(content == f.content() ? f : f.withContent(f.type(), content, f.confidence()));
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

  private Optional<Found> verbCue(Doc doc, Token verb) {
    if (isNegated(doc, verb)) {
      return Optional.empty();
    }
    Optional<Token> particle = doc.child(verb.index(), "compound:prt");
    Optional<Token> prepositional = phrasalObject(doc, verb);
    Optional<Token> subject = subject(doc, verb, 0);
    Optional<CueLexicon.Entry> entry;
    Optional<int[]> content;
    Token last = verb;
    if (particle.isPresent() && lexicon.verb(verb.lemma() + " " + particle.get().lemma()).isPresent()) {
      entry = lexicon.verb(verb.lemma() + " " + particle.get().lemma());
      last = particle.get();
      content = content(doc, verb, entry.get(), subject);
    } else if (prepositional.isPresent()) {
      Token object = prepositional.get();
      Token preposition = doc.child(object.index(), "case").orElseThrow();
      entry = lexicon.verb(verb.lemma() + " " + preposition.lemma());
      last = preposition;
      content = Optional.of(withMarker(subtreeWithout(doc, object, "case")));
    } else {
      entry = lexicon.verb(verb.lemma());
      content = entry.flatMap(e -> content(doc, verb, e, subject));
    }
    if (entry.isEmpty() || content.isEmpty()) {
      return Optional.empty();
    }
    int[] c = trim(doc, content.get()[0], content.get()[1]);
    if (c[0] > c[1] || overlapsToken(c, verb.index())
        || subject.isPresent() && overlapsToken(c, subject.get().index())) {
      return Optional.empty();
    }
    Span cueSpan = last.index() == verb.index() + 1 ? doc.span(verb.index(), last.index())
        : doc.span(verb.index(), verb.index());
    Optional<Span> source = subject.map(s -> sourceSpan(doc, s, c));
    double confidence = confidence(entry.get(), content.get().length > 2, subject.isPresent());
    return Optional.of(new Found(StatementType.INDIRECT, doc.span(c[0], c[1]),
        Optional.of(new Cue(cueSpan, entry.get().lemma())), source,
        subject.map(Token::index).orElse(-1), confidence));
  }

  /** Content token range {@code [first, last]}; a third element marks a noun-phrase content. */
  private Optional<int[]> content(Doc doc, Token verb, CueLexicon.Entry entry, Optional<Token> subject) {
    Optional<Token> ccomp = doc.child(verb.index(), "ccomp");
    if (ccomp.isPresent()) {
      int[] r = doc.subtreeRange(ccomp.get().index());
      return Optional.of(skipSubordinator(doc, r, ccomp.get()));
    }
    Optional<Token> before = precedingClause(doc, verb);
    if (before.isPresent()) {
      return Optional.of(doc.subtreeRange(before.get().index()));
    }
    Optional<Token> as = prepositionalObject(doc, verb, "as");
    if (as.isPresent() && entry.cueClass() == CueLexicon.CueClass.SPEECH) {
      return Optional.of(withMarker(subtreeWithout(doc, as.get(), "case")));
    }
    Optional<Token> object = doc.child(verb.index(), "obj");
    Optional<Token> predicate = doc.child(verb.index(), "xcomp").filter(x -> x.index() > verb.index());
    boolean agent = subject.filter(CueStatements::isAgent).isPresent();
    boolean person = subject.filter(CueStatements::isPerson).isPresent();
    if (object.isPresent() && agent && !object.get().isPronoun() && entry.cueClass() != CueLexicon.CueClass.BELIEF
        && (entry.cueClass() != CueLexicon.CueClass.OTHER || person)) {
      int[] range = doc.subtreeRange(object.get().index());
      if (predicate.isPresent() && predicate.get().index() > range[1]) {
        // "called the senator a liar", "urged voters to stay home"
        return Optional.of(withMarker(new int[] {range[0], doc.subtreeRange(predicate.get().index())[1]}));
      }
      if (!ADDRESSEE_VERBS.contains(verb.lemma())) {
        return Optional.of(withMarker(range));
      }
    }
    if (object.isEmpty() && predicate.isPresent() && agent && doc.child(predicate.get().index(), "mark")
        .filter(m -> m.lemma().equals("to")).isPresent()
        && lexicon.verb(predicate.get().lemma()).filter(e -> e.cueClass() == CueLexicon.CueClass.SPEECH).isEmpty()) {
      // "wants to raise taxes", "agreed to share a currency"
      return Optional.of(withMarker(doc.subtreeRange(predicate.get().index())));
    }
    if (verb.head() >= 0 && verb.rel().matches("parataxis|dep")) {
      return contentBefore(doc, verb);
    }
    // "…, the minister said." parsed with the content as the root and the cue as a dependent
    return Optional.empty();
  }

  private static int[] withMarker(int[] range) {
    return new int[] {range[0], range[1], 1};
  }

  /**
   * A clause before the cue that the parser hung from it, set off by a comma:
   * {@code Heavy rain flooded roads, the police said.}
   */
  private static Optional<Token> precedingClause(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if (c < verb.index() && child.isVerb() && child.rel().matches("parataxis|dep|ccomp")) {
        int end = doc.subtreeRange(c)[1];
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
  private Optional<Found> markedCue(Doc doc, Token cue) {
    Optional<CueLexicon.Entry> entry = lexicon.verb(cue.lemma());
    if (entry.isEmpty() || cue.head() < 0 || !cue.pos().equals("VBG")) {
      return Optional.empty();
    }
    Token clause = doc.token(cue.head());
    int[] r = doc.subtreeRange(clause.index());
    int[] c = trim(doc, Math.max(r[0], cue.index() + 1), r[1]);
    if (c[0] > c[1] || clause.head() < 0) {
      return Optional.empty();
    }
    Optional<Token> subject = subject(doc, doc.token(clause.head()), 1);
    Optional<Span> source = subject.map(s -> sourceSpan(doc, s, c));
    return Optional.of(new Found(StatementType.INDIRECT, doc.span(c[0], c[1]),
        Optional.of(new Cue(doc.span(cue.index(), cue.index()), entry.get().lemma())), source,
        subject.map(Token::index).orElse(-1), confidence(entry.get(), false, subject.isPresent())));
  }

  /** Content that precedes a cue which hangs off it: {@code Iran continues its efforts …, X said}. */
  private static Optional<int[]> contentBefore(Doc doc, Token verb) {
    int head = verb.head();
    int[] whole = doc.subtreeRange(head);
    int[] cue = doc.subtreeRange(verb.index());
    if (cue[0] > whole[0]) {
      return Optional.of(new int[] {whole[0], cue[0] - 1});
    }
    if (cue[1] < whole[1]) {
      return Optional.of(new int[] {cue[1] + 1, whole[1]});
    }
    return Optional.empty();
  }

  private Optional<Found> according(Doc doc, Token according) {
    Token source = according.head() >= 0 ? doc.token(according.head()) : null;
    if (source == null || !source.isNoun() && !source.isPronoun()) {
      return Optional.empty();
    }
    int[] src = doc.subtreeRange(source.index());
    int srcFirst = Math.max(src[0], according.index() + 2);
    int[] srcRange = trim(doc, srcFirst, src[1]);
    if (source.head() < 0) {
      return Optional.empty();
    }
    int[] clause = doc.subtreeRange(source.head());
    int[] before = trim(doc, clause[0], src[0] - 1);
    int[] after = trim(doc, src[1] + 1, clause[1]);
    int[] c = (before[1] - before[0]) >= (after[1] - after[0]) ? before : after;
    if (c[0] > c[1] || srcRange[0] > srcRange[1]) {
      return Optional.empty();
    }
    Span cue = doc.span(according.index(), according.index() + 1);
    double confidence = 0.8;
    return Optional.of(new Found(StatementType.INDIRECT, doc.span(c[0], c[1]),
        Optional.of(new Cue(cue, "according to")), Optional.of(doc.span(srcRange[0], srcRange[1])),
        source.index(), confidence));
  }

  /** The subject of a cue verb, or of the clause a participle or conjunct hangs from. */
  private static Optional<Token> subject(Doc doc, Token verb, int depth) {
    Optional<Token> subject = doc.nearestChild(verb.index(), "nsubj")
        .filter(s -> !s.rel().equals("nsubj:pass"));
    if (subject.isPresent() && subject.get().pos().matches("WP|WDT") && verb.rel().equals("acl:relcl")) {
      return Optional.of(doc.token(verb.head())); // "officials who said …": the officials
    }
    if (subject.isPresent() || depth > 3 || verb.head() < 0) {
      return subject;
    }
    String rel = verb.baseRel();
    boolean participle = verb.pos().equals("VBG") || verb.pos().equals("VBN");
    if (rel.matches("advcl|conj|xcomp") || participle && rel.matches("dep|acl|parataxis")) {
      Token head = doc.token(verb.head());
      while (!head.isVerb() && head.head() >= 0 && depth < 3) {
        head = doc.token(head.head());
        depth++;
      }
      return subject(doc, head, depth + 1);
    }
    return Optional.empty();
  }

  /** The subject's subtree (with appositives), kept clear of the content. */
  private static Span sourceSpan(Doc doc, Token subject, int[] content) {
    int[] r = doc.subtreeRange(subject.index());
    int first = r[0];
    int last = r[1];
    if (first <= content[1] && content[0] <= last) {
      first = subject.index();
      last = subject.index();
      while (first - 1 >= 0 && doc.token(first - 1).head() == subject.index()
          && doc.token(first - 1).baseRel().matches("compound|det|amod|nmod:poss|flat")) {
        first--;
      }
    }
    int[] t = trim(doc, first, last);
    if (t[0] > t[1]) { // nothing but punctuation around it ("‹…,› added X" parsed oddly): the subject alone
      t = new int[] {subject.index(), subject.index()};
    }
    return balanced(doc, doc.span(t[0], t[1]));
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
  private static boolean isAgent(Token subject) {
    return !subject.ner().equals("O") || subject.isProperNoun()
        || subject.isPronoun() && !subject.lemma().equals("it")
        || SpeakerResolver.isSourceNoun(subject.lemma());
  }

  /** The object of a preposition that makes a phrasal cue with the verb: {@code call for X}. */
  private Optional<Token> phrasalObject(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if (child.baseRel().equals("obl") && child.index() > verb.index()) {
        Optional<Token> preposition = doc.child(c, "case");
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
      if (child.baseRel().equals("obl")) {
        Optional<Token> mark = doc.child(c, "case");
        if (mark.isPresent() && mark.get().lemma().equals(preposition) && mark.get().index() > verb.index()) {
          return Optional.of(child);
        }
      }
    }
    return Optional.empty();
  }

  private static int[] subtreeWithout(Doc doc, Token head, String rel) {
    int[] r = doc.subtreeRange(head.index());
    int first = r[0];
    while (first < head.index() && doc.token(first).head() == head.index()
        && doc.token(first).baseRel().equals(rel)) {
      first++;
    }
    return new int[] {first, r[1]};
  }

  private static int[] skipSubordinator(Doc doc, int[] r, Token clause) {
    int first = r[0];
    if (first < clause.index() && SUBORDINATORS.contains(doc.token(first).lemma())
        && doc.token(first).baseRel().equals("mark")) {
      first++;
    }
    return new int[] {first, r[1]};
  }

  private static boolean isNegated(Doc doc, Token verb) {
    for (int c : doc.children(verb.index())) {
      Token child = doc.token(c);
      if ((child.baseRel().equals("advmod") || child.rel().equals("neg")) && NEGATIONS.contains(child.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Trims punctuation and conjunctions from both ends of a token range. */
  static int[] trim(Doc doc, int first, int last) {
    while (first <= last && isEdge(doc.token(first))) {
      first++;
    }
    while (last >= first && isEdge(doc.token(last))) {
      last--;
    }
    return new int[] {first, last};
  }

  private static boolean isEdge(Token t) {
    return t.isPunctuation() && !isQuoteMark(t.word()) || t.baseRel().equals("cc") && t.pos().equals("CC");
  }

  static boolean isQuoteMark(String word) {
    return word.length() == 1 && "\"“”‘’«»„‚‟‛‹›「」『』'".indexOf(word.charAt(0)) >= 0;
  }

  private static boolean overlapsToken(int[] range, int token) {
    return range[0] <= token && token <= range[1];
  }

  private static double confidence(CueLexicon.Entry entry, boolean nounPhrase, boolean hasSubject) {
    double base = switch (entry.cueClass()) {
      case SPEECH -> 0.85;
      case REPORT -> 0.7;
      case BELIEF -> 0.55;
      case OTHER -> 0.45;
    };
    double c = base * (0.6 + 0.4 * entry.weight());
    if (nounPhrase) {
      c *= 0.85;
    }
    if (!hasSubject) {
      c *= 0.8;
    }
    return Math.max(0, Math.min(1, c));
  }
}
