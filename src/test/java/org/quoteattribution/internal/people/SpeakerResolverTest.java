package org.quoteattribution.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Cue;
import org.quoteattribution.Span;
import org.quoteattribution.StatementType;
import org.quoteattribution.internal.lang.SourceWords;
import org.quoteattribution.internal.lang.WordLists;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.TestDocs;
import org.quoteattribution.internal.statements.Candidate;
import org.quoteattribution.internal.statements.Evidence;

/** {@link SpeakerResolver} on hand-parsed sentences, for parses the models give on other texts. */
class SpeakerResolverTest {

  private static final RoleFinder ROLES = new RoleFinder(WordLists.english());
  private static final SpeakerResolver RESOLVER = new SpeakerResolver(WordLists.english(),
      SourceWords.load(WordLists.english()), ROLES);

  @Test
  void takesTheNameNextToTheCueWhereTheParseMadeAnEarlierNameTheSubject() {
    String text = "To see the real Dred Pike, Judge Roberts said, one should go.";
    Doc doc = TestDocs.sentence(text, "To/to/TO/O/2/mark", "see/see/VB/O/0/root", "the/the/DT/O/6/det",
        "real/real/JJ/O/6/amod", "Dred/dred/NNP/O/6/compound", "Pike/pike/NNP/PERSON/10/nsubj", ",/,/,/O/6/punct",
        "Judge/judge/NNP/O/9/compound", "Roberts/roberts/NNP/PERSON/6/appos", "said/say/VBD/O/2/dep",
        ",/,/,/O/10/punct", "one/one/PRP/O/14/nsubj", "should/should/MD/O/14/aux", "go/go/VB/O/10/ccomp",
        "./././O/2/punct");
    Span source = Span.of(text, text.indexOf("real"), text.indexOf(" said"));
    Span content = Span.of(text, text.indexOf("one"), text.indexOf("go") + 2);
    Span cue = Span.of(text, text.indexOf("said"), text.indexOf("said") + 4);
    Candidate said = new Candidate(StatementType.INDIRECT, content, Optional.of(new Cue(cue, "say")),
        Optional.of(source), 5, new Evidence(Evidence.Finder.CUE_VERB, Optional.empty(), false, true, 0, 0, List.of()));
    List<PersonEntity> people = new PeopleFinder(ROLES, WordLists.english()).find(doc);
    List<Attributed> resolved = RESOLVER.resolve(doc, List.of(said), people);
    assertThat(resolved.get(0).speaker().map(PersonEntity::name)).contains("Roberts");
  }
}
