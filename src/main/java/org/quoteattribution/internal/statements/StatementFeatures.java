package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * The evidence of a statement candidate as binary features for {@link StatementModel}: the cue's
 * lemma, class, part of speech and relation, and the {@link CueDetector}'s probability that it is a
 * cue; the source's part of speech and entity type; the content's length, quote marks, sentences,
 * head word and paragraph; its edges (the words just outside it, the sentence's edges, whether it
 * is one constituent); where the cue stands; and the rule's own confidence. Features are strings
 * {@code name=value}; pure logic on a {@link Doc} and the detector's linear model.
 */
public final class StatementFeatures {

  /** Quote marks as CoreNLP writes them, straight or curly, single or double. */
  private static final Set<String> QUOTE_WORDS = Set.of("\"", "``", "''", "“", "”", "'", "‘", "’", "`");

  private final CueLexicon lexicon;
  private final CueDetector cues;

  public StatementFeatures(CueLexicon lexicon, CueDetector cues) {
    this.lexicon = lexicon;
    this.cues = cues;
  }

  /**
   * The features of every candidate of an article, each with the evidence of the others: whether
   * its cue stands inside another candidate's content ({@code She said leaders had agreed to …}),
   * how many other cues its content holds, whether its content overlaps another's.
   */
  public List<List<String>> of(Doc doc, List<Candidate> candidates) {
    int length = doc.text().length();
    int[] cover = new int[length + 1];
    int[] cueStarts = new int[length + 1];
    for (Candidate f : candidates) {
      cover[f.content().begin()]++;
      cover[f.content().end()]--;
      f.cue().ifPresent(c -> cueStarts[c.span().begin()]++);
    }
    int[] cueBefore = new int[length + 1];
    for (int i = 0; i < length; i++) {
      cover[i + 1] += cover[i];
      cueBefore[i + 1] = cueBefore[i] + cueStarts[i];
    }
    int[][] inner = innermost(length, candidates);
    List<List<String>> out = new ArrayList<>();
    double[] cueProbabilities = cues.probabilities(doc);
    for (int k = 0; k < candidates.size(); k++) {
      Candidate f = candidates.get(k);
      List<String> features = of(doc, f, cueProbabilities);
      Span content = f.content();
      boolean ownCueInside = f.cue().filter(c -> content.begin() <= c.span().begin() && c.span().begin() < content.end())
          .isPresent();
      if (f.cue().isPresent()) {
        int at = f.cue().get().span().begin();
        if (cover[at] - (ownCueInside ? 1 : 0) > 0) {
          features.add("cueInsideContent");
          features.add("type&cueInsideContent=" + f.type());
          int g = inner[0][at] != k ? inner[0][at] : inner[1][at];
          if (g >= 0) {
            outerFeatures(doc, f, candidates.get(g), cueProbabilities, features);
          }
        }
      }
      int cues = cueBefore[content.end()] - cueBefore[content.begin()] - (ownCueInside ? 1 : 0);
      features.add("cuesInside=" + Math.min(2, cues));
      if (content.length() > 0 && cover[content.begin()] + cover[content.end() - 1] > 2) {
        features.add("overlapsContent");
      }
      out.add(features);
    }
    return out;
  }

  /**
   * For each char of the text, the indexes of the two candidates with the shortest contents over
   * it, shortest first ({@code -1}: none): painted from the longest content to the shortest, in
   * time proportional to the contents' total length.
   */
  private static int[][] innermost(int length, List<Candidate> candidates) {
    int[][] inner = new int[2][length + 1];
    Arrays.fill(inner[0], -1);
    Arrays.fill(inner[1], -1);
    Integer[] byLength = new Integer[candidates.size()];
    for (int i = 0; i < byLength.length; i++) {
      byLength[i] = i;
    }
    Arrays.sort(byLength, (x, y) -> Integer.compare(candidates.get(y).content().length(),
        candidates.get(x).content().length()));
    for (int i : byLength) {
      Span c = candidates.get(i).content();
      for (int at = c.begin(); at < c.end(); at++) {
        inner[1][at] = inner[0][at];
        inner[0][at] = i;
      }
    }
    return inner;
  }

