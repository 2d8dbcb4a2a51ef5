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
    Doc doc = TestDocs.sentence("Ravi Lund said Lund was tired.",
        "Ravi/ravi/NNP/PERSON/2/compound", "Lund/lund/NNP/PERSON/3/nsubj", "said/say/VBD/O/0/root",
        "Lund/lund/NNP/O/5/nsubj", "was/be/VBD/O/3/ccomp", "tired/tired/JJ/O/5/xcomp", "./././O/3/punct");
    assertThat(mentions(doc)).containsExactly("Ravi Lund", "Lund");
  }

  @Test
  void leavesASurnameThatModifiesANoun() {
    Doc doc = TestDocs.sentence("Ravi Lund said the Lund show was over.",
        "Ravi/ravi/NNP/PERSON/2/compound", "Lund/lund/NNP/PERSON/3/nsubj", "said/say/VBD/O/0/root",
        "the/the/DT/O/6/det", "Lund/lund/NNP/O/6/compound", "show/show/NN/O/8/nsubj", "was/be/VBD/O/3/ccomp",
        "over/over/RB/O/7/advmod", "./././O/3/punct");
    assertThat(mentions(doc)).containsExactly("Ravi Lund");
  }

  @Test
  void takesAMisspeltSurnameForTheOnlyPersonItIsOneLetterFrom() {
    Doc doc = TestDocs.sentence("Nora Kowalczyk said Kowalcyk was right.",
        "Nora/nora/NNP/PERSON/2/compound", "Kowalczyk/kowalczyk/NNP/PERSON/3/nsubj", "said/say/VBD/O/0/root",
        "Kowalcyk/kowalcyk/NNP/PERSON/6/nsubj", "was/be/VBD/O/6/cop", "right/right/JJ/O/3/ccomp", "./././O/3/punct");
    assertThat(mentions(doc)).containsExactly("Nora Kowalczyk", "Kowalcyk");
  }

  @Test
  void tellsOneEditFromMore() {
    assertThat(PeopleFinder.oneEditApart("kowalczyk", "kowalcyk")).isTrue();
    assertThat(PeopleFinder.oneEditApart("wimes", "wines")).isTrue();
    assertThat(PeopleFinder.oneEditApart("clinton", "clintons")).isTrue();
    assertThat(PeopleFinder.oneEditApart("kowalczyk", "kowalcik")).isFalse();
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
