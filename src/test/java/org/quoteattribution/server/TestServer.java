package org.quoteattribution.server;

import java.net.URI;
import org.quoteattribution.QuoteAttributor;

/**
 * One server for the test JVM, on a free loopback port, serving an attributor on the JVM's shared
 * models (loaded once, whichever test asks first).
 */
final class TestServer {

  static final AttributionServer SERVER = AttributionServer.builder()
      .attributor(QuoteAttributor.create())
      .port(0)
      .build()
      .start();

  private TestServer() {}

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + SERVER.port() + path);
  }
}
