package org.quoteattribution;

/** How a statement renders what its source said. */
public enum StatementType {
  /** All of the content is inside quote marks: {@code “We will win,” she said.} */
  DIRECT,
  /** Reported speech with no quote marks: {@code She said they would win.} */
  INDIRECT,
  /** Reported speech with a quoted fragment: {@code She said the win was “historic.”} */
  MIXED
}
