package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;
import org.quoteattribution.internal.text.QuoteMarks;

/**
 * The places where a candidate's content could start and end instead of where the finders put
 * them, each with the parse features a {@link BoundaryModel} weighs: the start of any constituent
 * of the sentence or a word after punctuation, the end of any constituent or a word before
 * punctuation, the sentence's edges, and the current edges. An edge never moves over the cue or
 * the source, and stays in the sentence it is in (the current edges excepted).
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
   * The tokens of the rule stages' cues, which no content grows over: {@code “A,” he said. She
   * added that B} must not take {@code he said}'s statement into {@code A}. (Not the open cue
   * stage's, which are any verb with a subject.)
   */
  static java.util.BitSet cues(Doc doc, List<Candidate> candidates) {
    java.util.BitSet out = new java.util.BitSet(doc.tokens().size());
    for (Candidate c : candidates) {
      c.cue().filter(q -> c.evidence().finder() != Evidence.Finder.OPEN_CUE).ifPresent(q -> {
        for (int k = doc.tokenAtOrAfter(q.span().begin()); k < doc.tokens().size()
            && doc.token(k).begin() < q.span().end(); k++) {
          out.set(k);
        }
      });
    }
    return out;
  }

  /** Where the content of {@code c} could end; the first option is the current end. */
  static List<Option> ends(Doc doc, Candidate c, java.util.BitSet cues) {
    TokenRange r = tokens(doc, c.content());
    if (r.isEmpty()) {
      return List.of();
    }
    int cur = r.last();
    Doc.Sentence s = doc.sentences().get(doc.token(cur).sentence());
    int lastWord = lastWord(doc, s);
    int from = Math.max(Math.max(r.first(), s.firstToken()), cur - REACH);
    int to = Math.min(s.endToken() - 1, cur + REACH);
    Optional<Integer> cue = cueToken(doc, c);
    int head = contentHead(doc, r);
    Subtrees trees = new Subtrees(doc, s, head, cue);
    List<Option> out = new ArrayList<>();
    out.add(new Option(cur, true, endFeatures(doc, c, r, cur, cur, lastWord, trees, cue, head)));
    for (int i = from; i <= to; i++) {
      if (i > cur && (blocks(c, doc.token(i)) || cues.get(i))) {
        break; // never over the cue, the source or another cue
      }
      if (i == cur || isMark(doc.token(i)) || !(i == lastWord || trees.isEnd(i) || beforeBreak(doc, i, s))) {
        continue;
      }
      out.add(new Option(i, false, endFeatures(doc, c, r, i, cur, lastWord, trees, cue, head)));
    }
    int[] attribution = attribution(doc, c);
    if (attribution[0] > cur && attribution[1] < lastWord && doc.token(attribution[1] + 1).word().equals(",")
        && (cues.nextSetBit(attribution[1] + 1) < 0 || cues.nextSetBit(attribution[1] + 1) > lastWord)
        && doc.token(attribution[1]).sentence() == s.index()) {
      // "X, the senator said, until Y": the content goes on after its attribution
      List<String> f = new ArrayList<>(endFeatures(doc, c, r, lastWord, cur, lastWord, trees, cue, head));
      f.add("E:overAttribution");
      f.add("E:overAttribution|" + c.type());
      out.add(new Option(lastWord, false, f));
    }
    return out;
  }

  /**
   * The {@code as} that marks a content as what something was called: {@code described it as a
   * failure} reports {@code a failure}, not {@code it as a failure} (the library's reading; PolNeAR
   * more often takes {@code it as a failure}).
   */
  private static boolean isAs(Doc doc, int j, int cur) {
    Token t = doc.token(j);
    return t.lemma().equals("as") && t.baseRel().equals("case") && t.head() >= cur;
  }

  /**
   * A complementizer {@code that}: the content starts after it ({@code argued that «the bill was
   * unfair»}), which the evaluation counts the same as starting on it.
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
  static List<Option> starts(Doc doc, Candidate c, java.util.BitSet cues) {
    TokenRange r = tokens(doc, c.content());
    if (r.isEmpty()) {
      return List.of();
    }
    int cur = r.first();
    Doc.Sentence s = doc.sentences().get(doc.token(cur).sentence());
    int firstWord = firstWord(doc, s);
    int from = Math.max(s.firstToken(), cur - REACH);
    int to = Math.min(Math.min(r.last(), s.endToken() - 1), cur + REACH);
    Optional<Integer> cue = cueToken(doc, c);
    int head = contentHead(doc, r);
    Subtrees trees = new Subtrees(doc, s, head, cue);
    List<Option> out = new ArrayList<>();
    out.add(new Option(cur, true, startFeatures(doc, c, r, cur, cur, firstWord, trees, cue, head)));
    for (int j = cur - 1; j >= from; j--) {
      if (blocks(c, doc.token(j)) || cues.get(j) || isAs(doc, j, cur)) {
        from = j + 1; // never over the cue, the source, another cue, or the "as" of "described it as …"
        break;
      }
    }
    for (int j = from; j <= to; j++) {
      if (j == cur || isMark(doc.token(j)) || isComplementizer(doc.token(j))
          || !(j == firstWord || trees.isStart(j) || afterBreak(doc, j, s))) {
        continue;
      }
      out.add(new Option(j, false, startFeatures(doc, c, r, j, cur, firstWord, trees, cue, head)));
    }
    int[] attribution = attribution(doc, c);
    if (attribution[0] > firstWord && attribution[1] < cur && doc.token(attribution[0] - 1).word().equals(",")
        && doc.token(attribution[0]).sentence() == s.index()
        && (cues.nextSetBit(firstWord) < 0 || cues.nextSetBit(firstWord) >= attribution[0])) {
      // "In law school, she said, professors …": the content starts before its attribution
      List<String> f = new ArrayList<>(startFeatures(doc, c, r, firstWord, cur, firstWord, trees, cue, head));
      f.add("S:overAttribution");
      f.add("S:overAttribution|" + c.type());
      f.add("S:overAttribution|" + shape(doc.token(firstWord)));
      out.add(new Option(firstWord, false, f));
    }
    return out;
  }

  private static List<String> endFeatures(Doc doc, Candidate c, TokenRange r, int i, int cur, int lastWord,
      Subtrees trees, Optional<Integer> cue, int head) {
    List<String> f = new ArrayList<>();
    String type = c.type().name();
    String finder = c.evidence().finder().name() + (c.evidence().nounPhraseContent() ? "|np" : "");
    if (i == cur) {
      f.add("E:current");
      f.add("E:current|" + type);
      f.add("E:current|" + finder);
    } else {
      f.add("E:move=" + distance(i - cur));
      f.add("E:move=" + distance(i - cur) + "|" + type);
      f.add("E:move=" + direction(i - cur) + "|" + finder);
    }
    Token w = doc.token(i);
    f.add("E:w=" + shape(w));
    if (i == lastWord) {
      f.add("E:sentenceEnd");
      f.add("E:sentenceEnd|" + type);
    }
    Token n = i + 1 < doc.tokens().size() && doc.token(i + 1).sentence() == w.sentence() ? doc.token(i + 1) : null;
    String next = n == null ? "</s>" : shape(n);
    f.add("E:n=" + next);
    int m = nextWord(doc, i);
    if (m >= 0) {
      Token mt = doc.token(m);
      boolean inside = mt.head() >= r.first() && mt.head() <= i;
      f.add("E:m=" + shape(mt));
      f.add("E:n|m=" + next + "|" + shape(mt));
      f.add("E:mrel=" + mt.rel() + (inside ? "|in" : "|out"));
      f.add("E:n|mrel=" + next + "|" + mt.rel());
      if (head >= 0 && doc.dominates(head, m)) {
        f.add("E:headTakesNext|" + mt.baseRel());
      }
      int a = phraseHead(doc, m);
      String attach = attachment(doc, c, r, head, cue, doc.token(a).head()) + "|" + doc.token(a).baseRel();
      f.add("E:nextAttach=" + attach);
      f.add("E:nextAttach=" + attach + "|" + next);
      f.add("E:nextAttach=" + attach + (i == cur ? "|current" : i < cur ? "|-" : "|+"));
      if (cue.isPresent() && m <= cue.get() && cue.get() > i) {
        f.add("E:cueAfter|" + (cue.get() - m < 4 ? "near" : "far"));
      }
    }
    if (i != cur) {
      crossed(doc, c, r, head, cue, Math.min(i, cur) + 1, Math.max(i, cur), "E:cross" + direction(i - cur), f);
    }
    if (trees.isEnd(i)) {
      f.add("E:constituentEnd");
    }
    if (trees.headLast == i) {
      f.add("E:headEnd");
    }
    for (int k = 0; k < trees.cueChildren.size(); k++) {
      if (trees.cueChildren.get(k).last() == i) {
        f.add("E:cueChildEnd=" + trees.cueChildRels.get(k));
      }
    }
    if (cue.isPresent()) {
      if (cue.get() > i && cue.get() <= cur) {
        f.add("E:dropsCue");
      }
    }
    if (openQuote(doc, c.content().begin(), w.end())) {
      f.add("E:inQuote");
    }
    return f;
  }

  private static List<String> startFeatures(Doc doc, Candidate c, TokenRange r, int j, int cur, int firstWord,
      Subtrees trees, Optional<Integer> cue, int head) {
    List<String> f = new ArrayList<>();
    String type = c.type().name();
    String finder = c.evidence().finder().name() + (c.evidence().nounPhraseContent() ? "|np" : "");
    if (j == cur) {
      f.add("S:current");
      f.add("S:current|" + type);
      f.add("S:current|" + finder);
    } else {
      f.add("S:move=" + distance(j - cur));
      f.add("S:move=" + distance(j - cur) + "|" + type);
      f.add("S:move=" + direction(j - cur) + "|" + finder);
    }
    Token w = doc.token(j);
    f.add("S:w=" + shape(w));
    f.add("S:wrel=" + w.rel());
    if (j == firstWord) {
      f.add("S:sentenceStart");
      f.add("S:sentenceStart|" + type);
    }
    Token p = j > 0 && doc.token(j - 1).sentence() == w.sentence() ? doc.token(j - 1) : null;
    String previous = p == null ? "<s>" : shape(p);
    f.add("S:p=" + previous);
    f.add("S:p|w=" + previous + "|" + shape(w));
    if (p != null) {
      f.add("S:prel=" + p.rel());
    }
    int m = previousWord(doc, j);
    if (m >= 0) {
      f.add("S:pw=" + shape(doc.token(m)));
      if (cue.isPresent() && m == cue.get()) {
        f.add("S:afterCue");
      }
    }
    int a = phraseHead(doc, j);
    String attach = attachment(doc, c, r, head, cue, doc.token(a).head()) + "|" + doc.token(a).baseRel();
    f.add("S:attach=" + attach);
    f.add("S:attach=" + attach + "|" + previous);
    f.add("S:attach=" + attach + (j == cur ? "|current" : j < cur ? "|-" : "|+"));
    boolean headOut = w.head() < j || w.head() > r.last();
    f.add("S:head" + (headOut ? "Out|" : "In|") + w.baseRel());
    if (j != cur) {
      crossed(doc, c, r, head, cue, Math.min(j, cur), Math.max(j, cur) - 1, "S:cross" + direction(j - cur), f);
    }
    if (trees.isStart(j)) {
      f.add("S:constituentStart");
    }
    if (trees.headFirst == j) {
      f.add("S:headStart");
    }
    for (int k = 0; k < trees.cueChildren.size(); k++) {
      if (trees.cueChildren.get(k).first() == j) {
        f.add("S:cueChildStart=" + trees.cueChildRels.get(k));
      }
    }
    if (cue.isPresent()) {
      if (cue.get() < j && cue.get() >= cur) {
        f.add("S:dropsCue");
      }
    }
    if (openQuote(doc, doc.sentenceSpan(w.sentence()).begin(), w.begin())) {
      f.add("S:inQuote");
    }
    return f;
  }

  /**
   * What the words a moved edge takes in or leaves out hang from: for each word of tokens
   * {@code first} to {@code last} whose head lies outside them, its relation and what it hangs
   * from ({@code E:cross+=cue|obl}: an end moved over a phrase of the cue's, {@code on its website}).
   */
  private static void crossed(Doc doc, Candidate c, TokenRange r, int head, Optional<Integer> cue, int first,
      int last, String prefix, List<String> f) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int k = first; k <= last; k++) {
      Token t = doc.token(k);
      if (!isMark(t) && (t.head() < first || t.head() > last)) {
        String name = prefix + "=" + attachment(doc, c, r, head, cue, t.head()) + "|" + t.baseRel();
        if (seen.add(name)) {
          f.add(name);
        }
      }
    }
  }

  /**
   * The head of the phrase that starts at {@code k}: up from {@code k} as long as the head stands
   * to the right, in the same sentence.
   */
  private static int phraseHead(Doc doc, int k) {
    int a = k;
    int sentence = doc.token(k).sentence();
    for (int steps = 0; steps < 64; steps++) {
      int h = doc.token(a).head();
      if (h <= a || doc.token(h).sentence() != sentence) {
        break;
      }
      a = h;
    }
    return a;
  }

  /** What a phrase hangs from: the cue, the content's head, another word of the content, the source, or else. */
  private static String attachment(Doc doc, Candidate c, TokenRange r, int head, Optional<Integer> cue, int h) {
    if (h < 0) {
      return "root";
    }
    if (cue.isPresent() && h == cue.get()) {
      return "cue";
    }
    if (h == head) {
      return "head";
    }
    if (r.contains(h)) {
      return "inside";
    }
    Token t = doc.token(h);
    if (c.source().map(q -> q.begin() < t.end() && t.begin() < q.end()).orElse(false)) {
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
      return t.word().toLowerCase(java.util.Locale.ROOT);
    }
    return pos;
  }

  private static String distance(int d) {
    int a = Math.abs(d);
    String bucket = a <= 2 ? Integer.toString(a) : a <= 4 ? "3-4" : a <= 8 ? "5-8" : a <= 16 ? "9-16" : "17+";
    return direction(d) + bucket;
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

  /** The next token after {@code i} in its sentence that is not punctuation; -1 if none. */
  private static int nextWord(Doc doc, int i) {
    int sentence = doc.token(i).sentence();
    for (int k = i + 1; k < doc.tokens().size() && doc.token(k).sentence() == sentence; k++) {
      if (!isMark(doc.token(k))) {
        return k;
      }
    }
    return -1;
  }

  private static int previousWord(Doc doc, int j) {
    int sentence = doc.token(j).sentence();
    for (int k = j - 1; k >= 0 && doc.token(k).sentence() == sentence; k--) {
      if (!isMark(doc.token(k))) {
        return k;
      }
    }
    return -1;
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
      for (int k = 0; k < n; k++) {
        starts[first[k]] = true;
        ends[last[k]] = true;
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
  }
}
