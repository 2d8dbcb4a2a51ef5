package org.quoteattribution.internal.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quoteattribution.AffiliationKind;
import org.quoteattribution.Gender;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.nlp.TokenRange;

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
  private final UntaggedNames untagged;

  public PeopleFinder(RoleFinder roles, WordLists words) {
    this.roles = roles;
    this.linker = new DescriptionLinker(roles);
    this.genders = new GenderReader(roles.gazetteer());
    this.names = new Names(words);
    this.untagged = new UntaggedNames(roles.gazetteer());
  }

  public List<PersonEntity> find(Doc doc) {
    List<PersonEntity> people = new ArrayList<>();
    PeopleIndex index = new PeopleIndex(names);
    // the genders the words at each person's fuller names so far give ("his sister, Kim Yo Jong"): female, male
    Map<PersonEntity, int[]> said = new IdentityHashMap<>();
    List<Token> tokens = doc.tokens();
    for (TokenRange run : runs(doc)) {
      int first = run.first();
      int last = run.last();
      while (last > first && tokens.get(last).isPossessive()) {
        last--;
      }
      for (int k = first + 2; k < last; k++) {
        if (tokens.get(k).word().equals("of")) {
          last = k - 1; // "Peter T. King of New York", "Sarah Crew of Avon and Somerset Police": whose, not the name
          break;
        }
      }
      if (first + 2 < last && tokens.get(first).word().matches("(?i)then|ex|former")
          && tokens.get(first + 1).word().equals("-")) {
        first += 2; // "Then - Governor Ray Tan" tagged as one name
        if (first < last && roles.gazetteer().isTitle(tokens.get(first).word())) {
          first++;
        }
      }
      while (first < last && (isLeadOrTitle(tokens.get(first)) || first + 1 < last && isOfficeNoun(tokens.get(first)))) {
        first++; // "Then-Governor Ray Tan", "Assemblywoman Ann Tull"
      }
      if (tokens.get(first).isPossessive() || !Character.isUpperCase(tokens.get(first).word().codePointAt(0))
          && !(first < last && names.isParticle(tokens.get(first).word()))) {
        continue; // not "de Vries", "al-Hashimi"
      }
      if (first == last && first > run.first() && roles.gazetteer().isTitle(tokens.get(first).word())) {
        continue; // "Mr Speaker", "Madam President": a title addressed, no name
      }
      String name = doc.span(first, last).text().replaceAll("\\s+", " ");
      boolean surnameOnly = names.isSurnameOnly(name) || first > 0 && beforeSurname(tokens.get(first - 1).word());
      Optional<PersonEntity> matched = index.match(name).or(() -> surnameOnly ? index.endingWith(name) : Optional.empty())
          .or(() -> doubleSurname(doc, name, index)).or(() -> misspelt(name, people));
      Gender told = genders.atMention(doc, first, last);
      if (matched.isPresent() && Names.tokens(name).size() == 1 && contradicts(said.get(matched.get()), told)) {
        Optional<PersonEntity> byName = matched;
        matched = otherBearer(people, name, told, said).or(() -> byName); // "Mr Kim" after "his sister, Kim Yo Jong"
      }
      PersonEntity person = matched.orElseGet(() -> {
        PersonEntity p = new PersonEntity("p" + (people.size() + 1), name, names);
        people.add(p);
        return p;
      });
      if (told != Gender.UNKNOWN && Names.tokens(name).size() > 1) {
        // only at a fuller name: a surname alone may be matched to the wrong bearer ("Mr. Khan" to
        // Ghazala Khan where the tagger missed "Khizr" in "Khizr and Ghazala Khan")
        said.computeIfAbsent(person, k -> new int[2])[told == Gender.FEMALE ? 0 : 1]++;
      }
      index.remove(person); // its name and mentions change: its keys too
      if (Names.tokens(name).size() == 1 && person.hasFullName()
          && person.firstName().equals(Names.key(name))) {
        person.firstNamed();
      }
      person.addName(name, first, last, doc.span(first, last));
      index.add(person);
      Description d = roles.describe(doc, first, last);
      person.describe(d);
    }
    untaggedSurnames(doc, people);
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

  /**
   * The person whose fuller name, of three words written outside a headline's title case, ends with
   * the two words of {@code name}, which match no one as a first name and a surname: {@code Uribe
   * Vélez} after {@code Álvaro Uribe Vélez}, {@code Wasserman Schultz} after {@code Debbie Wasserman
   * Schultz}. Train: of the 22 names of two words that end a fuller name named before, all 15 of
   * three words are its person (Wasserman Schultz 6 times, Vargas Llosa, Eskelsen García, De Blasio,
   * Van Dyke, Ki Hong); of four or five words, 3 are too ({@code McCain Challenger Kelli Ward}) and
   * 4 are runs of title-case junk ({@code Bernie Sanders Burns Hillary Clinton}, {@code Zika Virus
   * Chris Christie}, where the sentence is too long to look like a headline): so not those
   * ({@code López Obrador} after {@code Andrés Manuel López Obrador} stays apart, but for {@code Mr}).
   */
  private static Optional<PersonEntity> doubleSurname(Doc doc, String name, PeopleIndex index) {
    if (Names.tokens(name).size() != 2) {
      return Optional.empty();
    }
    return index.endingWith(name).filter(p -> p.nameMentions().stream()
        .anyMatch(m -> m.size() == 3 && !titleCase(doc, doc.token(m.first()).sentence())));
  }

  /** A headline's title case ({@code Bernie Sanders Burns Hillary Clinton}): four words or more, nearly all capitalised. */
  private static boolean titleCase(Doc doc, int sentence) {
    Doc.Sentence s = doc.sentences().get(sentence);
    int words = 0;
    int capitalised = 0;
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      String w = doc.token(k).word();
      if (Character.isLetter(w.codePointAt(0))) {
        words++;
        capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 7;
  }

  /** Whether the words at a person's mentions so far give the other gender than {@code g}, more often than {@code g}. */
  private static boolean contradicts(int[] votes, Gender g) {
    if (votes == null || g == Gender.UNKNOWN) {
      return false;
    }
    return g == Gender.FEMALE ? votes[1] > votes[0] : votes[0] > votes[1];
  }

  /**
   * The person named last who bears the single word {@code name} as surname or first name of a fuller
   * name, and whom the words at their fuller names do not give the other gender than {@code g}:
   * {@code Mr Kim} is Kim Jong Un, not his sister, Kim Yo Jong, named since; empty when there is
   * none (then the person the names match: a new person of the surname alone would take the next
   * fuller name of that surname, {@code Ms. Trump} the name of {@code Donald Trump Jr.}). Only where a gendered word stands at the mention and the person the names
   * match contradicts it, which is rare, so the scan over the people stays cheap.
   */
  private static Optional<PersonEntity> otherBearer(List<PersonEntity> people, String name, Gender g,
      Map<PersonEntity, int[]> said) {
    String word = Names.key(name);
    for (int k = people.size() - 1; k >= 0; k--) {
      PersonEntity p = people.get(k);
      boolean bears = p.surname().equals(word) || p.hasFullName() && p.firstName().equals(word);
      if (bears && !contradicts(said.get(p), g)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The name runs in token order: the runs of {@code PERSON} tokens in one sentence, and the names
   * the tagger missed ({@link UntaggedNames}).
   */
  private List<TokenRange> runs(Doc doc) {
    List<Token> tokens = doc.tokens();
    List<TokenRange> runs = new ArrayList<>();
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
      runs.add(new TokenRange(first, i));
      i++;
    }
    runs.addAll(untagged.find(doc));
    runs.sort(Comparator.comparingInt(TokenRange::first));
    return runs;
  }

  /**
   * The person a bare surname that matches no one is a misspelling of ({@code Kowalcyk} after
   * {@code Nora Kowalczyk}): the only person named in full whose surname is one letter added,
   * dropped or changed away, of five letters or more, with the same first letter; not its plural
   * ({@code the Clintons}).
   */
  private static Optional<PersonEntity> misspelt(String name, List<PersonEntity> people) {
    List<String> tokens = Names.tokens(name);
    String word = Names.key(name);
    if (tokens.size() != 1 || word.length() < 5) {
      return Optional.empty();
    }
    PersonEntity found = null;
    for (PersonEntity p : people) {
      String surname = p.surname();
      if (p.hasFullName() && surname.length() >= 5 && surname.charAt(0) == word.charAt(0)
          && oneEditApart(surname, word) && !word.equals(surname + "s")) { // "the Clintons": the family
        if (found != null && found != p) {
          return Optional.empty();
        }
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether {@code a} becomes {@code b} by adding, dropping or changing one letter. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    int skip = longer.length() == shorter.length() ? 1 : 0; // changed, else added or dropped
    return longer.substring(i + 1).equals(shorter.substring(i + skip));
  }

  /**
   * Adds the mentions of a surname the tagger did not take for a name ({@code Lund has been dogged
   * by charges …} after {@code Dr. Ravi Lund}): a capitalised proper noun tagged as no entity, not
   * next to another proper noun nor modifying a noun ({@code the Lund show}), that is the surname of
   * exactly one person, named in full.
   */
  private void untaggedSurnames(Doc doc, List<PersonEntity> people) {
    Map<String, List<PersonEntity>> bySurname = new HashMap<>();
    for (PersonEntity p : people) {
      bySurname.computeIfAbsent(p.surname(), k -> new ArrayList<>()).add(p);
    }
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isProperNoun() || !t.ner().equals("O") || t.baseRel().equals("compound")
          || !Character.isUpperCase(t.word().codePointAt(0))
          || i > 0 && tokens.get(i - 1).isProperNoun() || i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun()) {
        continue;
      }
      List<PersonEntity> bearers = bySurname.get(Names.key(t.word()));
      if (bearers != null && bearers.size() == 1 && bearers.get(0).hasFullName()) {
        bearers.get(0).addName(t.word(), i, i, doc.span(i, i));
      }
    }
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

  /**
   * {@code Mr}, {@code Ms.}: an honorific that stands before a surname, so that two words after it
   * are a surname ({@code Mr. Guajardo Villarreal}, {@code Ms Marshall Katung}), not a first name
   * and a surname. Train: of the names of two words or more the tagger tags after {@code Mr.},
   * {@code Mrs.} or {@code Ms.}, 7 are surnames ({@code Mr. Vander Plaats}, {@code Ms. Wasserman
   * Schultz}) and 2 full names ({@code Mr. Paul Simon}); after {@code Dr.} all 15 are full names
   * ({@code Dr. Kelli Ward}), and so after titles ({@code Sen. Kelli Ward}).
   */
  private static boolean beforeSurname(String word) {
    return word.matches("(?i)(mr|mrs|ms|mx|messrs)\\.?");
  }

  /**
   * {@code Assemblywoman}, {@code Alderman}: a title of an office-holder, with a name of two words
   * or more after it. Only these compounds: the titles list holds trades that are also names
   * ({@code Sander}, {@code Baker}).
   */
  private boolean isOfficeNoun(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.matches("\\p{L}{3,}(man|woman|member|person)") && roles.gazetteer().isTitle(w);
  }

  /**
   * {@code Then-Governor}, {@code Gov.}, {@code Ms}: a word of a title or an honorific that the
   * tagger put inside a name (it does so with honorifics without a full stop: {@code Ms Ley}).
   */
  private boolean isLeadOrTitle(Token t) {
    String w = t.word();
    return w.matches("(?i)(then|ex|former)-\\p{L}+") || roles.gazetteer().expand(w).isPresent()
        || roles.gazetteer().isHonorific(w);
  }
}
