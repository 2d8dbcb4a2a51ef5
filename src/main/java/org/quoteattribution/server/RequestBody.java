package org.quoteattribution.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading a request body safely: never more than a limit of bytes, strictly UTF-8, and the
 * {@code {"id", "text"}} JSON the API takes. Every refusal is an {@link HttpProblem} with a
 * message for the client.
 */
final class RequestBody {

  /** How the body of a request is to be read, from its {@code Content-Type}. */
  enum Kind { TEXT, JSON }

  /** One article of a request: its optional id and its text. */
  record Article(Optional<String> id, String text) {}

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RequestBody() {}

  /**
   * The body's bytes, at most {@code limit} of them.
   *
   * @param declaredLength the {@code Content-Length}, or -1 when the request did not say
   * @throws HttpProblem 413 when the body is longer than {@code limit}
   */
  static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
    if (declaredLength > limit) {
      throw tooLarge(limit);
    }
    byte[] bytes = in.readNBytes(limit);
    if (bytes.length == limit && in.read() != -1) {
      throw tooLarge(limit);
    }
    return bytes;
  }

  private static HttpProblem tooLarge(int limit) {
    return new HttpProblem(413, "the request body is larger than the limit of " + limit + " bytes");
  }

  /**
   * The body as text.
   *
   * @throws HttpProblem 400 when the bytes are not well-formed UTF-8
   */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpProblem(400, "the request body is not valid UTF-8");
    }
  }

  /**
   * How to read a body with this {@code Content-Type}: {@code text/plain} (or none) as text,
   * {@code application/json} (or a JSON Lines type) as JSON.
   *
   * @param contentType the header, or null when absent
   * @throws HttpProblem 400 for a charset other than UTF-8; 415 for another media type
   */
  static Kind kind(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return Kind.TEXT;
    }
    String[] parts = contentType.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param.length == 2 && param[0].trim().equalsIgnoreCase("charset")) {
        String charset = param[1].trim().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
          throw new HttpProblem(400, "only UTF-8 text is accepted, not " + charset);
        }
      }
    }
    return switch (type) {
      case "text/plain" -> Kind.TEXT;
      case "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> Kind.JSON;
      default -> throw new HttpProblem(415, "unsupported Content-Type " + type
          + "; send text/plain or application/json");
    };
  }

  /**
   * One article from a JSON object {@code {"id": ..., "text": ...}}; {@code id} is optional (a string
   * or a number), {@code text} a string, other fields are ignored.
   *
   * @throws HttpProblem 400 for anything else
   */
  static Article article(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new HttpProblem(400, "expected a JSON object {\"id\": ..., \"text\": ...}");
    }
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !id.isTextual() && !id.isNumber()) {
      throw new HttpProblem(400, "\"id\" must be a string or a number");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new HttpProblem(400, "expected a \"text\" string");
    }
    return new Article(id == null || id.isNull() ? Optional.empty() : Optional.of(id.asText()), text.asText());
  }

  /** The {@code id} of a JSON object that is not a good article, when it has one. */
  static Optional<String> idIn(String json) {
    try {
      JsonNode id = MAPPER.readTree(json).get("id");
      return id != null && (id.isTextual() || id.isNumber()) ? Optional.of(id.asText()) : Optional.empty();
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
