package org.quoteattribution.internal;

import java.util.Optional;

/**
 * Describes a failure so that it can be placed from its record alone: the exception's class, its
 * message, and the first frame of this library in its stack trace (or of its causes'), which says
 * which stage threw even when the throw happened deep in CoreNLP or the JDK.
 */
public final class Failures {

  private static final String LIBRARY = "org.quoteattribution.";

  private Failures() {}

  /** The first frame of the library in the trace of {@code error} or its causes. */
  public static Optional<StackTraceElement> libraryFrame(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith(LIBRARY)) {
          return Optional.of(frame);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where to place a failure: its first library frame, or, when the trace holds none (a
   * {@code StackOverflowError} keeps only the innermost 1,024 frames), its innermost frame.
   */
  public static Optional<StackTraceElement> frame(Throwable error) {
    Optional<StackTraceElement> library = libraryFrame(error);
    StackTraceElement[] trace = error.getStackTrace();
    return library.isPresent() || trace.length == 0 ? library : Optional.of(trace[0]);
  }

  /**
   * A frame as {@code org.quoteattribution.internal.X.y(X.java:12)}: without the module and version
   * that {@link StackTraceElement#toString()} puts first on the module path, so records read the
   * same whichever path the library runs on.
   */
  public static String format(StackTraceElement frame) {
    String where = frame.getFileName() == null ? "Unknown Source"
        : frame.getLineNumber() >= 0 ? frame.getFileName() + ":" + frame.getLineNumber() : frame.getFileName();
    return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
  }

  /**
   * One line: {@code StackOverflowError: … at org.quoteattribution.internal.X.y(X.java:12)}; the
   * message alone for the library's own limits, which say everything themselves.
   */
  public static String describe(Throwable error) {
    String name = error.getClass().getSimpleName();
    String message = error.getMessage() == null ? name : name + ": " + error.getMessage();
    if (error instanceof org.quoteattribution.LimitExceededException) {
      return error.getMessage();
    }
    return message + frame(error).map(f -> " at " + format(f)).orElse("");
  }
}
