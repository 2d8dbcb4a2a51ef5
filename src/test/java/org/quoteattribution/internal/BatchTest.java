package org.quoteattribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchTest {

  private static String work(int n) {
    return switch (n % 10) {
      case 3 -> throw new StackOverflowError();
      case 5 -> throw new OutOfMemoryError("Java heap space");
      case 7 -> throw new IllegalStateException("broken " + n);
      default -> "ok " + n;
    };
  }

  @Test
  void errorsOfOneInputBecomeItsOutcomeAndTheBatchGoesOn() {
    for (int threads : new int[] {1, 3}) {
      List<Batch.Done<Integer, String>> done = new ArrayList<>();
      Batch.run(IntStream.range(0, 100).boxed().iterator(), BatchTest::work, threads, done::add);

      assertThat(done).hasSize(100);
      assertThat(done).extracting(Batch.Done::input).containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
      assertThat(done.get(3).error()).isInstanceOf(StackOverflowError.class);
      assertThat(done.get(15).error()).isInstanceOf(OutOfMemoryError.class);
      assertThat(done.get(27).error()).hasMessage("broken 27");
      assertThat(done.get(99).result()).isEqualTo("ok 99");
      assertThat(done).filteredOn(d -> d.error() != null).hasSize(30);
    }
  }

  @Test
  void aFailureNamesItsClassAndTheLibraryFrameItCameThrough() {
    Throwable error = null;
    try {
      work(7);
    } catch (IllegalStateException e) {
      error = e;
    }
    assertThat(Failures.describe(error))
        .startsWith("IllegalStateException: broken 7 at org.quoteattribution.internal.BatchTest.work(BatchTest.java:");
    StackOverflowError deep = new StackOverflowError();
    deep.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.regex.Pattern$Loop", "match", null, 1)});
    assertThat(Failures.libraryFrame(deep)).isEmpty();
    assertThat(Failures.describe(deep)).isEqualTo("StackOverflowError at java.util.regex.Pattern$Loop.match(Unknown Source)");
  }
}
