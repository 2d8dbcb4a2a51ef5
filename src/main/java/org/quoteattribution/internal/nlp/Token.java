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

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP");
  }

  public boolean isPunctuation() {
    return rel.equals("punct") || !Character.isLetterOrDigit(word.codePointAt(0)) && word.length() == 1;
  }

  /** The relation without its subtype: {@code nsubj} for {@code nsubj:pass}. */
  public String baseRel() {
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }
}
