package org.quoteattribution.internal.nlp;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;

/**
 * Hand-parsed documents for tests that need no CoreNLP: one sentence, tokens given as
 * {@code word/lemma/POS/NER/head/relation} with {@code head} 1-based as in CoNLL (0: the root).
 */
public final class TestDocs {

  private TestDocs() {}

  /** One sentence; the words must occur in {@code text} in order. */
  public static Doc sentence(String text, String... tokens) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < tokens.length; i++) {
      String[] f = tokens[i].split("/");
      int begin = text.indexOf(f[0], at);
      if (begin < 0) {
        throw new IllegalArgumentException("no " + f[0] + " after " + at + " in " + text);
      }
      at = begin + f[0].length();
      int head = Integer.parseInt(f[4]) - 1;
      out.add(new Token(i, 0, begin, at, f[0], f[1], f[2], f[3], head, head < 0 ? "root" : f[5]));
    }
    return new Doc(text, List.of(Span.of(text, 0, text.length())),
        List.of(new Doc.Sentence(0, 0, out.size(), 0)), out);
  }
}
