/**
 * quote-attribution: reads a news article and tells who said what. The API is the package
 * {@code org.quoteattribution}; everything under {@code org.quoteattribution.internal} is the
 * machinery and is not exported. The command line ({@code org.quoteattribution.cli.Main}) is opened
 * to picocli only, which sets its options by reflection. The HTTP server
 * ({@code org.quoteattribution.server}, the {@code serve} command) is exported for programs that
 * start it themselves; Javalin, which it runs on, is optional like picocli.
 *
 * <p>{@code org.quoteattribution.spark} runs the library on Apache Spark, a {@code provided}
 * dependency whose jars have no valid module name: they stay on the classpath, and this module
 * reads it ({@code --add-reads org.quoteattribution=ALL-UNNAMED}, given to javac by the build and
 * needed at run time only by a program that puts this module on the module path and uses Spark).
 */
module org.quoteattribution {
  exports org.quoteattribution;
  exports org.quoteattribution.server;
  exports org.quoteattribution.spark;

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
