package org.quoteattribution.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quoteattribution.Attribution;
import org.quoteattribution.AttributionWriter;
import org.quoteattribution.QuoteAttributionException;
import org.quoteattribution.QuoteAttributor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: attributes the statements of articles in files, folders, JSON Lines or
 * standard input. Results go to standard output, diagnostics to standard error.
 *
 * <p>Exit codes: 0 all articles attributed; 1 some articles failed (each has an error record, and
 * every other article its result); 2 bad arguments, a missing input or a text file that does not
 * decode (checked before the models load); 3 the models could not be loaded; 4 the batch stopped
 * early (input or output failed), so the output lacks articles.
 */
@Command(name = "quote-attribution", mixinStandardHelpOptions = true, version = "quote-attribution 0.1.0",
    sortOptions = false, subcommands = Serve.class,
    description = {"Finds who said what in news articles: direct, indirect and mixed statements,",
        "their cues, sources and speakers with role and affiliation.", ""},
    footer = {"", "Inputs: .txt files (one article each), .jsonl files ({\"id\": ..., \"text\": ...} a line),",
        "folders (their .txt and .jsonl files, sub-folders included), or - / nothing for standard input.",
        "Ids: a file's name without .txt; in a folder, its path relative to the folder (sub/a).",
        "quote-attribution serve [--port N]: the HTTP API and web page (serve --help).",
        "Exit codes: 0 all attributed, 1 some articles have error records, 2 bad arguments or input,",
        "3 models not loaded, 4 the batch stopped early (output incomplete)."})
public final class Main implements Callable<Integer> {

  enum Format { text, json, jsonl }

  @Parameters(paramLabel = "INPUT", description = "files or folders to read; - or none for standard input")
  private List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format = Format.text;