  /**
   * A candidate whose cue stands in the content of another, {@code outer} (the shortest such):
   * that one's finder and type, the cue model's probability of its cue, and the cue classes of
   * both: {@code She said [leaders had agreed to …]} reports what the leaders agreed to, {@code
   * “[He told me it was over]”} is seldom a statement of its own.
   */
  private static void outerFeatures(Doc doc, Candidate f, Candidate outer, double[] cueProbabilities,
      List<String> features) {
    features.add("outer=" + outer.evidence().finder() + "|" + outer.type());
    features.add("outerCueProb=" + outer.cue().map(c -> bucket(cueProbabilities[Math.min(doc.tokenAtOrAfter(
        c.span().begin()), doc.tokens().size() - 1)], 5)).orElse("-"));
    features.add("outer&class=" + outer.evidence().cue().map(x -> x.cueClass().name()).orElse("-") + "|"
        + f.evidence().cue().map(x -> x.cueClass().name()).orElse("-"));
  }

  /** The features of one candidate on its own. */
  public List<String> of(Doc doc, Candidate f) {
    return of(doc, f, cues.probabilities(doc));
  }

  /** The same, with the cue probability of every token of {@code doc} ({@link CueDetector}). */
  private List<String> of(Doc doc, Candidate f, double[] cueProbabilities) {
    List<String> out = new ArrayList<>();
    String type = f.type().name();
    out.add("type=" + type);
    Evidence e = f.evidence();
    double rule = RuleScorer.score(e);
    out.add("rule=" + bucket(rule, 20));
    out.add("type&rule=" + type + bucket(rule, 20));
    out.add("finder=" + e.finder());
    out.add("type&finder=" + type + e.finder());
    out.add("absorbed=" + Math.min(2, e.quotesAbsorbed()));
    out.add("continued=" + Math.min(2, e.quotesContinued()));
    out.add("joined=" + Math.min(2, e.joined().size()));
    if (e.nounPhraseContent()) {
      out.add("nounPhraseContent");
    }
    out.add("hasSubject=" + e.hasSubject());
    if (doc.tokens().isEmpty()) {
      return out;
    }
    Span content = f.content();
    int first = Math.min(doc.tokenAtOrAfter(content.begin()), doc.tokens().size() - 1);
    int last = Math.max(first, doc.tokenAtOrAfter(content.end()) - 1);
    int length = last - first + 1;
    out.add("len=" + lengthBucket(length));
    out.add("type&len=" + type + lengthBucket(length));
    out.add("quotes=" + Math.min(3, quoteMarks(content.text())));
    int sentences = doc.token(last).sentence() - doc.token(first).sentence() + 1;
    out.add("sentences=" + Math.min(4, sentences));
    if (content.text().indexOf('\n') >= 0) {
      out.add("paragraphs");
    }
    out.add("firstPos=" + doc.token(first).pos());
    out.add("lastPos=" + doc.token(last).pos());
    boolean verb = false;
    for (int i = first; i <= last && !verb; i++) {
      verb = doc.token(i).isVerb();
    }
    out.add(verb ? "clause" : "noClause");
    int contentHead = first;
    for (int i = first; i <= last; i++) {
      int h = doc.token(i).head();
      if (h < first || h > last) {
        contentHead = i;
        break;
      }
    }
    out.add("contentRel=" + doc.token(contentHead).rel());
    out.add("contentHeadPos=" + doc.token(contentHead).pos());
    edges(doc, first, last, contentHead, e.finder(), out);
    Token headWord = doc.token(contentHead);
    if (headWord.isNoun() && !headWord.isProperNoun() || headWord.isVerb() || headWord.isAdjective()) {
      out.add("contentHeadWord=" + headWord.lemma());
    }
    out.add("contentHeadNer=" + headWord.ner());
    out.add("paragraph=" + Math.min(3, doc.sentences().get(headWord.sentence()).paragraph()));
    Doc.Sentence sentence = doc.sentences().get(doc.token(last).sentence());
    Token end = doc.token(sentence.endToken() - 1);
    out.add("sentenceEnd=" + (end.word().equals("?") ? "question" : end.isPunctuation() ? "punct" : "none"));
    if (f.cue().isEmpty()) {
      out.add("noCue");
    } else {
      cueFeatures(doc, f, type, content, first, last, out, cueProbabilities);
      // a cue word reports with one kind of content and not another: {@code show that …} against
      // {@code show flashes of compassion}, {@code say} against {@code try to …}
      String lemma = f.cue().get().lemma();
      out.add("cue&contentRel=" + lemma + "|" + doc.token(contentHead).baseRel());
      out.add("cue&clause=" + lemma + "|" + verb);
      out.add("cue&contentHeadPos=" + lemma + "|" + doc.token(contentHead).pos());
    }
    if (f.source().isEmpty()) {
      out.add("noSource");
      out.add("type&noSource=" + type);
    } else if (f.sourceHead() >= 0 && f.sourceHead() < doc.tokens().size()) {
      Token head = doc.token(f.sourceHead());
      out.add("sourcePos=" + head.pos());
      out.add("sourceNer=" + head.ner());
      if (head.isPronoun() || head.isNoun() && !head.isProperNoun()) {
        out.add("sourceWord=" + head.lemma());
      }
      out.add("sourceLen=" + lengthBucket(f.source().get().text().split("\\s+").length));
    } else {
      out.add("sourceNoHead");
    }
    return out;
  }

