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
  void endsANameBeforeOfThatTheTaggerRanOn() {
    Doc doc = TestDocs.sentence("Ann Bell of Ohio said it was fine.",
        "Ann/ann/NNP/PERSON/2/compound", "Bell/bell/NNP/PERSON/5/nsubj", "of/of/IN/PERSON/4/case",
        "Ohio/ohio/NNP/PERSON/2/nmod", "said/say/VBD/O/0/root", "it/it/PRP/O/8/nsubj", "was/be/VBD/O/8/cop",
        "fine/fine/JJ/O/5/ccomp", "./././O/5/punct");
    assertThat(mentions(doc)).containsExactly("Ann Bell");
  }

  @Test
  void takesNoOneForATitleAddressedWithAnHonorific() {
    Doc doc = TestDocs.sentence("Thank you, Mr President, said Ann Bell.",
        "Thank/thank/VB/O/0/root", "you/you/PRP/O/1/obj", ",/,/,/O/1/punct", "Mr/mr/NNP/PERSON/5/compound",
        "President/president/NNP/PERSON/1/vocative", ",/,/,/O/1/punct", "said/say/VBD/O/1/parataxis",
        "Ann/ann/NNP/PERSON/9/compound", "Bell/bell/NNP/PERSON/7/nsubj", "./././O/1/punct");
    assertThat(mentions(doc)).containsExactly("Ann Bell");
  }

  @Test
  void takesAnUntaggedNameInAppositionAfterATitle() {
    Doc doc = TestDocs.sentence("The council's chief executive, Bran Black, said Mr Black was right.",
        "The/the/DT/O/2/det", "council/council/NN/O/5/nmod:poss", "'s/'s/POS/O/2/case",
        "chief/chief/JJ/O/5/amod", "executive/executive/NN/O/10/nsubj", ",/,/,/O/5/punct",
        "Bran/bran/NNP/ORGANIZATION/8/compound", "Black/black/NNP/ORGANIZATION/5/appos", ",/,/,/O/5/punct",
        "said/say/VBD/O/0/root", "Mr/mr/NNP/O/12/compound", "Black/black/NNP/O/14/nsubj", "was/be/VBD/O/14/cop",
        "right/right/JJ/O/10/ccomp", "./././O/10/punct");
    assertThat(mentions(doc)).containsExactly("Bran Black", "Black");
  }

  @Test
  void takesAnUntaggedNameInAppositionToATitleWithAnOfPhrase() {
    Doc doc = TestDocs.sentence("The principal of the school, Grace Field, said it would reopen.",
        "The/the/DT/O/2/det", "principal/principal/NN/O/10/nsubj", "of/of/IN/O/5/case", "the/the/DT/O/5/det",
        "school/school/NN/O/2/nmod", ",/,/,/O/2/punct", "Grace/grace/NNP/LOCATION/8/compound",
        "Field/field/NNP/LOCATION/2/appos", ",/,/,/O/2/punct", "said/say/VBD/O/0/root", "it/it/PRP/O/13/nsubj",
        "would/would/MD/O/13/aux", "reopen/reopen/VB/O/10/ccomp", "./././O/10/punct");
    assertThat(mentions(doc)).containsExactly("Grace Field");
  }

  @Test
  void takesAnUntaggedNameWithATitleInAppositionAfterIt() {
    Doc doc = TestDocs.sentence("Olive Stone, the company's chairman, said the offer was fair.",
        "Olive/olive/NNP/ORGANIZATION/2/compound", "Stone/stone/NNP/ORGANIZATION/9/nsubj", ",/,/,/O/2/punct",
        "the/the/DT/O/5/det", "company/company/NN/O/7/nmod:poss", "'s/'s/POS/O/5/case",
        "chairman/chairman/NN/O/2/appos", ",/,/,/O/2/punct", "said/say/VBD/O/0/root", "the/the/DT/O/11/det",
        "offer/offer/NN/O/13/nsubj", "was/be/VBD/O/13/cop", "fair/fair/JJ/O/9/ccomp", "./././O/9/punct");
    assertThat(mentions(doc)).containsExactly("Olive Stone");
  }

  @Test
  void takesUntaggedWordsForAFullNameWhereTheirLastIsWrittenAfterAnHonorific() {
    Doc doc = TestDocs.sentence("Mr. Obama called Naghmeh Abedini after Mrs. Abedini wrote to him.",
        "Mr./mr./NNP/O/2/compound", "Obama/obama/NNP/PERSON/3/nsubj", "called/call/VBD/O/0/root",
        "Naghmeh/naghmeh/NNP/O/5/compound", "Abedini/abedini/NNP/O/3/obj", "after/after/IN/O/9/mark",
        "Mrs./mrs./NNP/O/8/compound", "Abedini/abedini/NNP/PERSON/9/nsubj", "wrote/write/VBD/O/3/advcl",
        "to/to/IN/O/11/case", "him/he/PRP/O/9/obl", "./././O/3/punct");
    List<PersonEntity> people = FINDER.find(doc);
    assertThat(people).extracting(PersonEntity::name).containsExactly("Obama", "Naghmeh Abedini");
    assertThat(people.get(1).mentions()).extracting(Span::text).containsExactly("Naghmeh Abedini", "Abedini");
  }

  @Test
  void takesNoFullNameForUntaggedWordsAfterTo() {
    Doc doc = TestDocs.sentence("The Coalition to Stop Trump met Mr. Trump.",
        "The/the/DT/O/2/det", "Coalition/coalition/NNP/O/6/nsubj", "to/to/IN/O/5/case", "Stop/stop/NNP/O/5/compound",
        "Trump/trump/NNP/O/2/nmod", "met/meet/VBD/O/0/root", "Mr./mr./NNP/O/8/compound",
        "Trump/trump/NNP/PERSON/6/obj", "./././O/6/punct");
    assertThat(FINDER.find(doc)).extracting(PersonEntity::name).containsExactly("Trump");
  }

  @Test
  void takesNoNameForCapitalisedWordsWithATitleThatIsASubject() {
    Doc doc = TestDocs.sentence("At Pine Ridge Links, the candidate boasted of its greens.",
        "At/at/IN/O/4/case", "Pine/pine/NNP/O/4/compound", "Ridge/ridge/NNP/O/4/compound",
        "Links/links/NNP/O/8/obl", ",/,/,/O/4/punct", "the/the/DT/O/7/det", "candidate/candidate/NN/O/8/nsubj",
        "boasted/boast/VBD/O/0/root", "of/of/IN/O/11/case", "its/its/PRP$/O/11/nmod:poss",
        "greens/green/NNS/O/8/obl", "./././O/8/punct");
    assertThat(FINDER.find(doc)).isEmpty();
  }

  @Test
  void takesNoNameForCapitalisedWordsWithAnOrganisationInAppositionAfterThem() {
    Doc doc = TestDocs.sentence("The new owner, Pine Ridge, a private investment firm, said it would pay.",
        "The/the/DT/O/3/det", "new/new/JJ/O/3/amod", "owner/owner/NN/O/13/nsubj", ",/,/,/O/3/punct",
        "Pine/pine/NNP/ORGANIZATION/6/compound", "Ridge/ridge/NNP/ORGANIZATION/3/appos", ",/,/,/O/3/punct",
        "a/a/DT/O/11/det", "private/private/JJ/O/11/amod", "investment/investment/NN/O/11/compound",
        "firm/firm/NN/O/3/appos", ",/,/,/O/3/punct", "said/say/VBD/O/0/root", "it/it/PRP/O/16/nsubj",
        "would/would/MD/O/16/aux", "pay/pay/VB/O/13/ccomp", "./././O/13/punct");
    assertThat(FINDER.find(doc)).isEmpty();
  }

  @Test
  void takesNoNameForATitleAfterAnHonorific() {
    Doc doc = TestDocs.sentence("Thank you, Mr. President, for the plan.",
        "Thank/thank/VB/O/0/root", "you/you/PRP/O/1/obj", ",/,/,/O/5/punct", "Mr./mr./NNP/O/5/compound",
        "President/president/NNP/O/1/vocative", ",/,/,/O/5/punct", "for/for/IN/O/9/case", "the/the/DT/O/9/det",
        "plan/plan/NN/O/1/obl", "./././O/1/punct");
    assertThat(FINDER.find(doc)).isEmpty();
  }

  @Test
  void leavesOutAnHonorificTheTaggerPutInTheName() {
    Doc doc = TestDocs.sentence("Kerry Chant said Dr Chant was right.",
        "Kerry/kerry/NNP/PERSON/2/compound", "Chant/chant/NNP/PERSON/3/nsubj", "said/say/VBD/O/0/root",
        "Dr/dr/NNP/PERSON/5/compound", "Chant/chant/NNP/PERSON/7/nsubj", "was/be/VBD/O/7/cop",
        "right/right/JJ/O/3/ccomp", "./././O/3/punct");
    assertThat(mentions(doc)).containsExactly("Kerry Chant", "Chant");
  }

  @Test
  void leavesOutAnHonourOrAnIndianHonorificTheTaggerPutInTheName() {
    Doc doc = TestDocs.sentence("Dame Judi Harcourt thanked Shri Amit Varma.",
        "Dame/dame/NNP/PERSON/3/compound", "Judi/judi/NNP/PERSON/3/compound", "Harcourt/harcourt/NNP/PERSON/4/nsubj",
        "thanked/thank/VBD/O/0/root", "Shri/shri/NNP/PERSON/7/compound", "Amit/amit/NNP/PERSON/7/compound",
        "Varma/varma/NNP/PERSON/4/obj", "./././O/4/punct");
    assertThat(FINDER.find(doc)).extracting(PersonEntity::name).containsExactly("Judi Harcourt", "Amit Varma");
  }

  @Test
  void takesASurnameWithAParticleForTheFullName() {
    Doc doc = TestDocs.sentence("Ursula de Vries said De Vries and Mr al-Hashimi agreed with Abdullah al-Hashimi.",
        "Ursula/ursula/NNP/PERSON/3/compound", "de/de/NNP/PERSON/3/compound", "Vries/vries/NNP/PERSON/4/nsubj",
        "said/say/VBD/O/0/root", "De/de/NNP/PERSON/6/compound", "Vries/vries/NNP/PERSON/13/nsubj",
        "and/and/CC/O/11/cc", "Mr/mr/NNP/O/11/compound", "al/al/NNP/PERSON/11/compound", "-/-/HYPH/PERSON/11/punct",
        "Hashimi/hashimi/NNP/PERSON/6/conj", "agreed/agree/VBD/O/4/ccomp", "with/with/IN/O/18/case",
        "Abdullah/abdullah/NNP/PERSON/18/compound", "al/al/NNP/PERSON/18/compound", "-/-/HYPH/PERSON/18/punct",
        "Hashimi/hashimi/NNP/PERSON/13/obl", "./././O/4/punct");
    List<PersonEntity> people = FINDER.find(doc);
    assertThat(people).extracting(PersonEntity::name).containsExactly("Ursula de Vries", "Abdullah al-Hashimi");
    assertThat(people.get(0).mentions()).extracting(Span::text).containsExactly("Ursula de Vries", "De Vries");
  }

  @Test
  void takesTwoWordsThatEndAFullNameOfThreeForItsDoubleSurname() {
    Doc doc = TestDocs.sentence("Álvaro Uribe Vélez said Uribe Vélez would run.",
        "Álvaro/álvaro/NNP/PERSON/3/compound", "Uribe/uribe/NNP/PERSON/3/compound", "Vélez/vélez/NNP/PERSON/4/nsubj",
        "said/say/VBD/O/0/root", "Uribe/uribe/NNP/PERSON/6/compound", "Vélez/vélez/NNP/PERSON/8/nsubj",
        "would/would/MD/O/8/aux", "run/run/VB/O/4/ccomp", "./././O/4/punct");
    assertThat(mentions(doc)).containsExactly("Álvaro Uribe Vélez", "Uribe Vélez");
  }

  @Test
  void takesTwoWordsAfterAnHonorificForTheSurnameOfAFullerName() {
    Doc doc = TestDocs.sentence("Abigail Marshall Katung said Ms Marshall Katung would run.",
        "Abigail/abigail/NNP/PERSON/3/compound", "Marshall/marshall/NNP/PERSON/3/compound",
        "Katung/katung/NNP/PERSON/4/nsubj", "said/say/VBD/O/0/root", "Ms/ms/NNP/PERSON/7/compound",
        "Marshall/marshall/NNP/PERSON/7/compound", "Katung/katung/NNP/PERSON/9/nsubj", "would/would/MD/O/9/aux",
        "run/run/VB/O/4/ccomp", "./././O/4/punct");
    assertThat(mentions(doc)).containsExactly("Abigail Marshall Katung", "Marshall Katung");
  }

  @Test
  void takesAnHonorificsGenderToTellApartBearersOfAName() {
    Doc doc = TestDocs.sentence("Kim Jong Un said his sister, Kim Yo Jong, would meet Mr Kim's aides.",
        "Kim/kim/NNP/PERSON/3/compound", "Jong/jong/NNP/PERSON/3/compound", "Un/un/NNP/PERSON/4/nsubj",
        "said/say/VBD/O/0/root", "his/his/PRP$/O/6/nmod:poss", "sister/sister/NN/O/13/nsubj", ",/,/,/O/6/punct",
        "Kim/kim/NNP/PERSON/10/compound", "Yo/yo/NNP/PERSON/10/compound", "Jong/jong/NNP/PERSON/6/appos",
        ",/,/,/O/6/punct", "would/would/MD/O/13/aux", "meet/meet/VB/O/4/ccomp", "Mr/mr/NNP/O/15/compound",
        "Kim/kim/NNP/PERSON/17/nmod:poss", "'s/'s/POS/O/15/case", "aides/aide/NNS/O/13/obj", "./././O/4/punct");
    List<PersonEntity> people = FINDER.find(doc);
    assertThat(people).extracting(PersonEntity::name).containsExactly("Kim Jong Un", "Kim Yo Jong");
    assertThat(people.get(0).mentions()).extracting(Span::text).containsExactly("Kim Jong Un", "Kim");
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
