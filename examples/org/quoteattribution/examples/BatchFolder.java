package org.quoteattribution.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quoteattribution.Attribution;
import org.quoteattribution.AttributionWriter;
import org.quoteattribution.QuoteAttributor;

/**
 * Attributes every {@code .txt} file of a folder with one shared attributor and prints who said
 * what in each.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.quoteattribution.examples.BatchFolder -Dexec.args=seeds</pre>
 */
public final class BatchFolder {

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    QuoteAttributor attributor = QuoteAttributor.create();
    for (Path file : files) {
      Attribution result = attributor.attribute(Files.readString(file));
      System.out.println("== " + file.getFileName() + ": " + result.statements().size() + " statements");
      System.out.print(AttributionWriter.toText(result));
    }
  }
}
