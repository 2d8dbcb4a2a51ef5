package org.quoteattribution.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.quoteattribution.QuoteAttributor;

/**
 * A load check of the HTTP server, not a unit test: starts {@link AttributionServer} on a free
 * loopback port in this JVM, warms it up, then lets N clients post articles to
 * {@code POST /v1/attribute} back to back for a bounded time, and reports throughput, latency
 * percentiles, errors (any answer but 200, or a failed connection) and heap. Run by the Maven
 * profile {@code bench} (see README, "Service"):
 *
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.quoteattribution.server.LoadCheck \
 *     -Dbench.xmx=3g -Dbench.args="--clients 8 --seconds 60"
 * </pre>
 *
 * <p>Options: {@code [PATH]} articles: a .jsonl file ({@code {"id", "text"}} a line), a .txt file, or
 * a folder of .txt files (default {@code ../shared/eval/polnear-dev.jsonl} when present, else
 * {@code seeds/}); {@code --clients N} (8); {@code --seconds S} (60); {@code --warmup S} (15);
 * {@code --threads N} the server's workers (the number of cores); {@code --queue N} (16).
 * With more clients than workers plus queue the server answers 503 by design, and they count as errors.
 */
public final class LoadCheck {

  private static final PrintStream out = System.out;
  private static final double MIB = 1 << 20;

  private LoadCheck() {}

  public static void main(String[] args) throws Exception {
    Path input = Files.exists(Path.of("../shared/eval/polnear-dev.jsonl"))
        ? Path.of("../shared/eval/polnear-dev.jsonl") : Path.of("seeds");
    int clients = 8;
    int seconds = 60;
    int warmup = 15;
    int threads = Runtime.getRuntime().availableProcessors();
    int queue = AttributionServer.DEFAULT_QUEUE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--queue" -> queue = Integer.parseInt(args[++i]);
        default -> input = Path.of(args[i]);
      }
    }
    List<String> articles = read(input);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + input);
    }
    long loadStart = System.nanoTime();
    QuoteAttributor attributor = QuoteAttributor.create();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    try (AttributionServer server = AttributionServer.builder().attributor(attributor).port(0)
        .workers(threads).queue(queue).build().start()) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/attribute");
      System.err.printf("load check: %d articles from %s, %d clients, %d s warm-up, %d s measured%n",
          articles.size(), input, clients, warmup, seconds);
      run(uri, articles, clients, warmup);
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      Result r = run(uri, articles, clients, seconds);
      long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.gc();
      long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      report(r, input, articles.size(), clients, threads, queue, seconds, loadSeconds, peakHeap, heapAfter);
      if (r.errors() > 0) {
        System.exit(1);
      }
    }
  }

  private record Result(long[] latencies, long chars, double wallSeconds, Map<String, Long> errorsByKind) {
    long errors() {
      return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static Result run(URI uri, List<String> articles, int clients, int seconds) throws InterruptedException {
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    List<long[]> perClient = new ArrayList<>();
    AtomicLong chars = new AtomicLong();
    Map<String, Long> errors = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int first = c * articles.size() / clients;
      long[][] mine = {new long[256]};
      int[] count = {0};
      perClient.add(null);
      int index = c;
      Thread t = new Thread(() -> {
        int next = first;
        while (System.nanoTime() < end) {
          String text = articles.get(next++ % articles.size());
          long t0 = System.nanoTime();
          try {
            int status = post(uri, text);
            long took = System.nanoTime() - t0;
            if (status != 200) {
              errors.merge("HTTP " + status, 1L, Long::sum);
              continue;
            }
            if (count[0] == mine[0].length) {
              mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
            }
            mine[0][count[0]++] = took;
            chars.addAndGet(text.length());
          } catch (IOException e) {
            errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
          }
        }
        synchronized (perClient) {
          perClient.set(index, Arrays.copyOf(mine[0], count[0]));
        }
        done.countDown();
      }, "client-" + c);
      t.start();
    }
    done.await();
    double wall = (System.nanoTime() - start) / 1e9;
    long[] all;
    synchronized (perClient) {
      all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }
    return new Result(all, chars.get(), wall, new TreeMap<>(errors));
  }

  /** Posts one article and reads the whole answer (so the connection is kept alive); returns the status. */
  private static int post(URI uri, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(body.length);
    c.setRequestProperty("Content-Type", "text/plain; charset=utf-8");
    c.setConnectTimeout(10_000);
    c.setReadTimeout(600_000);
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    }
    int status = c.getResponseCode();
    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    return status;
  }

  private static double percentileMillis(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static void report(Result r, Path input, int articles, int clients, int threads, int queue,
      int seconds, double loadSeconds, long peakHeap, long heapAfter) {
    long max = Runtime.getRuntime().maxMemory();
    out.println("## Load check: POST /v1/attribute on loopback");
    out.println();
    out.printf(Locale.ROOT, "%d clients back to back for %d s (after a warm-up); server: %d workers, queue %d; "
        + "%d articles from %s; %d cores, -Xmx %.0f MiB, Java %s.%n%n", clients, seconds, threads, queue,
        articles, input, Runtime.getRuntime().availableProcessors(), max / MIB, System.getProperty("java.version"));
    out.println("| measure | value |");
    out.println("|---|---|");
    out.printf(Locale.ROOT, "| requests answered 200 | %d |%n", r.latencies().length);
    out.printf(Locale.ROOT, "| errors | %d%s |%n", r.errors(), r.errors() == 0 ? "" : " " + r.errorsByKind());
    out.printf(Locale.ROOT, "| throughput | %.2f articles/s (%.0f chars/s) |%n",
        r.latencies().length / r.wallSeconds(), r.chars() / r.wallSeconds());
    out.printf(Locale.ROOT, "| latency p50 | %.0f ms |%n", percentileMillis(r.latencies(), 50));
    out.printf(Locale.ROOT, "| latency p95 | %.0f ms |%n", percentileMillis(r.latencies(), 95));
    out.printf(Locale.ROOT, "| latency max | %.0f ms |%n", percentileMillis(r.latencies(), 100));
    out.printf(Locale.ROOT, "| peak heap (used, incl. garbage) | %.0f MiB |%n", peakHeap / MIB);
    out.printf(Locale.ROOT, "| heap after GC at the end | %.0f MiB |%n", heapAfter / MIB);
    out.printf(Locale.ROOT, "| model load (before the server starts) | %.1f s |%n", loadSeconds);
  }

  private static List<String> read(Path input) throws IOException {
    if (Files.isDirectory(input)) {
      try (Stream<Path> files = Files.list(input)) {
        List<String> texts = new ArrayList<>();
        for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        return texts;
      }
    }
    if (input.toString().endsWith(".jsonl")) {
      ObjectMapper mapper = new ObjectMapper();
      List<String> texts = new ArrayList<>();
      for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode node = mapper.readTree(line);
          texts.add(node.get("text").asText());
        }
      }
      return texts;
    }
    return List.of(Files.readString(input, StandardCharsets.UTF_8));
  }
}