  private void cueFeatures(Doc doc, Candidate f, String type, Span content, int first, int last,
      List<String> out, double[] cueProbabilities) {
    String lemma = f.cue().get().lemma();
    boolean open = f.evidence().finder() == Evidence.Finder.OPEN_CUE;
    Span span = f.cue().get().span();
    Optional<CueLexicon.Entry> entry = lexicon.verb(lemma).or(() -> lexicon.noun(lemma))
        .or(() -> lexicon.phrase(lemma));
    out.add("cue=" + lemma);
    out.add("type&cue=" + type + lemma);
    String cueClass = entry.map(e -> e.cueClass().name()).orElse("NONE");
    out.add("class=" + cueClass);
    out.add("type&class=" + type + cueClass);
    out.add("weight=" + entry.map(e -> bucket(e.weight(), 10)).orElse("-"));
    int cue = Math.min(doc.tokenAtOrAfter(span.begin()), doc.tokens().size() - 1);
    Token t = doc.token(cue);
    String probability = bucket(cueProbabilities[cue], 10);
    out.add("cueProb=" + probability);
    out.add("type&cueProb=" + type + probability);
    out.add("finder&cueProb=" + f.evidence().finder() + probability);
    out.add("govCueProb=" + (t.head() >= 0 ? bucket(cueProbabilities[t.head()], 5) : "-"));
    double inner = 0;
    for (int i = first; i <= last; i++) {
      if (i != cue && !doc.token(i).baseRel().matches("amod|compound")) {
        inner = Math.max(inner, cueProbabilities[i]);
      }
    }
    out.add("innerCueProb=" + bucket(inner, 5));
    out.add("finder&innerCueProb=" + f.evidence().finder() + bucket(inner, 5));
    out.add("cuePos=" + t.pos());
    out.add("cueRel=" + t.baseRel());
    out.add("cueHeadRel=" + (t.head() >= 0 ? doc.token(t.head()).baseRel() : "none"));
    for (int c : doc.children(cue)) {
      Token child = doc.token(c);
      if (child.pos().equals("MD")) {
        out.add("cueModal=" + child.lemma());
      }
      if (child.baseRel().equals("aux") && child.lemma().equals("be") && t.pos().equals("VBG")) {
        out.add("cueProgressive");
      }
    }
    String side = span.end() <= content.begin() ? "before" : span.begin() >= content.end() ? "after" : "inside";
    out.add("cueSide=" + side);
    out.add("type&cueSide=" + type + side);
    int distance = side.equals("before") ? first - cue : side.equals("after") ? cue - last : 0;
    out.add("cueDistance=" + lengthBucket(Math.max(0, distance)));
    out.add("cueSentence=" + (t.sentence() == doc.token(first).sentence() || t.sentence() == doc.token(last).sentence()));
    out.add("source&cue=" + f.source().isPresent() + cueClass);
    String tokenClass = lexicon.verb(t.lemma()).or(() -> lexicon.noun(t.lemma())).map(e -> e.cueClass().name()).orElse("NONE");
    out.add("cueWordClass=" + tokenClass);
    out.add("cueWord=" + t.lemma());
    if (open) {
      out.add("open&cue=" + lemma);
      out.add("open&cueWord=" + t.lemma());
      out.add("open&class=" + tokenClass);
      out.add("open&cuePos=" + t.pos());
      out.add("open&source=" + f.source().isPresent());
      out.add("open&sourceNer=" + (f.sourceHead() >= 0 ? doc.token(f.sourceHead()).ner() : "-"));
      out.add("open&sourcePos=" + (f.sourceHead() >= 0 ? doc.token(f.sourceHead()).pos() : "-"));
      out.add("open&" + out.stream().filter(x -> x.startsWith("contentRel=")).findFirst().orElse(""));
    }
    for (int c : doc.children(cue)) {
      if (doc.token(c).rel().equals("advmod") && doc.token(c).lemma().matches("not|n't|never")) {
        out.add("negated");
      }
    }
  }

