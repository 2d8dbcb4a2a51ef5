package org.quoteattribution.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quoteattribution.internal.statements.BoundaryModel;
import org.quoteattribution.internal.statements.BoundaryTrainer;
import org.quoteattribution.internal.statements.CueDetector;
import org.quoteattribution.internal.statements.StatementModel;

/**
 * Trains the content-boundary model on PolNeAR train and writes it into the library's resources:
 *
 * <pre>mvn -o -q -Ptrain test-compile exec:exec -Dtrain.main=org.quoteattribution.internal.TrainBoundaryModel</pre>
 *
 * <p>Usage: {@code TrainBoundaryModel TRAIN.jsonl [--cache DIR] [--sigma S] [--start-margin M]
 * [--end-margin M] [--out FILE] [--report ERRORS.txt] [--choices CHOICES.tsv] [--eval DEV.jsonl --eval-cache DIR --predictions OUT.jsonl]}. The
 * candidates of the rule stages ({@link Engine#candidates}) that match a gold statement give the
 * examples ({@link BoundaryTrainer}); {@code --eval} writes the library's JSON Lines for another
 * corpus with the new model (and the shipped statement model), for {@code score.py}; it never
 * trains on it. Not part of the library jar.
 */
public final class TrainBoundaryModel {

  static final String DEFAULT_OUT = "src/main/resources" + BoundaryModel.RESOURCE;

  private TrainBoundaryModel() {}

