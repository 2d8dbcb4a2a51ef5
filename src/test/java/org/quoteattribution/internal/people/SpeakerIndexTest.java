package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Gender;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * {@link SpeakerIndex} and {@link SpeakerResolver.Speakers} decide as the scans over every person's
 * mentions and every speaker they replaced: the scans are kept here as the reference, and both see
 * the same people and the same mentions added as sources resolve.
 */
class SpeakerIndexTest {

  private static final Names NAMES = new Names(WordLists.english());
  private static final String TEXT = "ab'c’d".repeat(100);
  private static final String[] SURNAMES = {"Trump", "Clinton", "Bush"};
  private static final String[] ROLES = {"former secretary of state", "coaches", "vice-president", "secretary"};
  private static final String[] LEMMAS = {"secretary", "coach", "president", "state", "vice", "mayor"};

  @Test
  void decidesAsTheScansOnRandomArticles() {
    Random random = new Random(10);
    int found = 0;
    for (int article = 0; article < 300; article++) {
      List<PersonEntity> people = new ArrayList<>();
      int tokens = 60;
      for (int i = random.nextInt(7); i >= 0; i--) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        PersonEntity p = new PersonEntity("p" + i, random.nextBoolean() ? surname : "Ann " + surname, NAMES);
        p.gender(Gender.values()[random.nextInt(3)]);
        if (random.nextBoolean()) {
          p.describe(new Description(Optional.of(ROLES[random.nextInt(ROLES.length)]), Optional.empty(),
              Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        }
        for (int m = random.nextInt(4); m > 0; m--) {
          int first = random.nextInt(tokens - 2);
          p.addName(p.name(), first, first + random.nextInt(2), span(random));
        }
        people.add(p);
      }
      SpeakerIndex index = new SpeakerIndex(people, tokens);
      Map<PersonEntity, List<Span>> mentions = new HashMap<>();
      people.forEach(p -> mentions.put(p, new ArrayList<>(p.mentions())));
      SpeakerResolver.Speakers speakers = new SpeakerResolver.Speakers();
      List<Integer> spokeAt = new ArrayList<>();
      List<PersonEntity> spoke = new ArrayList<>();
      for (int q = 0; q < 40; q++) {
        int at = random.nextInt(500);
        int t = random.nextInt(tokens + 2) - 1;
        Gender g = Gender.values()[random.nextInt(3)];
        String lemma = LEMMAS[random.nextInt(LEMMAS.length)];
        Span source = span(random);
        String surname = SURNAMES[random.nextInt(SURNAMES.length)].toLowerCase(Locale.ROOT);
        assertThat(index.namedAt(t)).isEqualTo(namedAt(people, t));
        assertThat(index.earliestInside(source, TEXT)).isEqualTo(earliestInside(people, mentions, source, TEXT));
        assertThat(index.soleBearer(surname)).isEqualTo(soleBearer(people, surname));
        assertThat(index.byRole(lemma, at, p -> agrees(p, g))).isEqualTo(byRole(people, mentions, lemma, at, g));
        Set<Gender> genders = switch (random.nextInt(3)) {
          case 0 -> EnumSet.of(g);
          case 1 -> EnumSet.of(g, Gender.UNKNOWN);
          default -> EnumSet.allOf(Gender.class);
        };
        Optional<PersonEntity> latest = latestMentioned(people, mentions, genders, at);
        assertThat(index.latestMentioned(genders, at)).isEqualTo(latest);
        assertThat(speakers.latest(at, g)).isEqualTo(latestSpeaker(spokeAt, spoke, at, g));
        found += latest.isPresent() ? 1 : 0;
        if (!people.isEmpty()) {
          PersonEntity p = people.get(random.nextInt(people.size()));
          index.add(p, source);
          if (mentions.get(p).stream().noneMatch(m -> m.begin() == source.begin() && m.end() == source.end())) {
            mentions.get(p).add(source);
          }
          speakers.add(at, p);
          spokeAt.add(at);
          spoke.add(p);
        }
      }
    }
    assertThat(found).as("queries that found someone").isGreaterThan(1000);
  }

  private static Span span(Random random) {
    int begin = random.nextInt(480);
    int end = begin + random.nextInt(20);
    return new Span(begin, end, TEXT.substring(begin, end));
  }

  private static boolean agrees(PersonEntity p, Gender g) {
    return g == Gender.UNKNOWN || p.gender() == Gender.UNKNOWN || p.gender() == g;
  }

  private static Optional<PersonEntity> namedAt(List<PersonEntity> people, int t) {
    for (PersonEntity p : people) {
      for (TokenRange m : p.nameMentions()) {
        if (m.contains(t)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<PersonEntity> earliestInside(List<PersonEntity> people,
      Map<PersonEntity, List<Span>> mentions, Span source, String text) {
    PersonEntity best = null;
    int bestBegin = Integer.MAX_VALUE;
    for (PersonEntity p : people) {
      for (Span m : mentions.get(p)) {
        boolean possessor = m.end() < text.length() && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '’');
        if (source.contains(m) && m.begin() < bestBegin && !possessor) {
          best = p;
          bestBegin = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<PersonEntity> soleBearer(List<PersonEntity> people, String surname) {
    PersonEntity bearer = null;
    for (PersonEntity p : people) {
      if (p.surname().equals(surname) && Names.tokens(p.name()).size() > 1) {
        if (bearer != null) {
          return Optional.empty();
        }
        bearer = p;
      }
    }
    return Optional.ofNullable(bearer);
  }

  private static Optional<PersonEntity> byRole(List<PersonEntity> people, Map<PersonEntity, List<Span>> mentions,
      String lemma, int at, Gender g) {
    PersonEntity best = null;
    int bestAt = Integer.MIN_VALUE;
    for (PersonEntity p : people) {
      boolean hasWord = p.role().map(r -> List.of(r.toLowerCase(Locale.ROOT).split("[\\s-]+")).stream()
          .anyMatch(w -> w.equals(lemma) || w.equals(lemma + "s"))).orElse(false);
      if (!agrees(p, g) || !hasWord) {
        continue;
      }
      for (Span m : mentions.get(p)) {
        int key = m.end() <= at ? m.begin() : -m.begin();
        if (key > bestAt) {
          best = p;
          bestAt = key;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<PersonEntity> latestMentioned(List<PersonEntity> people,
      Map<PersonEntity, List<Span>> mentions, Set<Gender> genders, int at) {
    PersonEntity best = null;
    int bestAt = -1;
    for (PersonEntity p : people) {
      if (!genders.contains(p.gender())) {
        continue;
      }
      for (Span m : mentions.get(p)) {
        if (m.end() <= at && m.begin() > bestAt) {
          best = p;
          bestAt = m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<PersonEntity> latestSpeaker(List<Integer> spokeAt, List<PersonEntity> spoke, int at,
      Gender g) {
    for (int k = spoke.size() - 1; k >= 0; k--) {
      if (spokeAt.get(k) <= at && agrees(spoke.get(k), g)) {
        return Optional.of(spoke.get(k));
      }
    }
    return Optional.empty();
  }
}
