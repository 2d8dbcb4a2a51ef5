package org.quoteattribution.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.Statement;

/**
 * Speed and memory of the library against the stock CoreNLP quote pipeline, on the same articles,
 * in one JVM. Not part of the library jar: compiled and run only by the Maven profile {@code bench}
 * (see docs/BENCHMARK.md). Phases run one after the other, each after a full GC, and each releases
 * its models before the next one loads:
 *
 * <ol>
 *   <li>library: {@link QuoteAttributor#create()}, warm-up, then one timed pass, article by article;
 *   <li>library with 2 (or {@code --threads}) threads sharing that one attributor;
 *   <li>library stage by stage: {@link Engine#attribute(String, StageClock)} with a clock that
 *       notes the end of each {@link Stage}, and the time of each CoreNLP annotator inside the
 *       NLP stage;
 *   <li>stock: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with default settings.
 * </ol>
 *
 * <p>Peak heap is the sum of the peak usage of the JVM's heap memory pools
 * ({@link MemoryPoolMXBean#getPeakUsage()}, reset before each phase): used heap including garbage
 * not yet collected, so it depends on -Xmx and the collector. "Heap after load" is the used heap
 * after the models load and a {@code System.gc()}: what the models keep.
 *
 * <p>Usage: {@code Benchmark [FILE.jsonl] [--articles N] [--warmup N] [--threads 1,2] [--skip-stock]}
 */
public final class Benchmark {

  private static final String STOCK_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
  private static final PrintStream log = System.err;
  private static final ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
  private static final double GIB = 1L << 30;
  private static final AtomicInteger stockFailures = new AtomicInteger();

  private record Article(String id, String text) {}

