package org.quoteattribution.internal.people;

import java.util.List;
import org.quoteattribution.internal.lang.WordLists;
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
  private final Names names;

  public PeopleFinder(RoleFinder roles, WordLists words) {
    this.roles = roles;
    this.names = new Names(words);
  }

  public List<PersonEntity> find(Doc doc) {
    PeopleIndex index = new PeopleIndex(names);
    List<PersonEntity> people = index.people();
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
      while (last > first && tokens.get(last).isPossessive()) {
        last--;
      }
      if (tokens.get(first).isPossessive() || !Character.isUpperCase(tokens.get(first).word().codePointAt(0))) {
        continue;
      }
      String name = doc.span(first, last).text().replaceAll("\\s+", " ");
      PersonEntity person = index.match(name).orElseGet(() -> {
        PersonEntity p = new PersonEntity("p" + (people.size() + 1), name);
        index.add(p);
        return p;
      });
      String before = person.name();
      person.addName(name, first, last, doc.span(first, last));
      if (!person.name().equals(before)) {
        index.refile(Integer.parseInt(person.id().substring(1)) - 1);
      }
      RoleFinder.Description d = roles.describe(doc, first, last);
      person.describe(d.role(), d.affiliation());
    }
    return people;
  }
}
