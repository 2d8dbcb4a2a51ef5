package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;
import org.quoteattribution.internal.text.QuoteMarks;

/**
 * The places where a candidate's content could start and end instead of where the finders put
 * them, each with the parse features a {@link BoundaryModel} weighs: the start of any constituent
 * of the sentence, a word after a phrase that hangs from a word to its right, or a word after
 * punctuation; the end of any constituent, a word before a phrase that hangs from a word to its
 * left ({@code her granddaughter | in speeches}), or a word before punctuation; the sentence's
 * edges, and the current edges. An edge never moves over the cue or the source, and stays in the
 * sentence it is in (the current edges excepted); a start may take the object of {@code described
 * it as a failure} ({@code it as a failure}, as PolNeAR mostly does). Both edges' features come
 * from one code path ({@link Edge} says which way is outward).
 *
 * <p>Bounded work: at most {@link #REACH} tokens either side of an edge, in one pass over the
 * sentence.
 */
final class BoundaryFeatures {

  /** How far from the current edge, in tokens, another may lie. */
  static final int REACH = 50;

  /** One place a content may start (at the token's start) or end (at the token's end). */
  record Option(int token, boolean current, List<String> features) {
    Option {
      features = List.copyOf(features);
    }
  }

  private BoundaryFeatures() {}



  /** The tokens of a content: from the first that ends after its start to the last that starts before its end. */
  static TokenRange tokens(Doc doc, Span content) {
    int first = doc.tokenAtOrAfter(content.begin());
    int last = doc.tokenAtOrAfter(content.end()) - 1;
    while (last >= 0 && last < doc.tokens().size() && doc.token(last).begin() >= content.end()) {
      last--;
    }
    return new TokenRange(first, Math.min(last, doc.tokens().size() - 1));
  }

  /**
   * The tokens of the candidates' cues. No content grows over a rule stage's cue ({@code “A,” he
   * said. She added that B} must not take {@code he said}'s statement into {@code A}); the open
   * cue stage's (any verb with a subject) stop nothing but are a feature of the moves that cross
   * them.
   */
  record Cues(BitSet rule, BitSet open) {

    /** No other candidates' cues. */
    static Cues none() {
      return new Cues(new BitSet(), new BitSet());
    }
  }

  /** The cues of these candidates. */
  static Cues cues(Doc doc, List<Candidate> candidates) {
    Cues out = new Cues(new BitSet(doc.tokens().size()), new BitSet(doc.tokens().size()));
    for (Candidate c : candidates) {
      BitSet set = c.evidence().finder() == Evidence.Finder.OPEN_CUE ? out.open() : out.rule();
      c.cue().ifPresent(q -> {
        for (int k = doc.tokenAtOrAfter(q.span().begin()); k < doc.tokens().size()
            && doc.token(k).begin() < q.span().end(); k++) {
          set.set(k);
        }
      });
    }
    return out;
  }

  /** Where the content of {@code c} could end; the first option is the current end. */
  static List<Option> ends(Doc doc, Candidate c, Cues others) {
    BitSet cues = others.rule();
    TokenRange r = tokens(doc, c.content());
    if (r.isEmpty()) {
      return List.of();
    }
    int cur = r.last();
    Doc.Sentence s = doc.sentences().get(doc.token(cur).sentence());
    Context x = context(doc, c, r, Edge.END, s, others);
    int lastWord = x.sentenceEdge();
    int from = Math.max(Math.max(r.first(), s.firstToken()), cur - REACH);
    int to = Math.min(s.endToken() - 1, cur + REACH);
    Subtrees trees = x.trees();
    List<Option> out = new ArrayList<>();
    out.add(new Option(cur, true, features(x, cur)));
    for (int i = from; i <= to; i++) {
      if (i > cur && (blocks(c, doc.token(i)) || cues.get(i))) {
        break; // never over the cue, the source or another cue
      }
      if (i == cur || isMark(doc.token(i)) || !(i == lastWord || trees.isEnd(i) || trees.isCut(i, Edge.END)
          || beforeBreak(doc, i, s))) {
        continue;
      }
      out.add(new Option(i, false, features(x, i)));
    }
    int[] attribution = attribution(doc, c);
    if (attribution[0] > cur && attribution[1] < lastWord && doc.token(attribution[1] + 1).word().equals(",")
        && (cues.nextSetBit(attribution[1] + 1) < 0 || cues.nextSetBit(attribution[1] + 1) > lastWord)
        && doc.token(attribution[1]).sentence() == s.index()) {
      // "X, the senator said, until Y": the content goes on after its attribution
      List<String> f = new ArrayList<>(features(x, lastWord));
      f.add("E:overAttribution");
      f.add("E:overAttribution|" + c.type());
      out.add(new Option(lastWord, false, f));
    }
    return out;
  }

