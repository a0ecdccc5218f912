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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Progress;
import org.entwine.datasets.Unmapped;
import org.entwine.events.CameoCodebook;
import org.entwine.events.EventFile;
import org.entwine.events.EventStore;
import org.entwine.events.RelationMonth;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.roaringbitmap.RoaringBitmap;

/**
 * Loads event files into the store: reads them (GDELT with the fast reader, ICEWS with its own),
 * maps the countries onto Entwine's actors (GDELT's CAMEO codes, ICEWS's names), adds the
 * relation-months to those stored and keeps the event ids counted, in one transaction per dataset.
 * Bad rows go to the quarantine file; codes that map to no actor are reported with their event
 * counts.
 */
public final class EventLoad {
  /** What a load did, per dataset. */
  public record Report(
      String dataset,
      int inputs,
      long rows,
      long relations,
      long duplicates,
      long quarantined,
      long months,
      Map<String, Long> unmapped,
      long bytes) {}

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

  /**
   * Loads {@code inputs}; bad rows are written to {@code quarantineFile} (only if there are any).
   * The quarantine file is checked before anything is read, and written before the events are
   * stored: a load never stores events whose bad rows it could not list.
   */
  public List<Report> load(
      List<EventFiles.Input> inputs, Path quarantineFile, String enteredBy, Progress progress) {
    return load(inputs, quarantineFile, enteredBy, progress, Map.of(), List.of());
  }

  /**
   * The same, recording each file read with its checksum where {@code checksums} gives it (an
   * update does; a plain load does not read a file twice), and the GDELT files a publisher lists
   * that are not loaded yet ({@code listed}), in the load's transaction.
   */
  public List<Report> load(
      List<EventFiles.Input> inputs,
      Path quarantineFile,
      String enteredBy,
      Progress progress,
      Map<Path, String> checksums,
      List<EventFile> listed) {
    requireWritable(quarantineFile);
    List<Report> reports = new ArrayList<>();
    List<String> quarantine = new ArrayList<>();
    for (EventFiles.Kind kind : EventFiles.Kind.values()) {
      List<EventFiles.Input> some = inputs.stream().filter(i -> i.kind() == kind).toList();
      List<EventFile> files = new ArrayList<>(read(some, checksums));
      if (kind == EventFiles.Kind.GDELT) files.addAll(listed);
      if (files.isEmpty()) continue;
      String dataset = kind.name().toLowerCase(java.util.Locale.ROOT);
      RoaringBitmap known = ids(store.eventIds(dataset));
      Report report;
      if (kind == EventFiles.Kind.GDELT) {
        GdeltScan.Result r = GdeltScan.read(some, known, codebook, threads, progress);
        quarantine.addAll(r.quarantine());
        writeQuarantine(quarantineFile, quarantine);
        report = storeGdelt(r, some.size(), files, origin(some, listed), enteredBy);
      } else {
        Unmapped unmapped = new Unmapped(crosswalk);
        IcewsEvents.Result r = IcewsEvents.read(some, known, codebook, progress);
        quarantine.addAll(r.quarantine());
        writeQuarantine(quarantineFile, quarantine);
        long months =
            store.addEvents(
                dataset,
                each ->
                    r.series()
                        .results()
                        .forEach(m -> map(m, each, name -> unmapped.byName(name, m.events()))),
                bytes(r.ids()),
                origin(some, List.of()),
                enteredBy,
                files);
        report =
            new Report(
                dataset,
                some.size(),
                r.rows(),
                r.relations(),
                r.duplicates(),
                r.quarantine().size(),
                months,
                unmapped.counts(),
                0);
      }
      reports.add(report);
    }
    return reports;
  }

  /**
   * Loads GDELT exports as they arrive (an update's downloads: each checked before it is handed
   * over), read while the rest are still fetched, then stored as {@link #load} stores them, in one
   * transaction with the files read ({@code checksums} gives their MD5) and the files the publisher
   * lists that are not loaded ({@code listed}). When the arrivals fail, the read stops with that
   * failure and nothing is stored.
   *
   * @param origin where the files came from, for the import log
   */
  public Report loadArriving(
      Arrivals arrivals,
      Path quarantineFile,
      String enteredBy,
      Progress progress,
      Map<Path, String> checksums,
      List<EventFile> listed,
      String origin) {
    requireWritable(quarantineFile);
    RoaringBitmap known = ids(store.eventIds("gdelt"));
    GdeltScan.Result r = GdeltScan.read(arrivals, known, codebook, threads, progress);
    List<EventFiles.Input> inputs = arrivals.inputs();
    writeQuarantine(quarantineFile, r.quarantine());
    List<EventFile> files = new ArrayList<>(read(inputs, checksums));
    files.addAll(listed);
    return storeGdelt(r, inputs.size(), files, origin, enteredBy);
  }

