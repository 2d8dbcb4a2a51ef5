package org.quoteattribution.internal.statements;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the statement finders saw when they proposed a {@link Candidate}: which rule found it, the
 * cue's lexicon entry, and what happened to it as the stages joined it with quotes and other
 * candidates. A {@link StatementScorer} reads it; nothing else turns it into a number.
 *
 * @param finder            the rule that proposed the candidate
 * @param cue               the cue's lexicon entry, when the cue is a lexicon word
 * @param nounPhraseContent the content is a noun phrase ({@code emphasized Tehran's respect for …}),
 *                          not a clause
 * @param hasSubject        the cue has a subject in the parse (for the colon, signature and
 *                          {@code according to} rules, the source is part of the pattern)
 * @param quotesAbsorbed    how many times the content was widened to a quote it overlapped
 * @param quotesContinued   how many later quotes the content was extended over
 *                          ({@code “A,” he said. “B.”})
 * @param joined            evidence of candidates with the same cue that were joined into this one
 */
public record Evidence(Finder finder, Optional<CueLexicon.Entry> cue, boolean nounPhraseContent,
    boolean hasSubject, int quotesAbsorbed, int quotesContinued, List<Evidence> joined) {

  /** The rules that propose candidates. */
  public enum Finder {
    /** {@link CueStatements}: a cue verb with its content: {@code He said that …}, {@code …, X said}. */
    CUE_VERB,
    /** {@link CueStatements}: a participle the parser took for a conjunction: {@code …, saying …}. */
    PARTICIPLE,
    /** {@link CueStatements}: {@code according to X}. */
    ACCORDING_TO,
    /** {@link ColonStatements}: {@code PENCE: …}, {@code Graham: …}. */
    COLON,
    /** {@link QuoteStatements}: a quote with a speech verb right after or before it. */
    QUOTE_CUE,
    /** {@link QuoteStatements}: a quote signed with a dash and a name: {@code “…” ― Jane Doe}. */
    SIGNATURE,
    /** {@link QuoteStatements}: a quote that fills its paragraph, given the previous source. */
    FLOATING
  }

  public Evidence {
    requireNonNull(finder, "finder must not be null");
    requireNonNull(cue, "cue must not be null");
    joined = List.copyOf(joined);
  }

  /** Evidence of a rule that found the candidate with no lexicon cue. */
  static Evidence of(Finder finder, boolean hasSubject) {
    return new Evidence(finder, Optional.empty(), false, hasSubject, 0, 0, List.of());
  }

  /** Evidence of a rule that found the candidate from a lexicon cue. */
  static Evidence ofCue(Finder finder, CueLexicon.Entry cue, boolean nounPhraseContent, boolean hasSubject) {
    return new Evidence(finder, Optional.of(cue), nounPhraseContent, hasSubject, 0, 0, List.of());
  }

  /** The same, after the content was widened to a quote. */
  Evidence absorbedQuote() {
    return new Evidence(finder, cue, nounPhraseContent, hasSubject, quotesAbsorbed + 1, quotesContinued, joined);
  }

  /** The same, after the content was extended over a later quote. */
  Evidence continuedQuote() {
    return new Evidence(finder, cue, nounPhraseContent, hasSubject, quotesAbsorbed, quotesContinued + 1, joined);
  }

  /** The same, joined with a candidate of the same cue. */
  Evidence joinedWith(Evidence other) {
    List<Evidence> all = new ArrayList<>(joined);
    all.add(other);
    return new Evidence(finder, cue, nounPhraseContent, hasSubject, quotesAbsorbed, quotesContinued, all);
  }
}
