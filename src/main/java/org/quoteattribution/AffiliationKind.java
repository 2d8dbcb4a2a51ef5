package org.quoteattribution;

/** What kind of thing a person's affiliation is. */
public enum AffiliationKind {
  /** A company, ministry, campaign, university, newspaper or other body: {@code Goldman Sachs}. */
  ORGANIZATION,
  /** A country: {@code Iran} (from {@code Iran's}, {@code Iranian}). */
  COUNTRY,
  /** A political party: {@code Republican} (from {@code (R-Ariz.)}, {@code a Republican from Ohio}). */
  PARTY,
  /** A person one works for: {@code Hale} (from {@code Hale's former campaign strategist}). */
  PERSON,
  /** A state, city or region: {@code Vermont} (from {@code (Vt.)}). */
  PLACE
}
