package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The people of an article so far, indexed by the parts of their canonical names, so that finding
 * the person a name refers to costs a few map look-ups, not a scan of everyone found before (which
 * grew with the square of the article). It answers as {@link PeopleFinder}'s rule: the latest person
 * with the same surname and no clash of first names, or, for a one-word name, the latest person
 * whose first name it is.
 */
final class PeopleIndex {

  private final Names names;
  private final List<PersonEntity> people = new ArrayList<>();
  /** The keys each person is filed under, to refile it when its canonical name grows. */
  private final List<List<String>> filed = new ArrayList<>();
  private final Map<String, TreeSet<Integer>> index = new HashMap<>();

  PeopleIndex(Names names) {
    this.names = names;
  }

  List<PersonEntity> people() {
    return people;
  }

  void add(PersonEntity person) {
    people.add(person);
    filed.add(List.of());
    refile(people.size() - 1);
  }

  /** Files person {@code k} again after its canonical name changed. */
  void refile(int k) {
    for (String key : filed.get(k)) {
      index.get(key).remove(k);
    }
    PersonEntity p = people.get(k);
    String surname = names.surname(p.name());
    List<String> keys = new ArrayList<>();
    keys.add("s\u0000" + surname);
    if (Names.tokens(p.name()).size() == 1) {
      keys.add("single\u0000" + surname);
    } else {
      keys.add("first\u0000" + p.firstName());
      keys.add("s+f\u0000" + surname + "\u0000" + p.firstName());
    }
    for (String key : keys) {
      index.computeIfAbsent(key, x -> new TreeSet<>()).add(k);
    }
    filed.set(k, keys);
  }

  /** The person {@code name} refers to, if any. */
  Optional<PersonEntity> match(String name) {
    List<String> tokens = Names.tokens(name);
    String surname = names.surname(name);
    int best;
    if (tokens.size() > 1) {
      String first = tokens.get(0).toLowerCase(Locale.ROOT);
      best = Math.max(latest("single\u0000" + surname), latest("s+f\u0000" + surname + "\u0000" + first));
    } else {
      best = Math.max(latest("s\u0000" + surname), latest("first\u0000" + surname));
    }
    return best < 0 ? Optional.empty() : Optional.of(people.get(best));
  }

  private int latest(String key) {
    TreeSet<Integer> ks = index.get(key);
    return ks == null || ks.isEmpty() ? -1 : ks.last();
  }
}
