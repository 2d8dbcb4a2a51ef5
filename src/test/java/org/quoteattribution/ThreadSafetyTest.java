package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One attributor, many threads: every result equals the one computed on a single thread. */
class ThreadSafetyTest {

  private static final int THREADS = 4;
  private static final int TASKS = 8;

  private static final List<String> FIXTURES = List.of(
      "LISBON, Portugal, March 3. The port will reopen next week, the harbour authority said on Monday.\n\n"
          + "“We expect the first ships on Tuesday,” said Rui Costa, the authority’s director. "
          + "“Crews have worked day and night.”\n\n"
          + "He added that the storm had caused damage worth millions of euros.",
      "Helena Brandt, the finance minister of Austria, told parliament that the budget would be balanced by 2027.\n\n"
          + "She said the plan was “realistic” and rejected calls for new taxes, according to Reuters.\n\n"
          + "Opposition leader Markus Feld argued that the figures did not add up.",
      "The union rejected the offer, saying it was too low.\n\n"
          + "“This is an insult to our members,” said its spokesman, Tom Reyes.\n\n"
          + "“We will strike if we must.”",
      "Critics praised the film “Silent River” at the festival.\n\n"
          + "Its director, Ana Ruiz, said she had spent six years on it. "
          + "The festival jury pointed to its “quiet courage.”");

  @Test
  void sharedAttributorGivesTheSerialResultsOnManyThreads() throws Exception {
    List<String> articles = new ArrayList<>(FIXTURES);
    articles.add(0, Files.readString(SeedTest.SEED, StandardCharsets.UTF_8));

    List<Attribution> baseline = articles.stream().map(Shared.ATTRIBUTOR::attribute).toList();
    assertThat(baseline).allSatisfy(a -> assertThat(a.statements()).isNotEmpty());

    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Attribution>>> futures = new ArrayList<>();
      for (int task = 0; task < TASKS; task++) {
        int offset = task;
        futures.add(pool.submit(() -> {
          if (offset < THREADS) {
            start.await(2, TimeUnit.MINUTES);
          }
          List<Attribution> results = new ArrayList<>();
          for (int i = 0; i < articles.size(); i++) {
            int n = (i + offset) % articles.size();
            while (results.size() <= n) {
              results.add(null);
            }
            results.set(n, Shared.ATTRIBUTOR.attribute(articles.get(n)));
          }
          return results;
        }));
      }
      for (Future<List<Attribution>> future : futures) {
        List<Attribution> results = future.get(30, TimeUnit.MINUTES);
        for (int i = 0; i < articles.size(); i++) {
          assertThat(results.get(i)).as("article %s", i).isEqualTo(baseline.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Many threads over one attributor for a bounded time ({@code -Dstress.seconds}, default 20),
   * each taking articles (fixtures and generated ones) in its own order: every result must equal
   * the serial one, and a failure names its article, the exception class and the library frame, so
   * an intermittent one (like the {@code Index 21 out of bounds for length 15} once seen at two
   * threads) can be placed.
   */
  @Test
  void manyThreadsForABoundedTimeNeverDifferFromTheSerialRun() throws Exception {
    List<String> articles = new ArrayList<>(FIXTURES);
    FuzzArticles generated = new FuzzArticles(42);
    for (int i = 0; i < 24; i++) {
      articles.add(generated.next());
    }
    List<Attribution> baseline = articles.stream().map(Shared.ATTRIBUTOR::attribute).toList();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("stress.seconds", 20));
    int threads = 8;
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random order = new Random(t);
        futures.add(pool.submit(() -> {
          start.await(2, TimeUnit.MINUTES);
          while (System.nanoTime() < deadline && failures.size() < 10) {
            int n = order.nextInt(articles.size());
            try {
              if (!Shared.ATTRIBUTOR.attribute(articles.get(n)).equals(baseline.get(n))) {
                failures.add("article " + n + ": differs from the serial result");
              }
            } catch (RuntimeException | Error e) {
              failures.add("article " + n + ": " + AttributionWriter.describe(e));
            }
            runs.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).as("failures in %s runs on %s threads", runs.get(), threads).isEmpty();
    assertThat(runs.get()).isGreaterThanOrEqualTo(threads);
  }
}
