package org.quoteattribution.internal.lang;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.quoteattribution.QuoteAttributionException;

/**
 * The language data of one language, read from the resource folder
 * {@code org/quoteattribution/lang/<language>/}: word lists ({@code <name>.txt}, one word or phrase
 * a line, {@code #} comment lines and blank lines skipped, surrounding white space ignored) and the
 * files with formats of their own ({@code cues.tsv}, {@code titles-extra.txt}), opened here. The one
 * loader of language resources; a missing or unreadable one is a {@link QuoteAttributionException}
 * that names it. Immutable and safe to share between threads.
 */
public final class WordLists {

  private static final String ROOT = "/org/quoteattribution/lang/";

  private final String language;

  private WordLists(String language) {
    this.language = language;
  }

  /** English, the one language there is so far. */
  public static WordLists english() {
    return new WordLists("en");
  }

  /** The language's folder name: {@code en}. */
  public String language() {
    return language;
  }

  /**
   * The word list {@code name}: {@code negations} reads {@code org/quoteattribution/lang/en/negations.txt}.
   *
   * @throws QuoteAttributionException if it is missing, unreadable or empty
   */
  public Set<String> set(String name) {
    Set<String> words = new LinkedHashSet<>();
    try (BufferedReader in = open(name + ".txt")) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new QuoteAttributionException("cannot read the word list " + path(name + ".txt") + ": " + e.getMessage(), e);
    }
    if (words.isEmpty()) {
      throw new QuoteAttributionException("the word list " + path(name + ".txt") + " is empty");
    }
    return Set.copyOf(words);
  }

  /**
   * Opens the language resource {@code file} ({@code cues.tsv}) as UTF-8 text.
   *
   * @throws QuoteAttributionException if it is not on the classpath
   */
  public BufferedReader open(String file) {
    requireNonNull(file, "file must not be null");
    InputStream in = WordLists.class.getResourceAsStream(path(file));
    if (in == null) {
      throw new QuoteAttributionException("language resource not found on the classpath: "
          + path(file).substring(1) + " (is the quote-attribution jar complete?)");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The resource path of {@code file}, with a leading slash. */
  public String path(String file) {
    return ROOT + language + "/" + file;
  }
}
