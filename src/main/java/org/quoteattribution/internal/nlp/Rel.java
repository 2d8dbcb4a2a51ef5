package org.quoteattribution.internal.nlp;

/** The Universal Dependencies relations the stages ask about. */
public enum Rel {
  ACL("acl"),
  ACL_RELCL("acl:relcl"),
  ADVCL("advcl"),
  ADVMOD("advmod"),
  AMOD("amod"),
  AUX("aux"),
  AUX_PASS("aux:pass"),
  CASE("case"),
  CC("cc"),
  CCOMP("ccomp"),
  COMPOUND("compound"),
  COMPOUND_PRT("compound:prt"),
  CONJ("conj"),
  DEP("dep"),
  DET("det"),
  FLAT("flat"),
  MARK("mark"),
  NMOD_POSS("nmod:poss"),
  NEG("neg"),
  NSUBJ("nsubj"),
  NSUBJ_PASS("nsubj:pass"),
  OBJ("obj"),
  OBL("obl"),
  PARATAXIS("parataxis"),
  PUNCT("punct"),
  ROOT("root"),
  XCOMP("xcomp");

  private final String label;

  Rel(String label) {
    this.label = label;
  }

  /** The relation as CoreNLP writes it: {@code nsubj:pass}. */
  public String label() {
    return label;
  }
}