  /** Stores what the fast reader read, with the files it came from, in one transaction. */
  private Report storeGdelt(
      GdeltScan.Result r, int inputs, List<EventFile> files, String origin, String enteredBy) {
    Unmapped unmapped = new Unmapped(crosswalk);
    long months =
        store.addEvents(
            "gdelt",
            each ->
                r.forEach(
                    m -> map(m, each, code -> unmapped.actor(CodeSystem.CAMEO, code, m.events()))),
            bytes(r.ids()),
            origin,
            enteredBy,
            files);
    return new Report(
        "gdelt",
        inputs,
        r.rows(),
        r.relations(),
        r.duplicates(),
        r.quarantined(),
        months,
        unmapped.counts(),
        r.bytes());
  }

  /**
   * Adds relation-months already aggregated elsewhere (by the Spark job, by country as the files
   * write them: GDELT's CAMEO codes, ICEWS's names) like any load: their codes mapped onto actors
   * through the crosswalk, the ids counted added to those stored, and the files recorded, in one
   * transaction. An aggregate cannot take back an event counted by an earlier load, so an output
   * that repeats one is refused whole.
   *
   * @param ids the event ids the months count
   */
  public Report addAggregated(
      String dataset,
      EventStore.Source months,
      RoaringBitmap ids,
      List<EventFile> files,
      String origin,
      String enteredBy) {
    RoaringBitmap known = ids(store.eventIds(dataset));
    long again = RoaringBitmap.andCardinality(known, ids);
    if (again > 0)
      throw new ExchangeException(
          new ExchangeProblem(
              Path.of(origin),
              0,
              null,
              again
                  + " of its events were counted by an earlier load, and an aggregate cannot take"
                  + " them back: run the job on the files not loaded before (entwine events update"
                  + " tells which), or load them with entwine events load; nothing was loaded"));
    RoaringBitmap all = RoaringBitmap.or(known, ids);
    Unmapped unmapped = new Unmapped(crosswalk);
    long[] read = new long[2];
    long stored =
        store.addEvents(
            dataset,
            each ->
                months.forEach(
                    m -> {
                      read[0]++;
                      read[1] += m.events();
                      // GDELT writes CAMEO codes, ICEWS country names
                      map(
                          m,
                          each,
                          dataset.equals("icews")
                              ? name -> unmapped.byName(name, m.events())
                              : code -> unmapped.actor(CodeSystem.CAMEO, code, m.events()));
                    }),
            bytes(all),
            origin,
            enteredBy,
            files);
    return new Report(dataset, files.size(), 0, read[1], 0, 0, stored, unmapped.counts(), 0);
  }

  /**
   * The quarantine file can be written: its folder exists and may be written, and it is no folder
   * itself.
   */
  static void requireWritable(Path file) {
    Path f = file.toAbsolutePath();
    String why =
        Files.isDirectory(f)
            ? "it is a folder"
            : Files.exists(f) && !Files.isWritable(f)
                ? "the file cannot be written by this user"
                : !Files.isDirectory(f.getParent())
                    ? "its folder " + f.getParent() + " does not exist"
                    : !Files.exists(f) && !Files.isWritable(f.getParent())
                        ? "its folder " + f.getParent() + " cannot be written by this user"
                        : null;
    if (why != null) {
      throw new ExchangeException(
          new ExchangeProblem(
              file,
              0,
              null,
              "cannot write the quarantine file ("
                  + why
                  + "): nothing was loaded; give another with --quarantine"));
    }
  }

  /**
   * Writes the bad rows found so far, before what was read is stored; nothing when there are none.
   */
  private static void writeQuarantine(Path file, List<String> quarantine) {
    if (quarantine.isEmpty()) return;
    try {
      Files.write(file, quarantine);
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(
              file,
              0,
              null,
              "cannot write the quarantine file ("
                  + org.entwine.exchange.Unreadable.because(e).replaceFirst("^cannot read: ", "")
                  + "): nothing was loaded"));
    }
  }

  /**
   * Hands on a relation-month under its actors' Entwine codes; one actor with itself is no relation
   * (two codes of one actor add up in the store).
   */
  private static void map(
      RelationMonth m, Consumer<RelationMonth> each, Function<String, Optional<String>> actor) {
    Optional<String> a = actor.apply(m.actor());
    Optional<String> b = actor.apply(m.partner());
    if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) return;
    each.accept(m.between(a.get(), b.get()));
  }

  private static String origin(List<EventFiles.Input> inputs, List<EventFile> listed) {
    if (inputs.isEmpty()) return listed.size() + " files listed by the publisher, none loaded";
    String first = inputs.get(0).where();
    return inputs.size() == 1 ? first : first + " and " + (inputs.size() - 1) + " more";
  }

  /** The files {@code inputs} were read from, each once (a zip of several exports is one file). */
  private static List<EventFile> read(List<EventFiles.Input> inputs, Map<Path, String> checksums) {
    Map<Path, EventFile> out = new java.util.LinkedHashMap<>();
    for (EventFiles.Input in : inputs) {
      out.computeIfAbsent(
          in.file(),
          f -> {
            try {
              return new EventFile(
                  f.getFileName().toString(), checksums.get(f), Files.size(f), true);
            } catch (IOException e) {
              throw new ExchangeException(
                  new ExchangeProblem(f, 0, null, org.entwine.exchange.Unreadable.because(e)));
            }
          });
    }
    return List.copyOf(out.values());
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