  /**
   * A complementizer {@code that}: the content starts after it ({@code argued that «the bill was
   * unfair»}), which the evaluation counts the same as starting on it; the caller still offers one
   * before punctuation ({@code said «that, in retrospect, it was a mistake»}), which the evaluation
   * keeps (19 gold contents of train start so and had no start offered).
   */
  private static boolean isComplementizer(Token t) {
    return t.lemma().equals("that") && t.baseRel().equals("mark");
  }

  /** The first and last token of the candidate's cue and source together; {-1, -1} without a cue. */
  private static int[] attribution(Doc doc, Candidate c) {
    if (c.cue().isEmpty()) {
      return new int[] {-1, -1};
    }
    int begin = c.cue().get().span().begin();
    int end = c.cue().get().span().end();
    if (c.source().isPresent()) {
      begin = Math.min(begin, c.source().get().begin());
      end = Math.max(end, c.source().get().end());
    }
    int first = doc.tokenAtOrAfter(begin);
    int last = doc.tokenAtOrAfter(end) - 1;
    return first < doc.tokens().size() && last >= first ? new int[] {first, last} : new int[] {-1, -1};
  }

  /** Where the content of {@code c} could start; the first option is the current start. */
  static List<Option> starts(Doc doc, Candidate c, Cues others) {
    BitSet cues = others.rule();
    TokenRange r = tokens(doc, c.content());
    if (r.isEmpty()) {
      return List.of();
    }
    int cur = r.first();
    Doc.Sentence s = doc.sentences().get(doc.token(cur).sentence());
    Context x = context(doc, c, r, Edge.START, s, others);
    int firstWord = x.sentenceEdge();
    int from = Math.max(s.firstToken(), cur - REACH);
    int to = Math.min(Math.min(r.last(), s.endToken() - 1), cur + REACH);
    Subtrees trees = x.trees();
    List<Option> out = new ArrayList<>();
    out.add(new Option(cur, true, features(x, cur)));
    for (int j = cur - 1; j >= from; j--) {
      if (blocks(c, doc.token(j)) || cues.get(j)) {
        from = j + 1; // never over the cue, the source or another cue
        break;
      }
    }
    for (int j = from; j <= to; j++) {
      boolean beforeMark = j + 1 < doc.tokens().size() && isMark(doc.token(j + 1));
      if (j == cur || isMark(doc.token(j)) || isComplementizer(doc.token(j)) && !beforeMark
          || !(j == firstWord || trees.isStart(j)
          || trees.isCut(j, Edge.START) || afterBreak(doc, j, s))) {
        continue;
      }
      out.add(new Option(j, false, features(x, j)));
    }
    int[] attribution = attribution(doc, c);
    if (attribution[0] > firstWord && attribution[1] < cur && doc.token(attribution[0] - 1).word().equals(",")
        && doc.token(attribution[0]).sentence() == s.index()
        && (cues.nextSetBit(firstWord) < 0 || cues.nextSetBit(firstWord) >= attribution[0])) {
      // "In law school, she said, professors …": the content starts before its attribution
      List<String> f = new ArrayList<>(features(x, firstWord));
      f.add("S:overAttribution");
      f.add("S:overAttribution|" + c.type());
      f.add("S:overAttribution|" + shape(doc.token(firstWord)));
      out.add(new Option(firstWord, false, f));
    }
    return out;
  }

  /** Which edge of a content an option moves, and which way is outward (takes more words in). */
  enum Edge {
    START("S:", -1, "<s>"), END("E:", 1, "</s>");

    final String prefix;
    final int out;
    final String boundary;

    Edge(String prefix, int out, String boundary) {
      this.prefix = prefix;
      this.out = out;
      this.boundary = boundary;
    }
  }

