package org.quoteattribution.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quoteattribution.Span;
import org.quoteattribution.internal.nlp.Doc;
import org.quoteattribution.internal.nlp.DocCache;
import org.quoteattribution.internal.nlp.Token;
import org.quoteattribution.internal.statements.Candidate;
import org.quoteattribution.internal.statements.CueDetector;
import org.quoteattribution.internal.statements.StatementModel;
import org.quoteattribution.internal.statements.StatementTrainer;
import org.quoteattribution.internal.statements.TrainedScorer;

/**
 * Error analysis of the statement stages on a corpus with cached annotations: one row per gold
 * statement (its cue's head word, part of speech and relation, how its content hangs from the
 * cue, whether a candidate and a kept statement match it) and one per kept candidate that matches
 * no gold statement. Tab-separated, for a quick look with a script:
 *
 * <pre>mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.quoteattribution.internal.CueErrors \
 *   -Dbench.args="../shared/eval/polnear-dev.jsonl --cache /work/cache/dev --out /tmp/errors.tsv"</pre>
 *
 * Not part of the library jar.
 */
public final class CueErrors {

  private CueErrors() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path cache = null;
    Path out = null;
    int limit = Integer.MAX_VALUE;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--cache" -> cache = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    TrainStatementModel.Corpus c = new TrainStatementModel.Corpus(Optional.of(cache), true);
    Engine engine = c.engine();
    CueDetector detector = CueDetector.load(c.lexicon);
    TrainedScorer scorer = TrainedScorer.load(c.lexicon, detector);
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("row\tarticle\ttype\tcueText\tlemma\tpos\trel\tgovLemma\tcontentRel\tcontentHeadPos\tcueToContent"
          + "\tcandidate\tcandidateSameCue\tkept\tfinder\tcandCueLemma\tcontentText\tcandFinder\tcandProb\tcandKept\tcueP\tmCueP\tmCueOk");
      int n = 0;
      for (String line = in.readLine(); line != null && n < limit; line = in.readLine(), n++) {
        Path file = cache.resolve(n + ".doc.gz");
        if (line.isBlank() || !Files.exists(file)) {
          continue;
        }
        JsonNode article = json.readTree(line);
        String text = article.get("text").asText();
        Doc doc = DocCache.read(file);
        List<Candidate> candidates = engine.candidates(doc);
        List<OptionalDouble> scores = scorer.scoreAll(candidates, doc);
        double[] cueP = detector.probabilities(doc);
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
          if (scores.get(i).isPresent()) {
            kept.add(candidates.get(i));
          }
        }
        List<int[]> gold = new ArrayList<>();
        List<int[]> cues = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode s : article.get("statements")) {
          JsonNode content = s.get("content");
          if (content == null || content.isNull()) {
            continue;
          }
          gold.add(new int[] {utf16(text, content.get("begin").asInt()), utf16(text, content.get("end").asInt())});
          JsonNode cue = s.get("cue");
          cues.add(cue == null || cue.isNull() ? null
              : new int[] {utf16(text, cue.get("begin").asInt()), utf16(text, cue.get("end").asInt())});
          types.add(s.path("type").asText("indirect"));
        }
        List<Span> keptContents = kept.stream().map(Candidate::content).toList();
        boolean[] keptRight = StatementTrainer.label(text, keptContents, gold);
        int[] keptFor = keptMatch(text, keptContents, gold);
        for (int g = 0; g < gold.size(); g++) {
          int[] content = gold.get(g);
          int[] cue = cues.get(g);
          int cueHead = cue == null ? -1 : head(doc, cue[0], cue[1]);
          int contentHead = head(doc, content[0], content[1]);
          Token t = cueHead >= 0 ? doc.token(cueHead) : null;
          Token ch = contentHead >= 0 ? doc.token(contentHead) : null;
          boolean anyCandidate = false;
          boolean sameCue = false;
          String candLemma = "-";
          Candidate best = null;
          for (Candidate f : candidates) {
            if (matches(text, f.content(), content)) {
              anyCandidate = true;
              if (best == null || overlap(f.content(), content) > overlap(best.content(), content)) {
                best = f;
              }
            }
            if (cue != null && f.cue().isPresent() && f.cue().get().span().begin() < cue[1]
                && cue[0] < f.cue().get().span().end()) {
              sameCue = true;
              candLemma = f.cue().get().lemma();
            }
          }
          Candidate matched = keptFor[g] >= 0 ? kept.get(keptFor[g]) : null;
          w.println(String.join("\t", "gold", Integer.toString(n), types.get(g),
              cue == null ? "-" : clean(text.substring(cue[0], cue[1])),
              t == null ? "-" : t.lemma(), t == null ? "-" : t.pos(), t == null ? "-" : t.rel(),
              t == null || t.head() < 0 ? "-" : doc.token(t.head()).lemma(),
              ch == null ? "-" : ch.rel(), ch == null ? "-" : ch.pos(),
              relation(doc, cueHead, contentHead, content),
              Boolean.toString(anyCandidate), Boolean.toString(sameCue), Boolean.toString(matched != null),
              matched == null ? "-" : matched.evidence().finder().name(), candLemma,
              clean(text.substring(content[0], Math.min(content[1], content[0] + 80))),
              best == null ? "-" : best.evidence().finder().name() + ":" + best.cue().map(q -> q.lemma()).orElse("-"),
              best == null ? "-" : String.format(Locale.ROOT, "%.3f", scorer.score(best, doc)),
              Boolean.toString(best != null && kept.contains(best)),
              cueHead < 0 ? "-" : String.format(Locale.ROOT, "%.3f", cueP[cueHead]),
              matched == null || matched.cue().isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f",
                  cueP[Math.min(doc.tokenAtOrAfter(matched.cue().get().span().begin()), doc.tokens().size() - 1)]),
              Boolean.toString(matched != null && cue != null && matched.cue().isPresent()
                  && matched.cue().get().span().begin() < cue[1] && cue[0] < matched.cue().get().span().end())));
        }
        for (int k = 0; k < kept.size(); k++) {
          if (keptRight[k]) {
            continue;
          }
          Candidate f = kept.get(k);
          Token t = f.cue().map(q -> doc.token(Math.min(doc.tokenAtOrAfter(q.span().begin()), doc.tokens().size() - 1)))
              .orElse(null);
          boolean goldCueThere = false;
          for (int[] cue : cues) {
            if (cue != null && f.cue().isPresent() && f.cue().get().span().begin() < cue[1]
                && cue[0] < f.cue().get().span().end()) {
              goldCueThere = true;
            }
          }
          w.println(String.join("\t", "fp", Integer.toString(n), f.type().name().toLowerCase(),
              f.cue().map(q -> clean(q.span().text())).orElse("-"), t == null ? "-" : t.lemma(),
              t == null ? "-" : t.pos(), t == null ? "-" : t.rel(), "-", "-", "-", "-", "-",
              Boolean.toString(goldCueThere), "false", f.evidence().finder().name(),
              f.cue().map(q -> q.lemma()).orElse("-"),
              clean(f.content().text().substring(0, Math.min(80, f.content().text().length()))), "-",
              String.format(Locale.ROOT, "%.3f", scorer.score(f, doc)), "true",
              t == null ? "-" : String.format(Locale.ROOT, "%.3f", cueP[t.index()]), "-", "-"));
        }
      }
    }
  }

  private static int overlap(Span a, int[] b) {
    return Math.max(0, Math.min(a.end(), b[1]) - Math.max(a.begin(), b[0]));
  }

  /** For each gold statement, the index of the kept content matched to it one to one, or -1. */
  private static int[] keptMatch(String text, List<Span> kept, List<int[]> gold) {
    int[] out = new int[gold.size()];
    Arrays.fill(out, -1);
    boolean[] used = new boolean[kept.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int k = 0; k < kept.size(); k++) {
        if (!used[k] && matches(text, kept.get(k), gold.get(g))) {
          out[g] = k;
          used[k] = true;
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(String text, Span predicted, int[] gold) {
    return StatementTrainer.label(text, List.of(predicted), List.<int[]>of(gold))[0];
  }

  /** How the content hangs from the cue: the content head's relation when the cue governs it. */
  private static String relation(Doc doc, int cue, int content, int[] span) {
    if (cue < 0 || content < 0) {
      return "-";
    }
    if (doc.token(content).head() == cue) {
      return "child:" + doc.token(content).rel();
    }
    if (doc.token(cue).head() == content) {
      return "parent:" + doc.token(cue).rel();
    }
    if (doc.dominates(cue, content)) {
      return "descendant";
    }
    if (doc.dominates(content, cue)) {
      return doc.token(cue).begin() >= span[0] && doc.token(cue).end() <= span[1] ? "cueInside" : "ancestor";
    }
    return doc.token(cue).sentence() == doc.token(content).sentence() ? "sameSentence" : "otherSentence";
  }

  /** The token of {@code [begin, end)} whose head lies outside it, or -1. */
  private static int head(Doc doc, int begin, int end) {
    int first = doc.tokenAtOrAfter(begin);
    int best = -1;
    for (int i = first; i < doc.tokens().size() && doc.token(i).begin() < end; i++) {
      int h = doc.token(i).head();
      if (h < 0 || doc.token(h).begin() < begin || doc.token(h).begin() >= end) {
        if (best < 0 || !doc.token(best).isVerb() && !doc.token(best).isNoun() && !doc.token(best).pos().startsWith("JJ")) {
          best = i;
        }
      }
    }
    return best;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  private static int utf16(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }
}
