package org.quoteattribution.internal.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Span;

/**
 * An article after linguistic annotation: its tokens, sentences and dependency trees, with
 * absolute offsets into {@link #text()}. Immutable; CoreNLP types stay out of it.
 */
public final class Doc {

  /** A sentence: tokens {@code [firstToken, endToken)} of the paragraph {@code paragraph}. */
  public record Sentence(int index, int firstToken, int endToken, int paragraph) {}

  private final String text;
  private final List<Span> paragraphs;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final List<List<Integer>> children;

  Doc(String text, List<Span> paragraphs, List<Sentence> sentences, List<Token> tokens) {
    this.text = text;
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    List<List<Integer>> kids = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      kids.add(new ArrayList<>(2));
    }
    for (Token t : tokens) {
      if (t.head() >= 0) {
        kids.get(t.head()).add(t.index());
      }
    }
    this.children = kids.stream().map(List::copyOf).toList();
  }

  public String text() {
    return text;
  }

  public List<Span> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int index) {
    return tokens.get(index);
  }

  /** The syntactic dependents of a token, in text order. */
  public List<Integer> children(int index) {
    return children.get(index);
  }

  /** The first child of {@code index} whose relation is {@code rel} or one of its subtypes. */
  public Optional<Token> child(int index, Rel rel) {
    for (int c : children.get(index)) {
      Token t = tokens.get(c);
      if (t.relIsA(rel)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The child of {@code index} with relation {@code rel} (or a subtype) nearest to it. */
  public Optional<Token> nearestChild(int index, Rel rel) {
    Token best = null;
    for (int c : children.get(index)) {
      Token t = tokens.get(c);
      if (t.relIsA(rel)
          && (best == null || Math.abs(c - index) < Math.abs(best.index() - index))) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The subject of token {@code index}: its {@code nsubj} child (passive subjects included) nearest
   * to it.
   */
  public Optional<Token> subject(int index) {
    return nearestChild(index, Rel.NSUBJ);
  }

  public Span sentenceSpan(int sentence) {
    Sentence s = sentences.get(sentence);
    return Span.of(text, tokens.get(s.firstToken()).begin(), tokens.get(s.endToken() - 1).end());
  }

  /** Smallest and largest token index in the subtree of {@code index}. */
  public TokenRange subtree(int index) {
    int[] range = {index, index};
    extend(index, range);
    return new TokenRange(range[0], range[1]);
  }

  private void extend(int index, int[] range) {
    for (int c : children.get(index)) {
      range[0] = Math.min(range[0], c);
      range[1] = Math.max(range[1], c);
      extend(c, range);
    }
  }

  /** Whether {@code index} is {@code ancestor} or lies in its subtree. */
  public boolean dominates(int ancestor, int index) {
    for (int i = index; i >= 0; i = tokens.get(i).head()) {
      if (i == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The span from the start of token {@code first} to the end of token {@code last}. */
  public Span span(int first, int last) {
    return Span.of(text, tokens.get(first).begin(), tokens.get(last).end());
  }

  /** The span of a non-empty token range. */
  public Span span(TokenRange range) {
    return span(range.first(), range.last());
  }

  /**
   * Index of the paragraph that holds {@code offset}, or of the first one after it when the offset
   * lies between paragraphs; the last paragraph for an offset past them all.
   */
  public int paragraphAt(int offset) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the first token that ends after {@code offset}, or {@code tokens().size()}. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
