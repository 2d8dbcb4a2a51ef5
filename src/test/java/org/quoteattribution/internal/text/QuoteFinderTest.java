package org.quoteattribution.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each case reads as text: the expected string is the input with {@code [ ]} around the content
 * of every closed quote and <code>{ }</code> around the content of every unclosed one.
 */
class QuoteFinderTest {

  private static final Path SEED = Path.of("seeds/000_ce2ed4b107f1b5db.txt");
  private static final String OPENERS = "\"“„«‹‘'‚”»›";
  private static final String CLOSERS = "\"”“»›’'‘«‹";

  @Test
  void findsDoubleQuotesOfEveryConvention() {
    assertQuotes("He said “Yes.” Then left.", "He said “[Yes.]” Then left.");
    assertQuotes("He said \"Yes.\" Then left.", "He said \"[Yes.]\" Then left.");
    assertQuotes("Il a dit « Oui » puis est parti.", "Il a dit « [Oui] » puis est parti.");
    assertQuotes("Il a dit «Oui» puis est parti.", "Il a dit «[Oui]» puis est parti.");
    assertQuotes("Il a dit «\u00A0Oui\u202F» puis.", "Il a dit «\u00A0[Oui]\u202F» puis.");
    assertQuotes("Er sagte „Ja“ und ging.", "Er sagte „[Ja]“ und ging.");
    assertQuotes("Er sagte „Ja” und ging.", "Er sagte „[Ja]” und ging.");
    assertQuotes("Il dit ‹Oui› puis.", "Il dit ‹[Oui]› puis.");
    assertQuotes("Er sagte »Ja« und ›nein‹.", "Er sagte »[Ja]« und ›[nein]‹.");
    assertQuotes("Han sa ”Hej” och gick.", "Han sa ”[Hej]” och gick.");
    assertQuotes("“A,” he said, “B.”", "“[A,]” he said, “[B.]”");
    assertQuotes("\"A,\" he said, \"B.\"", "\"[A,]\" he said, \"[B.]\"");
    assertQuotes("He said: “  spaced  ” twice.", "He said: “  [spaced]  ” twice.");
    assertQuotes("“Yes.”Then he left.", "“[Yes.]”Then he left.");
  }

  @Test
  void findsSingleQuotesThatDelimitAQuote() {
    assertQuotes("Trump says 'we will win' in Ohio", "Trump says '[we will win]' in Ohio");
    assertQuotes("Trump says ‘we will win’ in Ohio", "Trump says ‘[we will win]’ in Ohio");
    assertQuotes("'We will win': Trump in Ohio", "'[We will win]': Trump in Ohio");
    assertQuotes("Fans of 'the Beatles' gathered", "Fans of '[the Beatles]' gathered");
    assertQuotes("(‘maybe’) he said", "(‘[maybe]’) he said");
    assertQuotes("'Save the whales' she said. 'Yes' he said.",
        "'[Save the whales]' she said. '[Yes]' he said.");
  }

  @Test
  void nestsQuotesInsideQuotes() {
    assertQuotes("“He told me ‘never again,’ ” she said",
        "“[He told me ‘[never again,]’] ” she said");
    assertQuotes("‘He said “no”,’ she said", "‘[He said “[no]”,]’ she said");
    assertQuotes("\"He said 'go away' to me,\" she said",
        "\"[He said '[go away]' to me,]\" she said");
    assertQuotes("\"He said 'go \"now\"' to me\"", "\"[He said '[go \"[now]\"]' to me]\"");
    assertQuotes("„Er sagte ‚nein‘ und ging“, sagte sie.",
        "„[Er sagte ‚[nein]‘ und ging]“, sagte sie.");
    assertQuotes("« Il a dit ‹ non › hier »", "« [Il a dit ‹ [non] › hier] »");
    assertQuotes("»Er sagte ›nein‹ und ging«", "»[Er sagte ›[nein]‹ und ging]«");
  }

  @Test
  void neverTakesAnApostropheForAQuote() {
    assertQuotes("Tehran’s respect for Azerbaijan’s integrity", "Tehran’s respect for Azerbaijan’s integrity");
    assertQuotes("the two nations’ ties", "the two nations’ ties");
    assertQuotes("the Joneses' house", "the Joneses' house");
    assertQuotes("music of the '90s and ’90s and ‘90s", "music of the '90s and ’90s and ‘90s");
    assertQuotes("the class of '68 met", "the class of '68 met");
    assertQuotes("rock 'n' roll and rock ’n’ roll", "rock 'n' roll and rock ’n’ roll");
    assertQuotes("O'Brien don't, isn’t, y’all", "O'Brien don't, isn’t, y’all");
    assertQuotes("let 'em go 'til dawn, 'cause 'tis late", "let 'em go 'til dawn, 'cause 'tis late");
    assertQuotes("the 1990's boom", "the 1990's boom");
    assertQuotes("He is 6'2\" tall and said \"hi\" to me.", "He is 6'2\" tall and said \"[hi]\" to me.");
  }

