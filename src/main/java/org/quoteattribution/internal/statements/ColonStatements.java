package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;
import org.quoteattribution.internal.text.QuoteMarks;

/**
 * Finds the colon convention of headlines and transcripts: a paragraph that opens with a short name
 * and a colon, {@code Graham: Trump’s rhetoric is destroying the party.} or {@code PENCE: Well,
 * look, …}, also inside an opening quote mark. The name is the source, the colon the cue, the rest
 * of the paragraph the content: {@code DIRECT} when it stands in quote marks of its own
 * ({@code Smith: “We will not back down”}), else {@code INDIRECT}.
 */
public final class ColonStatements {

  /** Longest name before the colon, in tokens. */
  private static final int MAX_SOURCE = 5;

  public List<Candidate> find(Doc doc) {
    List<Candidate> out = new ArrayList<>();
    int sentence = 0;
    for (int p = 0; p < doc.paragraphs().size(); p++) {
      while (sentence < doc.sentences().size() && doc.sentences().get(sentence).paragraph() < p) {
        sentence++;
      }
      if (sentence < doc.sentences().size() && doc.sentences().get(sentence).paragraph() == p) {
        find(doc, doc.sentences().get(sentence).firstToken(), doc.paragraphs().get(p)).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<Candidate> find(Doc doc, int opening, Span paragraph) {
    int first = opening;
    while (first < doc.tokens().size() && QuoteMarks.isQuoteMark(doc.token(first).word())) {
      first++; // a transcript quoted whole: "WALLACE: Let's start …
    }
    int colon = -1;
    for (int i = first; i < Math.min(doc.tokens().size(), first + MAX_SOURCE + 1); i++) {
      Token t = doc.token(i);
      if (t.word().equals(":")) {
        colon = i;
        break;
      }
      if (!isNameWord(t)) {
        return Optional.empty();
      }
    }
    if (colon <= first || colon + 1 >= doc.tokens().size()) {
      return Optional.empty();
    }
    int end = doc.tokenAtOrAfter(paragraph.end()) - 1;
    while (end > colon && doc.token(end).end() > paragraph.end()) {
      end--;
    }
    boolean closed = false;
    while (end > colon && QuoteMarks.isQuoteMark(doc.token(end).word())) {
      end--; // the closing mark of a quoted transcript, or of a quoted headline
      closed = true;
    }
    int start = colon + 1;
    boolean opened = false;
    while (start < end && QuoteMarks.isQuoteMark(doc.token(start).word())) {
      start++; // Smith: “We will not back down”
      opened = true;
    }
    TokenRange content = TokenRanges.trim(doc, start, end);
    if (content.size() < 3) {
      return Optional.empty();
    }
    Span source = doc.span(first, colon - 1);
    // the words in quote marks are the speaker's own: Smith: “We will not back down”
    StatementType type = opened && closed ? StatementType.DIRECT : StatementType.INDIRECT;
    return Optional.of(new Candidate(type, doc.span(content),
        Optional.of(new Cue(doc.span(colon, colon), ":")), Optional.of(source), colon - 1,
        Evidence.of(Evidence.Finder.COLON, true)));
  }

  /** A word of a name or title: capitalised, not a verb, not a sentence-opening function word. */
  private static boolean isNameWord(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0)) && !t.isVerb()
        && (t.isProperNoun() || t.isNoun() || t.is(Pos.JJ) || t.word().endsWith("."))
        || t.is(Pos.POS);
  }
}
