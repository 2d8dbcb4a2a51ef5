package org.quoteattribution.internal.statements;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quoteattribution.QuoteAttributionException;
import org.quoteattribution.internal.lang.WordLists;

/**
 * The reporting-cue lexicon: lemmas of verbs ({@code say}, {@code point to}), nouns ({@code
 * statement}) and phrases ({@code according to}) that introduce a statement, each with a class
 * and a weight.
 *
 * <p>The bundled lexicon is {@code org/quoteattribution/lang/en/cues.tsv}, built from the gold cues of
 * PolNeAR train by {@code tools/build_cue_lexicon.py}; its header says how. Format: {@code #}
 * comment lines and blank lines are skipped; every other line is {@code
 * lemma<TAB>kind<TAB>class<TAB>weight<TAB>gold_count<TAB>precision[<TAB>origin]} with kind one
 * of {@code verb, noun, phrase}, class one of {@code speech, belief, report, other} and weight
 * and precision in [0, 1].
 *
 * <p>Instances are immutable and thread-safe. {@link #load()} parses the resource on every call;
 * callers cache the result.
 */
public final class CueLexicon {

  /** What part of speech a cue lemma is. */
  public enum Kind {
    VERB,
    NOUN,
    PHRASE
  }

  /** What kind of attribution a cue makes. */
  public enum CueClass {
    /** The source said or wrote it: say, tell, add, note, point out. */
    SPEECH,
    /** The source believes, wants or expects it: think, hope, fear. */
    BELIEF,
    /** A document, study or record shows it: report, show, find, according to. */
    REPORT,
    /** Other attributed stances and acts: support, oppose, seem. */
    OTHER
  }

  /**
   * One lexicon entry.
   *
   * @param lemma lowercase lemma; multi-word lemmas are separated by single spaces
   * @param kind verb, noun or phrase
   * @param cueClass the class of attribution
   * @param weight in [0, 1]: how reliably the word is a cue (from its train precision and class)
   */
  public record Entry(String lemma, Kind kind, CueClass cueClass, double weight) {

    public Entry {
      requireNonNull(lemma, "lemma must not be null");
      requireNonNull(kind, "kind must not be null");
      requireNonNull(cueClass, "cueClass must not be null");
      if (!(weight >= 0.0 && weight <= 1.0)) {
        throw new IllegalArgumentException("weight must be in [0, 1]: " + weight);
      }
    }
  }

  static final String RESOURCE = "cues.tsv";

  private final Map<String, Entry> verbs;
  private final Map<String, Entry> nouns;
  private final Map<String, Entry> phraseMap;
  private final List<Entry> multiWord;
  private final int size;

  private CueLexicon(List<Entry> entries) {
    Map<String, Entry> v = new HashMap<>();
    Map<String, Entry> n = new HashMap<>();
    Map<String, Entry> p = new HashMap<>();
    List<Entry> multi = new ArrayList<>();
    for (Entry e : entries) {
      switch (e.kind()) {
        case VERB -> v.put(e.lemma(), e);
        case NOUN -> n.put(e.lemma(), e);
        case PHRASE -> p.put(e.lemma(), e);
      }
      if (e.lemma().indexOf(' ') >= 0) {
        multi.add(e);
      }
    }
    multi.sort(
        Comparator.comparingInt((Entry e) -> wordCount(e.lemma()))
            .thenComparingInt(e -> e.lemma().length())
            .reversed()
            .thenComparing(Entry::lemma)
            .thenComparing(Entry::kind));
    this.verbs = Map.copyOf(v);
    this.nouns = Map.copyOf(n);
    this.phraseMap = Map.copyOf(p);
    this.multiWord = List.copyOf(multi);
    this.size = entries.size();
  }

