package org.quoteattribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading inputs, no models: bytes, lines, ids. */
class InputsTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Article> all(Iterator<Article> it) {
    List<Article> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static String line(String id, String text) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}\n";
  }

  @Test
  void aBadByteSpoilsOnlyItsOwnLineWhereverItIs() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.write(utf8(line("first", "\u00e9t\u00e9")));
    in.write(utf8("{\"id\": \"bad-early\", \"text\": \"caf"));
    in.write(0xe9); // Latin-1 é: not UTF-8
    in.write(utf8("\"}\n"));
    for (int i = 0; i < 400; i++) { // well past any 8 KB decoder buffer
      in.write(utf8(line("good" + i, "He said it was over.")));
    }
    in.write(utf8("{\"id\": \"bad-late\", \"text\": \""));
    in.write(new byte[] {(byte) 0xff, (byte) 0xfe});
    in.write(utf8("\"}\n"));
    in.write(utf8(line("last", "She said so.")));

    List<Article> articles = all(Inputs.fromStream(new ByteArrayInputStream(in.toByteArray()), Inputs.Kind.JSONL,
        StandardCharsets.UTF_8));

    assertThat(articles).hasSize(404);
    assertThat(articles.get(0).id()).contains("first");
    assertThat(articles.get(0).text()).isEqualTo("\u00e9t\u00e9");
    assertThat(articles.get(1).id()).contains("stdin:2");
    assertThat(articles.get(1).error().orElseThrow())
        .contains("not valid UTF-8 at byte offset 65", "UTF-8 expected");
    assertThat(articles.subList(2, 402)).allSatisfy(a -> assertThat(a.error()).isEmpty());
    assertThat(articles.get(402).id()).contains("stdin:403");
    assertThat(articles.get(402).error().orElseThrow()).contains("not valid UTF-8");
    assertThat(articles.get(403).id()).contains("last");
  }

  @Test
  void aByteOrderMarkIsSkippedAndTrailingGarbageIsAnError() throws IOException {
    byte[] bytes = utf8("\ufeff" + line("a", "One.") + line("b", "Two.").strip() + " garbage\n"
        + line("c", "Three.").strip() + "\r\n\n   \n" + "[1, 2]\n" + "{\"id\": \"e\"}\n");
    List<Article> articles = all(Inputs.fromStream(new ByteArrayInputStream(bytes), Inputs.Kind.JSONL,
        StandardCharsets.UTF_8));

    assertThat(articles).extracting(a -> a.id().orElseThrow()).containsExactly("a", "stdin:2", "c", "stdin:6", "e");
    assertThat(articles.get(0).error()).isEmpty();
    assertThat(articles.get(1).error().orElseThrow()).startsWith("line is not one JSON object");
    assertThat(articles.get(2).text()).isEqualTo("Three.");
    assertThat(articles.get(3).error()).contains("line has no \"text\" string");
    assertThat(articles.get(4).error()).contains("line has no \"text\" string");
  }

  @Test
  void idsAreRelativeToTheFolderGivenSoNoneCollide(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("news/sub"));
    Files.writeString(dir.resolve("news/a.txt"), "A.");
    Files.writeString(dir.resolve("news/sub/a.txt"), "B.");
    Files.writeString(dir.resolve("news/sub/b.jsonl"), "{\"text\": \"C.\"}\n");
    Files.writeString(dir.resolve("news/ignored.md"), "D.");
    Files.writeString(dir.resolve("c.txt"), "E.");

    List<Inputs.Source> files = Inputs.expand(List.of(dir.resolve("news"), dir.resolve("c.txt")));
    assertThat(files).extracting(Inputs.Source::id).containsExactly("a", "sub/a", "sub/b.jsonl", "c");
    assertThat(all(Inputs.fromFiles(files, Inputs.Kind.AUTO, StandardCharsets.UTF_8)))
        .extracting(a -> a.id().orElseThrow()).containsExactly("a", "sub/a", "sub/b.jsonl:1", "c");

    Files.writeString(dir.resolve("news/c.txt"), "F.");
    List<Inputs.Source> clash = Inputs.expand(List.of(dir.resolve("news"), dir.resolve("c.txt")));
    assertThat(clash).extracting(Inputs.Source::id).doesNotHaveDuplicates()
        .contains(dir.resolve("news/c").toString(), dir.resolve("c").toString());
  }

  @Test
  void aFileThatFailsKeepsTheIdItWouldHaveHad(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("news/sub"));
    Files.writeString(dir.resolve("news/sub/gone.txt"), "A.");
    List<Inputs.Source> files = Inputs.expand(List.of(dir.resolve("news")));
    Files.delete(dir.resolve("news/sub/gone.txt"));

    Article gone = all(Inputs.fromFiles(files, Inputs.Kind.AUTO, StandardCharsets.UTF_8)).get(0);
    assertThat(gone.id()).contains("sub/gone");
    assertThat(gone.error().orElseThrow()).contains("cannot read").contains("gone.txt");
  }

  @Test
  void aTextFileInAnotherEncodingIsFoundWithItsByteOffset(@TempDir Path dir) throws IOException {
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, "Le ministre a d\u00e9clar\u00e9 que".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("fine.txt"), "\ufeffFine.");
    List<Inputs.Source> files = Inputs.expand(List.of(dir));

    assertThat(Inputs.checkEncoding(files, Inputs.Kind.AUTO, StandardCharsets.UTF_8)).hasValueSatisfying(m ->
        assertThat(m).isEqualTo(latin + ": not valid UTF-8 at byte offset 15 "
            + "(UTF-8 expected; name another encoding with --encoding)"));
    assertThat(Inputs.checkEncoding(files, Inputs.Kind.AUTO, StandardCharsets.ISO_8859_1)).isEmpty();
    assertThat(all(Inputs.fromFiles(files.subList(0, 1), Inputs.Kind.AUTO, StandardCharsets.UTF_8)).get(0).text())
        .isEqualTo("Fine.");
    assertThat(Inputs.count(files, Inputs.Kind.AUTO)).isEqualTo(2);
  }

  @Test
  void countsNonBlankLinesOfJsonLinesWhateverTheirBytes(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.jsonl");
    Files.write(f, new byte[] {'{', (byte) 0xff, '}', '\n', '\n', ' ', '\n', '{', '}'});
    assertThat(Inputs.count(List.of(new Inputs.Source(f, "x.jsonl")), Inputs.Kind.AUTO)).isEqualTo(2);
  }
}
