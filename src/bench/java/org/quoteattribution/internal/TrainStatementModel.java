package org.quoteattribution.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quoteattribution.AttributionWriter;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.DocCache;
import org.quoteattribution.internal.nlp.Nlp;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.statements.CueDetector;
import org.quoteattribution.internal.statements.CueFeatures;
import org.quoteattribution.internal.statements.CueLexicon;
import org.quoteattribution.internal.statements.CueTrainer;
import org.quoteattribution.internal.statements.BoundaryModel;
import org.quoteattribution.internal.statements.Candidate;
import org.quoteattribution.internal.statements.StatementFeatures;
import org.quoteattribution.internal.statements.StatementModel;
import org.quoteattribution.internal.statements.StatementTrainer;
import org.quoteattribution.internal.statements.TrainedScorer;
import org.quoteattribution.internal.text.DatelineFinder;

/**
 * Trains the statement model on PolNeAR train and writes it into the library's resources:
 *
 * <pre>mvn -o -q -Ptrain test-compile exec:exec</pre>
 *
 * <p>Usage: {@code TrainStatementModel TRAIN.jsonl [--cache DIR] [--sigma S] [--out FILE]
 * [--cached-only] [--exact-floor F] [--eval DEV.jsonl --eval-cache DIR --predictions OUT.jsonl]}. Every article is annotated by the
 * library's CoreNLP stage once; with {@code --cache} the annotations are kept in (and read from)
 * that directory ({@link DocCache}), so that retraining takes seconds. The candidates of the rule
 * stages are labelled against the gold contents ({@link StatementTrainer#label}) and a logistic
 * regression is fitted ({@link StatementTrainer#train}). {@code --eval} writes the library's JSON
 * Lines output for another corpus with the new model, for {@code score.py}; it never trains on it.
 * Not part of the library jar.
 */
public final class TrainStatementModel {

  static final String DEFAULT_OUT = "src/main/resources" + StatementModel.RESOURCE;
  static final String DEFAULT_CUE_OUT = "src/main/resources" + CueDetector.RESOURCE;

  private TrainStatementModel() {}

