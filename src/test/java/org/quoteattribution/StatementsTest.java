package org.quoteattribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One-line cases: each sentence is attributed and its statements rendered inline, the content in
 * {@code «…»}, the source in {@code […]}, the cue in {@code <…>}.
 */
class StatementsTest {

  private static Attribution assertStatements(String text, String... expected) {
    Attribution result = Shared.ATTRIBUTOR.attribute(text);
    assertThat(Render.statements(result)).as("statements of %s", text).containsExactly(expected);
    return result;
  }

  private static List<StatementType> types(Attribution result) {
    return result.statements().stream().map(Statement::type).toList();
  }

  private static String speakerName(Attribution result, Statement s) {
    return result.speakerOf(s).map(Person::name).orElse(null);
  }

  @Nested
  class Direct {

    @Test
    void quoteBeforePronounAndSaid() {
      Attribution a = assertStatements("“Prices will rise,” she said.", "“«Prices will rise,»” [she] <said>.");
      assertThat(types(a)).containsExactly(StatementType.DIRECT);
      assertThat(a.statements().get(0).sourceKind()).isEqualTo(SourceKind.PERSON);
      assertThat(a.statements().get(0).cue().orElseThrow().lemma()).isEqualTo("say");
    }

    @Test
    void quoteThenSourceWhoseRelativeClauseHasASpeechVerb() {
      // the parse makes "asked" the subject of "said"; the words before ", who" are the source
      String text = "“It is a disaster,” a senior official, who asked not to be named, said.";
      assertThat(Render.statements(Shared.ATTRIBUTOR.attribute(text)))
          .contains("“«It is a disaster,»” [a senior official], who asked not to be named, <said>.");
    }

    @Test
    void quoteBeforeSaidAndNamedSpeaker() {
      Attribution a = assertStatements("“We will not back down,” said Maria Lopez.",
          "“«We will not back down,»” <said> [Maria Lopez].");
      assertThat(types(a)).containsExactly(StatementType.DIRECT);
      assertThat(speakerName(a, a.statements().get(0))).isEqualTo("Maria Lopez");
    }

    @Test
    void namedSpeakerSaidColonThenQuote() {
      Attribution a = assertStatements("Karen Doyle said: “We will appeal the ruling.”",
          "[Karen Doyle] <said>: “«We will appeal the ruling.»”");
      assertThat(types(a)).containsExactly(StatementType.DIRECT);
      assertThat(speakerName(a, a.statements().get(0))).isEqualTo("Karen Doyle");
    }

    @Test
    void speakerSaidCommaThenQuote() {
      Attribution a = assertStatements("The governor said, “Nobody will be left behind.”",
          "[The governor] <said>, “«Nobody will be left behind.»”");
      assertThat(types(a)).containsExactly(StatementType.DIRECT);
    }

    @Test
    void quoteThenNameWithAppositiveRoleThenSaid() {
      Attribution a = assertStatements(
          "“The factory will reopen in March,” Tom Becker, the chief executive of Lindell Motors, said.",
          "“«The factory will reopen in March,»” [Tom Becker, the chief executive of Lindell Motors], <said>.");
      assertThat(types(a)).containsExactly(StatementType.DIRECT);
      Person becker = a.speakerOf(a.statements().get(0)).orElseThrow();
      assertThat(becker.name()).isEqualTo("Tom Becker");
      assertThat(becker.role()).contains("chief executive");
      assertThat(becker.affiliation()).contains("Lindell Motors");
    }

    @Test
    void splitQuoteIsOneStatementFromFirstToSecondPart() {
      Attribution a = assertStatements("“We lost the first round,” he said. “But the case is far from over.”",
          "“«We lost the first round,” [he] <said>. “But the case is far from over.»”");
      assertThat(types(a)).containsExactly(StatementType.DIRECT);
    }

    @Test
    void interruptedQuoteGivesItsFragmentsOneByOne() {
      Attribution a = assertStatements("“We were better,” Alves said. “Then we stopped.”",
          "“«We were better,” [Alves] <said>. “Then we stopped.»”");
      assertThat(a.statements().get(0).contentSpans()).extracting(Span::text)
          .containsExactly("We were better,", "Then we stopped.");
    }

    @Test
    void floatingQuoteParagraphGoesToThePreviousSpeaker() {
      String text = "“We have a plan,” said Lena Park, the city’s fire chief.\n\n“Crews will work through the night.”";
      Attribution a = assertStatements(text,
          "“«We have a plan,»” <said> [Lena Park, the city’s fire chief].\n\n“Crews will work through the night.”",
          "“We have a plan,” said [Lena Park, the city’s fire chief].\n\n“«Crews will work through the night.»”");
      assertThat(types(a)).containsExactly(StatementType.DIRECT, StatementType.DIRECT);
      assertThat(a.statements()).allSatisfy(s -> assertThat(speakerName(a, s)).isEqualTo("Lena Park"));
    }

