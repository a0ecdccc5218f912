package org.entwine.web;

import io.javalin.config.RoutesConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entwine.app.CommitmentStatusEntry;
import org.entwine.evidence.Commitment;
import org.entwine.exchange.Batch;
import org.entwine.exchange.ExchangeException;
import org.entwine.exchange.Importer;
import org.entwine.exchange.RegistryReader;
import org.entwine.input.UserInputException;
import org.entwine.registry.Entry;
import org.entwine.registry.Registry;
import org.entwine.source.Provenance;

/**
 * Adds records (ledger entries: documents, commitments, projects, mechanisms, contacts; judgements;
 * frameworks…) sent as an exchange-format document in JSON, the same format {@code entwine import}
 * reads: checked the same way, with the same messages, and stored in one transaction or not at all;
 * stores new versions of stored records the same way; and records a commitment's new status. An
 * edited record's earlier version is kept.
 */
final class RecordsApi {
  /** What was refused: each problem with its line and field in the document sent. */
  record Refusal(int status, String error, List<String> problems) {}

  private final SharedStore db;

  RecordsApi(SharedStore db) {
    this.db = db;
  }

  /**
   * Reads the body as an exchange-format document and adds its records ({@code replace} false: 201;
   * grouped with the other additions waiting, {@link SharedStore#add}) or stores them as new
   * versions of the stored records of the same ids (true: 200). The body is read before the write's
   * turn, in memory: the server writes no file a request sends.
   */
  private void exchange(io.javalin.http.Context ctx, boolean replace) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0)
      throw new UserInputException(
          "the request has no body: send an exchange-format document as JSON");
    // who enters it: the signed-in account (or the server's user), never what the request claims
    Entry entry = SignIn.entry(ctx, "web: " + ctx.method() + " " + ctx.path());
    String enteredBy = entry.enteredBy();
    try {
      Batch batch =
          new RegistryReader(db.vocabulary(), new Provenance(enteredBy, Instant.now()), true)
              .read(SharedStore.REQUEST.toString(), body);
      int stored;
      if (replace) {
        Importer[] importer = new Importer[1];
        Registry[] before = new Registry[1];
        stored =
            db.write(
                ctx,
                store -> {
                  before[0] =
                      db.registry(); // kept, and in step with the store: writes take their turns
                  importer[0] = Importer.ofRequests(store, () -> before[0]);
                  return importer[0].write(batch, SharedStore.REQUEST, entry, true);
                },
                n ->
                    new SharedStore.Change(
                        importer[0].stored(), true, Touched.by(importer[0].stored(), before[0])));
      } else {
        stored = db.add(ctx, batch, entry);
      }
      ctx.status(replace ? 200 : 201)
          .json(Map.of(replace ? "replaced" : "stored", stored, "enteredBy", enteredBy));
    } catch (ExchangeException e) {
      List<String> problems = e.problems().stream().map(Object::toString).toList();
      ctx.status(400)
          .json(
              new Refusal(
                  400,
                  problems.size() == 1
                      ? problems.get(0)
                      : problems.size() + " problems: nothing was stored",
                  problems));
    }
  }

  void routes(RoutesConfig routes) {
    routes.post(
        "/api/commitments/{id}/status",
        ctx -> {
          CommitmentStatusEntry entry =
              WebApp.body(ctx, CommitmentStatusEntry.class, "date, status, evidence and sources");
          String id = ctx.pathParam("id");
          Entry by = SignIn.entry(ctx, "web: status of commitment " + id);
          var touched =
              new java.util.concurrent.atomic.AtomicReference<
                  java.util.Optional<java.util.Set<String>>>(java.util.Optional.empty());
          Commitment updated =
              db.write(
                  ctx,
                  store -> {
                    var registry = db.registry(); // kept, and in step with the store
                    Commitment next = entry.applyTo(registry, id);
                    store.replace(Registry.ofCommitment(next), by);
                    touched.set(Touched.by(Registry.ofCommitment(next), registry));
                    return next;
                  },
                  c -> new SharedStore.Change(Registry.ofCommitment(c), true, touched.get()));
          ctx.status(200).json(updated);
        });
    routes.post("/api/records", ctx -> exchange(ctx, false));
    routes.put("/api/records", ctx -> exchange(ctx, true));
  }
}
