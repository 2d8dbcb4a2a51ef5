package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.lang.WordLists;

/** The word lists, without any CoreNLP pipeline. */
class GazetteerTest {

  @Test
  void ourExtrasAloneMapUsAliasesAndAbbreviations() {
    Gazetteer g = new Gazetteer(WordLists.english(), false);
    assertThat(g.country("American")).contains("United States");
    assertThat(g.country("U.S.")).contains("United States");
    assertThat(g.country("the U.S.")).contains("United States");
    assertThat(g.expand("Sen.")).contains("Senator");
    assertThat(g.expand("Rep.")).contains("Representative");
    assertThat(g.isTitle("co-chair")).isTrue();
    assertThat(g.isModifier("deputy")).isTrue();
    assertThat(g.verbRole("head")).contains("head");
    assertThat(g.isTitle("river")).isFalse();
  }

  @Test
  void coreNlpListsMapDemonymsToCountriesAndKnowTitles() {
    long t0 = System.nanoTime();
    Gazetteer g = new Gazetteer(WordLists.english());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("Gazetteer loaded in " + ms + " ms, sizes " + g.sizes());
    assertThat(g.country("Iranian")).contains("Iran");
    assertThat(g.country("French")).contains("France");
    assertThat(g.country("Azerbaijani")).contains("Azerbaijan");
    assertThat(g.country("American")).contains("United States");
    assertThat(g.country("Iran")).contains("Iran");
    assertThat(g.country("Harvard")).isEmpty();
    assertThat(g.isNationality("Kurdish")).isTrue();
    assertThat(g.isTitle("deputy ambassador")).isTrue();
    assertThat(g.isTitle("Foreign Minister")).isTrue();
    assertThat(g.isTitle("spokesperson")).isTrue();
    assertThat(g.isTitle("said")).isFalse();
    assertThat(ms).isLessThan(3_000);
  }
}
