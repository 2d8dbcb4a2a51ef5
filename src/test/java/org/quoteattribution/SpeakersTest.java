package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who each mention is, one short text a case: the speakers of its statements in text order
 * ({@code -} for none), then the genders the article gives its people ({@code Name=FEMALE}).
 */
class SpeakersTest {

  static Stream<Arguments> speakers() {
    return Stream.of(
        // pronouns agree in gender, learned from the article itself
        s("Ms. Alvarez met Mr. Brennan on Monday. She said the deal was done.", "Alvarez"),
        s("Mr. Brennan met Ms. Alvarez on Monday. He said the deal was done.", "Brennan"),
        s("Joan Pike, a mother of three, joined the protest. Tom Reyes, a farmer, came too. \"We are tired,\" she said.", "Joan Pike"),
        s("Ms. Okafor, a lawyer, met the mayor, Tom Hale. She said the contract was void.", "Okafor"),
        // a pronoun takes the person named before it in its own sentence over the last speaker
        s("\"We are ready,\" Tom Hale said. Ken Ortiz met Dana Voss later, after she said the plan had failed.",
            "Tom Hale", "Dana Voss"),
        s("\"The plan is sound,\" Tom Hale said. Senator Dana Voss scolded him: \"You are wrong,\" she said.",
            "Tom Hale", "Dana Voss"),
        // else the subject of the sentence before it, when the last speaker spoke further back
        s("\"We will win,\" Tom Hale said. Nothing changed for weeks. Ken Ortiz looked tired when he arrived at the hall. \"It is a mess,\" he told the host.",
            "Tom Hale", "Ken Ortiz"),
        s("Ana Ruiz said the schools needed money. Tom Hale stood up at the back of the hall. He said the schools had enough.",
            "Ana Ruiz", "Tom Hale"),
        // the agent of a passive is not what a pronoun after it refers to
        s("\"The budget is short,\" Tom Hale said. When pressed by Ana Ruiz about how to fix it, his answer was to say taxes would rise.",
            "Tom Hale", "Tom Hale"),
        // a she resolved to a person is the article's word for them: a he later is someone else
        s("\"We won,\" Pat Lane said. \"It was close,\" she said. Sam Cole met the press after Pat Lane left. \"They cheated,\" he said.",
            "Pat Lane", "Pat Lane", "Sam Cole"),
        // "call on X to …" parsed as a clause after the verb
        s("Ann Bell on Monday called on Ray Tan to apologize to the voters.", "Ann Bell"),
        // a possessive pronoun as the source
        s("Tom Hale spoke on Monday. His worldview is shaped by his long-standing ideas about the damage trade deals do.", "Tom Hale"),
        // people who share a surname are told apart
        s("Donald Trump Jr. spoke at the rally. \"It is rigged,\" Donald Trump Jr. said. Donald Trump arrived later. \"We will win,\" Donald Trump said.",
            "Donald Trump Jr.", "Donald Trump"),
        s("Ivanka Trump spoke at the rally. Ivanka said her father would win. Donald Trump arrived later. Trump said the polls were wrong.",
            "Ivanka Trump", "Donald Trump"),
        // nominal mentions resolve by role, also in another sentence than the description
        s("President Anna Berg met Defense Minister Olaf Lund on Tuesday. The president said the talks went well.", "Anna Berg"),
        s("Former Secretary of State John Kerry and Senator Mary Hall spoke. The former secretary of state said the plan had failed.", "John Kerry"),
        s("Senator Ruth Ames of Ohio criticised the plan on Monday. The senator said the bill would fail.", "Ruth Ames"),
        s("Peter Lang, a 34-year-old father of two, spoke to reporters. Ana Lang waited outside. The father of two said he was relieved.", "Peter Lang"),
        // a description no role matches: the speaker of the sentence before, if the article gives them a role
        s("Finance Minister Ana Ruiz said the deficit would narrow. Ruiz spoke in Delhi. Tom Lark, a spokesman for the foreign ministry, said the talks had ended. The official added that no date had been set.",
            "Ana Ruiz", "Tom Lark", "Tom Lark"),
        s("Senator Mitch Ross met Ann Bell on Tuesday. Bell spoke first. Senator Ray Dunn said on Monday that the bill was fair. The Wisconsin Republican said the vote would come soon.",
            "Ray Dunn", "Ray Dunn"),
        // a title no one's role matches is not someone who holds another title
        s("Finance Minister Ama Owusu said the measures were temporary.\n\nThe president said the election had been fair.",
            "Ama Owusu", "-"),
        // a demonym for a person: the speaker just before
        s("Chelsea manager Marco Ruiz said his side lacked belief. The Argentine added that the club would recover.",
            "Marco Ruiz", "Marco Ruiz"),
        // a plural description is a group, no one person
        s("Senator Ruth Ames met Senator Tom Cole. The two lawmakers said the bill was dead.", "-"),
        // a description in the headline or lede is the person the article goes on to name with that role
        s("A former party chairman says the convention should pick a new nominee.\n\n\"It is time,\" said Tom Pell, a former chairman of the party.",
            "Tom Pell", "Tom Pell"),
        // the source of a quote: a cue in the paragraph before, ending in a colon
        s("Tom Hale stood up at the meeting.\n\nHe said:\n\n\"We have a situation here that nobody wants.\"", "Tom Hale"),
        // a quote alone in its paragraph: the person the sentence before it is about
        s("\"We will win,\" Tom Hale said.\n\nKen Ortiz, his rival, took the stage next.\n\n\"The plan will fail.\"", "Tom Hale", "Ken Ortiz"),
        s("\"We will win,\" Tom Hale said.\n\n\"The plan will work.\"", "Tom Hale", "Tom Hale"),
        // a participle's source is the subject of the clause it hangs from, through reported clauses
        s("Ken Ortiz, a former party chairman, poked at the rules on Monday, tweeting, \"Notice the rules.\"", "Ken Ortiz"),
        s("Dana Voss told the audience that she thinks we must continue to fund programs that make up for old wrongs, saying that \"history still matters too much\" here.",
            "Dana Voss", "Dana Voss"),
        // a description that no one's role matches: the person the article is about so far, not the last speaker
        s("Maria Soto toured the state on Monday. Soto has led the party since 2010. Tom Reyes, an analyst, said the polls were close. The candidate said the race was hers.",
            "Tom Reyes", "Maria Soto"),
        // a possessive description is not its possessor
        s("Kate Olson, Obama's former campaign strategist, spoke on Monday. Obama's former campaign strategist said the race was tight.", "Kate Olson"),
        // I in an op-ed is its author; a relative who is its antecedent
        s("By Jane Marlow\nI have covered the city for ten years. I think the mayor is wrong.", "Jane Marlow"),
        s("I have covered the city for ten years. I think the mayor is wrong.\nJane Marlow is a columnist for the Daily Ledger.", "Jane Marlow"),
        // the author's I is no antecedent of a she that follows
        s("By Jane Marlow\nMy aunt, Rose Tilly, ran the farm for forty years. I think the mayor is wrong. \"He is a crook,\" she said.",
            "Jane Marlow", "Rose Tilly"),
        // a noun with a name in apposition is that person; a person's words ("his answer") are the person's
        s("The mayor's wife, Laura Pike, said the museum was a dream.", "Laura Pike"),
        s("Tom Pike took questions at the forum. His answer was to say the plan would work.", "Tom Pike"),
        // the passive "The plan was defended by Rita Gomez" is a statement of its own, her too
        s("The plan was defended by Rita Gomez, who said it would save money.", "Rita Gomez", "Rita Gomez"),
        // a name the tagger misses (words that are also names of things), in apposition to a title or
        // after an honorific, is a person; the he after it and Mr Black are that person
        s("Australia's Treasurer, Jim Chalmers, said the budget would return to deficit.\n\n"
            + "In a statement, the Business Council of Australia's chief executive, Bran Black, said investment "
            + "remained too low. The council would keep pressing for tax reform, he added.\n\n"
            + "Mr Black later wrote on X: \"Australia cannot afford to wait.\"",
            "Jim Chalmers", "Bran Black", "Bran Black", "Bran Black"),
        // an honorific without a full stop that the tagger put in the name; a surname with a particle
        s("The opposition leader, Sussan Ley, said the budget had failed. Ms Ley said the plan was a fantasy.",
            "Sussan Ley", "Sussan Ley"),
        s("The French finance minister, Bruno Le Maire, said the deficit would fall. Mr Le Maire said spending would be cut.",
            "Bruno Le Maire", "Bruno Le Maire"));
  }

