package org.quoteattribution.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Dateline;
import org.quoteattribution.Span;

class DatelineFinderTest {

  private static Optional<Dateline> find(String text) {
    return DatelineFinder.find(text, Paragraphs.split(text).get(0));
  }

  @Test
  void findsMetadataDatePlaceAndDateBeforeTheLead() {
    Dateline d = find(" date 2026-02-16 BAKU, Azerbaijan, February 16. Iran continues its efforts.").orElseThrow();
    assertThat(d.span().text()).isEqualTo("date 2026-02-16 BAKU, Azerbaijan, February 16.");
    assertThat(d.place()).contains("BAKU, Azerbaijan");
    assertThat(d.date()).contains("February 16");
  }

  @Test
  void findsWireDatelines() {
    assertThat(find("WASHINGTON (Reuters) - The Senate voted on Tuesday.").map(Dateline::span).map(Span::text))
        .contains("WASHINGTON (Reuters) -");
    assertThat(find("NEW YORK — Stocks fell on Monday.").flatMap(Dateline::place)).contains("NEW YORK");
    assertThat(find("LONDON, March 3, 2024 - Prices rose.").flatMap(Dateline::date)).contains("March 3, 2024");
  }

  @Test
  void leavesOrdinarySentencesAlone() {
    assertThat(find("The Senate voted on Tuesday. It passed.")).isEmpty();
    assertThat(find("US President Joe Biden said on Monday that talks would resume.")).isEmpty();
    assertThat(find("Hillary Clinton was headed to an emergency room.")).isEmpty();
    assertThat(find("I. M. Pei, the architect, died.")).isEmpty();
  }

  @Test
  void longRunsOfCapitalisedWordsAfterADatelineStartTakeBoundedWork() {
    // once a StackOverflowError: the header pattern recursed once per word
    String words = "Aa ".repeat(2_000);
    assertThat(find("WASHINGTON, " + words + "end.")).isEmpty();
    assertThat(find("WASHINGTON " + "NEWS WIRE ".repeat(2_000) + "- The lead.")).isEmpty();
    assertThat(find("LONDON, " + words.strip() + ", March 3 - " + words)).isEmpty();
  }

  @Test
  void aCutParagraphDoesNotEndAtTheCut() {
    String place = "A" + "B".repeat(DatelineFinder.MAX_HEADER + 10);
    assertThat(find(place)).isEmpty();
    assertThat(find("BAKU, Azerbaijan, February 16.")).map(Dateline::span).map(Span::text)
        .contains("BAKU, Azerbaijan, February 16.");
    String lead = " BAKU, Azerbaijan, February 16. Iran continues its efforts " + "and so on ".repeat(30);
    assertThat(find(lead)).map(Dateline::span).map(Span::text).contains("BAKU, Azerbaijan, February 16.");
  }
}
