package org.quoteattribution.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.quoteattribution.QuoteAttributionException;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.server.AttributionServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code serve}: the HTTP API and the web page, until the process is stopped (Ctrl-C). Exit codes:
 * 2 bad arguments or a port that cannot be bound, 3 the models could not be loaded.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serves the web page and the HTTP API; open http://HOST:PORT/ in a browser.",
        "  POST /v1/attribute        text/plain, or JSON {\"id\", \"text\"}",
        "  POST /v1/attribute/batch  JSON Lines in, JSON Lines out",
        "  GET  /health, GET /openapi.json",
        "Stop it with Ctrl-C.", ""})
final class Serve implements Callable<Integer> {

  @ParentCommand
  private Main parent;

  @Option(names = {"-p", "--port"}, paramLabel = "N", description = "port to listen on; 0 for any free one (default: ${DEFAULT-VALUE})")
  private int port = AttributionServer.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "address to bind; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}, this machine only)")
  private String host = AttributionServer.DEFAULT_HOST;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "articles attributed at once (default: the number of cores, ${DEFAULT-VALUE} here)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--queue", paramLabel = "N",
      description = "requests that may wait for a thread before the server answers 503 (default: ${DEFAULT-VALUE})")
  private int queue = AttributionServer.DEFAULT_QUEUE;

  @Option(names = "--max-body", paramLabel = "BYTES",
      description = "largest body of POST /v1/attribute; larger gets 413 (default: ${DEFAULT-VALUE}, 1 MiB)")
  private int maxBody = AttributionServer.DEFAULT_MAX_BODY_BYTES;

  @Option(names = "--max-batch-body", paramLabel = "BYTES",
      description = "largest body of POST /v1/attribute/batch (default: ${DEFAULT-VALUE}, 16 MiB)")
  private int maxBatchBody = AttributionServer.DEFAULT_MAX_BATCH_BYTES;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "drop statements less sure than P, in [0, 1] (default: ${DEFAULT-VALUE})")
  private double minConfidence = 0.0;

  @Option(names = {"-v", "--verbose"}, description = "show CoreNLP's and the server's log on standard error")
  private boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream err = parent.err();
    if (minConfidence < 0 || minConfidence > 1) {
      err.println("quote-attribution serve: --min-confidence must be in [0, 1]: " + minConfidence);
      return 2;
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    AttributionServer.Builder builder;
    try {
      builder = AttributionServer.builder().host(host).port(port).workers(threads).queue(queue)
          .maxBodyBytes(maxBody).maxBatchBytes(maxBatchBody);
      builder.build(); // checks the settings before the models load
    } catch (IllegalArgumentException e) {
      err.println("quote-attribution serve: " + e.getMessage());
      return 2;
    }
    err.println("quote-attribution: loading models...");
    QuoteAttributor attributor;
    try {
      attributor = QuoteAttributor.builder().minConfidence(minConfidence).build();
    } catch (QuoteAttributionException e) {
      err.println("quote-attribution serve: " + e.getMessage());
      return 3;
    }
    AttributionServer server;
    try {
      server = builder.attributor(attributor).build().start();
    } catch (IllegalStateException e) {
      err.println("quote-attribution serve: " + e.getMessage());
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "serve-shutdown"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    err.println("quote-attribution: serving http://" + shown + ":" + server.port() + "/ (Ctrl-C stops)");
    stopped.await();
    return 0;
  }
}
