package org.quoteattribution.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/** A CoreNLP annotator that adds the time it takes to a counter, shared by all threads. */
final class TimedAnnotator implements Annotator {

  private final String name;
  private final Annotator annotator;
  private final LongAdder nanos = new LongAdder();

  TimedAnnotator(String name, Annotator annotator) {
    this.name = name;
    this.annotator = annotator;
  }

  String name() {
    return name;
  }

  long nanos() {
    return nanos.sum();
  }

  @Override
  public void annotate(Annotation annotation) {
    long start = System.nanoTime();
    try {
      annotator.annotate(annotation);
    } finally {
      nanos.add(System.nanoTime() - start);
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
