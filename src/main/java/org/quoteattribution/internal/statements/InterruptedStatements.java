package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Widens a statement whose attribution interrupts it back to where its sentence starts:
 * {@code It was, the president said, “a stone …”} and {@code “Every time you say that,” Tester
 * said, “you give …”} are each one statement from the first word to the last (PolNeAR's content),
 * with {@link ContentSpans} giving the fragments. Only when the attribution is set off by commas,
 * nothing but the cue and its source stands between the two parts, and no other statement holds
 * the first part.
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

  private static boolean takenByAnother(List<Candidate> found, Candidate self, int begin, int end) {
    for (Candidate other : found) {
      if (other != self && other.content().begin() < end && begin < other.content().end()) {
        return true;
      }
    }
    return false;
  }
}
