package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;

/**
 * Collects the people an article names: runs of {@code PERSON} tokens, merged into one person per
 * name and its variants ({@code Jabbari}, {@code Mr. Jabbari}, {@code Alireza Jabbari}), without
 * merging different people who share a surname ({@code Hillary Clinton}, {@code Chelsea Clinton}).
 * The canonical name is the fullest form; role and affiliation come from {@link RoleFinder}.
 */
public final class PeopleFinder {

  private final RoleFinder roles;

  public PeopleFinder(RoleFinder roles) {
    this.roles = roles;
  }

  public List<PersonEntity> find(Doc doc) {
    List<PersonEntity> people = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).ner().equals("PERSON")) {
        i++;
        continue;
      }
      int first = i;
      while (i + 1 < tokens.size() && tokens.get(i + 1).ner().equals("PERSON")
          && tokens.get(i + 1).sentence() == tokens.get(first).sentence()) {
        i++;
      }
      int last = i;
      i++;
      while (last > first && isPossessive(tokens.get(last))) {
        last--;
      }
      if (isPossessive(tokens.get(first)) || !Character.isUpperCase(tokens.get(first).word().codePointAt(0))) {
        continue;
      }
      String name = doc.span(first, last).text().replaceAll("\\s+", " ");
      PersonEntity person = match(people, name).orElseGet(() -> {
        PersonEntity p = new PersonEntity("p" + (people.size() + 1), name);
        people.add(p);
        return p;
      });
      person.addName(name, first, last, doc.span(first, last));
      RoleFinder.Description d = roles.describe(doc, first, last);
      person.describe(d.role(), d.affiliation());
    }
    return people;
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s");
  }

  /** The person a name refers to: same surname and no clash of first names; the latest wins. */
  static Optional<PersonEntity> match(List<PersonEntity> people, String name) {
    List<String> tokens = Names.tokens(name);
    String surname = Names.surname(name);
    String first = tokens.size() > 1 ? tokens.get(0).toLowerCase(Locale.ROOT) : null;
    for (int k = people.size() - 1; k >= 0; k--) {
      PersonEntity p = people.get(k);
      boolean single = Names.tokens(p.name()).size() == 1;
      if (p.surname().equals(surname)) {
        if (first == null || single || p.firstName().equals(first)) {
          return Optional.of(p);
        }
      } else if (tokens.size() == 1 && !single && p.firstName().equals(surname)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
