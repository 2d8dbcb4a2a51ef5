package org.quoteattribution.internal.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quoteattribution.Dateline;
import org.quoteattribution.Span;
import org.quoteattribution.internal.text.DatelineFinder;
import org.quoteattribution.internal.text.Paragraphs;

/**
 * The annotated documents of a JSON Lines corpus, cached on disk so that training and experiments
 * run the CoreNLP stage once: {@code DocCache CORPUS.jsonl CACHE_DIR} annotates every article that
 * has no cache file yet and writes {@code CACHE_DIR/<n>.doc.gz} (n: its line number). Each file
 * holds the article's {@link Doc}: text, paragraphs, sentences and tokens. Not part of the library.
 */
public final class DocCache {

  private DocCache() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    Nlp nlp = new Nlp();
    ObjectMapper json = new ObjectMapper();
    long start = System.nanoTime();
    int n = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine(), n++) {
        Path file = dir.resolve(n + ".doc.gz");
        if (line.isBlank() || Files.exists(file)) {
          continue;
        }
        JsonNode article = json.readTree(line);
        Doc doc = annotate(nlp, article.get("text").asText());
        Path partial = dir.resolve(n + ".doc.gz.part");
        write(doc, partial);
        Files.move(partial, file);
        if (n % 20 == 0) {
          System.err.printf("%d articles, %.0f s%n", n + 1, (System.nanoTime() - start) / 1e9);
        }
      }
    }
    System.err.printf("done: %d articles, %.0f s%n", n, (System.nanoTime() - start) / 1e9);
  }

  /** The CoreNLP stage exactly as {@code Engine} runs it: paragraphs, dateline, annotation. */
  public static Doc annotate(Nlp nlp, String text) {
    List<Span> paragraphs = Paragraphs.split(text);
    if (paragraphs.isEmpty()) {
      return new Doc(text, paragraphs, List.of(), List.of());
    }
    Optional<Dateline> dateline = DatelineFinder.find(text, paragraphs.get(0));
    List<Span> regions = DatelineFinder.regions(text, paragraphs, dateline);
    return nlp.annotate(text, paragraphs, regions);
  }

  public static void write(Doc doc, Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        new GZIPOutputStream(Files.newOutputStream(file))))) {
      byte[] text = doc.text().getBytes(StandardCharsets.UTF_8);
      out.writeInt(text.length);
      out.write(text);
      out.writeInt(doc.paragraphs().size());
      for (Span p : doc.paragraphs()) {
        out.writeInt(p.begin());
        out.writeInt(p.end());
      }
      out.writeInt(doc.sentences().size());
      for (Doc.Sentence s : doc.sentences()) {
        out.writeInt(s.firstToken());
        out.writeInt(s.endToken());
        out.writeInt(s.paragraph());
      }
      out.writeInt(doc.tokens().size());
      for (Token t : doc.tokens()) {
        out.writeInt(t.sentence());
        out.writeInt(t.begin());
        out.writeInt(t.end());
        out.writeUTF(t.lemma());
        out.writeUTF(t.pos());
        out.writeUTF(t.ner());
        out.writeInt(t.head());
        out.writeUTF(t.rel());
      }
    }
  }

  public static Doc read(Path file) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        new GZIPInputStream(Files.newInputStream(file))))) {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      List<Span> paragraphs = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        paragraphs.add(Span.of(text, in.readInt(), in.readInt()));
      }
      List<Doc.Sentence> sentences = new ArrayList<>();
      for (int i = 0, n = in.readInt(); i < n; i++) {
        sentences.add(new Doc.Sentence(i, in.readInt(), in.readInt(), in.readInt()));
      }
      List<Token> tokens = new ArrayList<>();
      for (int i = 0, n = in.readInt(); i < n; i++) {
        int sentence = in.readInt();
        int begin = in.readInt();
        int end = in.readInt();
        tokens.add(new Token(i, sentence, begin, end, text.substring(begin, end), in.readUTF(),
            in.readUTF(), in.readUTF(), in.readInt(), in.readUTF()));
      }
      return new Doc(text, paragraphs, sentences, tokens);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