    @Test
    void floatingQuoteAfterPronounStatementGoesToTheNamedPerson() {
      String text = "The coach, Daniel Hart, spoke after the match. “We played with heart,” he said.\n\n"
          + "“Next week we go again.”";
      Attribution a = Shared.ATTRIBUTOR.attribute(text);
      assertThat(Render.statements(a)).hasSize(2);
      assertThat(a.statements().get(1).content().text()).isEqualTo("Next week we go again.");
      assertThat(a.statements()).allSatisfy(s -> assertThat(speakerName(a, s)).isEqualTo("Daniel Hart"));
    }

    @Test
    void scareQuotesAreNotStatements() {
      assertStatements("Residents mocked the “temporary” bridge, which has stood for ten years.");
    }

    @Test
    void filmTitleInQuotesIsNotAStatement() {
      assertStatements("Critics praised the film “Silent River” at the festival.");
    }
  }

  @Nested
  class Indirect {

    @Test
    void cueWithThatClause() {
      Attribution a = assertStatements("The senator argued that the bill was unfair.",
          "[The senator] <argued> that «the bill was unfair».");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT);
    }

    @Test
    void participleCueTakesTheSubjectOfItsClause() {
      Attribution a = assertStatements(
          "The mayor visited the flooded district, noting that repairs were behind schedule.",
          "[The mayor] visited the flooded district, <noting> that «repairs were behind schedule».");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT);
    }

    @Test
    void aFrontedPassiveParticipleHasNoSourceButItsAgent() {
      // the minister was asked: the clause's subject answers, it did not ask
      assertStatements("Asked whether taxes would rise, the minister replied that they would not.",
          "<Asked> «whether taxes would rise», the minister replied that they would not.",
          "Asked whether taxes would rise, [the minister] <replied> that «they would not».");
      assertStatements("Asked by reporters about the strike, the minister said talks would resume.",
          "<Asked> by [reporters] about «the strike», the minister said talks would resume.",
          "Asked by reporters about the strike, [the minister] <said> «talks would resume».");
    }

    @Test
    void reportVerbWithNounContentAndAParticipleAreTwoStatements() {
      assertStatements("The company reported higher profits, adding that sales in Asia had doubled.",
          "[The company] <reported> «higher profits», adding that sales in Asia had doubled.",
          "[The company] reported higher profits, <adding> that «sales in Asia had doubled».");
    }

    @Test
    void negatedCueOfIntentionTheDetectorFindsLikely() {
      // the content keeps its "to", as PolNeAR's contents of "want" mostly do (the boundary model)
      assertStatements("The mayor did not want to raise taxes on small businesses.",
          "[The mayor] did not <want> «to raise taxes on small businesses».");
    }

    @Test
    void negatedAdjectiveOfBeliefWithAThatClause() {
      assertStatements("The union was not convinced that the offer would protect jobs.",
          "The union was not <convinced> that «the offer would protect jobs».");
    }

    @Test
    void lightVerbWithANounOfStance() {
      // the content is what the concern is about, as PolNeAR has it ("voiced concerns about | X")
      assertStatements("Parents have voiced concern about the new school schedule.",
          "[Parents] have <voiced> concern about «the new school schedule».");
    }

    @Test
    void declinedToCommentIsTheStatementOfDeclined() {
      // an infinitive speech verb with nothing of its own to say is its cue's content, as PolNeAR train has it
      assertStatements("The company's spokesman declined to comment.",
          "[The company's spokesman] <declined> «to comment».");
    }

    @Test
    void speechInfinitiveWithItsOwnClauseIsNotTheContentOfWanted() {
      assertStatements("The mayor wanted to say that the budget was balanced.",
          "[The mayor] wanted to <say> that «the budget was balanced».");
    }

    @Test
    void cueWithoutThat() {
      Attribution a = assertStatements("She said the talks had failed.", "[She] <said> «the talks had failed».");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT);
    }

    @Test
    void invertedOrderContentFirst() {
      Attribution a = assertStatements("The economy is slowing, the central bank said on Tuesday.",
          "«The economy is slowing», [the central bank] <said> on Tuesday.");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT);
      assertThat(a.statements().get(0).sourceKind()).isEqualTo(SourceKind.ORGANIZATION);
    }

    @Test
    void invertedOrderWithPersonSource() {
      assertStatements("The talks collapsed, the minister said.", "«The talks collapsed», [the minister] <said>.");
    }

    @Test
    void contentFirstAfterADatelineWithAnOrganisation() {
      Attribution a = assertStatements("BERGEN, Norway, June 2. The bridge will reopen to traffic on Monday, the city council said.",
          "BERGEN, Norway, June 2. «The bridge will reopen to traffic on Monday», [the city council] <said>.");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT);
    }

    @Test
    void contentFirstAfterADatelineWithAPerson() {
      assertStatements("LIMA, Peru, March 3. The talks will continue on Tuesday, Carlos Mendoza said.",
          "LIMA, Peru, March 3. «The talks will continue on Tuesday», [Carlos Mendoza] <said>.");
    }

    @Test
    void contentFirstAfterADatelineWithATimeTheParserHangsFromTheCue() {
      assertStatements("COPENHAGEN, Denmark, April 9. The rail service will resume on Thursday, the transport ministry said.",
          "COPENHAGEN, Denmark, April 9. «The rail service will resume on Thursday», [the transport ministry] <said>.");
    }

    @Test
    void contentFirstMidArticleWithATimeTheParserHangsFromTheCue() {
      assertStatements("Storms closed the roads. The bus service will restart on Monday, the city authority said.",
          "Storms closed the roads. «The bus service will restart on Monday», [the city authority] <said>.");
    }

    @Test
    void contentFirstMidArticleWithAnOrganisation() {
      assertStatements("Rain delayed the harvest. The mill will close for two weeks in August, the cooperative said.",
          "Rain delayed the harvest. «The mill will close for two weeks in August», [the cooperative] <said>.");
    }

    @Test
    void contentFirstMidArticleWithAPerson() {
      assertStatements("Classes were cancelled. The school will stay shut until Monday, Anna Kowalski said.",
          "Classes were cancelled. «The school will stay shut until Monday», [Anna Kowalski] <said>.");
    }

    @Test
    void cueWithTimeBeforeThatClause() {
      assertStatements("The central bank said on Tuesday that the economy was slowing.",
          "[The central bank] <said> on Tuesday that «the economy was slowing».");
    }

    @Test
    void nounPhraseContentOfEmphasized() {
      Attribution a = assertStatements("The minister emphasized the need for calm.",
          "[The minister] <emphasized> «the need for calm».");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT);
    }

    @Test
    void nounPhraseContentOfPointedTo() {
      Attribution a = assertStatements("The spokesman pointed to the rise in exports.",
          "[The spokesman] <pointed to> «the rise in exports».");
      assertThat(a.statements().get(0).cue().orElseThrow().lemma()).isEqualTo("point to");
    }

    @Test
    void accordingToBeforeTheContent() {
      Attribution a = assertStatements("According to the police, the driver was speeding.",
          "<According to> [the police], «the driver was speeding».");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT);
      assertThat(a.statements().get(0).cue().orElseThrow().lemma()).isEqualTo("according to");
    }

    @Test
    void accordingToAfterTheContent() {
      assertStatements("The driver was speeding, according to the police.",
          "«The driver was speeding», <according to> [the police].");
    }

    @Test
    void accordingToADocument() {
      Attribution a = assertStatements("According to a report by the ministry, unemployment fell in May.",
          "<According to> [a report by the ministry], «unemployment fell in May».");
      assertThat(a.statements().get(0).sourceKind()).isEqualTo(SourceKind.DOCUMENT);
    }

    @Test
    void toldReportersKeepsTheTellerAsSource() {
      Attribution a = assertStatements("Anna Weiss told reporters that the bridge would close.",
          "[Anna Weiss] <told> reporters that «the bridge would close».");
      assertThat(speakerName(a, a.statements().get(0))).isEqualTo("Anna Weiss");
    }

    @Test
    void toldReportersWithAppositiveAndTime() {
      Attribution a = assertStatements(
          "Anna Weiss, the mayor of Linz, told reporters on Friday that the bridge would close.",
          "[Anna Weiss, the mayor of Linz], <told> reporters on Friday that «the bridge would close».");
      Person weiss = a.speakerOf(a.statements().get(0)).orElseThrow();
      assertThat(weiss.role()).contains("mayor");
      assertThat(weiss.affiliation()).contains("Linz");
    }

    @Test
    void twoCuesInOneSentenceAreTwoStatements() {
      Attribution a = assertStatements("The union rejected the offer, saying it was too low.",
          "[The union] <rejected> «the offer», saying it was too low.",
          "[The union] rejected the offer, <saying> «it was too low».");
      assertThat(types(a)).containsExactly(StatementType.INDIRECT, StatementType.INDIRECT);
    }

    @Test
    void twoCuesWithWelcomedAndSaying() {
      assertStatements("She welcomed the decision, saying it was long overdue.",
          "[She] <welcomed> «the decision», saying it was long overdue.",
          "[She] welcomed the decision, <saying> «it was long overdue».");
    }

    @Test
    void negatedCueIsNotAStatement() {
      assertStatements("She did not say whether the plant would close.");
    }

    @Test
    void declinedToSayIsNotAStatement() {
      assertStatements("He declined to say when the talks would resume.");
    }
  }

  @Nested
  class CueBoundaries {

    @Test
    void quoteEndingItsSentenceStaysApartFromTheNextSentencesCue() {
      assertStatements("“We will win the final.” The coach added that the team was ready.",
          "“We will win the final.” [The coach] <added> that «the team was ready».");
    }

    @Test
    void verbOfAnExpectedEventIsNotTheCue() {
      assertStatements("She expects the company to announce job cuts.",
          "[She] <expects> «the company to announce job cuts».");
    }

    @Test
    void addingTakesTheReporterNotTheSubjectOfTheReportedClause() {
      assertStatements("She said the government had failed, adding that the budget was a mistake.",
          "[She] <said> «the government had failed», adding that the budget was a mistake.",
          "[She] said the government had failed, <adding> that «the budget was a mistake».");
    }
  }

  @Nested
  class Mixed {

    @Test
    void quotedFragmentInReportedSpeechIsOneMixedStatement() {
      Attribution a = assertStatements("She said the plan was “a disaster” for farmers.",
          "[She] <said> «the plan was “a disaster” for farmers».");
      assertThat(types(a)).containsExactly(StatementType.MIXED);
    }

    @Test
    void conjoinedCueOfTheSpeakerStaysOutOfTheContentAndStandsAlone() {
      Attribution a = assertStatements("The minister said the reform was “long overdue” and praised the unions.",
          "[The minister] <said> «the reform was “long overdue”» and praised the unions.",
          "[The minister] said the reform was “long overdue” and <praised> «the unions».");
      assertThat(types(a)).containsExactly(StatementType.MIXED, StatementType.INDIRECT);
    }
  }

  /**
   * Contents the cue or the attribution stands inside: the content covers both parts, and
   * {@code contentSpans} gives them without the cue, the source and their auxiliaries.
   */
  @Nested
  class Discontinuous {

    private List<String> fragments(Attribution a) {
      return a.statements().get(0).contentSpans().stream().map(Span::text).toList();
    }

    @Test
    void passiveCueTakesItsSubjectAndItsInfinitive() {
      Attribution a = assertStatements("The new bridge is expected to open in May.",
          "«The new bridge is <expected> to open in May».");
      assertThat(fragments(a)).containsExactly("The new bridge", "to open in May");
    }

    @Test
    void passiveCueTakesItsSubjectAndItsPrepositionalComplement() {
      Attribution a = assertStatements("The officer was accused of manslaughter.",
          "«The officer was <accused> of manslaughter».");
      assertThat(fragments(a)).containsExactly("The officer", "manslaughter");
    }

    @Test
    void passiveCueWithAComplementAndNoOtherCandidateTakesItsSubject() {
      assertStatements("The mayor was accused of hiding the losses.",
          "«The mayor was <accused> of hiding the losses».");
    }

    @Test
    void passiveCueWithAnAgentTakesItsSubjectAndTheAgentIsTheSource() {
      assertStatements("The mayor was criticized by his rivals for hiding the losses.",
          "«The mayor was <criticized> by [his rivals] for hiding the losses».");
    }

    @Test
    void passiveCueWithNothingAfterItSaysItsSubject() {
      assertStatements("The merger was first reported by the local paper.",
          "«The merger» was first <reported> by [the local paper].");
    }

    @Test
    void loneFrontedRelativePronounRunsOnOverItsClause() {
      assertStatements("The levy, which the mayor said was a mistake, will end.",
          "The levy, «which [the mayor] <said> was a mistake», will end.");
    }

    @Test
    void relativePronounBeforeTheCueIsPartOfTheContent() {
      Attribution a = assertStatements("The company sold what its founder called the best engine ever built.",
          "The company sold «what [its founder] <called> the best engine ever built».");
      assertThat(fragments(a)).containsExactly("what", "the best engine ever built");
    }

    @Test
    void raisingVerbTakesItsSubject() {
      Attribution a = assertStatements("The plan seems to work better than its critics feared.",
          "«The plan <seems> to work better than its critics feared».");
      assertThat(fragments(a)).containsExactly("The plan", "to work better than its critics feared");
    }

    @Test
    void objectAndItsForComplementAreOneContent() {
      assertStatements("She praised the firefighters for their courage during the blaze.",
          "[She] <praised> «the firefighters for their courage during the blaze».");
    }

    @Test
    void attributionBetweenSubjectAndPredicateStaysOutOfTheFragments() {
      Attribution a = assertStatements("The budget, the minister said on Monday, would be balanced by 2030.",
          "«The budget, [the minister] <said> on Monday, would be balanced by 2030».");
      assertThat(fragments(a)).containsExactly("The budget,", "would be balanced by 2030");
    }

    @Test
    void quoteContinuesPastAStatementInsideItsAttribution() {
      Attribution a = assertStatements(
          "“We will rebuild,” said Ana Ruiz, a planner who has long criticized the zoning rules. “It will take years.”",
          "“«We will rebuild,” <said> [Ana Ruiz, a planner who has long criticized the zoning rules]."
              + " “It will take years.»”");
      assertThat(fragments(a)).containsExactly("We will rebuild,", "It will take years.");
    }
  }

  @Nested
  class NotStatements {

    @Test
    void predicativeAdjectiveIsAState() {
      assertStatements("The coach looked tired when he arrived at the stadium.");
    }

    @Test
    void saidAsAnAdjective() {
      // PolNeAR annotates "approved X" as an attribution about half the time and "signed X" about a
      // third of the time (17 of 52 candidates of train), and the model may keep them; "said" is
      // never their cue
      for (String text : List.of("The parties signed the said agreement on Monday.",
          "Lawmakers approved the said agreement on Monday.")) {
        assertThat(Shared.ATTRIBUTOR.attribute(text).statements()).as(text)
            .noneMatch(s -> s.cue().map(c -> c.span().text().equals("said")).orElse(false));
      }
    }

    @Test
    void pointsToADirection() {
      assertStatements("The road points to the east.");
    }

    @Test
    void headlineWithoutCue() {
      assertStatements("Storm Leaves Thousands Without Power");
    }

    @Test
    void negatedCommentIsNotAStatement() {
      assertStatements("The minister did not comment on the report.");
    }
  }

  @Nested
  class NewspaperConventions {

    @Test
    void sourceWithADescriptionBetweenQuoteAndCue() {
      assertStatements("“The vote was rigged,” Jane Doe, a writer for The Atlantic, said on Twitter.",
          "“«The vote was rigged,»” [Jane Doe, a writer for The Atlantic], <said> on Twitter.");
    }

    @Test
    void quoteSignedWithADash() {
      assertStatements("“Nobody listens to us any more.” ― Maria Santos",
          "“«Nobody listens to us any more.»” <―> [Maria Santos]");
    }

    @Test
    void colonHeadlineNamesItsSource() {
      assertStatements("Graham: The party is losing its way.",
          "[Graham]<:> «The party is losing its way».");
    }

    @Test
    void colonHeadlineWithAQuoteIsDirect() {
      Attribution a = assertStatements("Fiorina: ‘The plan is fair game.’\n\nShe spoke in Iowa.",
          "[Fiorina]<:> ‘«The plan is fair game».’\n\nShe spoke in Iowa.");
      assertThat(types(a)).containsExactly(StatementType.DIRECT);
    }

    @Test
    void transcriptQuotedWholeKeepsItsSpeakers() {
      assertStatements("\"KING: The talks are over.\n\nMORALES: We will see about that.\"",
          "\"[KING]<:> «The talks are over».\n\nMORALES: We will see about that.\"",
          "\"KING: The talks are over.\n\n[MORALES]<:> «We will see about that».\"");
    }

    @Test
    void phrasalCueTakesItsObjectAsContent() {
      assertStatements("The mayor called for an independent inquiry into the shooting.",
          "[The mayor] <called for> «an independent inquiry into the shooting».");
    }

    @Test
    void callWithASmallClauseTakesIt() {
      assertStatements("The senator called him reckless.", "[The senator] <called> «him reckless».");
    }

    @Test
    void describedAsTakesTheObjectAndItsDescription() {
      assertStatements("The minister described the agreement as a turning point.",
          "[The minister] <described> «the agreement as a turning point».");
    }

    @Test
    void soCalledIsAScareQuoteNotACue() {
      assertStatements("Opponents dismissed the so-called “peace plan” as a stunt.");
    }
  }
}