  @Test
  void keepsApostrophesInsideQuotes() {
    assertQuotes("'I don't know,' she said", "'[I don't know,]' she said");
    assertQuotes("‘Rock ’n’ roll is dead,’ he said", "‘[Rock ’n’ roll is dead,]’ he said");
    assertQuotes("'The '90s were great,' he said", "'[The '90s were great,]' he said");
    assertQuotes("‘The nations’ ties are strong,’ he said.", "‘[The nations’ ties are strong,]’ he said.");
    assertQuotes("Trump says 'nations' ties are strong'", "Trump says '[nations' ties are strong]'");
    assertQuotes("“Tehran’s nations’ ties,” he said", "“[Tehran’s nations’ ties,]” he said");
  }

  @Test
  void continuesAnUnclosedQuoteIntoAReopenedParagraph() {
    assertQuotes("“First part.\n\n“Second part,” he said.", "“[First part.\n\n“Second part,]” he said.");
    assertQuotes("\"First.\n\n\"Second,\" he said.", "\"[First.\n\n\"Second,]\" he said.");
    assertQuotes("“One.\n\n“Two.\n\n“Three,” he said.", "“[One.\n\n“Two.\n\n“Three,]” he said.");
    assertQuotes("‘First.\n\n‘Second,’ he said.", "‘[First.\n\n‘Second,]’ he said.");
    assertQuotes("« Premier.\n\n« Second », dit-il.", "« [Premier.\n\n« Second] », dit-il.");
    assertQuotes("“First.\r\n\r\n“Second,” he said.", "“[First.\r\n\r\n“Second,]” he said.");
    assertQuotes("“Inner ‘one.\n\n“Two,” he said.", "“[Inner ‘{one.}\n\n“Two,]” he said.");
  }

  @Test
  void continuesAnUnclosedQuoteIntoAParagraphThatClosesIt() {
    assertQuotes("\"The visit.\n\nPezeshkian’s nations’ ties,\" he said.",
        "\"[The visit.\n\nPezeshkian’s nations’ ties,]\" he said.");
    assertQuotes("“First.\n\nSecond ‘inner’ part,” he said.", "“[First.\n\nSecond ‘[inner]’ part,]” he said.");
    assertQuotes("„Erstens.\n\nZweitens“, sagte er.", "„[Erstens.\n\nZweitens]“, sagte er.");
    assertQuotes("Open “\n\nClose ” here.", "Open “\n\n[Close] ” here.");
    assertQuotes("\"A.\n\nB.\n\nC,\" he said.", "\"[A.\n\nB.\n\nC,]\" he said.");
    assertQuotes("“A.\n\nB.\n\nC.\n\nD,” he said.", "“[A.\n\nB.\n\nC.\n\nD,]” he said.");
    assertQuotes("“A.\n\nB.\n\nC.\n\nD.\n\nE,” he said.", "“{A.}\n\nB.\n\nC.\n\nD.\n\nE,” he said.");
    assertQuotes("“A.\n\nB.\n\n“C,” he said.", "“{A.}\n\nB.\n\n“[C,]” he said.");
  }

  @Test
  void treatsLinesAsParagraphsOnlyWhenTheTextHasNoBlankLine() {
    assertQuotes("“First part.\n“Second part,” he said.", "“[First part.\n“Second part,]” he said.");
    assertQuotes("He paused “ and left.\nShe said “yes”.", "He paused “ {and left.}\nShe said “[yes]”.");
    assertQuotes("“Wrapped\nline,” he said.\n\nNext.", "“[Wrapped\nline,]” he said.\n\nNext.");
  }

  @Test
  void recoversAnUnbalancedMarkWithinItsParagraph() {
    assertQuotes("He paused “ and left.\n\nShe said “yes” twice.\n\nThen “no” again.",
        "He paused “ {and left.}\n\nShe said “[yes]” twice.\n\nThen “[no]” again.");
    assertQuotes("“Stray.\n\nNo marks here.\n\nHe said “ok”.",
        "“{Stray.}\n\nNo marks here.\n\nHe said “[ok]”.");
    assertQuotes("He said \"yes\" and \"no.\n\nLater \"maybe\" came.",
        "He said \"[yes]\" and \"{no.}\n\nLater \"[maybe]\" came.");
    assertQuotes("He left.” Then “hi” came.", "He left.” Then “[hi]” came.");
    assertQuotes("He left.» Then «hi» came.", "He left.» Then «[hi]» came.");
    assertQuotes("“He said ‘yes, then left,” she said.", "“[He said ‘{yes, then left,}]” she said.");
    assertQuotes("He said “never closed   \n", "He said “{never closed}   \n");
    assertQuotes("“Outer ‘inner\n\nNext “q”.", "“{Outer ‘{inner}}\n\nNext “[q]”.");
    assertQuotes("It said 'no.\n\nThen 'yes' came.", "It said '{no.}\n\nThen '[yes]' came.");
    assertQuotes("“", "“{}");
  }

