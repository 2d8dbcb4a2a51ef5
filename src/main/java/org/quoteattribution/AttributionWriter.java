package org.quoteattribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quoteattribution.internal.Failures;

/**
 * Renders an {@link Attribution} as JSON or as readable text.
 *
 * <p>The JSON has the fields {@code id} (when given), {@code dateline}, {@code paragraphs},
 * {@code sentences}, {@code statements} ({@code type}, {@code content}, {@code content_spans}
 * (the content's fragments, one unless the attribution interrupts it), {@code cue},
 * {@code source}, {@code source_kind}, {@code speaker}, {@code confidence}) and {@code people}
 * ({@code id}, {@code name}, {@code role}, {@code affiliation}, {@code mentions}). Spans are
 * objects {@code {"begin", "end", "text"}} with UTF-16 offsets; absent values are {@code null}.
 * Lone UTF-16 surrogates, which UTF-8 cannot carry, are written as <code>&#92;uXXXX</code> escapes, so the
 * JSON read back gives every {@code text} as the input's substring.
 */
public final class AttributionWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AttributionWriter() {}

  /** Pretty-printed JSON of one result. */
  public static String toJson(Attribution attribution, Optional<String> id) {
    return write(tree(attribution, id), true);
  }

  /** The same JSON on one line, for JSON Lines output. */
  public static String toJsonLine(Attribution attribution, Optional<String> id) {
    return write(tree(attribution, id), false);
  }

  /** A JSON Lines record for an input that could not be read: {@code {"id", "error"}}. */
  public static String errorLine(Optional<String> id, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", id.orElse(null));
    root.put("error", message);
    return write(root, false);
  }

  /**
   * A JSON Lines record for an article whose attribution failed: {@code id}, {@code error} (one
   * line, as {@link #describe(Throwable)}), {@code exception} (the class name), {@code at} (the
   * library's stack frame it came through, or the innermost frame when the trace holds none of the
   * library's, or null) and, for a {@link LimitExceededException},
   * {@code limit} ({@code LENGTH} or {@code TIME}).
   */
  public static String errorLine(Optional<String> id, Throwable error) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", id.orElse(null));
    root.put("error", describe(error));
    root.put("exception", error.getClass().getName());
    root.put("at", Failures.frame(error).map(Failures::format).orElse(null));
    if (error instanceof LimitExceededException limit) {
      root.put("limit", limit.limit().name());
    }
    return write(root, false);
  }

  /**
   * A failure in one line, enough to place it: {@code StackOverflowError: … at
   * org.quoteattribution.internal.X.y(X.java:12)}, the first frame of this library in its trace;
   * the message alone for a {@link LimitExceededException}.
   */
  public static String describe(Throwable error) {
    return Failures.describe(error);
  }

  /**
   * Who said what, one statement a paragraph:
   * <pre>
   * Alireza Jabbari (deputy ambassador, Iran) [INDIRECT, said]: Iran continues its efforts …
   * </pre>
   */
  public static String toText(Attribution attribution) {
    StringBuilder out = new StringBuilder();
    for (Statement s : attribution.statements()) {
      out.append(who(attribution, s)).append(" [").append(s.type());
      s.cue().ifPresent(c -> out.append(", ").append(c.span().text()));
      out.append("]: ").append(s.content().text().replaceAll("\\s+", " ")).append("\n");
    }
    if (attribution.statements().isEmpty()) {
      out.append("(no statements found)\n");
    }
    return out.toString();
  }

  private static String who(Attribution attribution, Statement s) {
    Optional<Person> person = attribution.speakerOf(s);
    if (person.isPresent()) {
      Person p = person.get();
      List<String> about = java.util.stream.Stream.of(p.role(), p.affiliation())
          .flatMap(Optional::stream).toList();
      return p.name() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
    }
    return s.source().map(src -> src.text().replaceAll("\\s+", " ")
        + " (" + s.sourceKind().name().toLowerCase(Locale.ROOT) + ")").orElse("(unknown source)");
  }

  private static ObjectNode tree(Attribution a, Optional<String> id) {
    ObjectNode root = MAPPER.createObjectNode();
    id.ifPresent(v -> root.put("id", v));
    if (a.dateline().isPresent()) {
      Dateline d = a.dateline().get();
      ObjectNode node = span(root, "dateline", d.span());
      node.put("place", d.place().orElse(null));
      node.put("date", d.date().orElse(null));
    } else {
      root.putNull("dateline");
    }
    ArrayNode paragraphs = root.putArray("paragraphs");
    a.paragraphs().forEach(p -> span(paragraphs.addObject(), p, false));
    ArrayNode sentences = root.putArray("sentences");
    a.sentences().forEach(s -> span(sentences.addObject(), s, true));
    ArrayNode statements = root.putArray("statements");
    for (Statement s : a.statements()) {
      ObjectNode node = statements.addObject();
      node.put("type", s.type().name());
      span(node, "content", s.content());
      ArrayNode fragments = node.putArray("content_spans");
      s.contentSpans().forEach(f -> span(fragments.addObject(), f, true));
      if (s.cue().isPresent()) {
        span(node, "cue", s.cue().get().span()).put("lemma", s.cue().get().lemma());
      } else {
        node.putNull("cue");
      }
      if (s.source().isPresent()) {
        span(node, "source", s.source().get());
      } else {
        node.putNull("source");
      }
      node.put("source_kind", s.sourceKind().name());
      node.put("speaker", s.speaker().orElse(null));
      node.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
    }
    ArrayNode people = root.putArray("people");
    for (Person p : a.people()) {
      ObjectNode node = people.addObject();
      node.put("id", p.id());
      node.put("name", p.name());
      node.put("role", p.role().orElse(null));
      node.put("role_qualifier", p.roleQualifier().orElse(null));
      node.put("affiliation", p.affiliation().orElse(null));
      node.put("affiliation_kind", p.affiliationKind().map(Enum::name).orElse(null));
      node.put("party", p.party().orElse(null));
      node.put("state", p.state().orElse(null));
      node.put("gender", p.gender().name());
      ArrayNode mentions = node.putArray("mentions");
      p.mentions().forEach(m -> span(mentions.addObject(), m, true));
      ArrayNode evidence = node.putArray("evidence");
      p.evidence().forEach(m -> span(evidence.addObject(), m, true));
    }
    return root;
  }

  private static ObjectNode span(ObjectNode parent, String field, Span span) {
    return span(parent.putObject(field), span, true);
  }

  private static ObjectNode span(ObjectNode node, Span span, boolean withText) {
    node.put("begin", span.begin());
    node.put("end", span.end());
    if (withText) {
      node.put("text", span.text());
    }
    return node;
  }

  private static String write(ObjectNode node, boolean pretty) {
    try {
      return escapeLoneSurrogates(pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
          : MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes each lone UTF-16 surrogate as a <code>&#92;uXXXX</code> escape. The input may hold them (JSON's
   * <code>"&#92;ud800"</code> is legal), UTF-8 cannot carry them (an encoder writes {@code ?}), and they can
   * only stand inside a JSON string, where the escape reads back as the same char.
   */
  static String escapeLoneSurrogates(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 == json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
      if (lone && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (lone) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }
}
