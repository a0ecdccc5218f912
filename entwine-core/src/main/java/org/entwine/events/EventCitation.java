package org.entwine.events;

import java.util.Map;
import java.util.Optional;

/**
 * How a reader cites an event dataset whose series a store holds: the degrees of confidence and the
 * stability rest on them, and a list of sources names them as it names every other.
 *
 * @param dataset the series' name in the store ("gdelt", "icews")
 * @param citation the dataset as its publisher asks to be cited
 * @param url where a reader finds it
 */
public record EventCitation(String dataset, String citation, String url) {
  private static final Map<String, EventCitation> KNOWN =
      Map.of(
          "gdelt",
          new EventCitation(
              "gdelt",
              "The GDELT Project, GDELT 2.0 Event Database (its 15-minute exports)",
              "https://www.gdeltproject.org/"),
          "icews",
          new EventCitation(
              "icews",
              "Boschee, Elizabeth; Lautenschlager, Jennifer; O'Brien, Sean; Shellman, Steve; Starz,"
                  + " James; Ward, Michael (2015), ICEWS Coded Event Data, Harvard Dataverse",
              "https://doi.org/10.7910/DVN/28075"));

  /** The citation of {@code dataset}, where Entwine reads it. */
  public static Optional<EventCitation> of(String dataset) {
    return Optional.ofNullable(KNOWN.get(dataset));
  }

  /**
   * "gdelt: The GDELT Project, … <https://www.gdeltproject.org/>", as a list of sources gives it.
   */
  public String line() {
    return dataset + ": " + citation + " <" + url + ">";
  }
}
