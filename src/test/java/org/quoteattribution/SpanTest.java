package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void takesItsTextFromTheInput() {
    Span span = Span.of("He said yes.", 3, 7);
    assertThat(span.text()).isEqualTo("said");
    assertThat(span.length()).isEqualTo(4);
  }

  @Test
  void rejectsTextThatDoesNotFitTheOffsets() {
    assertThatThrownBy(() -> new Span(0, 3, "ab")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> new Span(4, 3, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(-1, 0, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapsAndContains() {
    Span a = new Span(0, 5, "abcde");
    Span b = new Span(4, 6, "ef");
    Span c = new Span(5, 6, "f");
    assertThat(a.overlaps(b)).isTrue();
    assertThat(a.overlaps(c)).isFalse();
    assertThat(a.contains(new Span(1, 3, "bc"))).isTrue();
    assertThat(a.contains(b)).isFalse();
  }
}