  @Test
  void survivesOddInput() {
    assertQuotes("", "");
    assertQuotes("  \n\n \t \r\n ", "  \n\n \t \r\n ");
    assertQuotes("He said \"\" and “”.", "He said \"[]\" and “[]”.");
    assertQuotes("\"\"\"\"", "\"[]\"\"[]\"");
    assertQuotes("“““”””", "“[“[“[]”]”]”");
    assertQuotes("x””” y’’’ z»»› w", "x””” y’’’ z»»› w");
    assertQuotes("'''", "'''");
    assertQuotes("He said “😀 great 👍🏽” and 😀’s ‘😀’ too.", "He said “[😀 great 👍🏽]” and 😀’s ‘[😀]’ too.");
    assertQuotes("<p class=\"x\">He said “hi”</p>", "<p class=\"x\">He said “[hi]”</p>");
    assertQuotes("<a href=\"https://x.org/a'b\">It's “ok”</a>", "<a href=\"https://x.org/a'b\">It's “[ok]”</a>");
    assertQuotes("if a < b and c=\"d\" then", "if a < b and c=\"[d]\" then");
    assertQuotes("\u2029“Para”\u2028sep", "\u2029“[Para]”\u2028sep");
  }

  @Test
  void returnsExactOffsetsForAMultiParagraphQuote() {
    String a = "“First part.\n\n“Second part,” he said.";
    assertThat(QuoteFinder.find(a)).containsExactly(
        new Quote(0, a.indexOf('”') + 1, 1, a.indexOf('”'), true, 0));
    String b = "x \"The visit.\n\nIt’s done,\" he said.";
    assertThat(QuoteFinder.find(b)).containsExactly(
        new Quote(2, b.lastIndexOf('"') + 1, 3, b.lastIndexOf('"'), true, 0));
    String nested = "“He told me ‘never again,’ ” she said";
    int inner = nested.indexOf('‘');
    int innerClose = nested.indexOf('’');
    int outerClose = nested.indexOf('”');
    assertThat(QuoteFinder.find(nested)).containsExactly(
        new Quote(0, outerClose + 1, 1, innerClose + 1, true, 0),
        new Quote(inner, innerClose + 1, inner + 1, innerClose, true, 1));
  }

  @Test
  void findsTheTwoQuotesOfTheSeedArticle() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    List<Quote> quotes = QuoteFinder.find(text);
    assertInvariants(text, quotes);

