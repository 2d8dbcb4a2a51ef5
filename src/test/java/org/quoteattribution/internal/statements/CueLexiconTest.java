package org.quoteattribution.internal.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quoteattribution.QuoteAttributionException;
import org.quoteattribution.internal.statements.CueLexicon.CueClass;
import org.quoteattribution.internal.statements.CueLexicon.Entry;
import org.quoteattribution.internal.statements.CueLexicon.Kind;

class CueLexiconTest {

  private static CueLexicon lexicon;

  @BeforeAll
  static void loadOnce() {
    lexicon = CueLexicon.load();
  }

  @Test
  void bundledLexiconLoads() {
    assertThat(lexicon.size()).isBetween(50, 1000);
  }

  @Test
  void coreSpeechVerbsAreSpeechWithHighWeight() {
    for (String lemma : List.of("say", "tell", "add", "note", "highlight", "point out", "point to",
        "argue", "claim", "warn", "explain", "acknowledge", "write", "tweet", "emphasise")) {
      assertThat(lexicon.verb(lemma)).as(lemma).hasValueSatisfying(e -> {
        assertThat(e.kind()).isEqualTo(Kind.VERB);
        assertThat(e.cueClass()).isEqualTo(CueClass.SPEECH);
        assertThat(e.weight()).isBetween(0.5, 1.0);
      });
    }
    assertThat(lexicon.verb("say").orElseThrow().weight()).isEqualTo(1.0);
  }

  @Test
  void lookupIgnoresCaseAndSpacing() {
    assertThat(lexicon.verb("Say")).isPresent();
    assertThat(lexicon.verb(" point  to ")).map(Entry::lemma).hasValue("point to");
  }

  @Test
  void beliefAndReportClasses() {
    assertThat(lexicon.verb("think").orElseThrow().cueClass()).isEqualTo(CueClass.BELIEF);
    assertThat(lexicon.verb("believe").orElseThrow().cueClass()).isEqualTo(CueClass.BELIEF);
    assertThat(lexicon.verb("show").orElseThrow().cueClass()).isEqualTo(CueClass.REPORT);
    assertThat(lexicon.verb("report").orElseThrow().cueClass()).isEqualTo(CueClass.REPORT);
  }

  @Test
  void accordingToIsAReportPhrase() {
    Entry e = lexicon.phrase("according to").orElseThrow();
    assertThat(e.kind()).isEqualTo(Kind.PHRASE);
    assertThat(e.cueClass()).isEqualTo(CueClass.REPORT);
    assertThat(lexicon.phrases()).contains(e);
    assertThat(lexicon.verb("according to")).isEmpty();
  }

  @Test
  void phrasesAreMultiWordAndLongestFirst() {
    List<Entry> phrases = lexicon.phrases();
    assertThat(phrases).extracting(Entry::lemma)
        .contains("according to", "in a statement", "in an interview", "point to");
    assertThat(phrases).allSatisfy(e -> assertThat(e.lemma()).contains(" "));
    for (int i = 1; i < phrases.size(); i++) {
      assertThat(phrases.get(i - 1).lemma().split(" ").length)
          .isGreaterThanOrEqualTo(phrases.get(i).lemma().split(" ").length);
    }
  }

  @Test
  void particleVerbs() {
    assertThat(lexicon.isParticleVerb("point", "out")).isTrue();
    assertThat(lexicon.isParticleVerb("point", "to")).isTrue();
    assertThat(lexicon.isParticleVerb("Point", "To")).isTrue();
    assertThat(lexicon.isParticleVerb("say", "to")).isFalse();
    assertThat(lexicon.isParticleVerb("point", "")).isFalse();
  }

  @Test
  void nounsIncludingPlurals() {
    for (String noun : List.of("statement", "remarks", "comments", "claim", "interview")) {
      assertThat(lexicon.noun(noun)).as(noun).hasValueSatisfying(e -> {
        assertThat(e.kind()).isEqualTo(Kind.NOUN);
        assertThat(e.cueClass()).isEqualTo(CueClass.SPEECH);
      });
    }
    assertThat(lexicon.noun("remark")).isEqualTo(lexicon.noun("remarks"));
    assertThat(lexicon.noun("say")).isEmpty();
  }

  @Test
  void weightsAreInUnitInterval() {
    assertThat(lexicon.phrases()).allSatisfy(e -> assertThat(e.weight()).isBetween(0.0, 1.0));
  }

  @Test
  void parseSkipsCommentsAndBlankLines() {
    String tsv = """
        # a comment
          # an indented comment

        say\tverb\tspeech\t1.00\t5348\t0.861\ttrain
        \t
        according to\tphrase\treport\t0.90\t394\t0.928
        point to\tverb\tspeech\t1.00\t40\t0.603\ttrain
        statement\tnoun\tspeech\t0.86\t6\t0.329\ttrain
        """;
    CueLexicon lex = CueLexicon.parse(new StringReader(tsv));
    assertThat(lex.size()).isEqualTo(4);
    assertThat(lex.verb("say")).hasValue(new Entry("say", Kind.VERB, CueClass.SPEECH, 1.0));
    assertThat(lex.phrases()).extracting(Entry::lemma).containsExactly("according to", "point to");
    assertThat(lex.isParticleVerb("point", "to")).isTrue();
    assertThat(lex.noun("statements")).isPresent();
  }

  @Test
  void parseRejectsTooFewColumns() {
    String tsv = "# header\nsay\tverb\tspeech\t1.0\t5\t0.9\ntell verb speech 1.0 5 0.9\n";
    assertThatThrownBy(() -> CueLexicon.parse(new StringReader(tsv)))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("expected 6 or 7 tab-separated columns");
  }

  @Test
  void parseRejectsBadKindClassWeight() {
    assertThatThrownBy(() -> CueLexicon.parse(new StringReader("say\tadverb\tspeech\t1\t5\t0.9\n")))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("kind must be verb, noun or phrase");
    assertThatThrownBy(() -> CueLexicon.parse(new StringReader("say\tverb\tloud\t1\t5\t0.9\n")))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("class must be");
    assertThatThrownBy(() -> CueLexicon.parse(new StringReader("say\tverb\tspeech\t1.5\t5\t0.9\n")))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("weight must be in [0, 1]");
    assertThatThrownBy(() -> CueLexicon.parse(new StringReader("say\tverb\tspeech\tx\t5\t0.9\n")))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("weight must be a number");
  }

  @Test
  void parseRejectsDuplicatesAndEmptyInput() {
    String dup = "say\tverb\tspeech\t1\t5\t0.9\nsay\tverb\tspeech\t1\t5\t0.9\n";
    assertThatThrownBy(() -> CueLexicon.parse(new StringReader(dup)))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> CueLexicon.parse(new StringReader("# only a comment\n\n")))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("no entries");
  }
}