  public static void main(String[] args) throws IOException {
    Path train = Path.of(args[0]);
    Optional<Path> cache = Optional.empty();
    double sigma = 0.5;
    Path out = Path.of(DEFAULT_OUT);
    Path eval = null;
    Path evalCache = null;
    Path predictions = null;
    boolean cachedOnly = false;
    int folds = 3;
    double openFloor = 0.5;
    double ruleFloor = 0.3;
    double exactFloor = 0.36;
    double cueSigma = 1.0;
    Path cueOut = Path.of(DEFAULT_CUE_OUT);
    Optional<Path> cueModels = Optional.empty();
    Path dump = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--cache" -> cache = Optional.of(Path.of(args[++i]));
        case "--sigma" -> sigma = Double.parseDouble(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--eval" -> eval = Path.of(args[++i]);
        case "--eval-cache" -> evalCache = Path.of(args[++i]);
        case "--predictions" -> predictions = Path.of(args[++i]);
        case "--cached-only" -> cachedOnly = true;
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--open-floor" -> openFloor = Double.parseDouble(args[++i]);
        case "--rule-floor" -> ruleFloor = Double.parseDouble(args[++i]);
        case "--exact-floor" -> exactFloor = Double.parseDouble(args[++i]);
        case "--cue-sigma" -> cueSigma = Double.parseDouble(args[++i]);
        case "--cue-out" -> cueOut = Path.of(args[++i]);
        case "--cue-models" -> cueModels = Optional.of(Path.of(args[++i]));
        case "--dump" -> dump = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long start = System.nanoTime();
    final double cueSigmaUsed = cueSigma;
    Corpus corpus = new Corpus(cache, cachedOnly);
    List<Corpus.Article> read = corpus.read(train);
    CueFeatures cueFeatures = new CueFeatures(corpus.lexicon);
    List<CueTrainer.Article> cueArticles = read.stream().map(a -> new CueTrainer.Article(a.doc(), a.cues())).toList();
    int cues = cueArticles.stream().mapToInt(a -> a.cues().size()).sum();
    List<String> cueHeader = List.of(
        "Cue model of quote-attribution: logistic regression over the features of a token (CueFeatures),",
        "read by CueDetector; a token's probability that it heads a reporting cue.",
        "Data: PolNeAR train (shared/eval/polnear-train.jsonl), " + read.size() + " articles, " + cues
            + " gold cues, the verbs, common nouns and adjectives labelled. Dev/test not used.",
        "Command: mvn -o -q -Ptrain test-compile exec:exec (TrainStatementModel, cue sigma " + cueSigma
            + ", features seen at least " + CueTrainer.MIN_COUNT + " times)",
        "Date: " + LocalDate.now());
    StatementModel cueModel = cueModel(cueModels.map(d -> d.resolve("all.tsv")),
        () -> CueTrainer.train(cueArticles, cueFeatures, cueSigmaUsed, cueHeader));
    Files.writeString(cueOut, cueModel.write(), StandardCharsets.UTF_8);
    System.err.printf("cue model: %d weights, %.1f s -> %s%n", cueModel.size(), (System.nanoTime() - start) / 1e9,
        cueOut);
    // the candidates and features of each article come from a cue detector not trained on it
    List<CueDetector> detectors = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      final int fold = k;
      final int n = folds;
      StatementModel m = cueModel(cueModels.map(d -> d.resolve("fold" + fold + "of" + n + ".tsv")),
          () -> CueTrainer.train(java.util.stream.IntStream.range(0, cueArticles.size())
              .filter(i -> i % n != fold).mapToObj(cueArticles::get).toList(),
              cueFeatures, cueSigmaUsed, List.of()));
      detectors.add(new CueDetector(cueFeatures, m));
    }
    System.err.printf("cue models of the %d folds: %.1f s%n", folds, (System.nanoTime() - start) / 1e9);
    List<Engine> rules = detectors.stream().map(d -> corpus.engine(d, new StatementModel(Map.of(), List.of())))
        .toList();
    List<StatementTrainer.Article> examples = new ArrayList<>();
    int articles = 0;
    int gold = 0;
    for (Corpus.Article a : read) {
      int fold = articles % folds;
      List<Candidate> candidates = rules.get(fold).candidates(a.doc());
      examples.add(corpus.article(a, candidates, detectors.get(fold)));
      articles++;
      gold += a.gold().size();
    }
    long candidates = examples.stream().mapToLong(e -> e.candidates().size()).sum();
    List<String> header = List.of(
        "Statement model of quote-attribution: logistic regression over the evidence of statement",
        "candidates (StatementFeatures), read by StatementModel; a candidate's probability is its confidence.",
        "Data: PolNeAR train (shared/eval/polnear-train.jsonl), " + articles + " articles, " + gold
            + " gold statements, " + candidates + " candidates. Dev/test not used.",
        "Command: mvn -o -q -Ptrain test-compile exec:exec (TrainStatementModel, sigma " + sigma
            + ", features seen at least " + StatementTrainer.MIN_COUNT + " times, " + folds + " folds for the calibration, open floor " + openFloor + ", rule floor " + ruleFloor
            + ", exact floor " + exactFloor + ")",
        "Date: " + LocalDate.now());
    StatementModel model = StatementTrainer.train(examples,
        new StatementTrainer.Settings(sigma, folds, openFloor, ruleFloor, exactFloor), header);
    Files.writeString(out, model.write(), StandardCharsets.UTF_8);
    System.err.printf("trained on %d articles, %d candidates, %d weights, %.1f s -> %s%n",
        articles, candidates, model.size(), (System.nanoTime() - start) / 1e9, out);
    if (dump != null) {
      Files.write(dump, StatementTrainer.dump(examples,
          new StatementTrainer.Settings(sigma, folds, openFloor, ruleFloor, exactFloor), model), StandardCharsets.UTF_8);
      System.err.printf("candidates with out-of-fold probabilities -> %s%n", dump);
    }
    if (eval != null) {
      evaluate(corpus.withCache(Optional.ofNullable(evalCache)), new CueDetector(cueFeatures, cueModel), model, eval,
          predictions);
    }
  }

  /** The model in {@code file} when there is one, else a trained one, written there if named. */
  private static StatementModel cueModel(Optional<Path> file, java.util.function.Supplier<StatementModel> train)
      throws IOException {
    if (file.isPresent() && Files.exists(file.get())) {
      try (var reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
        return StatementModel.parse(reader);
      }
    }
    StatementModel m = train.get();
    if (file.isPresent()) {
      Files.createDirectories(file.get().getParent());
      Files.writeString(file.get(), m.write(), StandardCharsets.UTF_8);
    }
    return m;
  }

