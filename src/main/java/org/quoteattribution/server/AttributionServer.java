package org.quoteattribution.server;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.quoteattribution.Attribution;
import org.quoteattribution.AttributionWriter;
import org.quoteattribution.LimitExceededException;
import org.quoteattribution.QuoteAttributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server for a {@link QuoteAttributor}: the API ({@code POST /v1/attribute},
 * {@code POST /v1/attribute/batch}, {@code GET /health}, {@code GET /openapi.json}) and the web page
 * at {@code /}. Attribution runs on a bounded pool ({@link Builder#workers}, {@link Builder#queue});
 * a request that finds it full gets 503 at once. Bodies above their limit get 413, bodies that are
 * not UTF-8 or not the JSON asked for get 400; no error carries a stack trace.
 *
 * <pre>{@code
 * try (AttributionServer server = AttributionServer.builder().port(8080).build().start()) {
 *   ...
 * }
 * }</pre>
 */
public final class AttributionServer implements AutoCloseable {

  /** The port {@code serve} listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8080;
  /** The address it binds to unless told otherwise: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The largest body {@code POST /v1/attribute} takes: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  /** The largest body {@code POST /v1/attribute/batch} takes: 16 MiB. */
  public static final int DEFAULT_MAX_BATCH_BYTES = 16 << 20;
  /** Requests that may wait for a worker before the server answers 503. */
  public static final int DEFAULT_QUEUE = 16;

  private static final Logger LOG = LoggerFactory.getLogger(AttributionServer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "application/json; charset=utf-8";
  private static final String JSON_LINES = "application/x-ndjson; charset=utf-8";

  private final Optional<QuoteAttributor> given;
  private final String host;
  private final int requestedPort;
  private final int workers;
  private final int queue;
  private final int maxBodyBytes;
  private final int maxBatchBytes;
  private final WebAssets assets;
  private QuoteAttributor attributor;
  private WorkPool pool;
  private Javalin app;

  private AttributionServer(Builder b) {
    this.given = Optional.ofNullable(b.attributor);
    this.host = b.host;
    this.requestedPort = b.port;
    this.workers = b.workers;
    this.queue = b.queue;
    this.maxBodyBytes = b.maxBodyBytes;
    this.maxBatchBytes = b.maxBatchBytes;
    this.assets = WebAssets.load();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening; returns once the server accepts connections. Loads the models first if no
   * attributor was given and this JVM has not loaded them yet.
   *
   * @throws IllegalStateException if it was started before, or the port cannot be bound
   * @throws org.quoteattribution.QuoteAttributionException if the models cannot be loaded
   */
  public synchronized AttributionServer start() {
    if (app != null) {
      throw new IllegalStateException("already started");
    }
    attributor = given.orElseGet(QuoteAttributor::create);
    pool = new WorkPool(workers, queue);
    int httpThreads = Math.max(32, workers + queue + 16);
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = host;
      config.jetty.port = requestedPort;
      QueuedThreadPool threads = new QueuedThreadPool(httpThreads, 4, 60_000);
      threads.setName("http");
      threads.setDaemon(true);
      config.jetty.threadPool = threads;
      config.http.maxRequestSize = Math.max(maxBodyBytes, maxBatchBytes);
      config.http.compressionStrategy = CompressionStrategy.NONE;
      config.http.prefer405over404 = true;
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(quietErrors()));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(quietErrors()));
      config.routes.before(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
      });
      config.routes.get("/", ctx -> asset(ctx, "index.html"));
      config.routes.get("/index.html", ctx -> asset(ctx, "index.html"));
      config.routes.get("/app.js", ctx -> asset(ctx, "app.js"));
      config.routes.get("/style.css", ctx -> asset(ctx, "style.css"));
      config.routes.get("/openapi.json", ctx -> asset(ctx, "openapi.json"));
      config.routes.get("/health", this::health);
      config.routes.post("/v1/attribute", this::attribute);
      config.routes.post("/v1/attribute/batch", this::batch);
      config.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
      // an article over the attributor's maximum length (413) or time budget (422): the client's to fix
      config.routes.exception(LimitExceededException.class, (e, ctx) ->
          problem(ctx, e.limit() == LimitExceededException.Limit.LENGTH ? 413 : 422, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        problem(ctx, 500, "internal error");
      });
      config.routes.error(404, "*", ctx -> problem(ctx, 404, "no such resource: " + ctx.path()));
      config.routes.error(405, "*", ctx -> problem(ctx, 405, "method not allowed on " + ctx.path()));
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException("cannot listen on " + host + ":" + requestedPort + ": " + e.getMessage(), e);
    }
    return this;
  }

  /** The port the server listens on (the one it was given, or the one picked for port 0). */
  public int port() {
    if (app == null) {
      throw new IllegalStateException("not started");
    }
    return app.port();
  }

  /** The address it listens on. */
  public String host() {
    return host;
  }

  /** Stops listening, ends the workers. */
  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
    }
    if (pool != null) {
      pool.close();
    }
  }

  private static ErrorHandler quietErrors() {
    ErrorHandler handler = new ErrorHandler();
    handler.setShowStacks(false);
    handler.setShowCauses(false);
    handler.setShowMessageInTitle(false);
    handler.setShowOrigin(false);
    return handler;
  }

  private void asset(Context ctx, String name) {
    WebAssets.Asset asset = assets.get(name);
    ctx.header("Cache-Control", "no-cache");
    if (name.endsWith(".html")) {
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
          + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    }
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  private void health(Context ctx) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("status", "ok");
    node.put("workers", pool.workers());
    node.put("queue", pool.queue());
    node.put("busy", pool.busy());
    node.put("waiting", pool.waiting());
    node.put("max_body_bytes", maxBodyBytes);
    node.put("max_batch_bytes", maxBatchBytes);
    json(ctx, 200, node);
  }

  private void attribute(Context ctx) throws IOException {
    RequestBody.Kind kind = RequestBody.kind(ctx.req().getContentType());
    String body = RequestBody.utf8(RequestBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), maxBodyBytes));
    RequestBody.Article article = kind == RequestBody.Kind.JSON
        ? RequestBody.article(body) : new RequestBody.Article(Optional.empty(), body);
    Attribution result = pool.run(() -> attributor.attribute(article.text()));
    ctx.header("Cache-Control", "no-store");
    ctx.status(200).contentType(JSON).result(AttributionWriter.toJsonLine(result, article.id()));
  }

  /**
   * JSON Lines in, JSON Lines out in the same order, each written as soon as it is done. A line that
   * is not an article becomes an error record {@code {"id", "line", "error"}}; blank lines are skipped.
   * The batch takes one worker for its whole length.
   */
  private void batch(Context ctx) throws IOException {
    RequestBody.kind(ctx.req().getContentType());
    String body = RequestBody.utf8(RequestBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), maxBatchBytes));
    pool.run(() -> {
      ctx.res().setStatus(200);
      ctx.res().setContentType(JSON_LINES);
      ctx.res().setHeader("Cache-Control", "no-store");
      OutputStream out = ctx.res().getOutputStream();
      int number = 0;
      try {
        for (String line : (Iterable<String>) body.lines()::iterator) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          out.write((batchRecord(line, number) + "\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      } catch (IOException e) {
        LOG.debug("batch client went away at line {}: {}", number, e.toString());
      }
      return null;
    });
  }

  private String batchRecord(String line, int number) {
    RequestBody.Article article;
    try {
      article = RequestBody.article(line);
    } catch (HttpProblem p) {
      return errorRecord(RequestBody.idIn(line), number, p.getMessage());
    }
    try {
      return AttributionWriter.toJsonLine(attributor.attribute(article.text()), article.id());
    } catch (LimitExceededException e) {
      return errorRecord(article.id(), number, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) { // one article's failure, not the stream's
      LOG.error("batch line {} failed", number, e);
      return errorRecord(article.id(), number, "internal error");
    }
  }

  private static String errorRecord(Optional<String> id, int line, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id.orElse(null));
    node.put("line", line);
    node.put("error", message);
    return write(node);
  }

  private static void problem(Context ctx, int status, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("status", status);
    node.put("error", message);
    if (status == 503) {
      ctx.header("Retry-After", "1");
    }
    json(ctx, status, node);
  }

  private static void json(Context ctx, int status, ObjectNode node) {
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType(JSON).result(write(node));
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings of a server; {@link #build()} checks them. */
  public static final class Builder {
    private QuoteAttributor attributor;
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private int workers = Runtime.getRuntime().availableProcessors();
    private int queue = DEFAULT_QUEUE;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxBatchBytes = DEFAULT_MAX_BATCH_BYTES;

    private Builder() {}

    /** The attributor to serve (default: {@link QuoteAttributor#create()}, on the JVM's shared models). */
    public Builder attributor(QuoteAttributor attributor) {
      this.attributor = Objects.requireNonNull(attributor, "attributor must not be null");
      return this;
    }

    /** The address to bind (default {@value #DEFAULT_HOST}; {@code 0.0.0.0} for every interface). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host must not be null");
      return this;
    }

    /** The port (default {@value #DEFAULT_PORT}; 0 picks a free one, see {@link AttributionServer#port()}). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Articles attributed at once (default: the number of cores). */
    public Builder workers(int workers) {
      this.workers = workers;
      return this;
    }

    /** Requests that may wait for a worker; one more gets 503 (default {@value #DEFAULT_QUEUE}). */
    public Builder queue(int queue) {
      this.queue = queue;
      return this;
    }

    /** The largest body of {@code POST /v1/attribute}, in bytes (default 1 MiB). */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The largest body of {@code POST /v1/attribute/batch}, in bytes (default 16 MiB). */
    public Builder maxBatchBytes(int maxBatchBytes) {
      this.maxBatchBytes = maxBatchBytes;
      return this;
    }

    /**
     * The server, not yet listening and with nothing loaded: {@link AttributionServer#start()} starts it.
     *
     * @throws IllegalArgumentException for a setting out of range
     */
    public AttributionServer build() {
      checkArgument(port >= 0 && port <= 65535, "port must be in [0, 65535]: %s", port);
      checkArgument(!host.isBlank(), "host must not be blank");
      checkArgument(workers >= 1, "workers must be at least 1: %s", workers);
      checkArgument(queue >= 0, "queue must not be negative: %s", queue);
      checkArgument(maxBodyBytes >= 1, "maxBodyBytes must be positive: %s", maxBodyBytes);
      checkArgument(maxBatchBytes >= 1, "maxBatchBytes must be positive: %s", maxBatchBytes);
      return new AttributionServer(this);
    }
  }
}
