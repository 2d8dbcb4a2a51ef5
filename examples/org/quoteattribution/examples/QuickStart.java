package org.quoteattribution.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.quoteattribution.Attribution;
import org.quoteattribution.Person;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.Statement;

/**
 * Attributes the seed article and prints who said what.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.quoteattribution.examples.QuickStart</pre>
 */
public final class QuickStart {

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args.length > 0 ? args[0] : "seeds/000_ce2ed4b107f1b5db.txt"));

    QuoteAttributor attributor = QuoteAttributor.create(); // loads the models once; share it
    Attribution result = attributor.attribute(text);

    for (Statement s : result.statements()) {
      String who = result.speakerOf(s).map(Person::name).orElse("?");
      System.out.println(who + " (" + s.type() + "): " + s.content().text());
    }
  }
}
