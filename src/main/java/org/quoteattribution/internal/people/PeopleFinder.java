package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quoteattribution.AffiliationKind;
import org.quoteattribution.Span;
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
  private final GenderReader genders;
  private final Names names;
  private final DescriptionLinker linker;

  public PeopleFinder(RoleFinder roles, WordLists words) {
    this.roles = roles;
    this.linker = new DescriptionLinker(roles);
    this.genders = new GenderReader(roles.gazetteer());
    this.names = new Names(words);
  }

  public List<PersonEntity> find(Doc doc) {
    List<PersonEntity> people = new ArrayList<>();
    PeopleIndex index = new PeopleIndex(names);
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
      if (first + 2 < last && tokens.get(first).word().matches("(?i)then|ex|former")
          && tokens.get(first + 1).word().equals("-")) {
        first += 2; // "Then - Governor Ray Tan" tagged as one name
        if (first < last && roles.gazetteer().isTitle(tokens.get(first).word())) {
          first++;
        }
      }
      while (first < last && isLeadOrTitle(tokens.get(first))) {
        first++; // "Then-Governor Ray Tan"
      }
      if (tokens.get(first).isPossessive() || !Character.isUpperCase(tokens.get(first).word().codePointAt(0))) {
        continue;
      }
      String name = doc.span(first, last).text().replaceAll("\\s+", " ");
      PersonEntity person = index.match(name).orElseGet(() -> {
        PersonEntity p = new PersonEntity("p" + (people.size() + 1), name, names);
        people.add(p);
        return p;
      });
      index.remove(person); // its name and mentions change: its keys too
      if (Names.tokens(name).size() == 1 && Names.tokens(person.name()).size() > 1
          && person.firstName().equals(name.toLowerCase(Locale.ROOT))) {
        person.firstNamed();
      }
      person.addName(name, first, last, doc.span(first, last));
      index.add(person);
      RoleFinder.Description d = roles.describe(doc, first, last);
      person.describe(d);
    }
    genders.read(doc, people);
    linker.link(doc, people);
    Bylines.mark(doc, people);
    Map<String, Integer> bearers = new HashMap<>();
    people.forEach(p -> bearers.merge(p.surname(), 1, Integer::sum));
    for (PersonEntity p : people) {
      p.affiliationKind(p.affiliation().map(a -> kind(doc, a, p, bearers)));
    }
    return people;
  }

  /** What an affiliation is: a party, a country, a state, a person named in the article, else an organisation. */
  private AffiliationKind kind(Doc doc, String affiliation, PersonEntity of, Map<String, Integer> bearers) {
    if (of.party().map(affiliation::equals).orElse(false) || Affiliations.partyWord(affiliation).isPresent()
        || affiliation.equals("independent")) {
      return AffiliationKind.PARTY;
    }
    Gazetteer gaz = roles.gazetteer();
    if (gaz.country(affiliation).isPresent()) {
      return AffiliationKind.COUNTRY;
    }
    if (gaz.state(affiliation).isPresent()) {
      return AffiliationKind.PLACE;
    }
    String surname = names.surname(affiliation);
    boolean person = Character.isUpperCase(affiliation.codePointAt(0)) && Names.tokens(affiliation).size() <= 3
        && bearers.getOrDefault(surname, 0) > (of.surname().equals(surname) ? 1 : 0);
    if (person) {
      return AffiliationKind.PERSON;
    }
    for (Span e : of.evidence()) {
      int at = e.text().indexOf(affiliation);
      if (at >= 0) {
        int t = doc.tokenAtOrAfter(e.begin() + at);
        boolean place = t < doc.tokens().size() && doc.token(t).ner().equals("LOCATION")
            && !gaz.isOrganisationNoun(names.surname(affiliation));
        return place ? AffiliationKind.PLACE : AffiliationKind.ORGANIZATION;
      }
    }
    return AffiliationKind.ORGANIZATION;
  }

  /** {@code Then-Governor}, {@code Gov.}: a word of a title that the tagger put inside a name. */
  private boolean isLeadOrTitle(Token t) {
    String w = t.word();
    return w.matches("(?i)(then|ex|former)-\\p{L}+") || roles.gazetteer().expand(w).isPresent();
  }
}
