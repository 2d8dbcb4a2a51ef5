package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The documented limits: a maximum length and a time budget, each with a clear error. */
class LimitsTest {

  private static final String PARAGRAPH = "The minister said the talks had failed. “We will try again,” she said.\n\n";

  @Test
  void anArticleLongerThanTheMaximumIsRefusedWithItsLength() {
    QuoteAttributor small = QuoteAttributor.builder().maxLength(100).build();
    assertThat(small.attribute("x".repeat(100)).text()).hasSize(100);
    assertThatThrownBy(() -> small.attribute("x".repeat(1_234)))
        .isInstanceOfSatisfying(LimitExceededException.class,
            e -> assertThat(e.limit()).isEqualTo(LimitExceededException.Limit.LENGTH))
        .hasMessage("article too long: 1,234 chars, the limit is 100 (the maximum length)");
  }

  @Test
  void anArticleOverItsTimeBudgetStopsWithATimeError() {
    QuoteAttributor hurried = QuoteAttributor.builder().timeout(Duration.ofMillis(1)).build();
    assertThatThrownBy(() -> hurried.attribute(PARAGRAPH.repeat(20)))
        .isInstanceOfSatisfying(LimitExceededException.class,
            e -> assertThat(e.limit()).isEqualTo(LimitExceededException.Limit.TIME))
        .hasMessageContaining("took more than 1 ms of CPU time");
  }

  @Test
  void aBatchGivesLimitsAsErrorOutcomesAndGoesOn() {
    QuoteAttributor attributor = QuoteAttributor.builder().maxLength(500).build();
    List<String> texts = List.of(PARAGRAPH, "y".repeat(501), PARAGRAPH);
    List<BatchOutcome<String>> outcomes = new ArrayList<>();
    attributor.attributeAll(texts.iterator(), t -> t, 2, outcomes::add);

    assertThat(outcomes).extracting(o -> o.error().isPresent()).containsExactly(false, true, false);
    String record = AttributionWriter.errorLine(Optional.of("b"), outcomes.get(1).error().get());
    assertThat(record).contains("\"limit\":\"LENGTH\"", "\"exception\":\"org.quoteattribution.LimitExceededException\"",
        "\"error\":\"article too long: 501 chars, the limit is 500 (the maximum length)\"");
  }

  @Test
  void limitsAreValidated() {
    assertThatThrownBy(() -> QuoteAttributor.builder().maxLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuoteAttributor.builder().timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
