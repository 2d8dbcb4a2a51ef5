package org.quoteattribution.internal.statements;

import org.quoteattribution.internal.nlp.Doc;

/**
 * The hand-set scorer: a fixed confidence per rule, and for cue verbs one from the cue's class and
 * lexicon weight, lowered for noun-phrase content and for a cue without a subject. Widening the
 * content to a quote adds 0.1 (capped at 1); candidates joined into one keep the highest.
 */
public final class RuleScorer implements StatementScorer {

  @Override
  public double score(Candidate candidate, Doc doc) {
    return score(candidate.evidence());
  }

  static double score(Evidence e) {
    double c = switch (e.finder()) {
      case CUE_VERB, PARTICIPLE -> cueConfidence(e.cue().orElseThrow(), e.nounPhraseContent(), e.hasSubject());
      case ACCORDING_TO -> 0.8;
      case QUOTE_CUE -> 0.9;
      case SIGNATURE -> 0.7;
      case COLON, FLOATING -> 0.6;
    };
    for (int i = 0; i < e.quotesAbsorbed(); i++) {
      c = Math.min(1, c + 0.1);
    }
    for (Evidence joined : e.joined()) {
      c = Math.max(c, score(joined));
    }
    return c;
  }

  private static double cueConfidence(CueLexicon.Entry entry, boolean nounPhrase, boolean hasSubject) {
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