  /** What every option of one edge of one candidate shares. */
  private record Context(Doc doc, Candidate c, TokenRange r, Edge edge, int cur, int sentenceEdge, Subtrees trees,
      Optional<Integer> cue, int head, Cues others) {

    /** The content's tokens with this edge at {@code k}. */
    TokenRange with(int k) {
      return edge == Edge.START ? new TokenRange(k, r.last()) : new TokenRange(r.first(), k);
    }
  }

  private static Context context(Doc doc, Candidate c, TokenRange r, Edge edge, Doc.Sentence s, Cues others) {
    int cur = edge == Edge.START ? r.first() : r.last();
    Optional<Integer> cue = cueToken(doc, c);
    int head = contentHead(doc, r);
    return new Context(doc, c, r, edge, cur, edge == Edge.START ? firstWord(doc, s) : lastWord(doc, s),
        new Subtrees(doc, s, head, cue), cue, head, others);
  }

  /**
   * The features of an edge at token {@code k}; one code path for both edges, each seen from its
   * own side: the edge word, the token and word just outside it, the phrase at the edge and the
   * one across it (what each hangs from), the words the move takes in or leaves out, the
   * constituents it coincides with, the cue's part of speech and lemma with the word outside.
   */
  private static List<String> features(Context x, int k) {
    Doc doc = x.doc();
    String p = x.edge().prefix;
    int out = x.edge().out;
    List<String> f = new ArrayList<>();
    String type = x.c().type().name();
    String finder = x.c().evidence().finder().name() + (x.c().evidence().nounPhraseContent() ? "|np" : "");
    String move = k == x.cur() ? "current" : direction(k - x.cur());
    if (k == x.cur()) {
      f.add(p + "current");
      f.add(p + "current|" + type);
      f.add(p + "current|" + finder);
    } else {
      f.add(p + "move=" + distance(k - x.cur()));
      f.add(p + "move=" + distance(k - x.cur()) + "|" + type);
      f.add(p + "move=" + direction(k - x.cur()) + "|" + finder);
    }
    Token w = doc.token(k);
    TokenRange range = x.with(k);
    f.add(p + "w=" + shape(w));
    f.add(p + "wrel=" + w.rel());
    if (k == x.sentenceEdge()) {
      f.add(p + "sentenceEdge");
      f.add(p + "sentenceEdge|" + type);
    }
    int n = k + out;
    Token o = n >= 0 && n < doc.tokens().size() && doc.token(n).sentence() == w.sentence() ? doc.token(n) : null;
    String outside = o == null ? x.edge().boundary : shape(o);
    f.add(p + "o=" + outside);
    f.add(p + "o|w=" + outside + "|" + shape(w));
    if (o != null) {
      f.add(p + "orel=" + o.rel());
    }
    String cueClass = x.cue().map(q -> cueClass(doc.token(q))).orElse("none");
    int m = word(doc, k, out);
    if (m >= 0) {
      Token mt = doc.token(m);
      f.add(p + "ow=" + shape(mt));
      f.add(p + "owrel=" + mt.rel() + (range.contains(mt.head()) ? "|in" : "|out"));
      if (x.head() >= 0 && doc.dominates(x.head(), m)) {
        f.add(p + "headTakesOutside|" + mt.baseRel());
      }
      int a = phraseHead(doc, m, out);
      String attach = attachment(x, doc.token(a).head()) + "|" + doc.token(a).baseRel();
      f.add(p + "outAttach=" + attach);
      f.add(p + "outAttach=" + attach + "|" + outside);
      f.add(p + "outAttach=" + attach + "|" + move);
      f.add(p + "cue=" + cueClass + "|outAttach=" + attach);
      f.add(p + "o|ow=" + outside + "|" + shape(mt));
      f.add(p + "outAttach=" + attach + "|ow=" + shape(mt));
      String lemma = x.c().cue().map(q -> q.lemma()).orElse("none");
      f.add(p + "cueLemma=" + lemma + "|outAttach=" + doc.token(a).baseRel());
      if (x.cue().isPresent() && (x.cue().get() - m) * out >= 0) {
        f.add(p + "cueOutside|" + (x.cue().get() == m ? "next" : Math.abs(x.cue().get() - m) < 4 ? "near" : "far"));
      }
    }
    int a = phraseHead(doc, k, -out);
    String attach = attachment(x, doc.token(a).head()) + "|" + doc.token(a).baseRel();
    f.add(p + "inAttach=" + attach);
    f.add(p + "inAttach=" + attach + "|" + outside);
    f.add(p + "inAttach=" + attach + "|" + move);
    f.add(p + "cue=" + cueClass + "|inAttach=" + attach);
    f.add(p + "head" + (range.contains(w.head()) ? "In|" : "Out|") + w.baseRel());
    f.add(p + "len=" + length(range.size()) + "|" + type);
    if (k != x.cur()) {
      // the tokens taken in or left out: a start's own token is kept, an end's
      int first = Math.min(k, x.cur()) + (x.edge() == Edge.END ? 1 : 0);
      int last = Math.max(k, x.cur()) - (x.edge() == Edge.START ? 1 : 0);
      crossed(x, first, last, p + "cross" + direction(k - x.cur()), f);
    }
    if (x.trees().isEdge(k, x.edge())) {
      f.add(p + "constituentEdge");
    }
    if (x.trees().isCut(k, x.edge())) {
      f.add(p + "phraseCut");
    }
    if (x.trees().headEdge(x.edge()) == k) {
      f.add(p + "headEdge");
    }
    for (int i = 0; i < x.trees().cueChildren.size(); i++) {
      TokenRange child = x.trees().cueChildren.get(i);
      if ((x.edge() == Edge.START ? child.first() : child.last()) == k) {
        f.add(p + "cueChildEdge=" + x.trees().cueChildRels.get(i));
      }
    }
    if (x.cue().isPresent() && (x.cue().get() - k) * out > 0 && (x.cue().get() - x.cur()) * out <= 0) {
      f.add(p + "dropsCue");
    }
    boolean quoted = x.edge() == Edge.START ? openQuote(doc, doc.sentenceSpan(w.sentence()).begin(), w.begin())
        : openQuote(doc, x.c().content().begin(), w.end());
    if (quoted) {
      f.add(p + "inQuote");
    }
    Span content = x.c().content();
    if (x.edge() == Edge.START ? allQuoted(doc, w.begin(), content.end()) : allQuoted(doc, content.begin(), w.end())) {
      f.add(p + "allQuoted|" + type);
      f.add(p + "allQuoted|" + type + "|" + move);
    }
    return f;
  }

