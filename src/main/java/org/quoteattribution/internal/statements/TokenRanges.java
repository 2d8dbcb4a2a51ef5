package org.quoteattribution.internal.statements;

import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Pos;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;
import org.quoteattribution.internal.text.QuoteMarks;

/** Edges of the token ranges the statement finders cut out as content and source. */
final class TokenRanges {

  private TokenRanges() {}

  /**
   * Trims punctuation (quote marks excepted) and coordinating conjunctions from both ends of tokens
   * {@code first} to {@code last}; the result is empty if nothing is left.
   */
  static TokenRange trim(Doc doc, int first, int last) {
    while (first <= last && isEdge(doc.token(first))) {
      first++;
    }
    while (last >= first && isEdge(doc.token(last))) {
      last--;
    }
    return new TokenRange(first, last);
  }

  static TokenRange trim(Doc doc, TokenRange range) {
    return trim(doc, range.first(), range.last());
  }

  private static boolean isEdge(Token t) {
    return t.isPunctuation() && !QuoteMarks.isQuoteMark(t.word()) || t.baseRelIs(Rel.CC) && t.is(Pos.CC);
  }
}
