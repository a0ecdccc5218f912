package org.entwine.datasets.extract;

import java.util.List;
import java.util.Objects;

/**
 * What an extract holds, as data (data/example/extract/plan.yaml): the focal actor, the first year
 * kept, and for each dataset its files (relative to the folder of published files), the indicators
 * kept (all when empty), its terms and citation, and, where its terms do not allow redistributing
 * derived figures, why it is left out.
 *
 * @param exclude why the dataset is left out of the extract (its terms), null when it is in
 */
public record ExtractPlan(String focal, int from, String command, List<Entry> datasets) {
  public ExtractPlan {
    Objects.requireNonNull(focal, "focal");
    datasets = List.copyOf(datasets);
  }

  /** One dataset of the plan. */
  public record Entry(
      String dataset,
      List<String> files,
      List<String> indicators,
      String licence,
      String citation,
      String exclude) {
    public Entry {
      Objects.requireNonNull(dataset, "dataset");
      files = files == null ? List.of() : List.copyOf(files);
      indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public boolean included() {
      return exclude == null;
    }
  }
}