  /**
   * Where the content's edges stand, for the exact model above all: the words just outside them
   * (quote marks skipped), whether they are the sentence's edges, whether the content is one whole
   * constituent and how many of its words hang from outside it; the words outside and the shape
   * also with the finder, whose rules leave different edges.
   */
  private static void edges(Doc doc, int first, int last, int contentHead, Evidence.Finder finder,
      List<String> out) {
    int a = first;
    int b = last;
    while (a < b && doc.token(a).isPunctuation()) {
      a++;
    }
    while (b > a && doc.token(b).isPunctuation()) {
      b--;
    }
    Doc.Sentence opening = doc.sentences().get(doc.token(a).sentence());
    Doc.Sentence closing = doc.sentences().get(doc.token(b).sentence());
    int before = a - 1;
    while (before >= opening.firstToken() && isQuoteMark(doc.token(before))) {
      before--;
    }
    int after = b + 1;
    while (after < closing.endToken() && isQuoteMark(doc.token(after))) {
      after++;
    }
    int rest = b + 1;
    while (rest < closing.endToken() && doc.token(rest).isPunctuation()) {
      rest++;
    }
    TokenRange tree = doc.subtree(contentHead);
    String shape = tree.first() == a && tree.last() == b ? "whole"
        : tree.first() <= a && b <= tree.last() ? "inside" : "over";
    List<String> edges = List.of(
        "before=" + (before < opening.firstToken() ? "START" : edgeWord(doc.token(before))),
        "after=" + (after >= closing.endToken() ? "END" : edgeWord(doc.token(after))),
        "constituent=" + shape);
    out.addAll(edges);
    edges.forEach(x -> out.add("finder&" + finder + "|" + x));
    out.add("toSentenceEnd=" + (rest >= closing.endToken()));
    out.add("fromSentenceStart=" + (before < opening.firstToken()));
    int heads = 0;
    for (int i = a; i <= b; i++) {
      int h = doc.token(i).head();
      if (h < a || h > b) {
        heads++;
      }
    }
    out.add("heads=" + Math.min(3, heads));
  }

  private static boolean isQuoteMark(Token t) {
    return QUOTE_WORDS.contains(t.word());
  }

  /** A word next to an edge: itself when punctuation or a function word, else its part of speech. */
  private static String edgeWord(Token t) {
    return t.isPunctuation() || t.pos().matches("CC|IN|TO|DT|WDT|WP|WRB|RB|MD|PRP|POS")
        ? t.lemma().toLowerCase(Locale.ROOT) : t.pos();
  }

  private static int quoteMarks(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if ("\"“”«»„".indexOf(text.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  private static String bucket(double value, int steps) {
    return Integer.toString((int) Math.round(value * steps));
  }

  /** Token counts in roughly logarithmic bins: 0, 1, 2, 3-4, 5-8, 9-16, 17-32, 33-64, more. */
  static String lengthBucket(int n) {
    if (n <= 2) {
      return Integer.toString(Math.max(0, n));
    }
    int upper = 4;
    while (upper < n && upper < 128) {
      upper *= 2;
    }
    return n > upper ? ">128" : "<=" + upper;
  }
}