  static Stream<Arguments> genders() {
    return Stream.of(
        g("Ms. Alvarez met Mr. Brennan on Monday.", "Alvarez=FEMALE", "Brennan=MALE"),
        g("Laura Finch told reporters she would vote no. Mark Dunn said the vote was close. She said the bill was flawed.",
            "Laura Finch=FEMALE", "Mark Dunn=UNKNOWN"),
        g("Lena Ortiz, a spokeswoman for the ministry, declined to comment.", "Lena Ortiz=FEMALE"),
        g("Maria Lopez said the weather had been fine all week.", "Maria Lopez=UNKNOWN"),
        // a gendered word before a name tells its gender only as a noun, not the verb "miss"
        g("Polls miss Dana Cole's slide in Iowa.", "Dana Cole=UNKNOWN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("speakers")
  void resolvesEachSourceToItsSpeaker(String text, List<String> expected) {
    Attribution a = Shared.ATTRIBUTOR.attribute(text);
    List<String> speakers = a.statements().stream()
        .map(st -> a.speakerOf(st).map(Person::name).orElse("-")).toList();
    assertThat(speakers).as("statements %s", Render.statements(a)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("genders")
  void exposesTheGenderTheArticleGives(String text, List<String> expected) {
    Attribution a = Shared.ATTRIBUTOR.attribute(text);
    for (String e : expected) {
      String name = e.substring(0, e.indexOf('='));
      Person p = a.people().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
      assertThat(name + "=" + p.gender()).isEqualTo(e);
    }
  }

  private static Arguments s(String text, String... speakers) {
    return Arguments.of(text, List.of(speakers));
  }

  private static Arguments g(String text, String... genders) {
    return Arguments.of(text, List.of(genders));
  }
}
