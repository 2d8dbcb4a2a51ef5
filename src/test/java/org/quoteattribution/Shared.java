package org.quoteattribution;

/** One attributor for the whole test JVM: the models load once. */
final class Shared {

  static final QuoteAttributor ATTRIBUTOR = QuoteAttributor.create();

  private Shared() {}
}
