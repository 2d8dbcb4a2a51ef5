package org.quoteattribution.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * A CoreNLP annotator that adds the wall time it takes, and the CPU time if it has a CPU clock, to
 * counters shared by all threads.
 */
final class TimedAnnotator implements Annotator {

  private final String name;
  private final Annotator annotator;
  private final LongSupplier cpuClock;
  private final LongAdder nanos = new LongAdder();
  private final LongAdder cpuNanos = new LongAdder();

  /** {@code cpuClock}: the calling thread's CPU time in nanoseconds, or null. */
  TimedAnnotator(String name, Annotator annotator, LongSupplier cpuClock) {
    this.name = name;
    this.annotator = annotator;
    this.cpuClock = cpuClock;
  }

  String name() {
    return name;
  }

  long nanos() {
    return nanos.sum();
  }

  long cpuNanos() {
    return cpuNanos.sum();
  }

  @Override
  public void annotate(Annotation annotation) {
    long cpuStart = cpuClock == null ? 0 : cpuClock.getAsLong();
    long start = System.nanoTime();
    try {
      annotator.annotate(annotation);
    } finally {
      nanos.add(System.nanoTime() - start);
      if (cpuClock != null) {
        cpuNanos.add(cpuClock.getAsLong() - cpuStart);
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return annotator.requirementsSatisfied();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return annotator.requires();
  }

  @Override
  public Collection<String> exactRequirements() {
    return annotator.exactRequirements();
  }

  @Override
  public void unmount() {
    annotator.unmount();
  }
}
