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

  private static final RoleFinder ROLES = new RoleFinder(WordLists.english());
  private static final PeopleFinder FINDER = new PeopleFinder(ROLES, WordLists.english());

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

  @Test
  void takesAMisspeltSurnameForTheOnlyPersonItIsOneLetterFrom() {
    Doc doc = TestDocs.sentence("Tyra McClenney said McLenney was right.",
        "Tyra/tyra/NNP/PERSON/2/compound", "McClenney/mcclenney/NNP/PERSON/3/nsubj", "said/say/VBD/O/0/root",
        "McLenney/mclenney/NNP/PERSON/6/nsubj", "was/be/VBD/O/6/cop", "right/right/JJ/O/3/ccomp", "./././O/3/punct");
    assertThat(mentions(doc)).containsExactly("Tyra McClenney", "McLenney");
  }

  @Test
  void tellsOneEditFromMore() {
    assertThat(PeopleFinder.oneEditApart("mcclenney", "mclenney")).isTrue();
    assertThat(PeopleFinder.oneEditApart("wimes", "wines")).isTrue();
    assertThat(PeopleFinder.oneEditApart("clinton", "clintons")).isTrue();
    assertThat(PeopleFinder.oneEditApart("mcclenney", "mclenny")).isFalse();
    assertThat(PeopleFinder.oneEditApart("jones", "jonas")).isTrue();
    assertThat(PeopleFinder.oneEditApart("smith", "smith")).isFalse();
    assertThat(PeopleFinder.oneEditApart("smith", "smyth")).isTrue();
    assertThat(PeopleFinder.oneEditApart("brown", "brawny")).isFalse();
  }

  private static List<String> mentions(Doc doc) {
    List<Person> people = FINDER.find(doc).stream().map(p -> p.toPerson(List.of())).toList();
    assertThat(people).hasSize(1);
    return people.get(0).mentions().stream().map(Span::text).toList();
  }
}
