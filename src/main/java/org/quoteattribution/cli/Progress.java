package org.quoteattribution.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a batch on standard error, with rate and time left; silent when off (not a
 * terminal, or {@code --quiet}). Messages and results printed through it never share a line with
 * the bar: the bar's line is cleared first, under the lock the bar's own redraws take, and the bar
 * redraws on the next line.
 */
final class Progress implements AutoCloseable {

  private final ProgressBar bar;
  private final PrintStream err;
  private final Object lock;

  private Progress(ProgressBar bar, PrintStream err, Object lock) {
    this.bar = bar;
    this.err = err;
    this.lock = lock;
  }

  static Progress start(boolean on, PrintStream err, long total) {
    if (!on) {
      return new Progress(null, err, new Object());
    }
    Object lock = new Object();
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("articles")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(err) {
          @Override
          public void accept(String rendered) {
            synchronized (lock) {
              super.accept(rendered);
            }
          }
        })
        .showSpeed()
        .setUnit(" articles", 1)
        .build();
    return new Progress(bar, err, lock);
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
    output(err, message);
  }

  /** Prints a line to {@code stream} (standard output or error) on a line of its own. */
  void output(PrintStream stream, String line) {
    if (bar == null) {
      stream.println(line);
      return;
    }
    synchronized (lock) {
      err.print("\r\033[2K"); // back to the line's start and clear the bar; it redraws below
      err.flush();
      stream.println(line);
      stream.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