  /** The cue's word class: verb, noun, adjective or other. */
  private static String cueClass(Token t) {
    return t.isVerb() ? "V" : t.isNoun() ? "N" : t.isAdjective() ? "J" : "O";
  }

  /**
   * What the words a moved edge takes in or leaves out hang from: for each word of tokens
   * {@code first} to {@code last} whose head lies outside them, its relation and what it hangs
   * from ({@code E:cross+=cue|obl}: an end moved over a phrase of the cue's, {@code on its
   * website}), also with its full relation and its preposition ({@code E:cross+=cue|obl|on}); and
   * the punctuation among them ({@code E:crossPunct+=,}) and other candidates' cues ({@code S:cross-Cue=open}).
   */
  private static void crossed(Context x, int first, int last, String prefix, List<String> f) {
    Doc doc = x.doc();
    Set<String> seen = new LinkedHashSet<>();
    for (int k = first; k <= last; k++) {
      Token t = doc.token(k);
      if (!blocks(x.c(), t) && (x.others().rule().get(k) || x.others().open().get(k))) {
        seen.add(prefix + "Cue=" + (x.others().rule().get(k) ? "rule" : "open"));
      }
      if (isMark(t)) {
        if (t.isPunctuation() && !t.word().equals(".")) {
          seen.add(prefix.replace("cross", "crossPunct") + "=" + t.word());
        }
        continue;
      }
      if (t.head() < first || t.head() > last) {
        String name = prefix + "=" + attachment(x, t.head()) + "|" + t.baseRel();
        seen.add(name);
        if (!t.rel().equals(t.baseRel())) {
          seen.add(prefix + "=" + attachment(x, t.head()) + "|" + t.rel());
        }
        doc.nearestChild(k, org.quoteattribution.internal.nlp.Rel.CASE)
            .filter(q -> q.index() >= first && q.index() <= last)
            .ifPresent(q -> seen.add(name + "|" + q.lemma()));
      }
    }
    f.addAll(seen);
  }

