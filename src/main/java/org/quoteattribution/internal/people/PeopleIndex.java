package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The people found so far in an article, indexed by the keys of the matching rule (surname,
 * generational suffix, first name), so that matching a name looks up a few buckets instead of
 * scanning every person for every mention (work that grew with the square of the article).
 *
 * <p>The rule, as {@link #match} decides it (the latest person is the one named last):
 * <ul>
 *   <li>a name with a first name ({@code Donald Trump}, {@code Donald Trump Jr.}): the latest person
 *       of that surname who is named by the surname alone, or who has the same first name and the
 *       same suffix;</li>
 *   <li>a surname with a suffix ({@code Trump Jr.}): the latest person of that surname with that
 *       suffix;</li>
 *   <li>a bare surname: the most prominent bearer (the most mentions that give the surname, then
 *       not called by first name, then the latest): {@code Clinton} after {@code Hillary Clinton} and
 *       her mentions, not {@code Bill Clinton} named once, though she is also {@code Hillary};</li>
 *   <li>otherwise a single word that is the first name of a person with a fuller name of another
 *       surname: the latest such person ({@code Ivanka}).</li>
 * </ul>
 * A person's keys change as fuller names and first-name mentions come: {@link #remove} them before,
 * {@link #add} them again after.
 */
final class PeopleIndex {

  /** A person's keys when it was added. */
  private record Keys(int order, String surname, String suffix, String firstName, boolean single,
      boolean firstNamed, int surnameMentions, PersonEntity person) {}

  /** More mentions that give the surname first, then not called by first name, then named later. */
  private static final Comparator<Keys> PROMINENCE = Comparator.comparingInt(Keys::surnameMentions)
      .thenComparing((Keys k) -> !k.firstNamed()).thenComparingInt(Keys::order);

  private final Names names;
  private final Map<PersonEntity, Integer> orders = new IdentityHashMap<>();
  private final Map<PersonEntity, Keys> current = new IdentityHashMap<>();
  /** Surname → people named by the surname alone, by order. */
  private final Map<String, TreeSet<Integer>> singles = new HashMap<>();
  /** Surname, suffix and first name → people with a fuller name, by order. */
  private final Map<List<String>, TreeSet<Integer>> full = new HashMap<>();
  /** Surname and suffix → people with a fuller name, by order. */
  private final Map<List<String>, TreeSet<Integer>> bySuffix = new HashMap<>();
  /** Surname → every bearer, by prominence. */
  private final Map<String, TreeSet<Keys>> bearers = new HashMap<>();
  /** First name → people with a fuller name, by order. */
  private final Map<String, TreeSet<Integer>> byFirstName = new HashMap<>();
  private final List<PersonEntity> people = new ArrayList<>();

  PeopleIndex(Names names) {
    this.names = names;
  }

  /** Adds a new person, or the same person again after {@link #remove} with its keys as they are now. */
  void add(PersonEntity p) {
    Integer order = orders.get(p);
    if (order == null) {
      order = people.size();
      orders.put(p, order);
      people.add(p);
    }
    boolean single = !p.hasFullName();
    Keys k = new Keys(order, p.surname(), names.suffix(p.name()), p.firstName(), single, p.isFirstNamed(),
        p.surnameMentions(), p);
    current.put(p, k);
    if (single) {
      singles.computeIfAbsent(k.surname(), s -> new TreeSet<>()).add(order);
    } else {
      full.computeIfAbsent(List.of(k.surname(), k.suffix(), k.firstName()), s -> new TreeSet<>()).add(order);
      bySuffix.computeIfAbsent(List.of(k.surname(), k.suffix()), s -> new TreeSet<>()).add(order);
      byFirstName.computeIfAbsent(k.firstName(), s -> new TreeSet<>()).add(order);
    }
    bearers.computeIfAbsent(k.surname(), s -> new TreeSet<>(PROMINENCE)).add(k);
  }

  /** Takes a person's keys out, before its name, mentions or first-name flag change. */
  void remove(PersonEntity p) {
    Keys k = current.remove(p);
    if (k == null) {
      return;
    }
    if (k.single()) {
      singles.get(k.surname()).remove(k.order());
    } else {
      full.get(List.of(k.surname(), k.suffix(), k.firstName())).remove(k.order());
      bySuffix.get(List.of(k.surname(), k.suffix())).remove(k.order());
      byFirstName.get(k.firstName()).remove(k.order());
    }
    bearers.get(k.surname()).remove(k);
  }

  /** The person a name refers to, by the rule above. */
  Optional<PersonEntity> match(String name) {
    String suffix = names.suffix(name);
    List<String> tokens = Names.tokens(names.withoutSuffix(name));
    String surname = names.surname(name);
    if (tokens.size() > 1) {
      String first = Names.key(tokens.get(0));
      int latest = Math.max(last(singles.get(surname)), last(full.get(List.of(surname, suffix, first))));
      return latest < 0 ? Optional.empty() : Optional.of(people.get(latest));
    }
    if (!suffix.isEmpty()) {
      int latest = last(bySuffix.get(List.of(surname, suffix)));
      if (latest >= 0) {
        return Optional.of(people.get(latest));
      }
    } else {
      TreeSet<Keys> same = bearers.get(surname);
      if (same != null && !same.isEmpty()) {
        return Optional.of(same.last().person());
      }
    }
    NavigableSet<Integer> named = byFirstName.get(surname);
    if (named != null) {
      for (Iterator<Integer> it = named.descendingIterator(); it.hasNext(); ) {
        PersonEntity p = people.get(it.next());
        if (!current.get(p).surname().equals(surname)) {
          return Optional.of(p); // a bearer of the word as surname would have matched above
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The person named last of a fuller name that ends with the words of {@code name}: {@code Le
   * Maire} is Bruno Le Maire, {@code Marshall Katung} after {@code Cllr} is Abigail Marshall Katung.
   * For a name of two words or more that is a surname alone, which {@link #match} takes for a first
   * name and a surname.
   */
  Optional<PersonEntity> endingWith(String name) {
    List<String> words = Names.tokens(name).stream().map(Names::key).toList();
    TreeSet<Keys> same = bearers.get(names.surname(name));
    Keys best = null;
    if (same != null) {
      for (Keys k : same) {
        List<String> full = Names.tokens(k.person().name()).stream().map(Names::key).toList();
        if (full.size() > words.size() && full.subList(full.size() - words.size(), full.size()).equals(words)
            && (best == null || k.order() > best.order())) {
          best = k;
        }
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.person());
  }

  private static int last(TreeSet<Integer> orders) {
    return orders == null || orders.isEmpty() ? -1 : orders.last();
  }
}