  /** One timed pass: wall time, per-article latencies (single thread only), peak heap. */
  private record Pass(int articles, long chars, long wallNanos, long[] latencies, long peakHeap,
      int[] foundPerArticle, long withSpeaker, long cpuNanos) {

    long found() {
      return Arrays.stream(foundPerArticle).sum();
    }


    double articlesPerSecond() {
      return articles / (wallNanos / 1e9);
    }

    double charsPerSecond() {
      return chars / (wallNanos / 1e9);
    }

    double percentileMillis(double p) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(p / 100.0 * sorted.length);
      return sorted[Math.max(0, rank - 1)] / 1e6;
    }
  }

  /** A phase of one system: model load, first (cold) article, the timed pass. */
  private record Phase(double loadSeconds, long heapAfterLoad, double firstArticleMillis, Pass pass) {}

  /** Time per stage and per CoreNLP annotator, summed over the articles. */
  private record Stages(long[] stageNanos, Map<String, Long> annotatorNanos, Map<String, Long> annotatorCpuNanos) {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of("../shared/eval/polnear-dev.jsonl");
    int limit = Integer.MAX_VALUE;
    int warmup = 3;
    int[] threadCounts = {1, 2};
    boolean skipStock = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> limit = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--threads" -> threadCounts = Arrays.stream(args[++i].split(","))
            .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        case "--skip-stock" -> skipStock = true;
        case "-h", "--help" -> {
          System.out.println("Benchmark [FILE.jsonl] [--articles N] [--warmup N] [--threads 1,2] [--skip-stock]");
          return;
        }
        default -> {
          if (args[i].startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + args[i]);
          }
          file = Path.of(args[i]);
        }
      }
    }
    List<Article> articles = read(file, limit);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + file);
    }
    List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    double loadAverageBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    log.printf("%d articles, %,d chars, from %s%n", articles.size(), chars, file);

    // 1 and 2: the library, then the same attributor over several threads; released on return.
    List<Pass> threaded = new ArrayList<>();
    Phase library = library(articles, warm, threadCounts, threaded);

    // 3: the library stage by stage.
    heapAfterGc();
    Stages stageNanos = stages(articles, warm);

    // 4: the stock CoreNLP quote pipeline.
    Phase stock = null;
    if (!skipStock) {
      heapAfterGc();
      resetHeapPeaks();
      Properties props = new Properties();
      props.setProperty("annotators", STOCK_ANNOTATORS);
      long t0 = System.nanoTime();
      StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
      double stockLoad = (System.nanoTime() - t0) / 1e9;
      long stockHeapAfterLoad = heapAfterGc();
      log.printf("stock pipeline loaded in %.1f s%n", stockLoad);
      double stockFirst = runOnce(text -> stock(pipeline, text)[0], warm);
      Pass stockPass = sequential("stock", articles, text -> stock(pipeline, text));
      stock = new Phase(stockLoad, stockHeapAfterLoad, stockFirst, stockPass);
    }
    double loadAverageAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    System.out.print(report(file, articles.size(), chars, warm.size(), library, stock, threadCounts,
        threaded, stageNanos, loadAverageBefore, loadAverageAfter));
  }

  /** Phases 1 and 2; the attributor is unreachable once this returns. */
  private static Phase library(List<Article> articles, List<Article> warm, int[] threadCounts,
      List<Pass> threaded) throws InterruptedException {
    heapAfterGc();
    resetHeapPeaks();
    long t0 = System.nanoTime();
    QuoteAttributor attributor = QuoteAttributor.create();
    double load = (System.nanoTime() - t0) / 1e9;
    long heapAfterLoad = heapAfterGc();
    log.printf("library loaded in %.1f s%n", load);
    ToIntFunction<String> count = text -> attributor.attribute(text).statements().size();
    double first = runOnce(count, warm);
    Pass pass = sequential("library", articles, text -> {
      List<Statement> statements = attributor.attribute(text).statements();
      return new int[] {statements.size(), (int) statements.stream().filter(s -> s.speaker().isPresent()).count()};
    });
    for (int n : threadCounts) {
      if (n == 1) {
        threaded.add(pass);
      } else {
        heapAfterGc();
        resetHeapPeaks();
        Pass p = parallel(n, articles, count);
        threaded.add(p);
        log.printf("library, %d threads: %.2f articles/s%n", n, p.articlesPerSecond());
      }
    }
    return new Phase(load, heapAfterLoad, first, pass);
  }

  // ---------------------------------------------------------------------------------------------
  // Passes

  /** Runs the warm-up articles; returns the time of the first one (cold: lazy loading, no JIT). */
  private static double runOnce(ToIntFunction<String> system, List<Article> warm) {
    double first = Double.NaN;
    for (Article a : warm) {
      long t = System.nanoTime();
      system.applyAsInt(a.text());
      if (Double.isNaN(first)) {
        first = (System.nanoTime() - t) / 1e6;
      }
    }
    return first;
  }

  private interface Counting {
    /** Returns {statements or quotes found, of which with a speaker}. */
    int[] apply(String text);
  }

  private static Pass sequential(String name, List<Article> articles, Counting system) {
    heapAfterGc();
    long[] latencies = new long[articles.size()];
    int[] found = new int[articles.size()];
    long withSpeaker = 0;
    long cpuStart = threadCpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < articles.size(); i++) {
      long t = System.nanoTime();
      int[] counts = system.apply(articles.get(i).text());
      latencies[i] = System.nanoTime() - t;
      found[i] = counts[0];
      withSpeaker += counts[1];
      if ((i + 1) % 10 == 0) {
        log.printf("%s: %d/%d articles%n", name, i + 1, articles.size());
      }
    }
    long wall = System.nanoTime() - start;
    long cpu = threadCpu.getCurrentThreadCpuTime() - cpuStart;
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    return new Pass(articles.size(), chars, wall, latencies, heapPeak(), found, withSpeaker, cpu);
  }

  private static Pass parallel(int threads, List<Article> articles, ToIntFunction<String> system)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
          for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
            system.applyAsInt(articles.get(i).text());
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, "bench-" + t);
      worker.start();
      workers.add(worker);
    }
    ready.await();
    long start = System.nanoTime();
    go.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    long wall = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("a benchmark thread failed", failure.get());
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    return new Pass(articles.size(), chars, wall, new long[0], heapPeak(), new int[0], 0, 0);
  }

  /**
   * The library's stages, timed one by one through {@link Engine}'s {@link StageClock} and summed
   * over the articles (after a warm-up); its own models, loaded after the attributor was released.
   */
  private static Stages stages(List<Article> articles, List<Article> warm) {
    Loaded models = Loaded.load(threadCpu::getCurrentThreadCpuTime);
    Engine engine = new Engine(models, 0.0);
    long[] warmNanos = new long[Stage.values().length];
    for (Article a : warm) {
      attributeTimed(engine, a.text(), warmNanos);
    }
    heapAfterGc();
    long[] nanos = new long[Stage.values().length];
    Map<String, Long> before = models.nlp.annotatorNanos();
    Map<String, Long> cpuBefore = models.nlp.annotatorCpuNanos();
    for (Article a : articles) {
      attributeTimed(engine, a.text(), nanos);
    }
    Map<String, Long> annotators = new LinkedHashMap<>();
    models.nlp.annotatorNanos().forEach((name, total) -> annotators.put(name, total - before.get(name)));
    Map<String, Long> cpu = new LinkedHashMap<>();
    models.nlp.annotatorCpuNanos().forEach((name, total) -> cpu.put(name, total - cpuBefore.get(name)));
    return new Stages(nanos, annotators, cpu);
  }

  /** One article through the engine, adding each stage's time to {@code nanos}. */
  private static void attributeTimed(Engine engine, String text, long[] nanos) {
    long[] last = {System.nanoTime()};
    engine.attribute(text, stage -> {
      long now = System.nanoTime();
      nanos[stage.ordinal()] += now - last[0];
      last[0] = now;
    });
  }

  /** The stock pipeline on one article: {quotes found, of which with a speaker}. */
  private static int[] stock(StanfordCoreNLP pipeline, String text) {
    Annotation annotation = new Annotation(text);
    try {
      pipeline.annotate(annotation);
    } catch (RuntimeException e) {
      stockFailures.incrementAndGet();
      log.println("stock pipeline failed on an article: " + e);
      return new int[] {0, 0};
    }
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return new int[] {0, 0};
    }
    int withSpeaker = (int) quotes.stream()
        .filter(q -> q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class) != null).count();
    return new int[] {quotes.size(), withSpeaker};
  }

  // ---------------------------------------------------------------------------------------------
  // Memory

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peak usage since the last reset (an upper bound: pools peak apart). */
  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Used heap after a full GC. */
  private static long heapAfterGc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  // ---------------------------------------------------------------------------------------------
  // Input and report

  private static List<Article> read(Path file, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          out.add(new Article(node.path("id").asText(), node.path("text").asText()));
        }
      }
    }
    return out;
  }

  private static String report(Path file, int articles, long chars, int warmup, Phase library,
      Phase stock, int[] threadCounts, List<Pass> threaded, Stages stages, double loadBefore,
      double loadAfter) {
    StringBuilder out = new StringBuilder();
    Runtime rt = Runtime.getRuntime();
    out.append(String.format(Locale.ROOT, "## Benchmark, %s%n%n", LocalDate.now()));
    out.append(String.format(Locale.ROOT,
        "Machine: %d cores, max heap %.1f GiB, Java %s (%s), %s %s; system load average %.2f before, %.2f after.%n",
        rt.availableProcessors(), rt.maxMemory() / GIB, System.getProperty("java.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
        loadBefore, loadAfter));
    out.append(String.format(Locale.ROOT,
        "Data: %s, %d articles, %,d chars (%,d an article on average); warm-up: the first %d of them, run once before timing and not counted.%n%n",
        file.getFileName(), articles, chars, chars / articles, warmup));

    out.append("| | library | stock CoreNLP | library / stock |\n|---|---:|---:|---:|\n");
    row(out, "model load (s)", library.loadSeconds(), stock == null ? null : stock.loadSeconds(), "%.1f");
    row(out, "first article, cold (ms)", library.firstArticleMillis(),
        stock == null ? null : stock.firstArticleMillis(), "%,.0f");
    row(out, "articles/s", library.pass().articlesPerSecond(),
        stock == null ? null : stock.pass().articlesPerSecond(), "%.2f");
    row(out, "chars/s", library.pass().charsPerSecond(), stock == null ? null : stock.pass().charsPerSecond(),
        "%,.0f");
    row(out, "latency p50 (ms)", library.pass().percentileMillis(50),
        stock == null ? null : stock.pass().percentileMillis(50), "%,.0f");
    row(out, "latency p95 (ms)", library.pass().percentileMillis(95),
        stock == null ? null : stock.pass().percentileMillis(95), "%,.0f");
    row(out, "CPU of the calling thread (ms/article)", library.pass().cpuNanos() / 1e6 / articles,
        stock == null ? null : stock.pass().cpuNanos() / 1e6 / stock.pass().articles(), "%,.0f");
    row(out, "peak heap used (GiB)", library.pass().peakHeap() / GIB,
        stock == null ? null : stock.pass().peakHeap() / GIB, "%.2f");
    row(out, "heap after load + GC (GiB)", library.heapAfterLoad() / GIB,
        stock == null ? null : stock.heapAfterLoad() / GIB, "%.2f");
    out.append(String.format(Locale.ROOT, "| statements (library) / quotes (stock) found, with a speaker | %,d, %,d | %s | |%n",
        library.pass().found(), library.pass().withSpeaker(),
        stock == null ? "not run" : String.format(Locale.ROOT, "%,d, %,d", stock.pass().found(), stock.pass().withSpeaker())));
    if (stockFailures.get() > 0) {
      out.append(String.format(Locale.ROOT, "%nThe stock pipeline threw on %d article runs (counted with no quotes).%n",
          stockFailures.get()));
    }
    out.append('\n');

    out.append("Library, one shared `QuoteAttributor`:\n\n| threads | articles/s | speed-up vs 1 thread | peak heap used (GiB) |\n|---:|---:|---:|---:|\n");
    double base = Double.NaN;
    for (int i = 0; i < threadCounts.length; i++) {
      if (threadCounts[i] == 1) {
        base = threaded.get(i).articlesPerSecond();
      }
    }
    for (int i = 0; i < threadCounts.length; i++) {
      Pass p = threaded.get(i);
      out.append(String.format(Locale.ROOT, "| %d | %.2f | %s | %.2f |%n", threadCounts[i], p.articlesPerSecond(),
          Double.isNaN(base) ? "" : String.format(Locale.ROOT, "%.2f×", p.articlesPerSecond() / base),
          p.peakHeap() / GIB));
    }
    out.append('\n');

    long[] stageNanos = stages.stageNanos();
    long total = Arrays.stream(stageNanos).sum();
    out.append("Library, time per stage (one thread, summed over the articles):\n\n| stage | classes (in `internal`) | total (s) | ms/article | share |\n|---|---|---:|---:|---:|\n");
    for (Stage stage : Stage.values()) {
      long nanos = stageNanos[stage.ordinal()];
      out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.1f | %.1f%% |%n", stage.description(),
          stage.classes(), nanos / 1e9, nanos / 1e6 / articles, 100.0 * nanos / total));
    }
    out.append(String.format(Locale.ROOT, "| **all stages** | | %.2f | %.1f | 100%% |%n", total / 1e9, total / 1e6 / articles));
    out.append('\n');

    long nlp = stageNanos[Stage.NLP.ordinal()];
    long annotatorTotal = stages.annotatorNanos().values().stream().mapToLong(Long::longValue).sum();
    long cpuTotal = stages.annotatorCpuNanos().values().stream().mapToLong(Long::longValue).sum();
    out.append("Library, time per CoreNLP annotator inside the CoreNLP stage (same pass; wall time, and CPU time"
        + " of the benchmark thread, which other jobs on the machine disturb less):\n\n"
        + "| annotator | wall total (s) | wall ms/article | share of the CoreNLP stage | CPU ms/article | share of annotator CPU |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    stages.annotatorNanos().forEach((name, nanos) -> {
      long cpu = stages.annotatorCpuNanos().get(name);
      out.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.1f%% | %.1f | %.1f%% |%n", name, nanos / 1e9,
          nanos / 1e6 / articles, 100.0 * nanos / nlp, cpu / 1e6 / articles, 100.0 * cpu / cpuTotal));
    });
    out.append(String.format(Locale.ROOT, "| **all annotators** | %.2f | %.1f | %.1f%% | %.1f | 100%% |%n",
        annotatorTotal / 1e9, annotatorTotal / 1e6 / articles, 100.0 * annotatorTotal / nlp, cpuTotal / 1e6 / articles));
    return out.toString();
  }

  private static void row(StringBuilder out, String name, double library, Double stock, String format) {
    out.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, format, library)).append(" | ");
    if (stock == null) {
      out.append("not run | |\n");
    } else {
      out.append(String.format(Locale.ROOT, format, stock)).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", library / stock)).append(" |\n");
    }
  }

  private Benchmark() {}
}