  @Option(names = "--input", paramLabel = "KIND",
      description = "how to read inputs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
          + ".jsonl files as JSON Lines, everything else as text)")
  private Inputs.Kind inputKind = Inputs.Kind.AUTO;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "drop statements less sure than P, in [0, 1] (default: ${DEFAULT-VALUE})")
  private double minConfidence = 0.0;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "worker threads (default: the number of cores, ${DEFAULT-VALUE} here)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "encoding of the inputs (default: ${DEFAULT-VALUE}); text files are checked before the models load")
  private String encoding = "UTF-8";

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time budget of one article, in CPU seconds; one over it gets an error record (default: ${DEFAULT-VALUE}; 0: none)")
  private double timeoutSeconds = 120;

  @Option(names = "--max-length", paramLabel = "CHARS",
      description = "longest article read, in UTF-16 chars; a longer one gets an error record (default: ${DEFAULT-VALUE})")
  private int maxLength = QuoteAttributor.DEFAULT_MAX_LENGTH;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar and no log, only results and errors")
  private boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "show CoreNLP's log, and the stack trace of a failed article, on standard error")
  private boolean verbose;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    // The command line's log (slf4j-simple, an optional dependency of the library): CoreNLP's
    // messages go to standard error, warnings only unless --verbose (set in call()). The library
    // jar carries no logger configuration; a program that embeds it keeps its own.
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    int code = run(args, out, System.err);
    out.flush();
    System.exit(code);
  }

  PrintStream err() {
    return err;
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Runs the command line with the given streams; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Main(out, err));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    if (minConfidence < 0 || minConfidence > 1) {
      err.println("quote-attribution: --min-confidence must be in [0, 1]: " + minConfidence);
      return 2;
    }
    if (threads < 1) {
      err.println("quote-attribution: --threads must be at least 1: " + threads);
      return 2;
    }
    if (timeoutSeconds < 0 || maxLength < 1) {
      err.println("quote-attribution: --timeout must not be negative and --max-length must be at least 1");
      return 2;
    }
    Charset charset;
    try {
      charset = Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      err.println("quote-attribution: unknown --encoding: " + encoding);
      return 2;
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : quiet ? "off" : "warn");
    Iterator<Article> articles;
    try {
      articles = articles(charset);
    } catch (IOException e) {
      err.println("quote-attribution: " + e.getMessage());
      return 2;
    }
    QuoteAttributor attributor;
    try {
      attributor = QuoteAttributor.builder().minConfidence(minConfidence).maxLength(maxLength)
          .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000))).build();
    } catch (QuoteAttributionException e) {
      err.println("quote-attribution: " + e.getMessage());
      return 3;
    }
    boolean array = format == Format.json && !isSingleText();
    if (array) {
      out.println("[");
    }
    int[] counts = new int[2];
    boolean showProgress = !quiet && Progress.stderrIsTerminal();
    try (Progress progress = Progress.start(showProgress, err, showProgress ? total() : -1)) {
      try {
        attribute(attributor, articles, array, counts, progress);
      } catch (RuntimeException | Error e) { // reading the input or writing the output failed
        progress.println("quote-attribution: the batch stopped after " + counts[0] + " articles: "
            + AttributionWriter.describe(e));
        out.flush();
        return 4;
      }
    }
    if (array) {
      out.println("]");
    }
    out.flush();
    if (out.checkError()) {
      err.println("quote-attribution: the output could not be written whole");
      return 4;
    }
    return counts[1] == 0 ? 0 : 1;
  }

  private void attribute(QuoteAttributor attributor, Iterator<Article> articles, boolean array, int[] counts,
      Progress progress) {
    attributor.attributeAll(articles, Main::textOf, threads, outcome -> {
      Article article = outcome.input();
      String record;
      if (outcome.error().isPresent()) {
        counts[1]++;
        Throwable e = outcome.error().get();
        boolean input = e instanceof BadInput;
        String message = input ? e.getMessage() : AttributionWriter.describe(e);
        progress.println("quote-attribution: " + article.id().orElse("input") + ": " + message);
        if (verbose && !input) {
          e.printStackTrace(err);
        }
        record = format == Format.text ? null
            : input ? AttributionWriter.errorLine(article.id(), message) : AttributionWriter.errorLine(article.id(), e);
      } else {
        Attribution result = outcome.attribution().get();
        record = switch (format) {
          case text -> article.id().map(id -> "== " + id + "\n").orElse("") + AttributionWriter.toText(result);
          case json -> AttributionWriter.toJson(result, article.id());
          case jsonl -> AttributionWriter.toJsonLine(result, article.id());
        };
      }
      if (record != null) {
        String printed = (array && counts[0] > 0 ? ",\n" : "") + record;
        progress.output(out, printed);
        if (out.checkError()) { // a closed pipe, a full disk: stop rather than attribute for nobody
          throw new java.io.UncheckedIOException(new IOException("the output could not be written"));
        }
      }
      counts[0]++;
      progress.step();
    });
  }

  private static String textOf(Article article) {
    if (article.error().isPresent()) {
      throw new BadInput(article.error().get());
    }
    return article.text();
  }

  /** Number of articles in the inputs when they are files (JSON Lines counted line by line), else -1. */
  private long total() {
    if (inputs.isEmpty() || inputs.equals(List.of("-"))) {
      return -1;
    }
    try {
      return Inputs.count(Inputs.expand(inputs.stream().map(Path::of).toList()), inputKind);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** One plain-text article in: JSON output is one object; otherwise it is an array. */
  private boolean isSingleText() {
    if (inputs.isEmpty() || inputs.equals(List.of("-"))) {
      return inputKind != Inputs.Kind.JSONL;
    }
    return inputs.size() == 1 && java.nio.file.Files.isRegularFile(Path.of(inputs.get(0)))
        && inputKind != Inputs.Kind.JSONL
        && !(inputKind == Inputs.Kind.AUTO && inputs.get(0).endsWith(".jsonl"));
  }

  /** An input record that could not be read: its error record is its message alone. */
  private static final class BadInput extends RuntimeException {
    BadInput(String message) {
      super(message, null, false, false);
    }
  }

  /** The articles to read; a text file or text input that does not decode is an error now. */
  private Iterator<Article> articles(Charset charset) throws IOException {
    if (inputs.isEmpty() || inputs.equals(List.of("-"))) {
      return Inputs.fromStream(System.in, inputKind, charset);
    }
    List<Inputs.Source> files = Inputs.expand(inputs.stream().map(Path::of).toList());
    Optional<String> bad = Inputs.checkEncoding(files, inputKind, charset);
    if (bad.isPresent()) {
      throw new IOException(bad.get());
    }
    return Inputs.fromFiles(files, inputKind, charset);
  }
}
