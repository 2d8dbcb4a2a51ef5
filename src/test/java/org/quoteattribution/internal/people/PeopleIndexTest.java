package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.WordLists;

/**
 * {@link PeopleIndex} decides as the scan over every person it replaced: the scan is kept here as
 * the reference, and both see the same mentions, with names growing and first-name flags set as
 * {@link PeopleFinder} does.
 */
class PeopleIndexTest {

  private static final Names NAMES = new Names(WordLists.english());
  private static final String TEXT = "x".repeat(10_000);

  @Test
  void matchesAsTheScanOnRandomArticles() {
    String[] firsts = {"Donald", "Ivanka", "Bill", "Hillary", "Chelsea", "Trump", "Clinton"};
    String[] surnames = {"Trump", "Clinton", "Bush", "Ivanka", "Donald"};
    String[] suffixes = {"", "", "", " Jr.", " Sr.", " III"};
    Random random = new Random(10);
    int matched = 0;
    for (int article = 0; article < 400; article++) {
      Article a = new Article();
      for (int m = 0; m < 30; m++) {
        String name = switch (random.nextInt(5)) {
          case 0 -> surnames[random.nextInt(surnames.length)];
          case 1 -> firsts[random.nextInt(firsts.length)];
          case 2 -> surnames[random.nextInt(surnames.length)] + suffixes[3 + random.nextInt(3)];
          case 3 -> firsts[random.nextInt(firsts.length)] + " " + firsts[random.nextInt(firsts.length)] + " "
              + surnames[random.nextInt(surnames.length)] + suffixes[random.nextInt(suffixes.length)];
          default -> firsts[random.nextInt(firsts.length)] + " " + surnames[random.nextInt(surnames.length)]
              + suffixes[random.nextInt(suffixes.length)];
        };
        matched += a.mention(name) ? 1 : 0;
      }
    }
    assertThat(matched).as("mentions that matched someone already named").isGreaterThan(1000);
  }

  @Test
  void namesMatchWithoutTheirDiacritics() {
    Article a = new Article();
    a.mention("Francois Hollande"); // a headline without the cedilla
    a.mention("François Hollande");
    a.mention("Hollande");
    a.mention("Zoë Müller");
    a.mention("Muller");
    assertThat(a.people).hasSize(2);
    assertThat(a.people.get(0).nameMentions()).hasSize(3);
    assertThat(a.people.get(1).nameMentions()).hasSize(2);
    assertThat(Names.key("Ségolène")).isEqualTo("segolene");
  }

  @Test
  void aBareSurnameGoesToTheBearerNotCalledByFirstName() {
    Article a = new Article();
    a.mention("Bill Clinton");
    a.mention("Hillary Clinton");
    a.mention("Hillary");
    a.mention("Clinton");
    assertThat(a.people.get(0).name()).isEqualTo("Bill Clinton");
    assertThat(a.people.get(0).nameMentions()).hasSize(2);
    assertThat(a.people.get(1).nameMentions()).hasSize(2);
  }

  @Test
  void aBareSurnameGoesToTheBearerNamedMoreOftenByIt() {
    Article a = new Article();
    a.mention("Bill Clinton");
    a.mention("Hillary Clinton");
    a.mention("Clinton");
    a.mention("Hillary");
    a.mention("Clinton");
    assertThat(a.people.get(1).nameMentions()).hasSize(4);
  }

  @Test
  void aNameInCapitalsGivesWayToTheSameNameAsTheTextWritesIt() {
    Article a = new Article();
    a.mention("MARIA GONZALEZ");
    a.mention("Maria Gonzalez");
    a.mention("Gonzalez");
    assertThat(a.people).hasSize(1);
    assertThat(a.people.get(0).name()).isEqualTo("Maria Gonzalez");
  }

