package org.entwine.datasets.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entwine.events.EventFile;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.time.Month;

/**
 * What an update of the event series has to load: the files of a folder, or those a publisher's
 * list (GDELT's masterfilelist) names for a period, less those loaded before (known by name and
 * checksum). A file the list names whose checksum or size differs from the list's is an error, and
 * nothing is loaded; a listed file that is not in the folder is missing, and recorded as listed, so
 * that its month reads as incomplete.
 */
public final class EventUpdate {
  /**
   * An update's plan.
   *
   * @param load the files to load now
   * @param checksums the MD5 of each file to load
   * @param loadedBefore the files found that were loaded before, unchanged
   * @param missing the listed files the folder does not hold and that are not loaded
   * @param listed how many exports the list names within the period (0 for a folder)
   * @param unrecorded of the missing, those the store does not know yet: recorded as listed, not
   *     loaded, so that their months read as incomplete
   */
  public record Plan(
      List<Path> load,
      Map<Path, String> checksums,
      List<Path> loadedBefore,
      List<EventFile> missing,
      int listed,
      List<EventFile> unrecorded) {
    /** Whether the update would store nothing: the store is current with its source. */
    public boolean current() {
      return load.isEmpty() && unrecorded.isEmpty();
    }
  }

  private EventUpdate() {}

  /**
   * The plan for the files in {@code folder} (every file in it, as {@code events load} takes a
   * folder), given the files recorded.
   */
  public static Plan ofFolder(Path folder, Map<String, EventFile> recorded, int threads) {
    // a folder of downloads may hold the publisher's list too: it is no event file
    List<Path> files =
        EventFiles.expand(List.of(folder.toString())).stream()
            .filter(f -> !MasterFileList.is(f))
            .toList();
    Map<Path, String> md5 = md5(files, threads);
    List<Path> load = new ArrayList<>();
    List<Path> before = new ArrayList<>();
    for (Path f : files) {
      if (loaded(recorded.get(f.getFileName().toString()), md5.get(f), size(f))) before.add(f);
      else load.add(f);
    }
    md5.keySet().retainAll(load);
    return new Plan(load, md5, before, List.of(), 0, List.of());
  }

  /**
   * The plan for the exports {@code list} names with a month within [from, to] (either may be
   * null), looked for in {@code folder}.
   */
  public static Plan ofList(
      Path list, Path folder, Month from, Month to, Map<String, EventFile> recorded, int threads) {
    List<EventFile> listed = new ArrayList<>();
    for (EventFile f : MasterFileList.exports(list)) {
      Month m = f.month();
      if (m == null && (from != null || to != null)) continue;
      if (from != null && m.isBefore(from) || to != null && m.isAfter(to)) continue;
      listed.add(f);
    }
    return ofListed(listed, folder, recorded, threads, true);
  }

  /**
   * The plan for the files a publisher lists ({@code listed}), looked for in {@code folder}: those
   * loaded before are left, those there are checked against the list. A file there whose bytes
   * differ from the list's is refused ({@code refuseWrong}: the user downloaded it) or counted
   * missing (an update fetches it again).
   */
  public static Plan ofListed(
      List<EventFile> listed,
      Path folder,
      Map<String, EventFile> recorded,
      int threads,
      boolean refuseWrong) {
    Map<Path, EventFile> present = new LinkedHashMap<>();
    List<EventFile> missing = new ArrayList<>();
    List<Path> before = new ArrayList<>();
    for (EventFile f : listed) {
      Path local = folder.resolve(f.name());
      boolean loaded = loaded(recorded.get(f.name()), f.md5(), f.bytes());
      // a user's folder is checked whole; an update does not read again what it loaded before
      if (loaded && !refuseWrong) before.add(local);
      else if (Files.isRegularFile(local)) present.put(local, f);
      else if (loaded) before.add(local);
      else missing.add(f);
    }
    Map<Path, String> md5 = md5(List.copyOf(present.keySet()), threads);
    List<ExchangeProblem> wrong = new ArrayList<>();
    List<Path> load = new ArrayList<>();
    present.forEach(
        (local, f) -> {
          long size = size(local);
          if (!f.md5().equals(md5.get(local)) || f.bytes() != size) {
            if (!refuseWrong) {
              missing.add(f);
              return;
            }
            wrong.add(
                new ExchangeProblem(
                    local,
                    0,
                    null,
                    "the list gives "
                        + f.bytes()
                        + " bytes, MD5 "
                        + f.md5()
                        + "; the file has "
                        + size
                        + " bytes, MD5 "
                        + md5.get(local)
                        + ": a broken or partial download (fetch it again)"));
          } else if (loaded(recorded.get(f.name()), f.md5(), f.bytes())) {
            before.add(local);
          } else {
            load.add(local);
          }
        });
    if (!wrong.isEmpty()) throw new ExchangeException(wrong);
    md5.keySet().retainAll(load);
    return new Plan(
        load,
        md5,
        before,
        missing,
        listed.size(),
        missing.stream().filter(f -> !recorded.containsKey(f.name())).toList());
  }

  /**
   * Whether the file recorded is this one, loaded: the same checksum, or, recorded by a plain load
   * without one, the same size.
   */
  private static boolean loaded(EventFile recorded, String md5, long bytes) {
    if (recorded == null || !recorded.loaded()) return false;
    return recorded.md5() != null ? recorded.md5().equals(md5) : recorded.bytes() == bytes;
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(f, 0, null, org.entwine.exchange.Unreadable.because(e)));
    }
  }

  /** Each file's MD5 as lowercase hex, the files shared among {@code threads}. */
  static Map<Path, String> md5(List<Path> files, int threads) {
    Map<Path, String> out = new LinkedHashMap<>();
    if (files.isEmpty()) return out;
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
    try {
      List<Future<String>> sums = new ArrayList<>();
      for (Path f : files) sums.add(pool.submit(() -> md5(f)));
      List<String> md5 = Tasks.join(sums);
      for (int i = 0; i < files.size(); i++) out.put(files.get(i), md5.get(i));
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private static String md5(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      MessageDigest d = MessageDigest.getInstance("MD5");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(f, 0, null, org.entwine.exchange.Unreadable.because(e)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }
}
