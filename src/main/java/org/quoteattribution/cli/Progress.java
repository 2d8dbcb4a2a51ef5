package org.quoteattribution.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a batch on standard error, with rate and time left; silent when off (not a
 * terminal, or {@code --quiet}). Messages printed through it do not tear the bar.
 */
final class Progress implements AutoCloseable {

  private final ProgressBar bar;
  private final PrintStream err;

  private Progress(ProgressBar bar, PrintStream err) {
    this.bar = bar;
    this.err = err;
  }

  static Progress start(boolean on, PrintStream err, long total) {
    if (!on) {
      return new Progress(null, err);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("articles")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .showSpeed()
        .setUnit(" articles", 1)
        .build();
    return new Progress(bar, err);
  }

  /** Whether standard error goes to a terminal (read from /proc where there is one). */
  static boolean stderrIsTerminal() {
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  void println(String message) {
    if (bar != null) {
      err.print("\r\033[2K"); // back to the line's start and clear the bar; it redraws below
    }
    err.println(message);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
