package org.quoteattribution.examples;

import java.util.Optional;
import org.quoteattribution.Attribution;
import org.quoteattribution.AttributionWriter;
import org.quoteattribution.QuoteAttributor;

/**
 * Attributes a short article and prints the result as JSON: statements with their cue, source and
 * speaker, people with role and affiliation, sentences and paragraphs.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.quoteattribution.examples.JsonOutput</pre>
 */
public final class JsonOutput {

  public static void main(String[] args) {
    String text = "German Chancellor Olaf Scholz said on Monday that the talks would resume next week.\n\n"
        + "“We are ready to listen,” he said.";
    Attribution result = QuoteAttributor.create().attribute(text);
    System.out.println(AttributionWriter.toJson(result, Optional.of("example")));
  }
}