  @Test
  void aSuffixKeepsFatherAndSonApart() {
    Article a = new Article();
    a.mention("Donald Trump");
    a.mention("Donald Trump Jr.");
    a.mention("Trump Jr.");
    a.mention("Donald Trump");
    assertThat(a.people).hasSize(2);
    assertThat(a.people.get(0).nameMentions()).hasSize(2);
    assertThat(a.people.get(1).nameMentions()).hasSize(2);
  }

  @Test
  void aSurnameOfTwoWordsIsTheLatestFullerNameEndingWithThem() {
    Article a = new Article();
    a.mention("Bruno Le Maire");
    a.mention("Marine Le Pen");
    assertThat(a.index.endingWith("Le Maire")).containsSame(a.people.get(0));
    assertThat(a.index.endingWith("Le Pen")).containsSame(a.people.get(1));
    assertThat(a.index.endingWith("Bruno Le Maire")).isEmpty();
    assertThat(a.index.endingWith("La Maire")).isEmpty();
    assertThat(NAMES.isSurnameOnly("De Vries")).isTrue();
    assertThat(NAMES.isSurnameOnly("Ursula de Vries")).isFalse();
    assertThat(NAMES.isParticle("al-Hashimi")).isTrue();
  }

  /** One article's people, found both ways. */
  private static final class Article {
    final List<PersonEntity> people = new ArrayList<>();
    final PeopleIndex index = new PeopleIndex(NAMES);
    int at;

    /** Adds a mention as {@link PeopleFinder} does; returns whether it matched someone. */
    boolean mention(String name) {
      Optional<PersonEntity> scanned = scan(people, name);
      Optional<PersonEntity> looked = index.match(name);
      assertThat(looked.map(PersonEntity::id)).as(name + " among " + people.stream().map(PersonEntity::name).toList())
          .isEqualTo(scanned.map(PersonEntity::id));
      PersonEntity person = looked.orElseGet(() -> {
        PersonEntity p = new PersonEntity("p" + (people.size() + 1), name, NAMES);
        people.add(p);
        return p;
      });
      index.remove(person);
      if (Names.tokens(name).size() == 1 && Names.tokens(person.name()).size() > 1
          && person.firstName().equals(Names.key(name))) {
        person.firstNamed();
      }
      person.addName(name, at, at, Span.of(TEXT, at, at + 1));
      at++;
      index.add(person);
      return looked.isPresent();
    }
  }

  /** The scan that {@code PeopleFinder.match} was before the index: the latest person first. */
  private static Optional<PersonEntity> scan(List<PersonEntity> people, String name) {
    String suffix = NAMES.suffix(name);
    List<String> tokens = Names.tokens(NAMES.withoutSuffix(name));
    String surname = NAMES.surname(name);
    String first = tokens.size() > 1 ? Names.key(tokens.get(0)) : null;
    PersonEntity bare = null;
    PersonEntity byFirstName = null;
    for (int k = people.size() - 1; k >= 0; k--) {
      PersonEntity p = people.get(k);
      boolean single = Names.tokens(p.name()).size() == 1;
      if (p.surname().equals(surname) && !single && first != null
          && !suffix.equals(NAMES.suffix(p.name()))) {
        continue;
      }
      if (p.surname().equals(surname) && !suffix.isEmpty() && first == null) {
        if (suffix.equals(NAMES.suffix(p.name()))) {
          return Optional.of(p);
        }
        continue;
      }
      if (p.surname().equals(surname)) {
        if (first == null) {
          if (bare == null || prominent(p, bare)) {
            bare = p;
          }
        } else if (single || p.firstName().equals(first)) {
          return Optional.of(p);
        }
      } else if (tokens.size() == 1 && !single && p.firstName().equals(surname) && byFirstName == null) {
        byFirstName = p;
      }
    }
    return Optional.ofNullable(bare != null ? bare : byFirstName);
  }

  private static boolean prominent(PersonEntity a, PersonEntity b) {
    if (a.surnameMentions() != b.surnameMentions()) {
      return a.surnameMentions() > b.surnameMentions();
    }
    return b.isFirstNamed() && !a.isFirstNamed();
  }
}