  /**
   * The head of the phrase that starts ({@code dir} 1) or ends ({@code dir} -1) at {@code k}: up
   * from {@code k} as long as the head stands that way, in the same sentence.
   */
  private static int phraseHead(Doc doc, int k, int dir) {
    int a = k;
    int sentence = doc.token(k).sentence();
    for (int steps = 0; steps < 64; steps++) {
      int h = doc.token(a).head();
      if (h < 0 || (h - a) * dir <= 0 || doc.token(h).sentence() != sentence) {
        break;
      }
      a = h;
    }
    return a;
  }

  /** What a phrase hangs from: the cue, the content's head, another word of the content, the source, or else. */
  private static String attachment(Context x, int h) {
    if (h < 0) {
      return "root";
    }
    if (x.cue().isPresent() && h == x.cue().get()) {
      return "cue";
    }
    if (h == x.head()) {
      return "head";
    }
    if (x.r().contains(h)) {
      return "inside";
    }
    Token t = x.doc().token(h);
    if (x.c().source().map(q -> q.begin() < t.end() && t.begin() < q.end()).orElse(false)) {
      return "source";
    }
    return "outside";
  }

  /** A word by its lower case if it is a function word or punctuation, else by its part of speech. */
  static String shape(Token t) {
    String pos = t.pos();
    if (t.isPunctuation() || pos.equals("CC") || pos.equals("IN") || pos.equals("TO") || pos.startsWith("W")
        || pos.equals("DT") || pos.equals("MD") || pos.equals("PRP") || pos.equals("RP")
        || t.lemma().equals("say") || t.lemma().equals("accord")) {
      return t.word().toLowerCase(Locale.ROOT);
    }
    return pos;
  }

  private static String distance(int d) {
    int a = Math.abs(d);
    String bucket = a <= 2 ? Integer.toString(a) : a <= 4 ? "3-4" : a <= 8 ? "5-8" : a <= 16 ? "9-16" : "17+";
    return direction(d) + bucket;
  }

