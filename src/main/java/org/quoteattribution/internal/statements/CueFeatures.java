package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Rel;
import org.quoteattribution.internal.nlp.Token;

/**
 * The features of one token for {@link CueDetector}, which asks whether it is a reporting cue:
 * its lemma and part of speech, its relation and governor, its children's relations (a clause, an
 * object, a preposition and its word), its subject, the lexicon's prior (class and weight of the
 * lemma, or of the lemma with its particle or preposition), negation and modals, and the quote
 * marks around it. Features are strings {@code name=value}; pure logic on a {@link Doc}, no
 * models. Only verbs, common nouns and adjectives can be cues ({@link #eligible}).
 */
public final class CueFeatures {

  /** Child relations whose word is read together with the cue's lemma. */
  private static final Set<String> ARGUMENTS = Set.of("ccomp", "xcomp", "obj", "obl", "nmod", "advcl", "dep",
      "parataxis", "acl", "iobj", "csubj");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final String QUOTE_MARKS = "\"“”«»„";

  private final CueLexicon lexicon;

  public CueFeatures(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the token can be a cue: a verb, a common noun or an adjective. */
  public static boolean eligible(Token t) {
    return t.isVerb() || t.isNoun() && !t.isProperNoun() || t.pos().startsWith("JJ");
  }

  /** Verb, noun or adjective, from the Penn tag. */
  static String coarse(Token t) {
    return t.isVerb() ? "V" : t.isNoun() ? "N" : t.pos().startsWith("JJ") ? "J" : t.pos();
  }

  /**
   * The quote marks of the article text before each token, for {@link #of}: entry {@code i} counts
   * the marks before token {@code i}'s start, entry {@code n} all of them.
   */
  public static int[] quoteMarksBefore(Doc doc) {
    String text = doc.text();
    int[] out = new int[doc.tokens().size() + 1];
    int count = 0;
    int at = 0;
    for (int i = 0; i <= doc.tokens().size(); i++) {
      int end = i < doc.tokens().size() ? doc.token(i).begin() : text.length();
      for (; at < end; at++) {
        if (QUOTE_MARKS.indexOf(text.charAt(at)) >= 0) {
          count++;
        }
      }
      out[i] = count;
    }
    return out;
  }

  /** The features of token {@code index}; {@code quotes} from {@link #quoteMarksBefore}. */
  public List<String> of(Doc doc, int index, int[] quotes) {
    Token t = doc.token(index);
    String lemma = t.lemma();
    String pos = coarse(t);
    List<String> out = new ArrayList<>(32);
    out.add("w=" + lemma);
    out.add("p=" + t.pos());
    out.add("wp=" + lemma + "|" + pos);
    out.add("r=" + t.rel());
    out.add("rp=" + t.rel() + "|" + pos);
    if (t.head() >= 0) {
      Token gov = doc.token(t.head());
      out.add("gw=" + gov.lemma() + "|" + coarse(gov));
      out.add("gp=" + t.rel() + "|" + coarse(gov));
    } else {
      out.add("g=(root)");
    }
    lexicon(lemma, pos, "lex", out);
    boolean subject = false;
    for (int c : doc.children(index)) {
      Token child = doc.token(c);
      String rel = child.rel();
      out.add("c=" + rel);
      out.add("pc=" + pos + "|" + rel);
      if (ARGUMENTS.contains(child.baseRel())) {
        out.add("wc=" + lemma + "|" + child.baseRel());
        doc.children(c).stream().map(doc::token).filter(x -> x.baseRel().matches("case|mark")).findFirst()
            .ifPresent(m -> {
              out.add("cm=" + child.baseRel() + "|" + m.lemma());
              out.add("wcm=" + lemma + "|" + child.baseRel() + "|" + m.lemma());
              if (child.baseRel().matches("obl|nmod")) {
                lexicon(lemma + " " + m.lemma(), pos, "lexp", out);
              }
            });
      }
      if (rel.equals("compound:prt")) {
        lexicon(lemma + " " + child.lemma(), pos, "lexp", out);
      }
      if (child.baseRel().equals("nsubj")) {
        subject = true;
        out.add("s=" + rel + "|" + coarse(child) + "|" + child.ner());
        if (child.isPronoun()) {
          out.add("sw=" + child.lemma());
        }
      }
      if (child.pos().equals("MD")) {
        out.add("md=" + child.lemma());
      }
      if (child.baseRel().matches("advmod|neg|det") && NEGATIONS.contains(child.lemma())) {
        out.add("neg");
      }
      if (child.relIs(Rel.NMOD_POSS)) {
        out.add("poss=" + coarse(child) + "|" + child.ner());
      }
    }
    if (!subject) {
      out.add("s=none|" + t.rel());
    }
    int sentenceFirst = doc.sentences().get(t.sentence()).firstToken();
    int sentenceEnd = doc.sentences().get(t.sentence()).endToken();
    int before = quotes[index] - quotes[sentenceFirst];
    int after = quotes[sentenceEnd] - quotes[index + 1];
    out.add("q=" + Math.min(2, before) + "|" + Math.min(2, after));
    out.add("qIn=" + (quotes[index] % 2 == 1));
    out.add("prev=" + (index > sentenceFirst ? punctuation(doc.token(index - 1)) : "(start)"));
    out.add("next=" + (index + 1 < sentenceEnd ? punctuation(doc.token(index + 1)) : "(end)"));
    return out;
  }

  private void lexicon(String lemma, String pos, String name, List<String> out) {
    var entry = pos.equals("N") ? lexicon.noun(lemma).or(() -> lexicon.verb(lemma))
        : lexicon.verb(lemma).or(() -> lexicon.noun(lemma)).or(() -> lexicon.phrase(lemma));
    if (entry.isEmpty()) {
      out.add(name + "=none|" + pos);
      return;
    }
    out.add(name + "=" + entry.get().cueClass() + "|" + pos);
    out.add(name + "w=" + Math.round(entry.get().weight() * 10) + "|" + pos);
  }

  private static String punctuation(Token t) {
    return t.isPunctuation() || QUOTE_MARKS.indexOf(t.word().charAt(0)) >= 0 ? t.word() : coarse(t);
  }
}
