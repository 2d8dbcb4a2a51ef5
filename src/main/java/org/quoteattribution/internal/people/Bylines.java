package org.quoteattribution.internal.people;

import java.util.List;
import java.util.Locale;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;

/**
 * Finds the person an article names as its author, for the {@code I} of an op-ed or a letter: a
 * byline in the first two paragraphs ({@code By Jane Doe}), or a short closing paragraph that
 * begins with the writer's name ({@code Jane Doe is a playwright …}, {@code — Jane Doe}).
 */
final class Bylines {

  private static final int MAX_CLOSING_CHARS = 400;

  private Bylines() {}

  static void mark(Doc doc, List<PersonEntity> people) {
    List<Span> paragraphs = doc.paragraphs();
    if (paragraphs.isEmpty()) {
      return;
    }
    for (int k = 0; k < Math.min(2, paragraphs.size()); k++) {
      String text = paragraphs.get(k).text().strip();
      if (text.toLowerCase(Locale.ROOT).startsWith("by ") && text.length() < 80
          && mark(people, paragraphs.get(k), 3, 30)) {
        return;
      }
    }
    Span last = paragraphs.get(paragraphs.size() - 1);
    if (last.text().strip().length() <= MAX_CLOSING_CHARS) {
      mark(people, last, 0, 4);
    }
  }

  /** Marks the person whose name mention starts within {@code [from, to)} chars of the paragraph start. */
  private static boolean mark(List<PersonEntity> people, Span paragraph, int from, int to) {
    int lead = 0;
    while (lead < paragraph.text().length() && !Character.isLetter(paragraph.text().charAt(lead))) {
      lead++;
    }
    for (PersonEntity p : people) {
      for (Span m : p.mentions()) {
        int offset = m.begin() - paragraph.begin() - lead;
        if (paragraph.contains(m) && offset >= from - 3 && offset < to && offset >= 0) {
          p.author();
          return true;
        }
      }
    }
    return false;
  }
}
