package org.entwine.registry;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.entwine.evidence.Observation;
import org.entwine.source.Cited;
import org.entwine.source.Source;

/**
 * Keeps illustrative records out of what is scored. A record is illustrative when it, or any part
 * of it, cites a source marked illustrative: a made-up value written to show how the ledgers work.
 * Such a record never stands for a real pair in a score unless the analyst asks for it.
 */
public final class Illustrative {
  /**
   * A registry with its illustrative records left out, or kept.
   *
   * @param registry what scoring reads
   * @param count how many illustrative records the original holds
   * @param included whether they are in {@code registry}
   * @param sources the ids of the sources marked illustrative
   */
  public record Evidence(Registry registry, int count, boolean included, Set<String> sources) {
    /**
     * The observations scoring reads: without those citing an illustrative source, unless included.
     */
    public List<Observation> scored(List<Observation> observations) {
      return included || sources.isEmpty()
          ? observations
          : observations.stream().filter(o -> !sources.contains(o.source())).toList();
    }

    /** The same evidence, its count including the illustrative ones among {@code observations}. */
    public Evidence counting(List<Observation> observations) {
      if (sources.isEmpty()) return this;
      long n = observations.stream().filter(o -> sources.contains(o.source())).count();
      return new Evidence(registry, count + (int) n, included, sources);
    }

    /**
     * What an output must say of them: that it used them, or that it left them out; null when there
     * are none.
     */
    public String notice() {
      if (count == 0) return null;
      return included
          ? "includes "
              + count
              + " illustrative record(s): made-up values, not facts (asked for with"
              + " --include-illustrative)"
          : count
              + " illustrative record(s) left out of the scores (--include-illustrative to use"
              + " them)";
    }
  }

  private Illustrative() {}

  /** The registry as scoring reads it: without illustrative records unless {@code include}. */
  public static Evidence of(Registry r, boolean include) {
    Set<String> ids =
        r.sources().stream()
            .filter(Source::illustrative)
            .map(Source::id)
            .collect(Collectors.toSet());
    if (ids.isEmpty()) return new Evidence(r, 0, include, ids);
    Predicate<Cited> made = c -> c.citations().anyMatch(ids::contains);
    int count =
        (int) r.citedRecords().filter(made).count()
            + (int) r.observations().stream().filter(o -> ids.contains(o.source())).count();
    if (include || count == 0) return new Evidence(r, count, include, ids);
    // actors, sources, level names and indicator definitions stay: they name things, they score
    // nothing
    Registry kept =
        r.toBuilder()
            .frameworks(keep(r.frameworks(), made))
            .reportedCounts(keep(r.reportedCounts(), made))
            .documents(keep(r.documents(), made))
            .commitments(keep(r.commitments(), made))
            .projects(keep(r.projects(), made))
            .mechanisms(keep(r.mechanisms(), made))
            .contacts(keep(r.contacts(), made))
            .observations(r.observations().stream().filter(o -> !ids.contains(o.source())).toList())
            .judgements(keep(r.judgements(), made))
            .incidents(keep(r.incidents(), made))
            .build();
    return new Evidence(kept, count, false, ids);
  }

  private static <T extends Cited> List<T> keep(List<T> records, Predicate<Cited> made) {
    return records.stream().filter(t -> !made.test(t)).toList();
  }
}
