package org.quoteattribution.server;

/**
 * A request the server refuses, with the HTTP status and the message the client reads. Carries no
 * stack trace: it is an answer, not a failure of the server.
 */
final class HttpProblem extends RuntimeException {

  private final int status;

  HttpProblem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
