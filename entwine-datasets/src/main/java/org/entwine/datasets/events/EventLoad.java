package org.entwine.datasets.events;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Progress;
import org.entwine.datasets.Unmapped;
import org.entwine.events.CameoCodebook;
import org.entwine.events.EventStore;
import org.entwine.events.RelationMonth;
import org.roaringbitmap.RoaringBitmap;

/**
 * Loads event files into the store: reads them (GDELT with the fast reader, ICEWS with its own),
 * maps the countries onto Entwine's actors (GDELT's CAMEO codes, ICEWS's names), adds the
 * relation-months to those stored and keeps the event ids counted, in one transaction per dataset.
 * Bad rows go to the quarantine file; codes that map to no actor are reported with their event counts.
 */
public final class EventLoad {
  /** What a load did, per dataset. */
  public record Report(String dataset, int inputs, long rows, long relations, long duplicates, long quarantined,
      long months, Map<String, Long> unmapped, long bytes) {}

  private final EventStore store;
  private final Crosswalk crosswalk;
  private final CameoCodebook codebook;
  private final int threads;

  public EventLoad(EventStore store, Crosswalk crosswalk, CameoCodebook codebook, int threads) {
    this.store = store;
    this.crosswalk = crosswalk;
    this.codebook = codebook;
    this.threads = threads;
  }

  /** Loads {@code inputs}; bad rows are written to {@code quarantineFile} (only if there are any). */
  public List<Report> load(List<EventFiles.Input> inputs, Path quarantineFile, String enteredBy, Progress progress) {
    List<Report> reports = new ArrayList<>();
    List<String> quarantine = new ArrayList<>();
    for (EventFiles.Kind kind : EventFiles.Kind.values()) {
      List<EventFiles.Input> some = inputs.stream().filter(i -> i.kind() == kind).toList();
      if (some.isEmpty()) continue;
      String dataset = kind.name().toLowerCase(java.util.Locale.ROOT);
      RoaringBitmap known = ids(store.eventIds(dataset));
      Unmapped unmapped = new Unmapped(crosswalk);
      Map<String, RelationMonth> mapped = new HashMap<>();
      Report report;
      if (kind == EventFiles.Kind.GDELT) {
        GdeltScan.Result r = GdeltScan.read(some, known, codebook, threads, progress);
        r.forEach(m -> map(m, mapped, code -> unmapped.actor(CodeSystem.CAMEO, code, m.events())));
        quarantine.addAll(r.quarantine());
        store.addEvents(dataset, sorted(mapped), bytes(r.ids()), origin(some), enteredBy);
        report = new Report(dataset, some.size(), r.rows(), r.relations(), r.duplicates(), r.quarantined(), mapped.size(),
            unmapped.counts(), r.bytes());
      } else {
        IcewsEvents.Result r = IcewsEvents.read(some, known, codebook, progress);
        r.series().results().forEach(m -> map(m, mapped, name -> unmapped.byName(name, m.events())));
        quarantine.addAll(r.quarantine());
        store.addEvents(dataset, sorted(mapped), bytes(r.ids()), origin(some), enteredBy);
        report = new Report(dataset, some.size(), r.rows(), r.relations(), r.duplicates(), r.quarantine().size(), mapped.size(),
            unmapped.counts(), 0);
      }
      reports.add(report);
    }
    if (!quarantine.isEmpty()) {
      try {
        Files.write(quarantineFile, quarantine);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the quarantine file " + quarantineFile, e);
      }
    }
    return reports;
  }

  /** Adds a relation-month under its actors' Entwine codes; two codes of one actor add up, and one actor with itself is no relation. */
  private static void map(RelationMonth m, Map<String, RelationMonth> mapped, java.util.function.Function<String, Optional<String>> actor) {
    Optional<String> a = actor.apply(m.actor());
    Optional<String> b = actor.apply(m.partner());
    if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) return;
    mapped.merge(a.get() + "|" + b.get() + "|" + m.month(), rename(m, a.get(), b.get()), EventLoad::sum);
  }

  private static RelationMonth rename(RelationMonth m, String actor, String partner) {
    return new RelationMonth(actor, partner, m.month(), m.events(), m.quad(), m.goldsteinSum(), m.mentions(), m.sources(),
        m.articles(), m.toneSum());
  }

  private static RelationMonth sum(RelationMonth x, RelationMonth y) {
    long[] quad = new long[4];
    for (int i = 0; i < 4; i++) quad[i] = x.quad()[i] + y.quad()[i];
    return new RelationMonth(x.actor(), x.partner(), x.month(), x.events() + y.events(), quad, x.goldsteinSum() + y.goldsteinSum(),
        x.mentions() + y.mentions(), x.sources() + y.sources(), x.articles() + y.articles(), x.toneSum() + y.toneSum());
  }

  private static List<RelationMonth> sorted(Map<String, RelationMonth> mapped) {
    List<RelationMonth> out = new ArrayList<>(mapped.values());
    out.sort(Comparator.comparing(RelationMonth::actor).thenComparing(RelationMonth::partner).thenComparingInt(RelationMonth::month));
    return out;
  }

  private static String origin(List<EventFiles.Input> inputs) {
    String first = inputs.get(0).where();
    return inputs.size() == 1 ? first : first + " and " + (inputs.size() - 1) + " more";
  }

  static RoaringBitmap ids(byte[] stored) {
    RoaringBitmap ids = new RoaringBitmap();
    if (stored.length == 0) return ids;
    try {
      ids.deserialize(new DataInputStream(new ByteArrayInputStream(stored)));
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("the stored event ids cannot be read", e);
    }
  }

  static byte[] bytes(RoaringBitmap ids) {
    ids.runOptimize();
    ByteArrayOutputStream out = new ByteArrayOutputStream(ids.serializedSizeInBytes());
    try (DataOutputStream d = new DataOutputStream(out)) {
      ids.serialize(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
