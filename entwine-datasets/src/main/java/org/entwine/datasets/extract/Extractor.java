package org.entwine.datasets.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.actor.Crosswalk;
import org.entwine.datasets.Dataset;
import org.entwine.datasets.Datasets;
import org.entwine.datasets.Progress;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.ExchangeProblem;
import org.entwine.exchange.ObservationCsv;
import org.entwine.json.DomainJson;
import org.entwine.source.Source;

/**
 * Writes an extract of the published datasets for one focal actor: for each dataset of the plan,
 * the yearly observations of the actor's pairs (both directions) from the plan's first year, as the
 * loaders derive them from the full files (shares and totals are computed over the whole file, then
 * the pairs kept). Derived figures only, never the publishers' rows. Each dataset becomes {@code
 * NAME.yaml} (its source and indicator definitions, with the years covered) and {@code NAME.csv}
 * (the observations, sorted), both in the exchange format; {@code manifest.yaml} says, for every
 * dataset, who publishes it, which version, the source files' SHA-256, its terms and citation, and
 * the command that wrote it; {@code files.txt} lists what a database loads. The same files give the
 * same bytes.
 */
public final class Extractor {
  /**
   * What an extract's source adds to the dataset's version: a full load replaces it without being
   * asked.
   */
  public static final String EXTRACT = " (extract)";

  private Extractor() {}

  /** What was written for one dataset. */
  public record Written(
      String dataset, boolean included, long observations, Integer from, Integer to) {}

  public static List<Written> write(
      ExtractPlan plan, Path data, Path out, Crosswalk crosswalk, Progress progress) {
    try {
      Files.createDirectories(out);
      List<Written> written = new ArrayList<>();
      List<Map<String, Object>> manifest = new ArrayList<>();
      List<String> files = new ArrayList<>();
      for (ExtractPlan.Entry e : plan.datasets()) {
        Dataset d =
            Datasets.byName(e.dataset())
                .orElseThrow(
                    () ->
                        new ExchangeException(
                            new ExchangeProblem(
                                null,
                                0,
                                null,
                                "the plan names an unknown dataset '" + e.dataset() + "'")));
        List<Path> paths = e.files().stream().map(data::resolve).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        Source source = d.records().sources().get(0);
        m.put("dataset", d.name());
        m.put("title", source.title());
        m.put("publisher", source.publisher());
        m.put("author", source.author());
        m.put("version", source.version());
        m.put("url", source.url());
        m.put("citation", e.citation());
        m.put("licence", e.licence());
        List<Map<String, Object>> fileInfo = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("file", e.files().get(i));
          f.put("sha256", sha256(paths.get(i)));
          f.put("bytes", Files.size(paths.get(i)));
          fileInfo.add(f);
        }
        m.put("files", fileInfo);
        if (!e.included()) {
          m.put("included", false);
          m.put("why", e.exclude());
          m.put("load", "entwine load " + d.name() + " " + String.join(" ", e.files()));
          manifest.add(m);
          written.add(new Written(d.name(), false, 0, null, null));
          continue;
        }
        Written w = one(d, e, plan, paths, out, crosswalk, progress);
        m.put("included", true);
        m.put("observations", w.observations());
        m.put("years", w.from() == null ? null : w.from() + "-" + w.to());
        m.put("extract", List.of(d.name() + ".yaml", d.name() + ".csv.gz"));
        manifest.add(m);
        files.add(d.name() + ".yaml");
        files.add(d.name() + ".csv.gz");
        written.add(w);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("focal", plan.focal());
      doc.put("from", plan.from());
      doc.put("command", plan.command());
      doc.put(
          "about",
          "Derived yearly figures of "
              + plan.focal()
              + "'s pairs from the published datasets, as Entwine's loaders derive them from the"
              + " whole files; never the publishers' rows. Cite each dataset as its entry says.");
      doc.put("datasets", manifest);
      try (Writer w = Files.newBufferedWriter(out.resolve("manifest.yaml"))) {
        DomainJson.yaml().writeValue(w, doc);
      }
      Files.write(out.resolve("files.txt"), files);
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Written one(
      Dataset d,
      ExtractPlan.Entry e,
      ExtractPlan plan,
      List<Path> paths,
      Path out,
      Crosswalk crosswalk,
      Progress progress)
      throws IOException {
    String focal = plan.focal();
    Set<String> keep = Set.copyOf(e.indicators());
    List<Observation> kept = new ArrayList<>();
    Dataset.Result result =
        d.read(
            paths,
            crosswalk,
            o -> {
              if ((o.actor().equals(focal) || o.partner().equals(focal))
                  && o.period().earliest().getYear() >= plan.from()
                  && (keep.isEmpty() || keep.contains(o.indicator()))) {
                kept.add(o);
              }
            },
            progress);
    Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    result.records().indicators().stream()
        .filter(i -> keep.isEmpty() || keep.contains(i.id()))
        .forEach(i -> definitions.put(i.id(), i.restrictedTo(focal, plan.from())));
    // where no value means none within the years covered, a zero adds nothing the definition does
    // not say
    kept.removeIf(o -> o.value() == 0 && definitions.get(o.indicator()).absentMeansZero());
    kept.sort(
        Comparator.comparing(Observation::indicator)
            .thenComparing(Observation::actor)
            .thenComparing(Observation::partner)
            .thenComparing(o -> o.period().earliest()));
    ObservationCsv.write(out.resolve(d.name() + ".csv.gz"), kept);
    // every source the observations may cite (IMF DOTS cites its mirror figures apart)
    List<Source> noted =
        result.records().sources().stream()
            .map(
                s ->
                    new Source(
                        s.id(),
                        s.title(),
                        s.author(),
                        s.publisher(),
                        s.date(),
                        s.url(),
                        s.dataset(),
                        s.version() + EXTRACT,
                        (s.note() == null ? "" : s.note() + " ")
                            + "Bundled as an extract: "
                            + focal
                            + "'s pairs from "
                            + plan.from()
                            + " (see manifest.yaml); load the published files with 'entwine load "
                            + d.name()
                            + " --replace' for every pair.",
                        false))
            .toList();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("entwine", 1);
    doc.put("sources", noted);
    doc.put("indicators", List.copyOf(definitions.values()));
    try (Writer w = Files.newBufferedWriter(out.resolve(d.name() + ".yaml"))) {
      DomainJson.yaml().writeValue(w, doc);
    }
    IndicatorDefinition any = definitions.values().stream().findFirst().orElse(null);
    return new Written(
        d.name(),
        true,
        kept.size(),
        any == null ? null : any.coveredFrom(),
        any == null ? null : any.coveredTo());
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
