package org.quoteattribution;

/** The library's machinery failed: a model could not be loaded, a resource is missing. */
public class QuoteAttributionException extends RuntimeException {

  public QuoteAttributionException(String message, Throwable cause) {
    super(message, cause);
  }

  public QuoteAttributionException(String message) {
    super(message);
  }
}
