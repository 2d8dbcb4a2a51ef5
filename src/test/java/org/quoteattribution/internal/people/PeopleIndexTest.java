package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.WordLists;

class PeopleIndexTest {

  /** The rule as it was first written, a scan of everyone found before: the index must agree. */
  private static final Names NAMES = new Names(WordLists.english());

  private static Optional<PersonEntity> reference(List<PersonEntity> people, String name) {
    List<String> tokens = Names.tokens(name);
    String surname = NAMES.surname(name);
    String first = tokens.size() > 1 ? tokens.get(0).toLowerCase(Locale.ROOT) : null;
    for (int k = people.size() - 1; k >= 0; k--) {
      PersonEntity p = people.get(k);
      boolean single = Names.tokens(p.name()).size() == 1;
      if (NAMES.surname(p.name()).equals(surname)) {
        if (first == null || single || p.firstName().equals(first)) {
          return Optional.of(p);
        }
      } else if (tokens.size() == 1 && !single && p.firstName().equals(surname)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Test
  void findsThePersonTheScanOfEveryoneFinds() {
    List<String> parts = List.of("Ann", "Lee", "Clinton", "Hillary", "Chelsea", "Jr.", "Smith", "Lee's", "Ann");
    Random random = new Random(7);
    Span span = Span.of("x", 0, 1);
    for (int run = 0; run < 200; run++) {
      PeopleIndex index = new PeopleIndex(NAMES);
      List<PersonEntity> people = index.people();
      for (int i = 0; i < 30; i++) {
        StringBuilder name = new StringBuilder();
        for (int w = 0, n = 1 + random.nextInt(3); w < n; w++) {
          name.append(w > 0 ? " " : "").append(parts.get(random.nextInt(parts.size())));
        }
        String mention = name.toString();
        Optional<PersonEntity> expected = reference(people, mention);
        assertThat(index.match(mention)).as("%s in %s", mention, people.stream().map(PersonEntity::name).toList())
            .isEqualTo(expected);
        PersonEntity person = expected.orElseGet(() -> {
          PersonEntity p = new PersonEntity("p" + (people.size() + 1), mention);
          index.add(p);
          return p;
        });
        String before = person.name();
        person.addName(mention, 0, 0, span);
        if (!person.name().equals(before)) {
          index.refile(people.indexOf(person));
        }
      }
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void manyPeopleAndMentionsTakeLinearTime() {
    PeopleIndex index = new PeopleIndex(NAMES);
    for (int i = 0; i < 20_000; i++) {
      String name = "First" + i + " Smith";
      PersonEntity p = index.match(name).orElseGet(() -> {
        PersonEntity q = new PersonEntity("p" + (index.people().size() + 1), name);
        index.add(q);
        return q;
      });
      p.addName(name, 0, 0, Span.of("x".repeat(3), 0, 1 + i % 2));
    }
    assertThat(index.people()).hasSize(20_000);
    assertThat(index.match("Smith")).map(PersonEntity::name).contains("First19999 Smith");
  }
}