  public static void main(String[] args) throws IOException {
    Path train = Path.of(args[0]);
    Optional<Path> cache = Optional.empty();
    double sigma = 0.4;
    double startMargin = 0;
    double endMargin = 0.4;
    Path out = Path.of(DEFAULT_OUT);
    Path eval = null;
    Path evalCache = null;
    Path predictions = null;
    String tryMargins = null;
    Path report = null;
    Path choices = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--cache" -> cache = Optional.of(Path.of(args[++i]));
        case "--sigma" -> sigma = Double.parseDouble(args[++i]);
        case "--start-margin" -> startMargin = Double.parseDouble(args[++i]);
        case "--end-margin" -> endMargin = Double.parseDouble(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--eval" -> eval = Path.of(args[++i]);
        case "--eval-cache" -> evalCache = Path.of(args[++i]);
        case "--predictions" -> predictions = Path.of(args[++i]);
        case "--try-margins" -> tryMargins = args[++i];
        case "--report" -> report = Path.of(args[++i]);
        case "--choices" -> choices = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long start = System.nanoTime();
    TrainStatementModel.Corpus corpus = new TrainStatementModel.Corpus(cache, false);
    Engine rules = engine(corpus, StatementModel.load(), BoundaryModel.none());
    List<BoundaryTrainer.Article> articles = new ArrayList<>();
    Map<String, List<List<int[]>>> trainCues = goldCues(train);
    int gold = 0;
    for (TrainStatementModel.Corpus.Article a : corpus.read(train)) {
      articles.add(new BoundaryTrainer.Article(a.doc(), rules.candidates(a.doc()), a.gold(), trainCues.get(a.id())));
      gold += a.gold().size();
    }
    final int golds = gold;
    final double s = sigma;
    final double sm = startMargin;
    final double em = endMargin;
    java.util.function.Function<BoundaryTrainer.Counts, List<String>> header = counts -> {
      return List.of(
        "Content-boundary model of quote-attribution: two conditional logit models (ChoiceModel) over the places where",
        "a statement's content may start and end (BoundaryFeatures, S: and E: features), read by BoundaryModel.",
        "Data: PolNeAR train (shared/eval/polnear-train.jsonl), " + articles.size() + " articles, " + golds
            + " gold statements, " + counts.candidates() + " candidates (not direct) matching one with an overlapping cue, " + counts.startOptions()
            + " start and " + counts.endOptions() + " end options. Dev/test not used.",
        "Command: mvn -o -q -Ptrain test-compile exec:exec -Dtrain.main=org.quoteattribution.internal.TrainBoundaryModel"
            + " (sigma " + s + ", features seen at least 3 times, margins " + sm + " / " + em + ")",
        "Date: " + LocalDate.now());
    };
    BoundaryModel model = BoundaryTrainer.train(articles, sigma, startMargin, endMargin, header);
    Files.writeString(out, model.write(), StandardCharsets.UTF_8);
    System.err.printf("trained on %d articles, %d weights, %.1f s -> %s%n",
        articles.size(), model.size(), (System.nanoTime() - start) / 1e9, out);
    System.err.println("train choices " + Arrays.toString(BoundaryTrainer.accuracy(articles, model)));
    if (report != null) {
      Files.write(report, BoundaryTrainer.errors(articles, model), StandardCharsets.UTF_8);
    }
    if (choices != null) {
      Files.write(choices, BoundaryTrainer.choices(articles, model), StandardCharsets.UTF_8);
    }
    if (eval != null) {
      List<BoundaryTrainer.Article> dev = new ArrayList<>();
      TrainStatementModel.Corpus devCorpus = corpus.withCache(Optional.ofNullable(evalCache));
      Map<String, List<List<int[]>>> devCues = goldCues(eval);
      for (TrainStatementModel.Corpus.Article a : devCorpus.read(eval)) {
        dev.add(new BoundaryTrainer.Article(a.doc(), rules.candidates(a.doc()), a.gold(), devCues.get(a.id())));
      }
      System.err.println("dev choices " + Arrays.toString(BoundaryTrainer.accuracy(dev, model)));
      if (choices != null) {
        Files.write(Path.of(choices + ".dev"), BoundaryTrainer.choices(dev, model), StandardCharsets.UTF_8);
      }
      if (report != null) {
        Files.write(Path.of(report + ".dev"), BoundaryTrainer.errors(dev, model), StandardCharsets.UTF_8);
      }
      evaluate(corpus, evalCache, eval, model, predictions);
      if (tryMargins != null) {
        for (String pair : tryMargins.split(",")) {
          String[] m = pair.split(":");
          evaluate(corpus, evalCache, eval, model.withMargins(Double.parseDouble(m[0]), Double.parseDouble(m[1])),
              Path.of(predictions + "." + m[0] + "_" + m[1]));
        }
      }
    }
  }

  /**
   * Each article's gold cue spans by article id, one list for each statement with a content (in
   * the order {@link TrainStatementModel.Corpus} reads the contents), in UTF-16 offsets.
   */
  static Map<String, List<List<int[]>>> goldCues(Path corpus) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, List<List<int[]>>> out = new HashMap<>();
    List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode article = json.readTree(line);
      String text = article.get("text").asText();
      List<List<int[]>> cues = new ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode s : article.get("statements")) {
        com.fasterxml.jackson.databind.JsonNode c = s.get("content");
        if (c != null && !c.isNull()) {
          List<int[]> spans = new ArrayList<>();
          for (com.fasterxml.jackson.databind.JsonNode q : s.path("cue_spans")) {
            spans.add(new int[] {text.offsetByCodePoints(0, q.get("begin").asInt()),
                text.offsetByCodePoints(0, q.get("end").asInt())});
          }
          cues.add(spans);
        }
      }
      out.put(article.path("id").asText(Integer.toString(n)), cues);
    }
    return out;
  }

  /** Writes the library's JSON Lines for {@code eval} with this boundary model and the shipped statement model. */
  private static void evaluate(TrainStatementModel.Corpus corpus, Path evalCache, Path eval, BoundaryModel model,
      Path predictions) throws IOException {
    TrainStatementModel.Corpus other = corpus.withCache(Optional.ofNullable(evalCache));
    other.predict(engine(other, StatementModel.load(), model), eval, predictions);
  }

  private static Engine engine(TrainStatementModel.Corpus corpus, StatementModel statements, BoundaryModel boundaries) {
    return corpus.engine(CueDetector.load(corpus.lexicon), statements, boundaries);
  }
}
