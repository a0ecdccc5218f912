package org.entwine.registry;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.entwine.actor.Actor;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Contact;
import org.entwine.evidence.Document;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.Project;
import org.entwine.evidence.TrustJudgement;
import org.entwine.framework.Framework;
import org.entwine.framework.LevelName;
import org.entwine.source.Source;

/**
 * A kind of record the registry holds, and the one table of them ({@link #ALL}) that the registry,
 * the reference check and the store iterate: adding a kind is adding a row here (and its reading
 * and writing in the exchange format). Observations are not records of this kind: they run to
 * millions and have a key of four parts.
 *
 * @param name its name in the store ("level_name")
 * @param section its key in an exchange document ("levelNames")
 * @param what the word for it in messages ("level name")
 * @param keyField the field its key comes from, for messages ("id", "code", "name", "asOf")
 * @param type its class
 * @param key its key, unique within the kind
 * @param of its part of a registry
 * @param set a registry builder given that part
 * @param parties the actors a record of this kind is about, whose answers storing it can change;
 *     null for the kinds every answer reads (actors, level names, indicator definitions, reported
 *     counts). A commitment's are those who commit; its document's parties are found by the caller.
 */
public record RecordKind<T>(
    String name,
    String section,
    String what,
    String keyField,
    Class<T> type,
    Function<T, String> key,
    Function<Registry, List<T>> of,
    BiFunction<Registry.Builder, List<T>, Registry.Builder> set,
    Function<T, List<String>> parties) {

  public static final List<RecordKind<?>> ALL =
      List.of(
          new RecordKind<>(
              "source",
              "sources",
              "source",
              "id",
              Source.class,
              Source::id,
              Registry::sources,
              Registry.Builder::sources,
              s -> List.of()),
          new RecordKind<>(
              "actor",
              "actors",
              "actor",
              "code",
              Actor.class,
              Actor::code,
              Registry::actors,
              Registry.Builder::actors,
              null),
          new RecordKind<>(
              "level_name",
              "levelNames",
              "level name",
              "name",
              LevelName.class,
              LevelName::scopedKey,
              Registry::levelNames,
              Registry.Builder::levelNames,
              null),
          new RecordKind<>(
              "framework",
              "frameworks",
              "framework",
              "id",
              Framework.class,
              Framework::id,
              Registry::frameworks,
              Registry.Builder::frameworks,
              Framework::parties),
          new RecordKind<>(
              "reported_count",
              "reportedCounts",
              "reported count",
              "asOf",
              ReportedCount.class,
              ReportedCount::key,
              Registry::reportedCounts,
              Registry.Builder::reportedCounts,
              null),
          new RecordKind<>(
              "document",
              "documents",
              "document",
              "id",
              Document.class,
              Document::id,
              Registry::documents,
              Registry.Builder::documents,
              Document::parties),
          new RecordKind<>(
              "commitment",
              "commitments",
              "commitment",
              "id",
              Commitment.class,
              Commitment::id,
              Registry::commitments,
              Registry.Builder::commitments,
              Commitment::by),
          new RecordKind<>(
              "project",
              "projects",
              "project",
              "id",
              Project.class,
              Project::id,
              Registry::projects,
              Registry.Builder::projects,
              Project::parties),
          new RecordKind<>(
              "mechanism",
              "mechanisms",
              "mechanism",
              "id",
              Mechanism.class,
              Mechanism::id,
              Registry::mechanisms,
              Registry.Builder::mechanisms,
              Mechanism::parties),
          new RecordKind<>(
              "contact",
              "contacts",
              "contact",
              "id",
              Contact.class,
              Contact::id,
              Registry::contacts,
              Registry.Builder::contacts,
              c -> List.of(c.from(), c.to())),
          new RecordKind<>(
              "indicator",
              "indicators",
              "indicator",
              "id",
              IndicatorDefinition.class,
              IndicatorDefinition::id,
              Registry::indicators,
              Registry.Builder::indicators,
              null),
          new RecordKind<>(
              "judgement",
              "judgements",
              "judgement",
              "id",
              TrustJudgement.class,
              TrustJudgement::id,
              Registry::judgements,
              Registry.Builder::judgements,
              j -> List.of(j.focal(), j.partner())),
          new RecordKind<>(
              "incident",
              "incidents",
              "incident",
              "id",
              org.entwine.evidence.Incident.class,
              org.entwine.evidence.Incident::id,
              Registry::incidents,
              Registry.Builder::incidents,
              org.entwine.evidence.Incident::parties));

  /** The key of a record of this kind. */
  public String keyOf(Object record) {
    return key.apply(type.cast(record));
  }

  /** This kind's records in {@code r}. */
  public List<T> in(Registry r) {
    return of.apply(r);
  }

  /** {@code into} given {@code records} as this kind's part. */
  public Registry.Builder put(Registry.Builder into, List<T> records) {
    return set.apply(into, records);
  }
}
