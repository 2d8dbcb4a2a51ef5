package org.quoteattribution.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.quoteattribution.QuoteAttributionException;
import org.quoteattribution.Span;
import org.quoteattribution.internal.Deadline;

/**
 * The CoreNLP stage: tokens, sentences, parts of speech, lemmas, coarse named entities and basic
 * Universal Dependencies, turned into a {@link Doc}. Only the annotators and sub-models the later
 * stages use are loaded: the 3-class NER model without SUTime, numeric or fine-grained rules, and
 * the neural dependency parser. One instance is shared by all threads.
 */
public final class Nlp {

  /** Longest stretch of text handed to CoreNLP at once; longer paragraphs are cut at white space. */
  static final int MAX_CHUNK = 8_000;

  private static final java.util.regex.Pattern ABBREVIATION_IN_BRACKETS =
      java.util.regex.Pattern.compile("(?<=\\p{L})\\.(?=\\))");

  private final AnnotationPipeline pipeline;
  private final List<TimedAnnotator> annotators = new ArrayList<>();

  public Nlp() {
    this(null);
  }

  /**
   * With {@code threadCpuClock} (the calling thread's CPU time in nanoseconds, or null for none),
   * each annotator also adds up the CPU time it takes: {@link #annotatorCpuNanos()}.
   */
  public Nlp(LongSupplier threadCpuClock) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("tokenize.language", "en");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("depparse.language", "english");
    StanfordCoreNLP loaded;
    try {
      loaded = new StanfordCoreNLP(props);
    } catch (RuntimeException e) {
      throw new QuoteAttributionException("Could not load the CoreNLP models. Is "
          + "edu.stanford.nlp:stanford-corenlp:4.5.10:models on the classpath?", e);
    }
    // the same annotator instances the CoreNLP pipeline runs, in its order, each with a clock
    for (String name : loaded.getProperties().getProperty("annotators").split("\\s*,\\s*")) {
      annotators.add(new TimedAnnotator(name, loaded.pool.get(name), threadCpuClock));
    }
    pipeline = new AnnotationPipeline(List.copyOf(annotators));
  }

  /**
   * Time spent in each CoreNLP annotator by this instance since it was made, summed over all
   * threads, in nanoseconds; by annotator name ({@code tokenize}, {@code pos}, …; CoreNLP 4.5 runs ssplit inside tokenize), in pipeline
   * order. For the benchmark.
   */
  public Map<String, Long> annotatorNanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (TimedAnnotator a : annotators) {
      out.put(a.name(), a.nanos());
    }
    return out;
  }

  /**
   * CPU time of the calling threads in each annotator, as {@link #annotatorNanos()}; zeros unless
   * made with a CPU clock.
   */
  public Map<String, Long> annotatorCpuNanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (TimedAnnotator a : annotators) {
      out.put(a.name(), a.cpuNanos());
    }
    return out;
  }

  /**
   * Annotates the given regions of {@code text} (paragraphs, less any dateline) and returns one
   * document over the whole text.
   */
  public Doc annotate(String text, List<Span> paragraphs, List<Span> regions) {
    return annotate(text, paragraphs, regions, Deadline.NONE);
  }

  /** As {@link #annotate(String, List, List)}, checking {@code deadline} before each chunk. */
  public Doc annotate(String text, List<Span> paragraphs, List<Span> regions, Deadline deadline) {
    List<Token> tokens = new ArrayList<>();
    List<Doc.Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    for (Span region : regions) {
      // regions come in paragraph order, each inside its paragraph
      while (paragraph + 1 < paragraphs.size() && !paragraphs.get(paragraph).overlaps(region)) {
        paragraph++;
      }
      for (Span chunk : chunks(text, region)) {
        deadline.check();
        annotateChunk(text, chunk, paragraph, tokens, sentences);
      }
    }
    return new Doc(text, paragraphs, sentences, tokens);
  }

  private void annotateChunk(String text, Span chunk, int paragraph, List<Token> tokens,
      List<Doc.Sentence> sentences) {
    Annotation annotation = new Annotation(mask(chunk.text()));
    pipeline.annotate(annotation);
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int first = tokens.size();
      int[] heads = new int[labels.size()];
      String[] rels = new String[labels.size()];
      Arrays.fill(heads, -1);
      Arrays.fill(rels, Rel.DEP.label());
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph != null) {
        for (IndexedWord root : graph.getRoots()) {
          rels[root.index() - 1] = Rel.ROOT.label();
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
          int dep = edge.getDependent().index() - 1;
          heads[dep] = first + edge.getGovernor().index() - 1;
          rels[dep] = edge.getRelation().toString();
        }
      }
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        int begin = chunk.begin() + l.beginPosition();
        int end = chunk.begin() + l.endPosition();
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        tokens.add(new Token(first + i, sentences.size(), begin, end, text.substring(begin, end),
            lemma.toLowerCase(Locale.ROOT), l.tag(), l.ner() == null ? "O" : l.ner(), heads[i], rels[i]));
      }
      sentences.add(new Doc.Sentence(sentences.size(), first, tokens.size(), paragraph));
    }
  }

  /**
   * What CoreNLP reads instead of the text: the same length, so offsets hold, with the full stop
   * of an abbreviation before a closing bracket hidden ({@code Rep. X (R-S.C.) said} would be
   * split into two sentences after {@code S.C.}). Tokens take their text from the original.
   */
  static String mask(String text) {
    return ABBREVIATION_IN_BRACKETS.matcher(text).replaceAll("_");
  }

  /** Cuts a long region at white space, preferring a sentence end, into chunks of bounded size. */
  static List<Span> chunks(String text, Span region) {
    List<Span> out = new ArrayList<>();
    int begin = region.begin();
    while (region.end() - begin > MAX_CHUNK) {
      int limit = begin + MAX_CHUNK;
      int cut = -1;
      for (int i = limit; i > begin + MAX_CHUNK / 2 && cut < 0; i--) {
        if (Character.isWhitespace(text.charAt(i)) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
          cut = i;
        }
      }
      for (int i = limit; i > begin && cut < 0; i--) {
        if (Character.isWhitespace(text.charAt(i))) {
          cut = i;
        }
      }
      if (cut < 0) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      out.add(Span.of(text, begin, cut));
      begin = cut;
      while (begin < region.end() && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
    }
    if (begin < region.end()) {
      out.add(Span.of(text, begin, region.end()));
    }
    return out;
  }
}