  private static String length(int n) {
    return n <= 2 ? Integer.toString(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : n <= 32 ? "17-32" : "33+";
  }

  private static String direction(int d) {
    return d < 0 ? "-" : "+";
  }

  /** Whether a token belongs to the candidate's cue or source, which the content must not take. */
  private static boolean blocks(Candidate c, Token t) {
    return c.cue().map(q -> q.span().begin() < t.end() && t.begin() < q.span().end()).orElse(false)
        || c.source().map(q -> q.begin() < t.end() && t.begin() < q.end()).orElse(false);
  }

  private static Optional<Integer> cueToken(Doc doc, Candidate c) {
    return c.cue().map(q -> doc.tokenAtOrAfter(q.span().begin())).filter(k -> k < doc.tokens().size());
  }

  /** The first token of the range whose head lies outside it: the content's head; -1 if none. */
  static int contentHead(Doc doc, TokenRange r) {
    for (int k = r.first(); k <= r.last(); k++) {
      Token t = doc.token(k);
      if (!t.isPunctuation() && (t.head() < r.first() || t.head() > r.last())) {
        return k;
      }
    }
    return -1;
  }

  /** Punctuation or a quote mark: no content starts or ends on one. */
  private static boolean isMark(Token t) {
    return t.isPunctuation() || QuoteMarks.isQuoteMark(t.word());
  }

  private static int lastWord(Doc doc, Doc.Sentence s) {
    int k = s.endToken() - 1;
    while (k > s.firstToken() && isMark(doc.token(k))) {
      k--;
    }
    return k;
  }

  private static int firstWord(Doc doc, Doc.Sentence s) {
    int k = s.firstToken();
    while (k < s.endToken() - 1 && isMark(doc.token(k))) {
      k++;
    }
    return k;
  }

  private static boolean beforeBreak(Doc doc, int i, Doc.Sentence s) {
    return i + 1 < s.endToken() && isMark(doc.token(i + 1));
  }

  private static boolean afterBreak(Doc doc, int j, Doc.Sentence s) {
    return j - 1 >= s.firstToken() && isMark(doc.token(j - 1));
  }

  /** The nearest token from {@code k} towards {@code dir} (1 or -1) in its sentence that is not punctuation; -1 if none. */
  private static int word(Doc doc, int k, int dir) {
    int sentence = doc.token(k).sentence();
    for (int i = k + dir; i >= 0 && i < doc.tokens().size() && doc.token(i).sentence() == sentence; i += dir) {
      if (!isMark(doc.token(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether every letter or digit from {@code from} to {@code to} stands inside double quote marks
   * (and there is one): a content cut there would be a direct quote ({@code thanked him for
   * “[stepping up]”}). Whether the text at {@code from} is quoted is read from its sentence's start.
   */
  private static boolean allQuoted(Doc doc, int from, int to) {
    String text = doc.text();
    int sentence = doc.token(Math.min(doc.tokenAtOrAfter(from), doc.tokens().size() - 1)).sentence();
    boolean open = openQuote(doc, Math.min(from, doc.sentenceSpan(sentence).begin()), from);
    boolean any = false;
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
      char ch = text.charAt(k);
      if (ch == '"') {
        open = !open;
      } else if (ch == '“') {
        open = true;
      } else if (ch == '”') {
        open = false;
      } else if (Character.isLetterOrDigit(ch)) {
        if (!open) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Whether an odd number of double quote marks stand between {@code from} and {@code to}. */
  private static boolean openQuote(Doc doc, int from, int to) {
    String text = doc.text();
    int marks = 0;
    for (int k = Math.max(0, from); k < Math.min(to, text.length()); k++) {
      char ch = text.charAt(k);
      if (ch == '"' || ch == '“' || ch == '”') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /**
   * The first and last token of every token's subtree in one sentence, found in one pass; the
   * edges of the content head's subtree and of the cue's children.
   */
  private static final class Subtrees {
    private final boolean[] starts;
    private final boolean[] ends;
    private final boolean[] cutStarts;
    private final boolean[] cutEnds;
    private final int offset;
    final int headFirst;
    final int headLast;
    final List<TokenRange> cueChildren = new ArrayList<>();
    final List<String> cueChildRels = new ArrayList<>();

    Subtrees(Doc doc, Doc.Sentence s, int head, Optional<Integer> cue) {
      offset = s.firstToken();
      int n = s.endToken() - offset;
      int[] first = new int[n];
      int[] last = new int[n];
      for (int k = 0; k < n; k++) {
        first[k] = k;
        last[k] = k;
      }
      for (int k = 0; k < n; k++) {
        int steps = 0;
        for (int h = doc.token(offset + k).head(); h >= offset && h < offset + n && steps < n; h = doc.token(h).head()) {
          first[h - offset] = Math.min(first[h - offset], k);
          last[h - offset] = Math.max(last[h - offset], k);
          steps++;
        }
      }
      starts = new boolean[n];
      ends = new boolean[n];
      cutStarts = new boolean[n];
      cutEnds = new boolean[n];
      for (int k = 0; k < n; k++) {
        starts[first[k]] = true;
        ends[last[k]] = true;
        int h = doc.token(offset + k).head() - offset;
        if (h >= 0 && h < n && h < first[k] && first[k] > 0) {
          cutEnds[first[k] - 1] = true; // before a phrase that hangs from a word to its left
        } else if (h >= 0 && h < n && h > last[k] && last[k] + 1 < n) {
          cutStarts[last[k] + 1] = true; // after a phrase that hangs from a word to its right
        }
      }
      TokenRange h = head >= 0 ? doc.subtree(head) : new TokenRange(-1, -1);
      headFirst = h.first();
      headLast = h.last();
      if (cue.isPresent()) {
        for (int k : doc.children(cue.get())) {
          cueChildren.add(doc.subtree(k));
          cueChildRels.add(doc.token(k).baseRel());
        }
      }
    }

    boolean isStart(int token) {
      return starts[token - offset];
    }

    boolean isEnd(int token) {
      return ends[token - offset];
    }

    boolean isEdge(int token, Edge edge) {
      return edge == Edge.START ? isStart(token) : isEnd(token);
    }

    /**
     * Whether a phrase that hangs from a word on this side of {@code token} lies wholly on the
     * other: an end before a modifier ({@code her granddaughter | in speeches}), a start after one.
     */
    boolean isCut(int token, Edge edge) {
      return edge == Edge.START ? cutStarts[token - offset] : cutEnds[token - offset];
    }

    /** The first (start) or last (end) token of the content head's subtree. */
    int headEdge(Edge edge) {
      return edge == Edge.START ? headFirst : headLast;
    }
  }
}