    assertThat(quotes).hasSize(2).allSatisfy(q -> {
      assertThat(q.closed()).isTrue();
      assertThat(q.depth()).isZero();
    });
    String first = text.substring(quotes.get(0).begin(), quotes.get(0).end());
    assertThat(first).startsWith("“By leveraging our shared").endsWith("for both peoples,”");
    String second = text.substring(quotes.get(1).begin(), quotes.get(1).end());
    assertThat(second).startsWith("\"The historic visit").endsWith("their nations’ ties,\"")
        .contains("in recent years.\n\nPresident Pezeshkian’s acceptance");
    assertThat(quotes).extracting(q -> text.substring(q.contentBegin(), q.contentEnd()))
        .allSatisfy(content -> assertThat(content).doesNotStartWith("\"").doesNotEndWith("\""))
        .satisfiesExactly(
            c -> assertThat(c).startsWith("By leveraging").endsWith("for both peoples,"),
            c -> assertThat(c).startsWith("The historic visit").endsWith("nations’ ties,"));
    assertThat(quotes).noneMatch(q -> "’'".indexOf(text.charAt(q.begin())) >= 0
        || "’'".indexOf(text.charAt(q.end() - 1)) >= 0);
    assertThat(List.of("Tehran’s", "Azerbaijan’s", "countries’", "nations’ ties,\"")).allSatisfy(
        word -> assertThat(text).contains(word));
  }

  @Test
  void handlesAMegabyteOfText() throws IOException {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    int copies = 1_000_000 / seed.length() + 1;
    String article = (seed.strip() + "\n\n").repeat(copies);
    List<Quote> found = QuoteFinder.find(article);
    assertInvariants(article, found);
    assertThat(found).hasSize(2 * copies);

    String unit = "He said “Tehran’s ‘90s’ view,” and 'rock 'n' roll' \"x\" s' “\n\n";
    String dense = unit.repeat(1_000_000 / unit.length());
    List<Quote> quotes = QuoteFinder.find(dense);
    assertInvariants(dense, quotes);
    assertThat(quotes).hasSize(4 * (dense.length() / unit.length()));
  }

  @Test
  void staysLinearOnPathologicalMarks() {
    String marks = "“".repeat(100_000) + "\"'s' ".repeat(20_000) + "”".repeat(50_000);
    assertInvariants(marks, QuoteFinder.find(marks));
    String possessives = "'a" + " s' b".repeat(50_000);
    assertThat(QuoteFinder.find(possessives)).hasSize(1);
    String lines = "a “b\n".repeat(50_000);
    assertThat(QuoteFinder.find(lines)).hasSize(50_000).noneMatch(Quote::closed);
  }

  @Test
  void keepsItsInvariantsOnRandomText() {
    String alphabet = "\"\"“”„«»‹›''‘’‚ab s9n.,<>=\n\n\r\t\u00A0😀\uD800-\uDC00";
    int[] letters = alphabet.codePoints().toArray();
    Random random = new Random(42);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        sb.appendCodePoint(letters[random.nextInt(letters.length)]);
      }
      String text = sb.toString();
      assertInvariants(text, QuoteFinder.find(text));
    }
  }

  @Test
  void rejectsNullText() {
    assertThatNullPointerException().isThrownBy(() -> QuoteFinder.find(null))
        .withMessage("text must not be null");
  }

  @Test
  void rejectsInconsistentQuoteOffsets() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Quote(-1, 2, 0, 1, true, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Quote(0, 4, 3, 2, true, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Quote(0, 2, 1, 3, true, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Quote(0, 2, 1, 1, true, -1));
    assertThat(new Quote(0, 2, 1, 1, true, 0).contentBegin()).isEqualTo(1);
  }

  private static void assertQuotes(String text, String expected) {
    List<Quote> quotes = QuoteFinder.find(text);
    assertInvariants(text, quotes);
    assertThat(render(text, quotes)).as("quotes in %s", text).isEqualTo(expected);
  }

  /** The text with [ ] around closed and { } around unclosed quote content. */
  private static String render(String text, List<Quote> quotes) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k <= text.length(); k++) {
      int at = k;
      quotes.stream().filter(q -> q.contentEnd() == at && q.contentBegin() < at)
          .sorted(Comparator.comparingInt(Quote::depth).reversed())
          .forEach(q -> sb.append(q.closed() ? ']' : '}'));
      quotes.stream().filter(q -> q.contentBegin() == at)
          .sorted(Comparator.comparingInt(Quote::depth))
          .forEach(q -> {
            sb.append(q.closed() ? '[' : '{');
            if (q.contentEnd() == at) {
              sb.append(q.closed() ? ']' : '}');
            }
          });
      if (k < text.length()) {
        sb.append(text.charAt(k));
      }
    }
    return sb.toString();
  }

  /** Sorted, properly nested, marks where they should be, depth = number of enclosing quotes. */
  private static void assertInvariants(String text, List<Quote> quotes) {
    Deque<Quote> enclosing = new ArrayDeque<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      while (!enclosing.isEmpty() && enclosing.peek().end() <= q.begin()) {
        enclosing.pop();
      }
      int markEnd = q.closed() ? q.end() - 1 : q.end();
      boolean ok = (i == 0 || quotes.get(i - 1).begin() < q.begin())
          && q.end() <= text.length()
          && OPENERS.indexOf(text.charAt(q.begin())) >= 0
          && isBlank(text, q.begin() + 1, q.contentBegin())
          && markEnd >= q.contentEnd() && isBlank(text, q.contentEnd(), markEnd)
          && (!q.closed() || CLOSERS.indexOf(text.charAt(q.end() - 1)) >= 0)
          && (q.contentBegin() == q.contentEnd()
              || !isBlank(text, q.contentBegin(), q.contentBegin() + 1)
                  && !isBlank(text, q.contentEnd() - 1, q.contentEnd()))
          && (enclosing.isEmpty() || q.end() <= enclosing.peek().end())
          && q.depth() == enclosing.size();
      if (!ok) {
        String around =
            text.substring(Math.max(0, q.begin() - 40), Math.min(text.length(), q.end() + 40));
        assertThat(q).as("well-formed, nested in %s, in %s", enclosing.peek(), around).isNull();
      }
      enclosing.push(q);
    }
  }

  private static boolean isBlank(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
