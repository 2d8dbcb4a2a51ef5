package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quoteattribution.Person;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.Nlp;
import org.quoteattribution.internal.text.Paragraphs;

/**
 * Roles and affiliations through the real pipeline, one news-style sentence a case. An empty
 * string stands for "no role" or "no affiliation". Comparisons ignore case.
 */
class RoleFinderTest {

  static final Nlp NLP = new Nlp();
  static final RoleFinder ROLES = new RoleFinder(WordLists.english());

  static Stream<Arguments> cases() {
    return Stream.of(
        // titles before the name, with demonym, country or organisation
        c("French President Emmanuel Macron said on Tuesday that talks would resume.", "Emmanuel Macron", "President", "France"),
        c("Russia’s President Vladimir Putin told reporters the sanctions had failed.", "Vladimir Putin", "President", "Russia"),
        c("Iranian Foreign Minister Mohammad Javad Zarif said the sanctions were illegal.", "Mohammad Javad Zarif", "Foreign Minister", "Iran"),
        c("British Prime Minister Theresa May told parliament the deal was the best available.", "Theresa May", "Prime Minister", "Britain"),
        c("German Chancellor Angela Merkel said Europe must act together.", "Angela Merkel", "Chancellor", "Germany"),
        c("Chinese President Xi Jinping called for calm in the region.", "Xi Jinping", "President", "China"),
        c("Israeli Prime Minister Benjamin Netanyahu rejected the plan on Sunday.", "Benjamin Netanyahu", "Prime Minister", "Israel"),
        c("U.S. Secretary of State Mike Pompeo arrived in Seoul on Wednesday.", "Mike Pompeo", "Secretary of State", "United States"),
        c("Secretary of State Rex Tillerson said the talks were productive.", "Rex Tillerson", "Secretary of State", ""),
        c("White House press secretary Sarah Sanders told reporters the president was not worried.", "Sarah Sanders", "press secretary", "White House"),
        c("Google CEO Sundar Pichai announced the plan at a conference.", "Sundar Pichai", "CEO", "Google"),
        c("Foreign Minister Wang Yi said the proposal was unacceptable.", "Wang Yi", "Foreign Minister", ""),
        c("Gov. Andrew Cuomo said the state would sue.", "Andrew Cuomo", "Governor", ""),
        c("Former Secretary of State Hillary Clinton said the deal was a good one.", "Hillary Clinton", "Secretary of State", ""),
        c("Chief of Staff John Kelly said the memo was accurate.", "John Kelly", "Chief of Staff", ""),
        c("United Nations Secretary-General Antonio Guterres urged restraint on both sides.", "Antonio Guterres", "Secretary-General", "United Nations"),
        c("Republican vice presidential nominee Gov. Mike Pence said the tweet was a joke.", "Mike Pence", "Governor", ""),
        // coordination carries a shared affiliation
        c("Russian President Vladimir Putin and Foreign Minister Sergei Lavrov met the delegation on Monday.", "Sergei Lavrov", "Foreign Minister", "Russia"),
        c("Russian President Vladimir Putin and Foreign Minister Sergei Lavrov met the delegation on Monday.", "Vladimir Putin", "President", "Russia"),
        // party tags
        c("Sen. Ben Sasse (R-Neb.) said the bill was a mistake.", "Ben Sasse", "Senator", "Republican"),
        c("Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus, said the vote was unfair.", "G.K. Butterfield", "Representative", "Congressional Black Caucus"),
        c("Lindsey Graham, a Republican senator from South Carolina, said the nominee was qualified.", "Lindsey Graham", "senator", "Republican"),
        // appositives after the name
        c("John Smith, a spokesman for the ministry, said no decision had been made.", "John Smith", "spokesman", "the ministry"),
        c("The Foreign Ministry issued a statement. Maria Zakharova, a spokeswoman for the ministry, said Moscow would respond.", "Maria Zakharova", "spokeswoman", "Foreign Ministry"),
        c("Jane Doe, an analyst at CLSA, said the shares were overvalued.", "Jane Doe", "analyst", "CLSA"),
        c("Kweisi Mfume, head of the Congressional Black Caucus, said the vote was unfair.", "Kweisi Mfume", "head", "Congressional Black Caucus"),
        c("Jeff Bewkes, the chief executive of Time Warner, said the merger would close next year.", "Jeff Bewkes", "chief executive", "Time Warner"),
        c("Heather Nauert, a spokeswoman for the State Department, said the talks were productive.", "Heather Nauert", "spokeswoman", "State Department"),
        c("Jan Hatzius, an economist at Goldman Sachs, said growth would slow.", "Jan Hatzius", "economist", "Goldman Sachs"),
        c("Laurence Tribe, a professor of law at Harvard University, said the order was unconstitutional.", "Laurence Tribe", "professor of law", "Harvard University"),
        c("Mark Zuckerberg, Facebook's chief executive, said the company had made mistakes.", "Mark Zuckerberg", "chief executive", "Facebook"),
        c("Sarah Huckabee Sanders, the White House press secretary, said the president had full confidence in him.", "Sarah Huckabee Sanders", "press secretary", "White House"),
        c("Mitch McConnell, the Senate majority leader, said the vote would happen this week.", "Mitch McConnell", "majority leader", "Senate"),
        c("Robert Mueller, the former FBI director, declined to comment.", "Robert Mueller", "director", "FBI"),
        c("Kellyanne Conway, a senior adviser to the president, defended the decision.", "Kellyanne Conway", "senior adviser", ""),
        c("Nikki Haley, the U.S. ambassador to the United Nations, said the vote was a mistake.", "Nikki Haley", "ambassador", "United States"),
        c("Jens Stoltenberg, NATO's secretary general, said allies would respond.", "Jens Stoltenberg", "secretary general", "NATO"),
        c("Lloyd Blankfein, 62, chief executive of Goldman Sachs, said the bank was prepared.", "Lloyd Blankfein", "chief executive", "Goldman Sachs"),
        c("Jay Carney, a former White House press secretary, said the strategy was sound.", "Jay Carney", "press secretary", "White House"),
        c("Michael Cohen, President Trump's former lawyer, said he had lied to Congress.", "Michael Cohen", "lawyer", "Trump"),
        // relative clauses and of/at after the name
        c("The Environmental Protection Agency will act. Scott Pruitt, who heads the agency, said the rule would be repealed.", "Scott Pruitt", "head", "Environmental Protection Agency"),
        c("Mary Barra, who is the chief executive of General Motors, said the plant would close.", "Mary Barra", "chief executive", "General Motors"),
        c("John Smith of the Brookings Institution said the policy had failed.", "John Smith", "", "Brookings Institution"),
        // appositives and possessives before the name
        c("Germany's foreign minister, Heiko Maas, said the deal was dead.", "Heiko Maas", "foreign minister", "Germany"),
        c("Google's chief executive, Sundar Pichai, said the company would invest more.", "Sundar Pichai", "chief executive", "Google"),
        c("Apple Inc. reported record profits. The company's chief executive, Tim Cook, said sales were strong.", "Tim Cook", "chief executive", "Apple Inc."),
        c("The Pentagon's press secretary, John Kirby, said no troops were involved.", "John Kirby", "press secretary", "Pentagon"),
        c("Ukraine's deputy prime minister and minister of digital transformation, Mykhailo Fedorov, said drones had been delivered.", "Mykhailo Fedorov", "deputy prime minister", "Ukraine"),
        // nothing to find
        c("Maria Lopez said the weather had been fine all week.", "Maria Lopez", "", ""));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("cases")
  void findsRoleAndAffiliation(String text, String name, String role, String affiliation) {
    Doc doc = NLP.annotate(text, Paragraphs.split(text), Paragraphs.split(text));
    List<Person> people = new PeopleFinder(ROLES, WordLists.english()).find(doc).stream().map(p -> p.toPerson(List.of())).toList();
    Optional<Person> person = people.stream().filter(p -> p.name().equals(name)).findFirst();
    assertThat(person).as("people found: %s", people.stream().map(Person::name).toList()).isPresent();
    assertThat(lower(person.get().role())).as("role").isEqualTo(role.toLowerCase(Locale.ROOT));
    assertThat(lower(person.get().affiliation())).as("affiliation").isEqualTo(affiliation.toLowerCase(Locale.ROOT));
  }

  private static String lower(Optional<String> s) {
    return s.orElse("").toLowerCase(Locale.ROOT);
  }

  private static Arguments c(String text, String name, String role, String affiliation) {
    return Arguments.of(text, name, role, affiliation);
  }
}
