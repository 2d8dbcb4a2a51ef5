/**
 * quote-attribution: reads a news article and tells who said what. The API is the package
 * {@code org.quoteattribution}; everything under {@code org.quoteattribution.internal} is the
 * machinery and is not exported. The command line ({@code org.quoteattribution.cli.Main}) is opened
 * to picocli only, which sets its options by reflection. The HTTP server
 * ({@code org.quoteattribution.server}, the {@code serve} command) is exported for programs that
 * start it themselves; Javalin, which it runs on, is optional like picocli.
 *
 * <p>Packages added later that depend on jars without a usable module name (Apache Spark, for one)
 * compile with {@code --add-reads org.quoteattribution=ALL-UNNAMED} in the compiler arguments.
 */
module org.quoteattribution {
  exports org.quoteattribution;
  exports org.quoteattribution.server;

  opens org.quoteattribution.cli to info.picocli;

  requires com.fasterxml.jackson.databind;
  requires java.management; // a time budget is CPU time (Deadline)
  requires com.google.common;
  requires edu.stanford.nlp.corenlp;
  requires edu.stanford.nlp.corenlp_english_models;

  requires static info.picocli;
  requires static me.tongfei.progressbar;
  requires static io.javalin;
}
