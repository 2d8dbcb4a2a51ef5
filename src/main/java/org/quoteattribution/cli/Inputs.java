package org.quoteattribution.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs into a lazy sequence of articles: plain-text files (one article
 * each), folders (their {@code .txt} and {@code .jsonl} files, sub-folders included, in path
 * order), JSON Lines files ({@code {"id": …, "text": …}} a line) and standard input.
 *
 * <p><b>Ids.</b> A file named on the command line has its name as id, {@code .txt} dropped; a file
 * found in a folder has its path relative to that folder ({@code sub/a} for {@code dir/sub/a.txt}).
 * Files whose ids would collide keep their whole path as given. A JSON Lines record has its own
 * {@code id}, or, without one, the file's id and the line number ({@code sub/b.jsonl:3}).
 *
 * <p><b>Bytes.</b> Text is decoded strictly (malformed bytes are errors, never replaced). JSON Lines
 * are read line by line from bytes, so a bad line (malformed bytes, not JSON, trailing garbage after
 * the object, longer than {@value #MAX_LINE_BYTES} bytes) becomes one error record and the next line
 * is read as usual; a UTF-8 byte-order mark at the start of a file is skipped. An input of any size
 * is never held in memory whole.
 */
final class Inputs {

  enum Kind { AUTO, TEXT, JSONL }

  /** A file to read and the id it goes by. */
  record Source(Path path, String id) {}

  /** Longest JSON Lines line read: four bytes a char of the longest article the library takes. */
  static final int MAX_LINE_BYTES = 4 * org.quoteattribution.QuoteAttributor.DEFAULT_MAX_LENGTH + 1024;

  private static final ObjectReader JSON = new ObjectMapper().readerFor(JsonNode.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Inputs() {}

  /**
   * The files that {@code paths} name, folders expanded (sub-folders included), with their ids;
   * throws if a path does not exist.
   */
  static List<Source> expand(List<Path> paths) throws IOException {
    List<Source> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(path)) {
          found = walk.filter(Files::isRegularFile).filter(p -> isTxt(p) || isJsonl(p)).sorted().toList();
        }
        for (Path p : found) {
          files.add(new Source(p, stem(path.relativize(p))));
        }
      } else if (Files.isRegularFile(path)) {
        files.add(new Source(path, stem(path.getFileName())));
      } else {
        throw new IOException("no such file or folder: " + path);
      }
    }
    Map<String, Integer> uses = new HashMap<>();
    files.forEach(s -> uses.merge(s.id(), 1, Integer::sum));
    return files.stream()
        .map(s -> uses.get(s.id()) > 1 ? new Source(s.path(), dropTxt(s.path().toString())) : s)
        .toList();
  }

  private static boolean isTxt(Path p) {
    return p.getFileName().toString().endsWith(".txt");
  }

  private static boolean isJsonl(Path p) {
    return p.getFileName().toString().endsWith(".jsonl");
  }

  /** A path as an id: {@code /} between names, {@code .txt} dropped. */
  private static String stem(Path relative) {
    List<String> names = new ArrayList<>();
    relative.forEach(n -> names.add(n.toString()));
    return dropTxt(String.join("/", names));
  }

  private static String dropTxt(String id) {
    return id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
  }

  private static boolean readsAsJsonLines(Path file, Kind kind) {
    return kind == Kind.JSONL || kind == Kind.AUTO && isJsonl(file);
  }

  /**
   * The first text file that does not decode in {@code charset}, as a message that names the file,
   * the byte offset and the encoding expected; JSON Lines files are checked line by line as they
   * are read instead (a bad line is one error record).
   */
  static Optional<String> checkEncoding(List<Source> files, Kind kind, Charset charset) throws IOException {
    for (Source s : files) {
      if (!readsAsJsonLines(s.path(), kind)) {
        try (InputStream in = Files.newInputStream(s.path())) {
          Optional<Long> bad = firstMalformedByte(in, charset);
          if (bad.isPresent()) {
            return Optional.of(notDecodable(s.path().toString(), bad.get(), charset));
          }
        }
      }
    }
    return Optional.empty();
  }

  static String notDecodable(String where, long offset, Charset charset) {
    return String.format("%s: not valid %s at byte offset %,d (%s expected; name another encoding with --encoding)",
        where, charset.name(), offset, charset.name());
  }

  /** Offset of the first byte that does not decode, streaming through {@code in}. */
  static Optional<Long> firstMalformedByte(InputStream in, Charset charset) throws IOException {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    long consumed = 0;
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      if (n > 0) {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult r;
      do {
        chars.clear();
        int before = bytes.position();
        r = decoder.decode(bytes, chars, end);
        consumed += bytes.position() - before;
        if (r.isError()) {
          return Optional.of(consumed);
        }
      } while (r.isOverflow());
      bytes.compact();
    }
    chars.clear();
    if (decoder.flush(chars).isError()) {
      return Optional.of(consumed);
    }
    return Optional.empty();
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** How many articles the files hold: one a text file, one a non-blank JSON Lines line. */
  static long count(List<Source> files, Kind kind) throws IOException {
    long n = 0;
    for (Source s : files) {
      if (readsAsJsonLines(s.path(), kind)) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(s.path()), 1 << 16)) {
          boolean blank = true;
          for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
              n += blank ? 0 : 1;
              blank = true;
            } else if (b > ' ') {
              blank = false;
            }
          }
          n += blank ? 0 : 1;
        }
      } else {
        n++;
      }
    }
    return n;
  }

  /** Articles from files, in order, read lazily: one JSON Lines record at a time. */
  static Iterator<Article> fromFiles(List<Source> files, Kind kind, Charset charset) {
    return new Iterator<>() {
      private final Iterator<Source> remaining = files.iterator();
      private Iterator<Article> current = Collections.emptyIterator();
      private InputStream open;

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

      private Iterator<Article> articles(Source s) {
        try {
          if (readsAsJsonLines(s.path(), kind)) {
            open = Files.newInputStream(s.path());
            return jsonLines(open, s.id(), charset);
          }
          byte[] bytes = Files.readAllBytes(s.path());
          return List.of(decode(bytes, charset).map(text -> Article.of(s.id(), text))
              .orElseGet(() -> Article.broken(s.id(), notDecodable(s.id(),
                  firstMalformedOffset(bytes, charset), charset)))).iterator();
        } catch (IOException | UncheckedIOException | OutOfMemoryError e) {
          return List.of(Article.broken(s.id(), "cannot read " + s.path() + ": " + e)).iterator();
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

  private static long firstMalformedOffset(byte[] bytes, Charset charset) {
    try {
      return firstMalformedByte(new java.io.ByteArrayInputStream(bytes), charset).orElse(0L);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a whole file, or empty when it does not decode; a UTF-8 byte-order mark is dropped. */
  static Optional<String> decode(byte[] bytes, Charset charset) {
    int skip = hasBom(bytes, bytes.length, charset) ? 3 : 0;
    return decode(bytes, skip, bytes.length, charset);
  }

  /** The text of {@code bytes[from, to)}, or empty when they do not decode. */
  private static Optional<String> decode(byte[] bytes, int from, int to, Charset charset) {
    try {
      return Optional.of(strict(charset).decode(ByteBuffer.wrap(bytes, from, to - from)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasBom(byte[] bytes, int length, Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) && length >= 3
        && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
  }

  /**
   * Articles from standard input: JSON Lines, or one plain-text article, read whole now.
   *
   * @throws IOException when it cannot be read, or (text) does not decode: the message says where
   */
  static Iterator<Article> fromStream(InputStream in, Kind kind, Charset charset) throws IOException {
    if (kind == Kind.JSONL) {
      return jsonLines(in, "stdin", charset);
    }
    byte[] bytes = in.readAllBytes();
    Optional<String> text = decode(bytes, charset);
    if (text.isEmpty()) {
      throw new IOException(notDecodable("standard input", firstMalformedOffset(bytes, charset), charset));
    }
    return List.of(Article.of(null, text.get())).iterator();
  }

  /** The records of a JSON Lines stream, one a line, each line decoded on its own. */
  private static Iterator<Article> jsonLines(InputStream raw, String source, Charset charset) {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    return new Iterator<>() {
      private int line;
      private long offset;
      private byte[] buffer = new byte[8192];
      private Article next = advance();

      private Article advance() {
        try {
          while (true) {
            long start = offset;
            int length = 0;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
              offset++;
              if (length == MAX_LINE_BYTES) {
                tooLong = true;
                continue;
              }
              if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE_BYTES, 2 * buffer.length));
              }
              buffer[length++] = (byte) b;
            }
            if (b < 0 && length == 0 && !tooLong) {
              return null;
            }
            offset += b < 0 ? 0 : 1;
            line++;
            String where = source + ":" + line;
            if (tooLong) {
              return Article.broken(where, String.format("line longer than %,d bytes: not read", MAX_LINE_BYTES));
            }
            int skip = line == 1 && hasBom(buffer, length, charset) ? 3 : 0;
            int end = length > skip && buffer[length - 1] == '\r' ? length - 1 : length;
            Optional<String> text = decode(buffer, skip, end, charset);
            if (text.isEmpty()) {
              long bad = firstMalformedOffset(Arrays.copyOfRange(buffer, skip, end), charset);
              return Article.broken(where, notDecodable(where, start + skip + bad, charset));
            }
            if (!text.get().isBlank()) {
              return parse(text.get(), where);
            }
          }
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
      node = JSON.readValue(line);
    } catch (IOException e) {
      return Article.broken(where, "line is not one JSON object: " + firstLine(e.getMessage()));
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
