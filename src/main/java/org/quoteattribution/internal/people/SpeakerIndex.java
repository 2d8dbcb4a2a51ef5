package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.quoteattribution.Gender;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.TokenRange;

/**
 * An article's people indexed for {@link SpeakerResolver}, built once, so that resolving a source
 * looks up a token, a word or the mentions near an offset instead of scanning every person's
 * mentions for every statement (work that grew with their product). Where several people match,
 * the one earlier in the list of people wins, as a scan in that order would have it.
 *
 * <p>A person's mentions are those the people finder found and the sources resolved to the person
 * so far ({@link #add}).
 */
final class SpeakerIndex {

  /** A mention {@code [begin, end)} of the person at {@code order} in the list of people. */
  private record Mention(int begin, int end, int order) {}

  /** By begin, then the earlier person: the first one inside a span is the earliest. */
  private static final Comparator<Mention> EARLIEST = Comparator.comparingInt(Mention::begin)
      .thenComparingInt(Mention::order).thenComparingInt(Mention::end);
  /** By begin, then the later person: walked backwards, the first one is the latest, of the earlier person. */
  private static final Comparator<Mention> LATEST = Comparator.comparingInt(Mention::begin)
      .thenComparing(Comparator.comparingInt(Mention::order).reversed()).thenComparingInt(Mention::end);
  /** One person's mentions by begin and end. */
  private static final Comparator<Mention> SPAN = Comparator.comparingInt(Mention::begin)
      .thenComparingInt(Mention::end);

  private final List<PersonEntity> people;
  private final Map<PersonEntity, Integer> orders = new IdentityHashMap<>();
  /** Token → the first person with a name mention over it, or -1. */
  private final int[] namedAt;
  /** Surname → the people of a fuller name who bear it, in order. */
  private final Map<String, List<PersonEntity>> bearers = new HashMap<>();
  /** A word of a role, and the word without a plural {@code s} → people, by order. */
  private final Map<String, TreeSet<Integer>> roleWords = new HashMap<>();
  private final List<TreeSet<Mention>> byPerson = new ArrayList<>();
  private final Map<Gender, TreeSet<Mention>> byGender = new EnumMap<>(Gender.class);
  private final TreeSet<Mention> all = new TreeSet<>(EARLIEST);
  private final Optional<PersonEntity> author;

  SpeakerIndex(List<PersonEntity> people, int tokens) {
    this.people = people;
    this.namedAt = new int[tokens];
    Arrays.fill(namedAt, -1);
    for (Gender g : Gender.values()) {
      byGender.put(g, new TreeSet<>(LATEST));
    }
    for (int order = 0; order < people.size(); order++) {
      PersonEntity p = people.get(order);
      orders.putIfAbsent(p, order);
      byPerson.add(new TreeSet<>(SPAN));
      for (TokenRange m : p.nameMentions()) {
        for (int t = Math.max(0, m.first()); t <= Math.min(m.last(), tokens - 1); t++) {
          if (namedAt[t] < 0) {
            namedAt[t] = order;
          }
        }
      }
      if (p.hasFullName()) {
        bearers.computeIfAbsent(p.surname(), s -> new ArrayList<>()).add(p);
      }
      int o = order;
      p.role().ifPresent(r -> {
        for (String w : r.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
          roleWords.computeIfAbsent(w, k -> new TreeSet<>()).add(o);
          if (w.endsWith("s")) {
            roleWords.computeIfAbsent(w.substring(0, w.length() - 1), k -> new TreeSet<>()).add(o);
          }
        }
      });
      for (Span m : p.mentions()) {
        add(order, m);
      }
    }
    this.author = people.stream().filter(PersonEntity::isAuthor).findFirst();
  }

  /** Counts {@code span} as a mention of {@code p} from now on. */
  void add(PersonEntity p, Span span) {
    add(orders.get(p), span);
  }

  private void add(int order, Span span) {
    Mention m = new Mention(span.begin(), span.end(), order);
    if (byPerson.get(order).add(m)) {
      all.add(m);
      byGender.get(people.get(order).gender()).add(m);
    }
  }

  /** Where the first mention of {@code p} so far begins, or {@link Integer#MAX_VALUE} when none. */
  int firstMention(PersonEntity p) {
    TreeSet<Mention> mentions = byPerson.get(orders.get(p));
    return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.first().begin();
  }

