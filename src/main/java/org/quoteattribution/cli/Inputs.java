package org.quoteattribution.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs into a lazy sequence of articles: plain-text files (one article
 * each), folders (their {@code .txt} and {@code .jsonl} files, recursively, in name order), JSON
 * Lines files ({@code {"id": …, "text": …}} a line) and standard input. JSON Lines are read one line
 * at a time, so an input of any size is never held in memory.
 */
final class Inputs {

  enum Kind { AUTO, TEXT, JSONL }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Inputs() {}

  /** The files that {@code paths} name, folders expanded; throws if a path does not exist. */
  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl"))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new IOException("no such file or folder: " + path);
      }
    }
    return files;
  }

  /** How many articles the files hold: one a text file, one a non-blank JSON Lines line. */
  static long count(List<Path> files, Kind kind) throws IOException {
    long n = 0;
    for (Path f : files) {
      if (kind == Kind.JSONL || kind == Kind.AUTO && f.getFileName().toString().endsWith(".jsonl")) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
          n += lines.filter(line -> !line.isBlank()).count();
        }
      } else {
        n++;
      }
    }
    return n;
  }

  /** Articles from files, in order, read lazily: one JSON Lines record at a time. */
  static Iterator<Article> fromFiles(List<Path> files, Kind kind) {
    return new Iterator<>() {
      private final Iterator<Path> remaining = files.iterator();
      private Iterator<Article> current = java.util.Collections.emptyIterator();
      private BufferedReader open;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && remaining.hasNext()) {
          closeOpen();
          current = articles(remaining.next());
        }
        if (!current.hasNext()) {
          closeOpen();
        }
        return current.hasNext();
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }

      private Iterator<Article> articles(Path f) {
        String name = f.getFileName().toString();
        try {
          if (kind == Kind.JSONL || kind == Kind.AUTO && name.endsWith(".jsonl")) {
            open = Files.newBufferedReader(f, StandardCharsets.UTF_8);
            return jsonLines(open, name);
          }
          String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
          return List.of(Article.of(id, Files.readString(f, StandardCharsets.UTF_8))).iterator();
        } catch (IOException | UncheckedIOException e) {
          return List.of(Article.broken(f.toString(), "cannot read: " + e.getMessage())).iterator();
        }
      }

      private void closeOpen() {
        if (open != null) {
          try {
            open.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          open = null;
        }
      }
    };
  }

  /** Articles from standard input: one plain-text article, or JSON Lines. */
  static Iterator<Article> fromStream(InputStream in, Kind kind) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    if (kind == Kind.JSONL) {
      return jsonLines(reader, "stdin");
    }
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return List.of(Article.of(null, text.toString())).iterator();
  }

  private static Iterator<Article> jsonLines(BufferedReader reader, String source) {
    return new Iterator<>() {
      private int line;
      private Article next = advance();

      private Article advance() {
        try {
          for (String s; (s = reader.readLine()) != null; ) {
            line++;
            if (!s.isBlank()) {
              return parse(s, source + ":" + line);
            }
          }
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Article next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Article a = next;
        next = advance();
        return a;
      }
    };
  }

  static Article parse(String line, String where) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (IOException e) {
      return Article.broken(where, "line is not JSON: " + firstLine(e.getMessage()));
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : where;
    if (!node.isObject() || !node.hasNonNull("text") || !node.get("text").isTextual()) {
      return Article.broken(id, "line has no \"text\" string");
    }
    return Article.of(id, node.get("text").asText());
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

}
