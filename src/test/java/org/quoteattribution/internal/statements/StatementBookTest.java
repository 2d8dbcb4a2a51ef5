package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;

/**
 * {@link StatementBook} answers as the scans over the statement lists it replaced in
 * {@link QuoteStatements}: the scans are kept here as the reference, over lists changed the way
 * {@code merge} changes them, with quotes asked in text order.
 */
class StatementBookTest {

  private static final String TEXT = "x".repeat(3_000);

  @Test
  void answersAsTheScansOnRandomArticles() {
    Random random = new Random(10);
    int owners = 0;
    int previous = 0;
    int after = 0;
    for (int article = 0; article < 300; article++) {
      List<Candidate> statements = new ArrayList<>();
      for (int n = random.nextInt(40); n > 0; n--) {
        statements.add(candidate(random, random.nextInt(2_800)));
      }
      List<Candidate> direct = new ArrayList<>();
      StatementBook book = new StatementBook(statements);
      int at = 0;
      while (at < 2_900) {
        int begin = at + 1 + random.nextInt(60);
        int end = Math.min(2_999, begin + 2 + random.nextInt(80));
        at = end + 1;
        Span content = Span.of(TEXT, begin + 1, end - 1);
        Optional<Candidate> owner = statements.stream()
            .filter(f -> f.content().overlaps(content) && !QuoteStatements.isTranscript(f))
            .max(Comparator.comparingInt(f -> StatementBook.overlap(f.content(), content)));
        var position = book.owner(content);
        assertThat(position.isPresent()).isEqualTo(owner.isPresent());
        if (owner.isPresent()) {
          owners++;
          assertThat(book.statement(position.getAsInt())).isSameAs(owner.get());
          Candidate f = owner.get();
          Candidate absorbed = f.withContent(StatementType.DIRECT, Span.of(TEXT,
              Math.min(f.content().begin(), content.begin()), Math.max(f.content().end(), content.end())));
          statements.remove(f);
          statements.add(absorbed);
          book.replace(position.getAsInt(), absorbed);
          continue;
        }
        for (int k = 0; k < 3; k++) {
          int cueBegin = Math.max(0, begin - random.nextInt(200));
          int offset = cueBegin + random.nextInt(40);
          if (!statements.isEmpty() && random.nextBoolean()) { // a cue that has statements
            Candidate f = statements.get(random.nextInt(statements.size()));
            cueBegin = f.cue().get().span().begin();
            offset = f.content().begin() - 2 + random.nextInt(5);
          }
          int cueAt = cueBegin;
          int from = offset;
          boolean scanned = statements.stream().anyMatch(f -> f.cue().filter(c -> c.span().begin() == cueAt).isPresent()
              && f.content().begin() >= from);
          after += scanned ? 1 : 0;
          assertThat(book.hasContentAfter(cueAt, from)).isEqualTo(scanned);
        }
        Candidate before = previousStatement(begin, statements, direct);
        Optional<StatementBook.Entry> entry = book.previous(begin);
        assertThat(entry.map(StatementBook.Entry::candidate).orElse(null)).isSameAs(before);
        if (random.nextBoolean() && before != null) {
          previous++;
          Candidate continued = before.withContent(before.type(), Span.of(TEXT, before.content().begin(), content.end()));
          List<Candidate> list = statements.contains(before) ? statements : direct;
          list.set(list.indexOf(before), continued);
          book.set(entry.get(), continued);
        } else if (random.nextBoolean()) {
          Candidate quote = candidate(random, content.begin(), content.end());
          direct.add(quote);
          book.addQuote(quote);
        }
      }
      List<Candidate> all = new ArrayList<>(statements);
      all.addAll(direct);
      assertThat(book.all()).hasSameSizeAs(all);
      for (int i = 0; i < all.size(); i++) {
        assertThat(book.all().get(i)).isSameAs(all.get(i));
      }
    }
    assertThat(owners).isGreaterThan(500);
    assertThat(previous).isGreaterThan(500);
    assertThat(after).isGreaterThan(100);
  }

  /** The scan that {@code QuoteStatements} was before the book. */
  private static Candidate previousStatement(int offset, List<Candidate> a, List<Candidate> b) {
    Candidate best = null;
    for (List<Candidate> list : List.of(a, b)) {
      for (Candidate f : list) {
        if (f.content().end() <= offset && f.source().isPresent()
            && (best == null || f.content().end() > best.content().end())) {
          best = f;
        }
      }
    }
    return best;
  }

  private static Candidate candidate(Random random, int begin) {
    return candidate(random, begin, Math.min(2_999, begin + random.nextInt(120)));
  }

  /** A candidate with a cue near its content, a source half of the time, a transcript line now and then. */
  private static Candidate candidate(Random random, int begin, int end) {
    int cue = Math.max(0, begin - 1 - random.nextInt(8));
    boolean transcript = random.nextInt(10) == 0;
    Optional<Span> source = random.nextBoolean() ? Optional.of(Span.of(TEXT, Math.max(0, cue - 3), cue))
        : Optional.empty();
    return new Candidate(StatementType.INDIRECT, Span.of(TEXT, begin, end),
        Optional.of(new Cue(Span.of(TEXT, cue, cue + 1), transcript ? ":" : "say")), source, -1,
        Evidence.of(Evidence.Finder.CUE_VERB, source.isPresent()));
  }
}
