package org.quoteattribution.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A small HTTP client for the tests (java.base's {@link HttpURLConnection}, so the tests, patched
 * into the module, need no other JDK module).
 */
final class Http {

  /** A whole answer. */
  record Response(int status, String body, HttpURLConnection connection) {
    Optional<String> header(String name) {
      return Optional.ofNullable(connection.getHeaderField(name));
    }
  }

  private Http() {}

  static Response get(URI uri) throws IOException {
    HttpURLConnection c = open(uri, "GET");
    return read(c);
  }

  static Response post(URI uri, String contentType, byte[] body) throws IOException {
    return read(send(uri, contentType, body));
  }

  /** Sends a POST and returns the connection, its answer not yet read: for streamed answers. */
  static HttpURLConnection send(URI uri, String contentType, byte[] body) throws IOException {
    HttpURLConnection c = open(uri, "POST");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(body.length);
    if (contentType != null) {
      c.setRequestProperty("Content-Type", contentType);
    }
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    } catch (IOException e) {
      // the server may answer (413) and close before it has read the whole body
    }
    return c;
  }

  private static HttpURLConnection open(URI uri, String method) throws IOException {
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    c.setRequestMethod(method);
    c.setConnectTimeout(10_000);
    c.setReadTimeout(300_000);
    return c;
  }

  private static Response read(HttpURLConnection c) throws IOException {
    int status = c.getResponseCode();
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (in != null) {
      in.close();
    }
    return new Response(status, body, c);
  }
}
