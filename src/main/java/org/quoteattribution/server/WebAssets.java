package org.quoteattribution.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The web page's files and the OpenAPI document, read once from the classpath. */
final class WebAssets {

  /** One file: its bytes and media type. */
  record Asset(byte[] bytes, String contentType) {}

  private static final List<String> NAMES = List.of("index.html", "app.js", "style.css", "openapi.json");

  private final Map<String, Asset> assets;

  private WebAssets(Map<String, Asset> assets) {
    this.assets = assets;
  }

  static WebAssets load() {
    return new WebAssets(NAMES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), WebAssets::read)));
  }

  Asset get(String name) {
    Asset asset = assets.get(name);
    if (asset == null) {
      throw new IllegalArgumentException("no such asset: " + name);
    }
    return asset;
  }

  private static Asset read(String name) {
    try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the build lost a resource of the web page: web/" + name);
      }
      return new Asset(in.readAllBytes(), contentType(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contentType(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return switch (ext) {
      case "html" -> "text/html; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "json" -> "application/json; charset=utf-8";
      default -> "application/octet-stream";
    };
  }
}
