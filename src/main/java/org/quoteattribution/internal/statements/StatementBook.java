package org.quoteattribution.internal.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quoteattribution.Span;

/**
 * The statements that {@link QuoteStatements} builds while it walks the quotes of an article: the
 * cue statements (in their order, an absorbed one moving to the end) and the quote statements after
 * them, with indexes for the three questions it asks of them, so that no question scans every
 * statement for every quote (work that grew with the square of the article):
 * <ul>
 *   <li>{@link #owner}: the cue statement whose content overlaps a quote's most, the earlier in
 *       the list on a tie. Quotes are asked in text order, so a sweep keeps only the statements
 *       that can still overlap: each is looked at once per quote it overlaps;</li>
 *   <li>{@link #previous}: the statement with a source that ends last at or before an offset, cue
 *       statements first, then in list order on a tie (a tree map by end);</li>
 *   <li>{@link #hasContentAfter}: whether a cue statement of the cue at an offset has its content
 *       at or after another offset (a map by cue).</li>
 * </ul>
 */
final class StatementBook {

  /** A statement and where it stands: in the cue statements ({@code quote} false) or the quote statements. */
  record Entry(boolean quote, int position, Candidate candidate) {}

  private final List<Candidate> cued = new ArrayList<>(); // null where a statement was removed
  private final List<Candidate> quoted = new ArrayList<>();
  /** Content end → the keys ({@link #key}) of the statements with a source that end there. */
  private final TreeMap<Integer, TreeSet<Long>> bySourcedEnd = new TreeMap<>();
  /** Cue begin → how many cue statements of that cue have their content begin at each offset. */
  private final Map<Integer, TreeMap<Integer, Integer>> contentBeginsByCue = new HashMap<>();
  /** Positions in {@link #cued} by content begin, not yet reached by the sweep of {@link #owner}. */
  private final List<Integer> pending;
  private int next;
  /** Positions in {@link #cued} that may overlap the current quote or a later one. */
  private final Set<Integer> active = new HashSet<>();

  StatementBook(List<Candidate> statements) {
    statements.forEach(f -> addTo(cued, false, f));
    List<Integer> byBegin = new ArrayList<>();
    for (int i = 0; i < cued.size(); i++) {
      byBegin.add(i);
    }
    byBegin.sort(Comparator.comparingInt(i -> cued.get(i).content().begin()));
    this.pending = byBegin;
  }

  Candidate statement(int position) {
    return cued.get(position);
  }

  /**
   * The cue statement, not a transcript line, whose content overlaps {@code content} the most, the
   * earlier in the list on a tie. Calls must come in text order of disjoint contents.
   */
  OptionalInt owner(Span content) {
    while (next < pending.size()) {
      Candidate f = cued.get(pending.get(next));
      if (f != null && f.content().begin() >= content.end()) {
        break;
      }
      if (f != null) {
        active.add(pending.get(next));
      }
      next++;
    }
    int best = -1;
    int bestOverlap = -1;
    for (Iterator<Integer> it = active.iterator(); it.hasNext(); ) {
      int position = it.next();
      Candidate f = cued.get(position);
      if (f == null || f.content().end() <= content.begin()) {
        it.remove(); // a later quote begins later still
        continue;
      }
      if (f.content().overlaps(content) && !QuoteStatements.isTranscript(f)) {
        int overlap = overlap(f.content(), content);
        if (overlap > bestOverlap || overlap == bestOverlap && position < best) {
          best = position;
          bestOverlap = overlap;
        }
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** Removes the cue statement at {@code position} and adds {@code replacement} at the end of the list. */
  void replace(int position, Candidate replacement) {
    unindex(false, position, cued.get(position));
    cued.set(position, null);
    active.remove(position);
    addTo(cued, false, replacement);
    active.add(cued.size() - 1);
  }

  /** Adds a quote statement. */
  void addQuote(Candidate f) {
    addTo(quoted, true, f);
  }

  /** Puts {@code f} in the place of {@code e}. */
  void set(Entry e, Candidate f) {
    List<Candidate> list = e.quote() ? quoted : cued;
    unindex(e.quote(), e.position(), list.get(e.position()));
    list.set(e.position(), f);
    index(e.quote(), e.position(), f);
    if (!e.quote()) {
      active.add(e.position());
    }
  }

  /**
   * The statement with a source whose content ends last at or before {@code offset}; on a tie the
   * first of the cue statements, then of the quote statements.
   */
  Optional<Entry> previous(int offset) {
    Map.Entry<Integer, TreeSet<Long>> atEnd = bySourcedEnd.floorEntry(offset);
    if (atEnd == null) {
      return Optional.empty();
    }
    long key = atEnd.getValue().first();
    boolean quote = key >= 1L << 32;
    int position = (int) (key & 0xffffffffL);
    return Optional.of(new Entry(quote, position, (quote ? quoted : cued).get(position)));
  }

  /** Whether a cue statement of the cue that begins at {@code cueBegin} has its content at or after {@code offset}. */
  boolean hasContentAfter(int cueBegin, int offset) {
    TreeMap<Integer, Integer> begins = contentBeginsByCue.get(cueBegin);
    return begins != null && !begins.isEmpty() && begins.lastKey() >= offset;
  }

  /** The cue statements in their order, then the quote statements in theirs. */
  List<Candidate> all() {
    List<Candidate> all = new ArrayList<>();
    cued.stream().filter(f -> f != null).forEach(all::add);
    all.addAll(quoted);
    return all;
  }

  private void addTo(List<Candidate> list, boolean quote, Candidate f) {
    list.add(f);
    index(quote, list.size() - 1, f);
  }

  private void index(boolean quote, int position, Candidate f) {
    if (f.source().isPresent()) {
      bySourcedEnd.computeIfAbsent(f.content().end(), k -> new TreeSet<>()).add(key(quote, position));
    }
    if (!quote && f.cue().isPresent()) {
      contentBeginsByCue.computeIfAbsent(f.cue().get().span().begin(), k -> new TreeMap<>())
          .merge(f.content().begin(), 1, Integer::sum);
    }
  }

  private void unindex(boolean quote, int position, Candidate f) {
    if (f.source().isPresent()) {
      TreeSet<Long> keys = bySourcedEnd.get(f.content().end());
      keys.remove(key(quote, position));
      if (keys.isEmpty()) {
        bySourcedEnd.remove(f.content().end());
      }
    }
    if (!quote && f.cue().isPresent()) {
      TreeMap<Integer, Integer> begins = contentBeginsByCue.get(f.cue().get().span().begin());
      begins.compute(f.content().begin(), (k, n) -> n == 1 ? null : n - 1);
    }
  }

  /** Cue statements before quote statements, each in list order. */
  private static long key(boolean quote, int position) {
    return (quote ? 1L << 32 : 0L) | position;
  }

  static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }
}
