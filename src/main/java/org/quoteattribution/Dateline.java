package org.quoteattribution;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The dateline that opens an article, {@code BAKU, Azerbaijan, February 16.}, with any metadata
 * before it ({@code date 2026-02-16}).
 *
 * @param span  the whole header, up to where the lead sentence starts
 * @param place the place, as written: {@code BAKU, Azerbaijan}
 * @param date  the date, as written: {@code February 16} or {@code 2026-02-16}
 */
public record Dateline(Span span, Optional<String> place, Optional<String> date) {

  public Dateline {
    requireNonNull(span, "span must not be null");
    requireNonNull(place, "place must not be null");
    requireNonNull(date, "date must not be null");
  }
}
