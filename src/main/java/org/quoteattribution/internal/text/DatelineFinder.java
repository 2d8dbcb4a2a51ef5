package org.quoteattribution.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteattribution.Dateline;
import org.quoteattribution.Span;

/**
 * Finds the header that opens many wire stories: optional metadata ({@code date 2026-02-16}),
 * then a dateline in capitals ({@code BAKU, Azerbaijan, February 16.}, {@code WASHINGTON
 * (Reuters) -}, {@code LONDON —}), after which the lead sentence starts.
 */
public final class DatelineFinder {

  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?"
      + "|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern HEADER = Pattern.compile(
      "\\s*(?:(?i:date)[:\\s]\\s*(?<meta>\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:]+Z?)?)\\s+)?"
          + "(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’ -]*\\p{Lu}\\.?(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*){0,2})"
          + "(?:,\\s+(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?))?"
          + "\\s*(?:\\((?<agency>[^)]{1,40})\\))?"
          + "\\s*(?:[.:]|\\s[-–—]+|--)(?:\\s+(?=[\\p{Lu}\"“‘'])|\\s*$)");

  /**
   * Longest header read: the pattern's nested repetitions backtrack (and Java recurses once per
   * repeated word), so it only ever sees this many chars, which bounds its work whatever the text.
   */
  static final int MAX_HEADER = 200;

  private DatelineFinder() {}

  /** The header at the start of {@code paragraph}, if it has one. */
  public static Optional<Dateline> find(String text, Span paragraph) {
    int limit = Math.min(paragraph.end(), paragraph.begin() + MAX_HEADER);
    Matcher m = HEADER.matcher(text).region(paragraph.begin(), limit);
    // a cut paragraph does not end at the cut: "$" may match only at the paragraph's own end
    m.useAnchoringBounds(limit == paragraph.end());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String place = m.group("place");
    // A dateline place opens with a word in capitals: "BAKU", "NEW YORK", not "The" or "I.".
    String firstWord = place.split("[ ,]")[0];
    if (firstWord.replaceAll("[^\\p{Lu}]", "").length() < 2 || firstWord.matches(".*\\p{Ll}.*")) {
      return Optional.empty();
    }
    int end = m.end();
    Optional<String> date = Optional.ofNullable(m.group("date")).or(() -> Optional.ofNullable(m.group("meta")));
    int begin = paragraph.begin();
    while (Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    int trimmedEnd = end;
    while (trimmedEnd > begin && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
      trimmedEnd--;
    }
    return Optional.of(new Dateline(Span.of(text, begin, trimmedEnd), Optional.of(place.trim()), date));
  }

  /**
   * The regions of the text that CoreNLP reads: the paragraphs less the dateline, which is cut from
   * the front of the lead paragraph (with the blanks after it), or drops the lead if it is all of it.
   */
  public static List<Span> regions(String text, List<Span> paragraphs, Optional<Dateline> dateline) {
    List<Span> regions = new ArrayList<>(paragraphs);
    dateline.ifPresent(d -> {
      Span lead = paragraphs.get(0);
      if (d.span().end() < lead.end()) {
        int begin = d.span().end();
        while (Paragraphs.isBlank(text.charAt(begin))) {
          begin++;
        }
        regions.set(0, Span.of(text, begin, lead.end()));
      } else {
        regions.remove(0);
      }
    });
    return regions;
  }
}
