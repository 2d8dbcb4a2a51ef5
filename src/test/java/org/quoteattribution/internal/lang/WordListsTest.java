package org.quoteattribution.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quoteattribution.QuoteAttributionException;

class WordListsTest {

  private final WordLists english = WordLists.english();

  @Test
  void readsAListSkippingCommentsAndBlankLines() {
    assertThat(english.set("negations")).containsExactlyInAnyOrder("not", "n't", "never", "no");
  }

  @Test
  void aMissingListIsALibraryExceptionThatNamesIt() {
    assertThatThrownBy(() -> english.set("no-such-list"))
        .isInstanceOf(QuoteAttributionException.class)
        .hasMessageContaining("org/quoteattribution/lang/en/no-such-list.txt");
  }

  @Test
  void sourceWordsKnowTheKindsOfSource() {
    SourceWords sources = SourceWords.load(english);
    assertThat(sources.isSourceNoun("official")).isTrue();
    assertThat(sources.isSourceNoun("ministry")).isTrue();
    assertThat(sources.isSourceNoun("poll")).isTrue();
    assertThat(sources.isSourceNoun("banana")).isFalse();
  }
}
