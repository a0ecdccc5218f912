package org.entwine.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entwine.json.DomainJson;
import org.entwine.registry.RecordKind;
import org.entwine.registry.Registry;

/**
 * Writes a registry in the exchange format: {@code registry.yaml} (or .json) with everything but
 * the observations, which go to {@code observations.csv} beside it. What it writes reads back in.
 */
public final class RegistryWriter {
  private RegistryWriter() {}

  /** Writes into {@code dir}; returns the files written. */
  public static List<Path> write(Registry r, Path dir, boolean json) throws IOException {
    Files.createDirectories(dir);
    Path main = dir.resolve(json ? "registry.json" : "registry.yaml");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("entwine", RegistryReader.FORMAT);
    for (RecordKind<?> k : RecordKind.ALL) doc.put(k.section(), k.in(r));
    if (!r.observations().isEmpty()) doc.put("observationFiles", List.of("observations.csv"));
    try (Writer w = Files.newBufferedWriter(main)) {
      (json ? DomainJson.json().writerWithDefaultPrettyPrinter() : DomainJson.yaml().writer())
          .writeValue(w, doc);
    }
    if (r.observations().isEmpty()) return List.of(main);
    Path csv = dir.resolve("observations.csv");
    ObservationCsv.write(csv, r.observations());
    return List.of(main, csv);
  }
}
