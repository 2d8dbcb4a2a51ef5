package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Person;
import org.quoteattribution.Span;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;

/** {@link PeopleFinder} on hand-parsed sentences: what it takes for a mention of a person. */
class PeopleFinderTest {

  private static final PeopleFinder FINDER = new PeopleFinder(RoleFinderTest.ROLES, WordLists.english());

  @Test
  void takesASurnameTheTaggerMissedForItsSoleBearer() {
    Doc doc = TestDocs.sentence("Mehmet Oz said Oz was tired.",
        "Mehmet/mehmet/NNP/PERSON/2/compound", "Oz/oz/NNP/PERSON/3/nsubj", "said/say/VBD/O/0/root",
        "Oz/oz/NNP/O/5/nsubj", "was/be/VBD/O/3/ccomp", "tired/tired/JJ/O/5/xcomp", "./././O/3/punct");
    assertThat(mentions(doc)).containsExactly("Mehmet Oz", "Oz");
  }

  @Test
  void leavesASurnameThatModifiesANoun() {
    Doc doc = TestDocs.sentence("Mehmet Oz said the Oz show was over.",
        "Mehmet/mehmet/NNP/PERSON/2/compound", "Oz/oz/NNP/PERSON/3/nsubj", "said/say/VBD/O/0/root",
        "the/the/DT/O/6/det", "Oz/oz/NNP/O/6/compound", "show/show/NN/O/8/nsubj", "was/be/VBD/O/3/ccomp",
        "over/over/RB/O/7/advmod", "./././O/3/punct");
    assertThat(mentions(doc)).containsExactly("Mehmet Oz");
  }

  private static List<String> mentions(Doc doc) {
    List<Person> people = FINDER.find(doc).stream().map(p -> p.toPerson(List.of())).toList();
    assertThat(people).hasSize(1);
    return people.get(0).mentions().stream().map(Span::text).toList();
  }
}
