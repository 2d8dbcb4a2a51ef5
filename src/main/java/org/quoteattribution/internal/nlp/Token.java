package org.quoteattribution.internal.nlp;

/**
 * One token of an annotated article, with absolute UTF-16 offsets into the article text.
 *
 * @param index    index in {@link Doc#tokens()}
 * @param sentence index of its sentence in {@link Doc#sentences()}
 * @param begin    first char
 * @param end      one past its last char
 * @param word     the text as written
 * @param lemma    lower-cased lemma
 * @param pos      Penn Treebank part of speech
 * @param ner      coarse named-entity tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *                 {@code O})
 * @param head     index of its syntactic head in {@link Doc#tokens()}, or -1 for the root
 * @param rel      the Universal Dependencies relation to its head ({@code root} for the root)
 */
public record Token(
    int index, int sentence, int begin, int end, String word, String lemma, String pos, String ner,
    int head, String rel) {

  /** Whether the part of speech is exactly {@code tag}. */
  public boolean is(Pos tag) {
    return pos.equals(tag.tag());
  }

  /** Any verb tag: {@code VB}, {@code VBD}, {@code VBG}, … */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** Any noun tag, proper nouns included. */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  /** Any adjective tag: {@code JJ}, {@code JJR}, {@code JJS}. */
  public boolean isAdjective() {
    return pos.startsWith("JJ");
  }

  /** Any adverb tag: {@code RB}, {@code RBR}, {@code RBS}. */
  public boolean isAdverb() {
    return pos.startsWith("RB");
  }

  /** A personal pronoun ({@code PRP}; not {@code PRP$}). */
  public boolean isPronoun() {
    return is(Pos.PRP);
  }

  /** A wh-pronoun or wh-determiner ({@code WP}, {@code WDT}): {@code who}, {@code what}, {@code which}. */
  public boolean isWhWord() {
    return is(Pos.WP) || is(Pos.WDT);
  }

  /** A tag ending in {@code S}: plural nouns ({@code NNS}, {@code NNPS}) and the possessive {@code POS}. */
  public boolean hasPluralTag() {
    return pos.endsWith("S");
  }

  public boolean isPunctuation() {
    return relIs(Rel.PUNCT) || !Character.isLetterOrDigit(word.codePointAt(0)) && word.length() == 1;
  }

  /** A possessive ending: {@code 's}, {@code ’s}, or a token tagged {@code POS}. */
  public boolean isPossessive() {
    return is(Pos.POS) || word.equals("'s") || word.equals("’s");
  }

  /** Whether the relation to the head is exactly one of {@code rels}. */
  public boolean relIs(Rel... rels) {
    for (Rel r : rels) {
      if (rel.equals(r.label())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the relation without its subtype ({@code nsubj} for {@code nsubj:pass}) is one of {@code rels}. */
  public boolean baseRelIs(Rel... rels) {
    String base = baseRel();
    for (Rel r : rels) {
      if (base.equals(r.label())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the relation is {@code r} or one of its subtypes. */
  public boolean relIsA(Rel r) {
    return rel.equals(r.label()) || baseRel().equals(r.label());
  }

  /** The relation without its subtype: {@code nsubj} for {@code nsubj:pass}. */
  public String baseRel() {
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }
}