  private static void evaluate(Corpus corpus, CueDetector cues, StatementModel model, Path eval, Path predictions)
      throws IOException {
    corpus.predict(corpus.engine(cues, model), eval, predictions);
  }

  /** Articles of a JSON Lines corpus with their annotated documents and gold contents. */
  static final class Corpus {

    /** An article: its id, annotation, gold contents and gold cues ({@code {begin, end}}, UTF-16). */
    record Article(String id, Doc doc, List<int[]> gold, List<int[]> cues) {}

    final CueLexicon lexicon = CueLexicon.load(WordLists.english());
    private final Optional<Path> cache;
    private Nlp nlp;
    private final ObjectMapper json = new ObjectMapper();

    private final boolean cachedOnly;

    Corpus(Optional<Path> cache, boolean cachedOnly) {
      this.cache = cache;
      this.cachedOnly = cachedOnly;
    }

    Corpus withCache(Optional<Path> other) {
      Corpus c = new Corpus(other, false);
      c.nlp = nlp;
      return c;
    }

    /**
     * Writes the library's JSON Lines output for the articles of {@code corpus}, attributed by
     * {@code engine} from their annotations, to {@code out}, for {@code score.py}; returns how many.
     */
    int predict(Engine engine, Path corpus, Path out) throws IOException {
      int n = 0;
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        for (Article a : read(corpus)) {
          Optional<org.quoteattribution.Dateline> dateline = a.doc().paragraphs().isEmpty() ? Optional.empty()
              : DatelineFinder.find(a.doc().text(), a.doc().paragraphs().get(0));
          w.println(AttributionWriter.toJsonLine(engine.attribute(a.doc(), dateline), Optional.of(a.id())));
          n++;
        }
      }
      return n;
    }

    /** An engine with this cue detector and statement model. */
    Engine engine(CueDetector cues, StatementModel model) {
      return engine(cues, model, BoundaryModel.load());
    }

    /** An engine with this cue detector, statement model and content-boundary model. */
    Engine engine(CueDetector cues, StatementModel model, BoundaryModel boundaries) {
      return new Engine(Loaded.of(nlp, WordLists.english(), lexicon -> cues,
          (lexicon, detector) -> new TrainedScorer(new StatementFeatures(lexicon, detector), model),
          boundaries), 0.0);
    }

    /** An engine with the shipped models. */
    Engine engine() {
      return engine(CueDetector.load(lexicon), StatementModel.load());
    }

    StatementTrainer.Article article(Article a, List<Candidate> candidates, CueDetector cues) {
      StatementFeatures features = new StatementFeatures(lexicon, cues);
      return new StatementTrainer.Article(a.doc().text(), candidates,
          features.of(a.doc(), candidates), a.gold());
    }

    List<Article> read(Path file) throws IOException {
      List<Article> out = new ArrayList<>();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine(), n++) {
          if (line.isBlank()) {
            continue;
          }
          if (cachedOnly && !Files.exists(cache.get().resolve(n + ".doc.gz"))) {
            continue;
          }
          JsonNode article = json.readTree(line);
          String text = article.get("text").asText();
          List<int[]> gold = new ArrayList<>();
          List<int[]> cues = new ArrayList<>();
          for (JsonNode s : article.get("statements")) {
            JsonNode c = s.get("content");
            if (c != null && !c.isNull()) {
              gold.add(new int[] {utf16(text, c.get("begin").asInt()), utf16(text, c.get("end").asInt())});
            }
            for (JsonNode q : s.path("cue_spans")) {
              cues.add(new int[] {utf16(text, q.get("begin").asInt()), utf16(text, q.get("end").asInt())});
            }
          }
          out.add(new Article(article.path("id").asText(Integer.toString(n)), doc(n, text), gold, cues));
        }
      }
      return out;
    }

    private Doc doc(int n, String text) throws IOException {
      Optional<Path> file = cache.map(d -> d.resolve(n + ".doc.gz"));
      if (file.isPresent() && Files.exists(file.get())) {
        return DocCache.read(file.get());
      }
      if (nlp == null) {
        nlp = new Nlp();
      }
      Doc doc = DocCache.annotate(nlp, text);
      if (file.isPresent()) {
        Files.createDirectories(file.get().getParent());
        DocCache.write(doc, file.get());
      }
      return doc;
    }

    /** Gold offsets count code points (Python's); the library's count UTF-16 chars. */
    private static int utf16(String text, int codePoints) {
      return text.offsetByCodePoints(0, codePoints);
    }
  }
}
