package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.Importer;

/**
 * Adds records (ledger entries: documents, commitments, projects, mechanisms, contacts; judgements;
 * frameworks…) sent as an exchange-format document in JSON, the same format {@code entwine import}
 * reads: checked the same way, with the same messages, and stored in one transaction or not at all.
 */
final class RecordsApi {
  /** What was refused: each problem with its line and field in the document sent. */
  record Refusal(int status, String error, List<String> problems) {}

  private final Database db;

  RecordsApi(Database db) {
    this.db = db;
  }

  void routes(RoutesConfig routes) {
    routes.post("/api/records", ctx -> {
      String enteredBy = ctx.header("X-Entered-By") != null ? ctx.header("X-Entered-By") : "web";
      byte[] body = ctx.bodyAsBytes();
      if (body.length == 0) throw new IllegalArgumentException("the request has no body: send an exchange-format document as JSON");
      Path dir = Files.createTempDirectory("entwine-entry");
      Path file = Files.write(dir.resolve("request.json"), body);
      try {
        int stored = db.write(store -> new Importer(store).importFiles(List.of(file), enteredBy));
        ctx.status(201).json(Map.of("stored", stored));
      } catch (ExchangeException e) {
        List<String> problems = e.problems().stream().map(p -> p.toString().replace(file.toString(), "request")).toList();
        ctx.status(400).json(new Refusal(400, problems.size() == 1 ? problems.get(0) : problems.size() + " problems: nothing was stored",
            problems));
      } finally {
        try {
          Files.deleteIfExists(file);
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }
}
