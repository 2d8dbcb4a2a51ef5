package org.quoteattribution;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates odd news articles from a seed, the same ones for the same seed: quote-mark soup of
 * every script, unbalanced and nested marks, cuts mid-word and mid-quote (lone surrogates
 * included), control characters, emoji and combining marks, right-to-left and CJK text, HTML, CR,
 * CRLF and form feeds, runs of empty paragraphs, 10,000-char words, long unpunctuated sentences,
 * datelines and titles of every length. Most articles are short, so that many run in little time;
 * the costly shapes (long words, long sentences, many paragraphs) come now and then.
 */
final class FuzzArticles {

  private static final List<String> WORDS = List.of("the", "talks", "had", "failed", "minister", "said",
      "government", "would", "not", "comment", "on", "Tuesday", "prices", "rise", "vote", "was", "rigged",
      "according", "to", "police", "told", "reporters", "that", "bridge", "close", "warned", "added",
      "spokesman", "for", "State", "Department", "it", "is", "over", "we", "will", "strike", "he", "she",
      "they", "believe", "so-called", "plan", "as", "a", "in", "of", "and", "but", "sources");
  private static final List<String> NAMES = List.of("Maria Lopez", "Jane Doe", "Rui Costa", "Anna Weiss",
      "Tom Reyes", "Alireza Jabbari", "Sen. Ben Sasse (R-Neb.)", "Dr. Ng", "O'Brien", "Jean-Luc Picard",
      "Zoë Ångström", "Ли Вэй", "محمد علي", "李明", "Mr. X", "the official", "The White House");
  private static final List<String> CUES = List.of("said", "says", "told reporters", "added", "argued",
      "warned", "noted", "claimed", "insisted", "wrote", "stated", "explained", "according to");
  /** Quote marks of every script, paired and alone. */
  private static final String MARKS = "\"'“”„‟«»‹›‘’‚‛「」『』〝〞〟＂＇❝❞❛❜⹂〈〉《》";
  private static final String[][] PAIRS = {{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"‹", "›"}, {"„", "“"},
      {"‘", "’"}, {"'", "'"}, {"「", "」"}, {"『", "』"}, {"〝", "〞"}, {"»", "«"}, {"›", "‹"}, {"‚", "‘"},
      {"”", "”"}, {"《", "》"}};
  private static final List<String> ODD = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c",
      "\u001b", "\u007f", "\u0085", "\u00a0", "\u00ad", "\u2028", "\u2029", "\u200b", "\u200d", "\u200e",
      "\u200f", "\u202e", "\u2060", "\u3000", "\ufeff", "\ufffd", "\ufffe", "\uffff", "\ud800", "\udc00",
      "\udbff", "\udfff", "\ud83d", "🎉", "👩‍👩‍👧", "🇺🇸", "e\u0301", "a\u0308\u0323", "\u0301", "𝔘𝔫𝔦", "ﷺ",
      "שלום", "مرحبا", "中文", "日本語", "한국어", "ไทย", "\t", "\r", "\f", "&amp;", "<b>", "</p>", "<p class=\"x\">",
      "\\", "\\u", "}", "{", "\"}", "\\\"");
  private static final List<String> DATELINES = List.of("WASHINGTON (Reuters) - ", "BAKU, Azerbaijan, February 16. ",
      "NEW YORK — ", "LONDON, March 3, 2024 - ", "date 2026-02-16 PARIS: ", "SÃO PAULO -- ", "A. ", "I. M. ");

  private final Random random;

  FuzzArticles(long seed) {
    this.random = new Random(seed);
  }

  /** The next article. */
  String next() {
    StringBuilder out = new StringBuilder();
    if (chance(0.2)) {
      out.append(dateline());
    }
    int paragraphs = 1 + random.nextInt(chance(0.1) ? 12 : 4);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        out.append(separator());
      }
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        out.append(s > 0 ? " " : "").append(sentence());
      }
    }
    String text = out.toString();
    if (chance(0.15)) { // cut anywhere: mid-word, mid-quote, between the halves of a surrogate pair
      text = text.substring(0, random.nextInt(text.length() + 1));
    }
    if (chance(0.05)) {
      text = text.substring(random.nextInt(text.length() + 1));
    }
    return text;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String dateline() {
    if (chance(0.3)) { // a dateline-like start and a run of capitalised words, of any length
      StringBuilder d = new StringBuilder(chance(0.5) ? "WASHINGTON, " : "LONDON ");
      int words = random.nextInt(chance(0.2) ? 1_500 : 30);
      for (int i = 0; i < words; i++) {
        d.append(chance(0.5) ? "Aa " : "NEWS ");
      }
      return d.append(chance(0.5) ? "- " : "").toString();
    }
    return pick(DATELINES);
  }

  private String separator() {
    double r = random.nextDouble();
    if (r < 0.5) {
      return "\n\n";
    } else if (r < 0.6) {
      return "\r\n\r\n";
    } else if (r < 0.7) {
      return "\n";
    } else if (r < 0.75) {
      return "\r";
    } else if (r < 0.8) {
      return "\f";
    } else if (r < 0.83) {
      return "\n".repeat(2 + random.nextInt(2_000)); // up to thousands of empty paragraphs
    } else if (r < 0.86) {
      return "\n \u00a0\t\n";
    } else if (r < 0.9) {
      return "<p>";
    }
    return " ";
  }

  private String sentence() {
    double r = random.nextDouble();
    String quote = quote();
    String name = pick(NAMES);
    String cue = pick(CUES);
    if (r < 0.2) {
      return quote + ", " + name + " " + cue + ".";
    } else if (r < 0.35) {
      return name + " " + cue + ": " + quote;
    } else if (r < 0.5) {
      return name + " " + cue + " that " + words(3 + random.nextInt(10)) + ".";
    } else if (r < 0.6) {
      return name + " " + cue + " the plan was " + quote + " for farmers.";
    } else if (r < 0.68) {
      return soup(5 + random.nextInt(40));
    } else if (r < 0.71) {
      return words(200 + random.nextInt(chance(0.2) ? 1_000 : 200)); // a long unpunctuated sentence
    } else if (r < 0.73) {
      return "He said " + "x".repeat(chance(0.3) ? 10_000 : 100 + random.nextInt(900)) + "."; // a very long word
    } else if (r < 0.78) {
      return name.toUpperCase(Locale.ROOT) + ": " + words(5) + ".";
    } else if (r < 0.82) {
      return pick(DATELINES) + words(4);
    }
    return words(3 + random.nextInt(15)) + pick(List.of(".", "!", "?", "", "…", ";", " —"));
  }

  private String quote() {
    String[] pair = PAIRS[random.nextInt(PAIRS.length)];
    String inner = words(1 + random.nextInt(12));
    if (chance(0.2)) { // nested
      String[] in = PAIRS[random.nextInt(PAIRS.length)];
      inner = inner + " " + in[0] + words(1 + random.nextInt(4)) + in[1] + " " + words(2);
    }
    String close = chance(0.1) ? "" : pair[1]; // unbalanced now and then
    String open = chance(0.05) ? "" : pair[0];
    return open + inner + (chance(0.5) ? "," : "") + close;
  }

  private String words(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(chance(0.03) ? pick(ODD) : " ");
      }
      out.append(chance(0.06) ? pick(ODD) : chance(0.1) ? pick(NAMES) : pick(WORDS));
    }
    return out.toString();
  }

  /** Quote marks, odd characters and words, in any order. */
  private String soup(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double r = random.nextDouble();
      if (r < 0.4) {
        out.append(MARKS.charAt(random.nextInt(MARKS.length())));
      } else if (r < 0.6) {
        out.append(pick(ODD));
      } else {
        out.append(pick(WORDS));
      }
      if (chance(0.5)) {
        out.append(' ');
      }
    }
    return out.toString();
  }
}
