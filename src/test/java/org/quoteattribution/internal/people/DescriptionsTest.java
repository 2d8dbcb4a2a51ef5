package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quoteattribution.Person;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.text.Paragraphs;

/**
 * Descriptions read by their grammar, one sentence a case, rendered on one line:
 * {@code role @ affiliation}, and where a case asks for all of it
 * {@code role @ affiliation (qualifier) [party, state] {KIND}}. An empty side means none. Titles and
 * organisations here are made up or unlisted on purpose: no word list holds {@code moderator} or
 * {@code Hartwell Center}. Shares the models of {@link RoleFinderTest}.
 */
class DescriptionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // the cases: titles and organisations no list holds
        c("Greg Olsen, a senior economic analyst at Bankrate.com, said mortgage rates would climb.", "Greg Olsen", "senior economic analyst @ Bankrate.com"),
        c("Nora Patel, a real estate tax specialist and senior fellow at the Hartwell Center, said the rule was flawed.", "Nora Patel", "real estate tax specialist @ Hartwell Center"),
        c("Dana Reyes, the top spokeswoman for the Trump campaign, declined to comment.", "Dana Reyes", "top spokeswoman @ Trump campaign"),
        c("Paul Okafor, a spokesman for the U.N. secretary-general, said the convoy had been stopped.", "Paul Okafor", "spokesman @ U.N. secretary-general"),
        c("A spokesman for China's foreign ministry, Wang Lin, said Beijing was not consulted.", "Wang Lin", "spokesman @ China's foreign ministry"),
        c("Wang Lin, a spokesman for China's foreign ministry, said Beijing was not consulted.", "Wang Lin", "spokesman @ China's foreign ministry"),
        c("Chinese foreign ministry spokesman Wang Lin said Beijing was not consulted.", "Wang Lin", "spokesman @ Chinese foreign ministry"),
        c("Millikin assistant athletic director Tom Hardy said the game would go ahead.", "Tom Hardy", "assistant athletic director @ Millikin"),
        c("Adebayo Okon, Nigeria's Mines, Power and Steel Minister, said exports would rise.", "Adebayo Okon", "Mines, Power and Steel Minister @ Nigeria"),
        c("Dr. Helen Marsh, a marine biologist at the University of Queensland who led the research, said the reef was recovering.", "Helen Marsh", "marine biologist @ University of Queensland"),
        c("Opposition leader Carlos Vega said the budget would fail.", "Carlos Vega", "Opposition leader @ "),
        c("Tom Becker, who runs a bakery, said prices had doubled.", "Tom Becker", " @ "),
        // lower-case nouns before an organisation noun belong to the organisation's name
        c("The head of the UN refugee agency, Filippo Grandi, said the camps were full.", "Filippo Grandi", "head @ UN refugee agency"),
        // a title with a modifier joined by a hyphen is a title
        c("The University of Sydney's vice-chancellor, Mark Scott, said fees would rise.", "Mark Scott", "vice-chancellor @ University of Sydney"),
        // a possessor with "of" inside its name is the whole name
        c("The Bank of Nordland's chief economist, Hugo Pell, said inflation would fall.", "Hugo Pell", "chief economist @ Bank of Nordland"),
        c("The Business Council of Australia's chief executive, Dana Marsh, said investment was low.", "Dana Marsh", "chief executive @ Business Council of Australia"),
        // a one-word name the article gives no role may be no person: a description naming no one
        // ("The president said") is not read as theirs
        c("Anadolu quoted officials as saying the border was closed.\n\nThe president said the talks would go on.", "Anadolu", " @ "),
        // appositions on either side of the name
        c("Sara Lind, head of research at Nordea Markets, said the krona would weaken.", "Sara Lind", "head of research @ Nordea Markets"),
        c("Marta Kowalski, the deputy governor of Poland's central bank, said rates would stay on hold.", "Marta Kowalski", "deputy governor @ Poland's central bank"),
        c("The company's chief financial officer, Anne Liu, said margins improved.", "Anne Liu", "chief financial officer @ the company"),
        c("Joe Hart, the European Central Bank's chief economist, said growth was slowing.", "Joe Hart", "chief economist @ European Central Bank"),
        c("Rosa Diaz, 34, a nurse at Mercy Hospital, said the ward was full.", "Rosa Diaz", "nurse @ Mercy Hospital"),
        c("Chad Brown, an expert on trade at the Peterson Institute for International Economics, said exports would fall.", "Chad Brown", "expert @ Peterson Institute for International Economics"),
        c("Leah Moss, a senior associate for education organizing at the Annenberg Institute, said parents were worried.", "Leah Moss", "senior associate @ Annenberg Institute"),
        c("Quentin Hale, a political scientist at Christopher Newport University in Scott's district, said the race was close.", "Quentin Hale", "political scientist @ Christopher Newport University"),
        c("Tom Reyes, the top Democrat on the Oversight Committee, said the hearing was a sham.", "Tom Reyes", "top Democrat @ Oversight Committee"),
        c("Anna Brun, a spokeswoman for the EB-5 Investment Coalition, said the program worked.", "Anna Brun", "spokeswoman @ EB-5 Investment Coalition"),
        // relative clauses
        c("James Acre, a physicist who is co-director of the Nuclear Policy Program at the Carnegie Endowment, said the test failed.", "James Acre", "physicist @ Nuclear Policy Program"),
        c("Sam Hill, who heads the Transport Workers Union, said the strike would go on.", "Sam Hill", "head @ Transport Workers Union"),
        c("Mark Lee, who served as Asia director for the National Security Council, said the visit mattered.", "Mark Lee", "director @ National Security Council"),
        x("Jo Cole, a retired Belgian general who works on defence policy at the Egmont Foundation, said the borders had gone.", "Jo Cole", "general @ Egmont Foundation (retired) [, ] {ORGANIZATION}"),
        x("Jorge Silva, a former Brazilian finance minister who now lives in Lisbon, said the currency was overvalued.", "Jorge Silva", "finance minister @ Brazil (former) [, ] {COUNTRY}"),
        // title sequences before the name, with organisation, demonym or possessive
        c("Federal Reserve Chairman Martin Hale said inflation was easing.", "Martin Hale", "Chairman @ Federal Reserve"),
        c("Senate Majority Leader Mitch Banner said the vote would be held.", "Mitch Banner", "Majority Leader @ Senate"),
        c("Republican National Committee Research Director Raj Singh said the statements were scrutinized.", "Raj Singh", "Research Director @ Republican National Committee"),
        c("Ohio Democratic Party Chairman Dave Piper called the ruling a win.", "Dave Piper", "Chairman @ Ohio Democratic Party"),
        c("NBC News moderator Lara Quinn asked about taxes.", "Lara Quinn", "moderator @ NBC News"),
        c("Stein spokeswoman Mia Ford said the candidate was at the venue.", "Mia Ford", "spokeswoman @ Stein"),
        c("Hanwa Motors chief executive Lina Park said sales fell.", "Lina Park", "chief executive @ Hanwa Motors"),
        c("Bank of Japan Governor Hiro Tanaka said rates would stay low.", "Hiro Tanaka", "Governor @ Bank of Japan"),
        c("Iran's deputy foreign minister, Abbas Araghchi, said the deal was alive.", "Abbas Araghchi", "deputy foreign minister @ Iran"),
        c("The state's campaign chairman, Phil Lowe, said he had not seen the letter.", "Phil Lowe", "campaign chairman @ the state"),
        c("Ohio voters went to the polls. The state's campaign chairman, Phil Lowe, said turnout was high.", "Phil Lowe", "campaign chairman @ Ohio"),
        c("Inflation in Turkey rose again. The country's central bank governor, Murat Kaya, said rates would rise.", "Murat Kaya", "central bank governor @ Turkey"),
        c("Republicans met in Cleveland. The party's nominee, Mel Ross, stayed away.", "Mel Ross", "nominee @ Republican"),
        c("Republicans met in Cleveland. The party's 2012 nominee, Mel Ross, stayed away.", "Mel Ross", "nominee @ Republican"),
        c("In July 2015 President Ann Lowe paid a visit.", "Ann Lowe", "President @ "),
        c("Tulsa police Chief Dan Ward said the officer was on leave.", "Dan Ward", "Chief @ Tulsa police"),
        c("Police officer Betty Moss was placed on leave.", "Betty Moss", "Police officer @ "),
        c("Defense attorney Todd Blane called the case a sham.", "Todd Blane", "Defense attorney @ "),
        c("Det. Sgt. Ann Collier said the inquiry was continuing.", "Ann Collier", "Detective Sergeant @ "),
        c("Det Insp Ann Collier said the inquiry was continuing.", "Ann Collier", "Detective Inspector @ "),
        c("Labour MP Dina Abbot said the government had failed.", "Dina Abbot", "MP @ Labour"),
        c("Green MEP Ola Karsten said the vote was rigged.", "Ola Karsten", "MEP @ Green"),
        x("Senators Ann Cole, Republican of Iowa, and Ray Budd, Democrat of Vermont, wrote the bill.", "Ray Budd", "Senator @ Democratic () [Democratic, Vermont] {PARTY}"),
        c("The Lopez campaign hired a new team. Ben Ortiz, the campaign's press secretary, said polls were tightening.", "Ben Ortiz", "press secretary @ Lopez campaign"),
        // X of Y with no title; an organisation's person
        c("Ruth Kagan of the Brookings Institution said the data were clear.", "Ruth Kagan", " @ Brookings Institution"),
        c("Fox News' Lisa Grant asked the candidates about taxes.", "Lisa Grant", " @ Fox News"),
        // Y's spokeswoman, X: a person or an organisation
        x("Kate Olson, Obama's former campaign strategist, said the race was tight.", "Kate Olson", "campaign strategist @ Obama (former) [, ] {PERSON}"),
        x("Mike Dorn, a lawyer for the Smith family, said they would appeal.", "Mike Dorn", "lawyer @ Smith family () [, ] {ORGANIZATION}"),
        // party tags in every news style
        x("Sen. Laura Finch (R-Ariz.) said the bill would pass.", "Laura Finch", "Senator @ Republican () [Republican, Arizona] {PARTY}"),
        x("Laura Finch, R-Ariz., said the bill would pass.", "Laura Finch", " @ Republican () [Republican, Arizona] {PARTY}"),
        x("Rep. Sam Ortiz, D-Conn, said the vote was close.", "Sam Ortiz", "Representative @ Democratic () [Democratic, Connecticut] {PARTY}"),
        x("Ellen Ward, a Democrat from Missouri, said the program worked.", "Ellen Ward", " @ Democratic () [Democratic, Missouri] {PARTY}"),
        x("Sen. Mark Dunn, Republican of Iowa, said the farm bill was ready.", "Mark Dunn", "Senator @ Republican () [Republican, Iowa] {PARTY}"),
        x("Kevin Brady, the Republican chairman of the House Ways and Means Committee, said the bill was fair.", "Kevin Brady", "chairman @ House Ways and Means Committee () [Republican, ] {ORGANIZATION}"),
        x("Rep. Sam Ortiz, a Texas Republican, said the vote was close.", "Sam Ortiz", "Representative @ Republican () [Republican, Texas] {PARTY}"),
        x("Sen. Al Sand, a Vermont independent, said the plan was weak.", "Al Sand", "Senator @ independent () [independent, Vermont] {PARTY}"),
        x("Sen. Dana Finch said the bill was dead. The California Democrat said she would oppose it.", "Dana Finch", "Senator @ Democratic () [Democratic, California] {PARTY}"),
        // former, then-, retired: out of the role, not lost
        x("Former FBI director Tom Reeve said the inquiry was sound.", "Tom Reeve", "director @ FBI (former) [, ] {ORGANIZATION}"),
        x("Then-Governor Ray Tan signed the bill.", "Ray Tan", "Governor @  (then) [, ] {}"),
        x("Jorge Silva, a former Brazilian finance minister, said the currency was overvalued.", "Jorge Silva", "finance minister @ Brazil (former) [, ] {COUNTRY}"),
        x("Ed Walsh, Sr., a retired judge, said the ruling was wrong.", "Ed Walsh", "judge @  (retired) [, ] {}"),
        // a possessive pronoun in a description: its antecedent (gender where the article tells it)
        c("Governor Lena Holm summoned her press secretary, Ivo Brandt, to the office.", "Ivo Brandt", "press secretary @ Lena Holm"),
        c("Marcus Webb released a letter from his New York doctor, Ada Finch.", "Ada Finch", "doctor @ Marcus Webb"),
        c("Marcus Webb released a letter from his long-time doctor, the cardiologist Ada Finch.", "Ada Finch", "cardiologist @ Marcus Webb"),
        c("Ms. Ana Ruiz met Mr. Tom Hale, and her aide, Lu Chen, took notes.", "Lu Chen", "aide @ Ana Ruiz"),
        c("His lawyer, Sam Reed, declined to comment.", "Sam Reed", "lawyer @ "),
        // a definite description that is a clause's subject and names no one: whom it describes
        c("Ben Cole opened the hearing on Monday. The Ohio senator said the bill was dead.", "Ben Cole", "senator @ Ohio"),
        c("Connecticut's tax commissioner says no one leaked the file. Kevin Dunn says staff checked every request.", "Kevin Dunn", "tax commissioner @ Connecticut"),
        c("The head of Arlo Pictures called the show a hit. Sam Pike wrote that in an email.", "Sam Pike", "head @ Arlo Pictures"),
        c("The Texas attorney general is investigating the charity. But Attorney General Ken Moss declined to say more.", "Ken Moss", "Attorney General @ Texas"),
        c("The Republican nominee has won the group. Tom Reed said the poll was flawed.", "Tom Reed", " @ "),
        c("Ann Moss offered advice to Bob Lee on Friday, as the Democratic nominee looks to shore up support.", "Ann Moss", " @ "),
        c("Ann Moss offered advice to Bob Lee on Friday, as the Democratic nominee looks to shore up support.", "Bob Lee", "nominee @ Democratic"),
        c("Ray Diaz called on Dan Fox to apologize. \"That was wrong,\" Diaz's former campaign manager said.", "Ray Diaz", " @ "),
        c("Ray Diaz called on Dan Fox to apologize. \"That was wrong,\" the former senator's campaign manager said.", "Ray Diaz", " @ "),
        c("He lacked the record of Al Ward or Jo Kerr, who is now his chief of staff.", "Jo Kerr", "chief of staff @ "),
        // modifiers before whom the role serves
        c("Mike Flint, a top Dunmore surrogate, said the generals had failed.", "Mike Flint", "top surrogate @ Dunmore"),
        c("Ann Ruiz, a senior White House official, said the talks went well.", "Ann Ruiz", "senior official @ White House"),
        c("Rita Cole, the former governor and current Republican vice presidential nominee, said taxes would fall.", "Rita Cole", "governor @ Republican"),
        c("Nell Ames, Lopez's top IT staffer, set up the server.", "Nell Ames", "top IT staffer @ Lopez"),
        // the name as a subject: a copula or "served as" with whom they act for; "now" over the past
        c("Mr. Dale Kent served as director of the Budget Office and is now president of the Harlan Forum.", "Dale Kent", "president @ Harlan Forum"),
        c("Dale Kent, an economist who served as director of the Budget Office and is now president of the Harlan Forum, said the plan failed.", "Dale Kent", "economist @ Harlan Forum"),
        c("Dale Kent is a professor of law at Brandt University.", "Dale Kent", "professor of law @ Brandt University"),
        c("Dale Kent leads Ron Fisk by two points.", "Dale Kent", " @ "),
        c("Dale Kent spoke at Brandt University on Monday.", "Dale Kent", " @ "),
        c("Dr. Lin Park, who as a Navy captain was the White House physician, said the leg was fine.", "Lin Park", "physician @ White House"),
        c("Nabiullina, 53, has headed the Bank of Russia since 2013.", "Nabiullina", "head @ Bank of Russia"),
        // central banks and other "X of Y" organisations before a title
        c("Bank of England Governor Mark Carney said rates could rise.", "Mark Carney", "Governor @ Bank of England"),
        c("Department of Homeland Security spokesman Tom Dill declined to comment.", "Tom Dill", "spokesman @ Department of Homeland Security"),
        // writing for a publication
        c("\"The impact is small,\" wrote John Roe for Morning Consult.", "John Roe", " @ Morning Consult"),
        c("Writing for The Atlantic, Jane Doe argued the plan would fail.", "Jane Doe", " @ Atlantic"),
        c("Writing for a Chicago Tribune panel, Jane Doe argued the plan would fail.", "Jane Doe", " @ Chicago Tribune panel"),
        // a city and its state before a title
        c("Tulsa, Okla., police officer Betty Moss was charged on Thursday.", "Betty Moss", "police officer @ Tulsa police"),
        c("Flint, Mich., Mayor Karen Dale asked for help.", "Karen Dale", "Mayor @ Flint"),
        // one of several; a title as whom one serves: the person with that role
        c("President Ann Lowe spoke first. Ben Rhodes, one of the president's closest aides, recalled the meeting.", "Ben Rhodes", "aide @ Ann Lowe"),
        c("Rob Mak, one of several coal industry veterans, said the plan was sound.", "Rob Mak", "coal industry veteran @ "),
        // before the name, a role no list holds is the noun next to it
        c("The senators had several questions for FBI director Jim Cole on Monday.", "Jim Cole", "director @ FBI"),
        c("She gave her answer to moderator Lara Quinn at once.", "Lara Quinn", "moderator @ "),
        // a title right before the name is the person's own, not an aide's affiliation
        c("Jim Brady, who was press secretary to President Ronald Reagan, was shot in 1981.", "Ronald Reagan", "President @ "),
        c("Amanda Carpenter, a former aide to Sen. Ted Cruz, said the list was important.", "Ted Cruz", "Senator @ "),
        // an honorific is no organisation, and what stands before it describes the person
        c("The committee's chairman, Mr. Dalby, said the hearing would resume.", "Dalby", "chairman @ the committee"),
        // nothing, where what stands by the name is no description of it
        c("Ms. Varga was an adviser to Mr. Dalby.", "Dalby", " @ "),
        c("Dalby has been attacking the singer since Varga cited derogatory comments Dalby had made about her.", "Dalby", " @ "),
        c("The plan draws on a lecture Ms. Varga gave in 2015.", "Varga", " @ "),
        c("For Mr. Dalby, the Corvale agreement opened the door to other deals.", "Dalby", " @ "),
        c("He bases this claim on a remark Dalby made as a businessman.", "Dalby", " @ "),
        c("That all changed the night Varga won the county.", "Varga", " @ "),
        c("Critics wanted to hear of a specific decision Varga made in office.", "Varga", " @ "),
        c("The guests were Ann Lorrimer, Debby Butler, Jack Heathcote and Ralph Weaver.", "Ann Lorrimer", " @ "),
        c("The guests were Ann Lorrimer, Debby Butler, Jack Heathcote and Ralph Weaver.", "Jack Heathcote", " @ "),
        // but a verb after the name is not enough
        c("Republican contender Anton Dalby told a town hall the plan would fail.", "Anton Dalby", "contender @ Republican"),
        c("Former police officer and Navy veteran Pete Kane, 76, died last month.", "Pete Kane", "police officer @ Navy"),
        // employers from "works for" and "joined"
        c("Ann Tamm works for the World Bank in Washington.", "Ann Tamm", " @ World Bank"),
        c("Dr. Paul Wren joined Pfizer in 2009.", "Paul Wren", " @ Pfizer"),
        c("Paul Wren joined the protest in 2009.", "Paul Wren", " @ "),
        // wire copy: possessive pronouns for organisations, descriptions in the next sentence
        c("Vantor Holdings said its chairman, Piet Brandt, would retire.", "Piet Brandt", "chairman @ Vantor Holdings"),
        c("Ann Ruiz spoke at the Hartwell Institute on Monday. She left early. Nobody asked why. Rain fell all day. Prices rose.\n\nThe company's chief executive, Sam Nadler, said growth was strong.", "Sam Nadler", "chief executive @ the company"),
        c("Ms. Lagrange praised the deal. Her spokesman, Gerry Roe, said the fund was ready to help.", "Gerry Roe", "spokesman @ Lagrange"),
        c("Opposition leader Kemal Aydin said the vote was rigged. The CHP leader called for a recount.", "Kemal Aydin", "Opposition leader @ CHP"),
        c("The German finance minister said on Tuesday that Greece must reform. Wolf Schaller told reporters in Berlin that talks would continue.", "Wolf Schaller", "finance minister @ Germany"),
        c("Elena Mora, the Federal Reserve chairman, said inflation was the enemy. The Fed chairman added that rates would stay high.", "Elena Mora", "chairman @ Federal Reserve"),
        // a title of several words whose last word alone is none; a plural apposition for coordinated names
        c("Chief Justice Ada Holm spoke of the court's legacy.", "Ada Holm", "Chief Justice @ "),
        c("Prosecutors charged two Vermont developers, Ari Quon and Will Stamm, with fraud.", "Will Stamm", "developer @ Vermont"),
        c("Prosecutors charged two Vermont developers, Ari Quon and Will Stamm, with fraud.", "Ari Quon", "developer @ Vermont"),
        // ... and where it cannot be told, nothing
        c("Tom Hale still believes that the presumptive nominee is unfit.", "Tom Hale", " @ "),
        c("Tom Hale and Ray Cruz kept up their fight. The Texas senator said the polls were wrong.", "Tom Hale", " @ "),
        c("Tom Hale spoke on Monday. The next president will face a deficit.", "Tom Hale", " @ "),
        c("Dale Kent is a threat to Ohio's democracy.", "Dale Kent", " @ "),
        c("While not everything Dale Kent says is true, voters like him.", "Dale Kent", " @ "),
        c("Ann Bell, who will lead the opposition, said the vote was rigged.", "Ann Bell", " @ "),
        // organisations the tagger leaves untagged, and verbs of heading
        c("Carl Young, a founder of ZX9, said the fund was closed.", "Carl Young", "founder @ ZX9"),
        c("The RTV host Ed Moss said the show would go on.", "Ed Moss", "host @ RTV"),
        // acronyms and their expansions
        c("Bill Mays, an analyst with the International Monetary Fund (IMF), said debt was rising.", "Bill Mays", "analyst @ International Monetary Fund"),
        x("Maria Santos, a 52-year-old teacher from Denver, said the law was unfair.", "Maria Santos", "teacher @ Denver () [, ] {PLACE}"),
        c("Marcus Bell, an African-American chemist from Houston, Texas, said the spill was planned.", "Marcus Bell", "chemist @ Houston"),
        c("Marcus Bell, a rare Cuban-American outlier in the state, said the turmoil was planned.", "Marcus Bell", " @ "),
        c("Assemblywoman Dana Whitt defeated the party's choice.", "Dana Whitt", "Assemblywoman @ "),
        c("Former Arizona State Senator Dr. Kelly Warden called for an inquiry.", "Kelly Warden", "State Senator @ Arizona"),
        c("Former Arizona State Senator Kelly Warden called for an inquiry.", "Kelly Warden", "State Senator @ Arizona"),
        c("The race was dominated by progressive Democrat Zoe Tashman.", "Zoe Tashman", " @ Democratic"),
        c("The race was dominated by Democrat Zoe Tashman.", "Zoe Tashman", " @ Democratic"),
        c("The race was dominated by Republican Zoe Tashman.", "Zoe Tashman", " @ Republican"),
        c("The race was dominated by progressive Republican Zoe Tashman.", "Zoe Tashman", " @ Republican"),
        c("Critics called Dan Ruiz a Republican Zoe Tashman.", "Zoe Tashman", " @ "),
        c("Marcus Bell, a famous Mexican-American reporter, was thrown out.", "Marcus Bell", "famous reporter @ "),
        c("Marcus Bell, an older delegate from Houston, Texas, said the turmoil was planned.", "Marcus Bell", "delegate @ Houston"),
        c("Cory Lenz, Dale Kent's fired campaign manager, said the director had acted as judge.", "Cory Lenz", "campaign manager @ Dale Kent"),
        // a party tag with a relative clause after it: the tag's party and state, the clause's affiliation
        x("Representative Walt Brenner, the Illinois Democrat who heads the Ways and Means Committee, asserted today that the bill was dead.", "Walt Brenner", "Representative @ Ways and Means Committee () [Democratic, Illinois] {ORGANIZATION}"),
        x("Senator Ada Voss, the Kansas Republican who leads the minority, disagreed.", "Ada Voss", "Senator @ Republican () [Republican, Kansas] {PARTY}"),
        // parliaments elsewhere: the seat an MP holds is a place, the party before the title whom they act for
        c("Conservative MP for Dover, Nell Hart, warned that the crossings would continue.", "Nell Hart", "MP @ Conservative"),
        c("Nell Hart, the MP for Dover, warned that the crossings would continue.", "Nell Hart", "MP @ Dover"),
        c("The debate left out Libertarian candidate Gus Pell and Greens senator Mia Roe.", "Gus Pell", "candidate @ Libertarian"),
        c("The debate left out Libertarian candidate Gus Pell and Greens senator Mia Roe.", "Mia Roe", "senator @ Greens"),
        c("Nationals leader Dave Lyle said farmers were angry.", "Dave Lyle", "leader @ Nationals"),
        c("Conservative economist Ana Roy, who studies tax policy at the Hartwell Institute, said the plan was vague.", "Ana Roy", "economist @ Hartwell Institute"),
        // the side of a parliament is the role's, not an organisation
        c("Opposition Leader Tom Dale said the referendum would fail.", "Tom Dale", "Opposition Leader @ "),
        c("Shadow Chancellor Rita Vale said the plan was a gamble.", "Rita Vale", "Shadow Chancellor @ "),
        c("Opposition Congress party leader Ravi Menon said the bill was unconstitutional.", "Ravi Menon", "Opposition leader @ Congress party"),
        // offices of other countries: whole titles, portfolios, levels of government
        c("The Chancellor of the Exchequer, Jo Marsh, told MPs that borrowing would fall.", "Jo Marsh", "Chancellor of the Exchequer @ "),
        c("Taoiseach Liam Doyle said the border would stay open.", "Liam Doyle", "Taoiseach @ "),
        c("Tom Penn, the former Brexit minister, said the deal was flawed.", "Tom Penn", "Brexit minister @ "),
        c("The court ruled against Republican Secretary of State Jon Hale on Friday.", "Jon Hale", "Secretary of State @ Republican"),
        c("Federal Health Minister Greg Dunn said vaccines were on the way.", "Greg Dunn", "Health Minister @ "),
        c("Union Home Minister Ravi Shah told parliament the law would stay.", "Ravi Shah", "Home Minister @ "),
        c("The complaints came from the secretary of the Treasury, Jacob Lane, on Monday.", "Jacob Lane", "secretary @ Treasury"),
        c("Ed Dale, the Liberal Democrat leader, said the health service was in crisis.", "Ed Dale", "leader @ Liberal Democrat"),
        c("Conservative peer Lord Hale said the polls were wrong.", "Hale", "peer @ Conservative"),
        c("Penny Wu, the Foreign Affairs Minister, said the country would stand firm.", "Penny Wu", "Foreign Affairs Minister @ "),
        c("Geert Visser, leader of the far-right Freedom Party, said the money should stay at home.", "Geert Visser", "leader @ Freedom Party"),
        // NYT style: "of" a state or body, then the office
        c("Thomas Fenn of Washington, the majority leader, said the charges were baseless.", "Thomas Fenn", "majority leader @ Washington"),
        c("Holger Brandt of Berenberg, a German private bank, said growth would slow.", "Holger Brandt", " @ Berenberg"),
        c("Gov. Phil Barr of Mississippi, a Cruz supporter, said the race was open.", "Phil Barr", "Governor @ Mississippi"),
        x("State Senator Maria Orta, a Democrat from El Paso, said the map was unfair.", "Maria Orta", "State Senator @ Democratic () [Democratic, ] {PARTY}"),
        c("Justice Ana Khanna, heading a five-judge bench, said the scheme was unconstitutional.", "Ana Khanna", "Justice @ "),
        c("Nina Navas, a Justice Department spokeswoman, declined to comment.", "Nina Navas", "spokeswoman @ Justice Department"),
        c("Tom Reed, chairman of the residents' association, said locals were angry.", "Tom Reed", "chairman @ the residents' association"),
        c("Ukraine's commander-in-chief, Gen. Oleh Syrko, said the front was stable.", "Oleh Syrko", "General @ Ukraine"),
        x("Assemblyman Mel Miller, the Brooklyn Democrat who is Speaker of the Assembly, said the Legislature would wait.", "Mel Miller", "Assemblyman @ Assembly () [Democratic, ] {ORGANIZATION}"),
        x("Carl Bruff, a Sarasota Republican, argued that the department was not needed.", "Carl Bruff", " @ Republican () [Republican, ] {PARTY}"),
        c("Labour met in Liverpool on Sunday. The party's chief whip, Mark Spence, said MPs would back the bill.", "Mark Spence", "chief whip @ Labour"),
        c("The Packers beat Green Bay fans. The party's chief whip, Mark Spence, said MPs would back the bill.", "Mark Spence", "chief whip @ the party"),
        // "at the time" says when; a group's name after its description is the group
        c("\"The party has changed,\" wrote the American ambassador at the time, John Herb.", "John Herb", "ambassador @ United States"),
        c("Oliver Hedd, who appraises golf courses for the real estate brokerage firm Cushman & Wakefield, said the industry had recovered.", "Oliver Hedd", " @ Cushman & Wakefield"),
        c("Sara Warb, legal director of the gay rights group Human Rights Campaign, said the law was cruel.", "Sara Warb", "legal director @ Human Rights Campaign"),
        // a title-case list of portfolios holds no people or places
        c("The rally featured Trump and Texas Sen. Ted Crane on Monday.", "Ted Crane", "Senator @ Texas"),
        // a party and a state before the title, in either order
        x("Republican South Carolina Sen. Lyle Graves said the deal was weak.", "Lyle Graves", "Senator @ Republican () [Republican, South Carolina] {PARTY}"),
        x("The bill was backed by Idaho Republican Sen. Mike Crane on Monday.", "Mike Crane", "Senator @ Republican () [Republican, Idaho] {PARTY}"),
        c("Wyoming GOP chairman Matt Mickel said the convention was fair.", "Matt Mickel", "chairman @ Wyoming GOP"),
        // appositives set off by dashes or brackets: a determiner and a listed title only
        c("Maya Lind — the chief executive of Nordvik Energy — said the pipeline would close.", "Maya Lind", "chief executive @ Nordvik Energy"),
        c("Tomas Ruiz (a spokesman for the Chilean interior ministry) said the protests were illegal.", "Tomas Ruiz", "spokesman @ Chilean interior ministry"),
        c("Kissi Tomo (pronounced kiss-E-tow) said the vote mattered.", "Kissi Tomo", " @ "),
        // a title written with a capital as whom one serves: the person the article gives that title
        c("John Penn, the Governor of New Hampshire, said he would sign the bill. A spokesman for the Governor, Mike Fenn, said the timing was uncertain.", "Mike Fenn", "spokesman @ John Penn"));
  }

  /** Roles a verb gives ({@code who helmed X}: head): the evidence is the clause, not the role's word. */
  static Stream<Arguments> verbRoles() {
    return Stream.of(
        c("Dan Pike, who helmed the DNC from 1995 to 1997, said the party needed a plan.", "Dan Pike", "head @ DNC"),
        c("Carl Gohn, who runs both Renco and Nisaki, said the alliance was strong.", "Carl Gohn", "head @ Renco and Nisaki"),
        c("Sam Hill, who heads the Transport Workers Union, said the strike would go on.", "Sam Hill", "head @ Transport Workers Union"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource({"cases", "verbRoles"})
  void readsTheDescription(String text, String name, String expected, boolean all) {
    Doc doc = RoleFinderTest.NLP.annotate(text, Paragraphs.split(text), Paragraphs.split(text));
    List<Person> people = new PeopleFinder(RoleFinderTest.ROLES, WordLists.english()).find(doc).stream().map(p -> p.toPerson(List.of())).toList();
    Optional<Person> person = people.stream().filter(p -> p.name().equals(name)).findFirst();
    assertThat(person).as("people found: %s", people.stream().map(Person::name).toList()).isPresent();
    assertThat(render(person.get(), all)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("cases")
  void keepsTheSpansItReadAsEvidence(String text, String name, String expected, boolean all) {
    Doc doc = RoleFinderTest.NLP.annotate(text, Paragraphs.split(text), Paragraphs.split(text));
    Person p = new PeopleFinder(RoleFinderTest.ROLES, WordLists.english()).find(doc).stream().map(e -> e.toPerson(List.of()))
        .filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    String evidence = String.join(" ", p.evidence().stream().map(e -> e.text()).toList());
    p.role().ifPresent(r -> {
      String last = r.substring(r.lastIndexOf(' ') + 1);
      // the role's last word, or an abbreviation of it ("Sen." for Senator, "Sgt" for Sergeant)
      boolean abbreviated = Arrays.stream(evidence.split("\\s+"))
          .anyMatch(w -> RoleFinderTest.ROLES.gazetteer().expand(w).filter(last::equalsIgnoreCase).isPresent());
      if (!abbreviated) {
        assertThat(evidence).as("evidence %s", p.evidence()).containsIgnoringCase(last);
      }
    });
    assertThat(p.evidence()).allSatisfy(e -> assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text()));
    if (p.role().isEmpty() && p.affiliation().isEmpty() && p.party().isEmpty()) {
      assertThat(p.evidence()).isEmpty();
    }
  }

  static String render(Person p, boolean all) {
    String s = p.role().orElse("") + " @ " + p.affiliation().orElse("");
    if (!all) {
      return s;
    }
    return s + " (" + p.roleQualifier().orElse("") + ") [" + p.party().orElse("") + ", " + p.state().orElse("")
        + "] {" + p.affiliationKind().map(Enum::name).orElse("") + "}";
  }

  private static Arguments c(String text, String name, String expected) {
    return Arguments.of(text, name, expected, false);
  }

  private static Arguments x(String text, String name, String expected) {
    return Arguments.of(text, name, expected, true);
  }
}
