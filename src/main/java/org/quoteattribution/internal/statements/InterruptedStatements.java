package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * Widens a statement whose attribution interrupts it back to where its sentence starts:
 * {@code It was, the president said, “a stone …”} and {@code “Every time you say that,” Tester
 * said, “you give …”} are each one statement from the first word to the last (PolNeAR's content),
 * with {@link ContentSpans} giving the fragments. Only when the attribution is set off by commas,
 * nothing but the cue and its source stands between the two parts, and no other statement holds
 * the first part. And the mirror: {@code [The test], the agency said on Monday, [was a success]}
 * takes the clause after its attribution.
 */
public final class InterruptedStatements {

  /** Between the attribution and the content: a comma, perhaps an opening quote mark. */
  private static final Pattern AFTER = Pattern.compile("\\s*,\\s*[\"“‘']{0,2}\\s*");
  /** Before the attribution: a comma, perhaps a closing quote mark. */
  private static final Pattern BEFORE = Pattern.compile(".*,\\s*[\"”’']{0,2}\\s*", Pattern.DOTALL);
  private static final String QUOTES = "\"“”‘’'«»";

  private InterruptedStatements() {}

  public static List<Candidate> widen(Doc doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Candidate f = out.get(i);
      if (f.cue().isEmpty() || doc.tokens().isEmpty()) {
        continue;
      }
      Optional<Candidate> forward = forward(doc, out, f);
      if (forward.isPresent()) {
        out.set(i, forward.get());
        continue;
      }
      Span cue = f.cue().get().span();
      int attributionBegin = f.source().map(s -> Math.min(s.begin(), cue.begin())).orElse(cue.begin());
      int attributionEnd = f.source().map(s -> Math.max(s.end(), cue.end())).orElse(cue.end());
      Span content = f.content();
      if (content.begin() < attributionEnd || content.begin() - attributionEnd > 6
          || !AFTER.matcher(doc.text().substring(attributionEnd, content.begin())).matches()) {
        continue;
      }
      int sentence = doc.token(Math.min(doc.tokenAtOrAfter(attributionBegin), doc.tokens().size() - 1)).sentence();
      int begin = doc.token(doc.sentences().get(sentence).firstToken()).begin();
      while (begin < attributionBegin && (Character.isWhitespace(doc.text().charAt(begin))
          || QUOTES.indexOf(doc.text().charAt(begin)) >= 0)) {
        begin++;
      }
      String before = doc.text().substring(begin, attributionBegin);
      if (begin >= attributionBegin || !BEFORE.matcher(before).matches()
          || takenByAnother(out, f, begin, attributionBegin)) {
        continue;
      }
      boolean quoted = QUOTES.indexOf(doc.text().charAt(Math.max(0, begin - 1))) >= 0;
      StatementType type = f.type() == StatementType.DIRECT && !quoted ? StatementType.MIXED : f.type();
      out.set(i, f.withContent(type, Span.of(doc.text(), begin, content.end())));
    }
    return out;
  }

  /**
   * The mirror case: a content that ends before its attribution, which a comma closes and the
   * content's clause goes on after ({@code [The test], the agency said on Monday, [was a success]}),
   * widened to the end of its sentence.
   */
  private static Optional<Candidate> forward(Doc doc, List<Candidate> found, Candidate f) {
    if (f.type() == StatementType.DIRECT) {
      return Optional.empty();
    }
    int cue = doc.tokenAtOrAfter(f.cue().get().span().begin());
    if (cue >= doc.tokens().size() || doc.token(cue).head() < 0) {
      return Optional.empty();
    }
    TokenRange attribution = TokenRanges.trim(doc, doc.subtree(cue));
    int first = doc.tokenAtOrAfter(f.content().begin());
    int comma = attribution.last() + 1;
    Doc.Sentence sentence = doc.sentences().get(doc.token(cue).sentence());
    if (f.content().end() > doc.token(attribution.first()).begin() || first >= cue
        || !BEFORE.matcher(doc.text().substring(f.content().end(), doc.token(attribution.first()).begin())).matches()
        || comma + 1 >= sentence.endToken() || !doc.token(comma).word().equals(",")
        || !doc.dominates(doc.token(cue).head(), comma + 1) || !doc.dominates(doc.token(cue).head(), first)) {
      return Optional.empty();
    }
    int last = Math.min(sentence.endToken() - 1, doc.subtree(doc.token(cue).head()).last());
    for (Candidate other : found) { // up to the next statement's content: "…, although experts say …"
      int begin = doc.tokenAtOrAfter(other.content().begin());
      if (other != f && begin <= last && doc.tokenAtOrAfter(other.content().end()) > comma) {
        last = Math.min(last, begin - 1);
      }
    }
    TokenRange rest = TokenRanges.trim(doc, comma + 1, last);
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    Span content = Span.of(doc.text(), f.content().begin(), doc.token(rest.last()).end());
    boolean quoted = content.text().chars().anyMatch(ch -> QUOTES.indexOf(ch) >= 0);
    return Optional.of(f.withContent(quoted ? StatementType.MIXED : f.type(), content));
  }

  private static boolean takenByAnother(List<Candidate> found, Candidate self, int begin, int end) {
    for (Candidate other : found) {
      if (other != self && other.content().begin() < end && begin < other.content().end()) {
        return true;
      }
    }
    return false;
  }
}