  /**
   * The person with the most mentions before {@code at} who passes {@code agrees} (the earlier
   * person of a tie), the one the article is about so far; empty when no one is mentioned.
   */
  Optional<PersonEntity> mostMentioned(int at, Predicate<PersonEntity> agrees) {
    PersonEntity best = null;
    int most = 0;
    Mention bound = new Mention(at, Integer.MIN_VALUE, Integer.MIN_VALUE);
    for (int order = 0; order < people.size(); order++) {
      int n = byPerson.get(order).headSet(bound, false).size();
      if (n > most && agrees.test(people.get(order))) {
        best = people.get(order);
        most = n;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The author of the article, if it names one. */
  Optional<PersonEntity> author() {
    return author;
  }

  /** The first person with a name mention over token {@code t}. */
  Optional<PersonEntity> namedAt(int t) {
    return t < 0 || t >= namedAt.length || namedAt[t] < 0 ? Optional.empty() : Optional.of(people.get(namedAt[t]));
  }

  /** The only person of a fuller name with surname {@code surname}; empty when none or several. */
  Optional<PersonEntity> soleBearer(String surname) {
    List<PersonEntity> list = bearers.get(surname);
    return list == null || list.size() != 1 ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The person with the earliest mention inside {@code source} that is not a possessor. */
  Optional<PersonEntity> earliestInside(Span source, String text) {
    for (Mention m : all.tailSet(new Mention(source.begin(), Integer.MIN_VALUE, Integer.MIN_VALUE), true)) {
      if (m.begin() > source.end()) {
        break;
      }
      if (m.end() <= source.end() && !possessor(text, m.end())) {
        return Optional.of(people.get(m.order()));
      }
    }
    return Optional.empty();
  }

  /** {@code Obama's}: a name followed by a possessive marker. */
  private static boolean possessor(String text, int end) {
    return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
  }

  /** A person's mention {@code [begin, end)}. */
  record Located(PersonEntity person, int begin, int end) {}

  /**
   * The mentions inside {@code [from, to)}, the latest begin first.
   */
  List<Located> within(int from, int to) {
    List<Located> out = new ArrayList<>();
    for (Mention m : all.subSet(new Mention(from, Integer.MIN_VALUE, Integer.MIN_VALUE), true,
        new Mention(to, Integer.MIN_VALUE, Integer.MIN_VALUE), false).descendingSet()) {
      if (m.end() <= to) {
        out.add(new Located(people.get(m.order()), m.begin(), m.end()));
      }
    }
    return out;
  }

  /**
   * The person of one of {@code genders} with the latest mention ending by {@code at} (the earlier
   * person of two mentions that begin together).
   */
  Optional<PersonEntity> latestMentioned(Set<Gender> genders, int at) {
    Mention best = null;
    for (Gender g : genders) {
      Mention m = latest(byGender.get(g), at);
      if (m != null && (best == null || m.begin() > best.begin()
          || m.begin() == best.begin() && m.order() < best.order())) {
        best = m;
      }
    }
    return best == null ? Optional.empty() : Optional.of(people.get(best.order()));
  }

  /** The latest mention of {@code set} (walked backwards in its order) that ends by {@code at}. */
  private static Mention latest(TreeSet<Mention> set, int at) {
    for (Mention m : set.headSet(new Mention(at, Integer.MAX_VALUE, Integer.MIN_VALUE), true).descendingSet()) {
      if (m.end() <= at) {
        return m;
      }
    }
    return null;
  }

  /**
   * The first of the people whose role has the word {@code lemma} (or its plural) and who pass
   * {@code agrees}, by the key of their best mention: the latest begin of one ending by {@code at},
   * else minus the earliest begin (a description that comes first).
   */
  Optional<PersonEntity> byRole(String lemma, int at, Predicate<PersonEntity> agrees) {
    TreeSet<Integer> holders = roleWords.get(lemma);
    if (holders == null) {
      return Optional.empty();
    }
    PersonEntity best = null;
    int bestAt = Integer.MIN_VALUE;
    for (int order : holders) {
      PersonEntity p = people.get(order);
      TreeSet<Mention> mentions = byPerson.get(order);
      if (!agrees.test(p) || mentions.isEmpty()) {
        continue;
      }
      Mention before = latest(mentions, at);
      int key = before != null ? before.begin() : -mentions.first().begin();
      if (key > bestAt) {
        best = p;
        bestAt = key;
      }
    }
    return Optional.ofNullable(best);
  }
}