  /**
   * Loads the bundled lexicon of {@code words}' language ({@code org/quoteattribution/lang/en/cues.tsv}).
   *
   * @throws QuoteAttributionException if the resource is missing or malformed
   */
  public static CueLexicon load(WordLists words) {
    String resource = words.path(RESOURCE).substring(1);
    Reader r = words.open(RESOURCE);
    try (r) {
      return parse(r);
    } catch (IOException e) {
      throw new QuoteAttributionException("cannot read the cue lexicon " + resource, e);
    } catch (QuoteAttributionException e) {
      throw new QuoteAttributionException("corrupt cue lexicon " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Loads the bundled English lexicon. */
  static CueLexicon load() {
    return load(WordLists.english());
  }

  /**
   * Parses a lexicon in the TSV format described in the class comment.
   *
   * @throws QuoteAttributionException naming the line number if a line is malformed, an entry
   *     is duplicated, or there is no entry at all
   */
  static CueLexicon parse(Reader tsv) {
    requireNonNull(tsv, "tsv must not be null");
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    BufferedReader br = tsv instanceof BufferedReader b ? b : new BufferedReader(tsv);
    int lineNo = 0;
    try {
      for (String line = br.readLine(); line != null; line = br.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        Entry e = parseLine(line, lineNo);
        String key = e.kind() + " " + e.lemma();
        Integer previous = seen.putIfAbsent(key, lineNo);
        if (previous != null) {
          throw new QuoteAttributionException(
              "line " + lineNo + ": duplicate " + e.kind().name().toLowerCase(Locale.ROOT)
                  + " entry '" + e.lemma() + "' (first on line " + previous + ")");
        }
        entries.add(e);
      }
    } catch (IOException ex) {
      throw new QuoteAttributionException("cannot read the cue lexicon", ex);
    }
    if (entries.isEmpty()) {
      throw new QuoteAttributionException("the cue lexicon has no entries");
    }
    return new CueLexicon(entries);
  }

  private static Entry parseLine(String line, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length < 6 || f.length > 7) {
      throw malformed(
          lineNo,
          "expected 6 or 7 tab-separated columns"
              + " (lemma, kind, class, weight, gold_count, precision[, origin]) but found "
              + f.length,
          line);
    }
    String lemma = normalise(f[0]);
    if (lemma.isEmpty()) {
      throw malformed(lineNo, "empty lemma", line);
    }
    Kind kind = switch (f[1].strip()) {
      case "verb" -> Kind.VERB;
      case "noun" -> Kind.NOUN;
      case "phrase" -> Kind.PHRASE;
      default -> throw malformed(
          lineNo, "kind must be verb, noun or phrase, not '" + f[1] + "'", line);
    };
    CueClass cueClass = switch (f[2].strip()) {
      case "speech" -> CueClass.SPEECH;
      case "belief" -> CueClass.BELIEF;
      case "report" -> CueClass.REPORT;
      case "other" -> CueClass.OTHER;
      default -> throw malformed(
          lineNo, "class must be speech, belief, report or other, not '" + f[2] + "'", line);
    };
    double weight = unitInterval(f[3], "weight", lineNo, line);
    try {
      if (Integer.parseInt(f[4].strip()) < 0) {
        throw malformed(lineNo, "gold_count must not be negative: '" + f[4] + "'", line);
      }
    } catch (NumberFormatException ex) {
      throw malformed(lineNo, "gold_count must be an integer, not '" + f[4] + "'", line);
    }
    unitInterval(f[5], "precision", lineNo, line);
    if (f.length == 7 && !f[6].strip().equals("train") && !f[6].strip().equals("added")) {
      throw malformed(lineNo, "origin must be train or added, not '" + f[6] + "'", line);
    }
    if (kind == Kind.PHRASE && lemma.indexOf(' ') < 0) {
      throw malformed(lineNo, "a phrase must have more than one word: '" + lemma + "'", line);
    }
    return new Entry(lemma, kind, cueClass, weight);
  }

  private static double unitInterval(String s, String column, int lineNo, String line) {
    double d;
    try {
      d = Double.parseDouble(s.strip());
    } catch (NumberFormatException ex) {
      throw malformed(lineNo, column + " must be a number, not '" + s + "'", line);
    }
    if (!(d >= 0.0 && d <= 1.0)) {
      throw malformed(lineNo, column + " must be in [0, 1], not " + s, line);
    }
    return d;
  }

  private static QuoteAttributionException malformed(int lineNo, String what, String line) {
    String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
    return new QuoteAttributionException(
        "malformed cue lexicon line " + lineNo + ": " + what + ": \"" + shown.replace("\t", "\\t")
            + "\"");
  }

  private static String normalise(String lemma) {
    return lemma == null ? "" : String.join(" ", lemma.strip().toLowerCase(Locale.ROOT).split("\\s+"))
        .strip();
  }

  private static int wordCount(String lemma) {
    return lemma.split(" ").length;
  }

  /**
   * The entry of a verb lemma. Multi-word verbs are looked up by their lemma with the particle:
   * {@code "point to"}, {@code "point out"}, {@code "call for"}.
   *
   * @param lemma the verb's lemma; case and surrounding or repeated whitespace are ignored
   */
  public Optional<Entry> verb(String lemma) {
    return Optional.ofNullable(verbs.get(normalise(lemma)));
  }

  /**
   * The entry of a noun lemma. Lexicon nouns are singular; a plural such as {@code "remarks"}
   * or {@code "comments"} is also found, under its singular entry.
   *
   * @param lemma the noun's lemma (or plural form); case and whitespace are ignored
   */
  public Optional<Entry> noun(String lemma) {
    String n = normalise(lemma);
    Entry e = nouns.get(n);
    if (e == null && n.length() > 3 && n.endsWith("s") && !n.endsWith("ss")) {
      if (n.endsWith("ies")) {
        e = nouns.get(n.substring(0, n.length() - 3) + "y");
      }
      if (e == null && n.endsWith("es")) {
        e = nouns.get(n.substring(0, n.length() - 2));
      }
      if (e == null) {
        e = nouns.get(n.substring(0, n.length() - 1));
      }
    }
    return Optional.ofNullable(e);
  }

  /** The entry of a fixed phrase such as {@code "according to"} or {@code "in a statement"}. */
  public Optional<Entry> phrase(String phrase) {
    return Optional.ofNullable(phraseMap.get(normalise(phrase)));
  }

  /**
   * All multi-word entries, longest first (by word count, then length): fixed phrases ({@code
   * according to}, {@code in a statement}) and multi-word verbs ({@code point to}); filter by
   * {@link Entry#kind()} if only one sort is wanted.
   */
  public List<Entry> phrases() {
    return multiWord;
  }

  /**
   * Whether a verb with this particle or preposition forms its own cue lemma, as {@code ("point",
   * "out")} and {@code ("point", "to")} do. Other verb + preposition sequences ({@code respond
   * to}) are cues under the verb alone.
   */
  public boolean isParticleVerb(String verbLemma, String particleOrPrep) {
    String v = normalise(verbLemma);
    String p = normalise(particleOrPrep);
    if (v.isEmpty() || p.isEmpty()) {
      return false;
    }
    return verbs.containsKey(v + " " + p);
  }

  /** The number of entries. */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "CueLexicon[" + size + " entries]";
  }
}
