package org.entwine.store;

import java.util.List;
import java.util.function.Function;
import org.entwine.actor.Actor;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Contact;
import org.entwine.evidence.Document;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.Project;
import org.entwine.framework.Framework;
import org.entwine.framework.LevelName;
import org.entwine.registry.Registry;
import org.entwine.registry.ReportedCount;
import org.entwine.source.Source;

/** A kind of record kept in the {@code records} table: its name there, its type, and its key. */
record RecordKind<T>(String name, Class<T> type, Function<T, String> id, Function<Registry, List<T>> of) {

  static final List<RecordKind<?>> ALL = List.of(
      new RecordKind<>("source", Source.class, Source::id, Registry::sources),
      new RecordKind<>("actor", Actor.class, Actor::code, Registry::actors),
      new RecordKind<>("level_name", LevelName.class, LevelName::scopedKey, Registry::levelNames),
      new RecordKind<>("framework", Framework.class, Framework::id, Registry::frameworks),
      new RecordKind<>("reported_count", ReportedCount.class, ReportedCount::key, Registry::reportedCounts),
      new RecordKind<>("document", Document.class, Document::id, Registry::documents),
      new RecordKind<>("commitment", Commitment.class, Commitment::id, Registry::commitments),
      new RecordKind<>("project", Project.class, Project::id, Registry::projects),
      new RecordKind<>("mechanism", Mechanism.class, Mechanism::id, Registry::mechanisms),
      new RecordKind<>("contact", Contact.class, Contact::id, Registry::contacts),
      new RecordKind<>("indicator", IndicatorDefinition.class, IndicatorDefinition::id, Registry::indicators),
      new RecordKind<>("judgement", org.entwine.evidence.TrustJudgement.class, org.entwine.evidence.TrustJudgement::id,
          Registry::judgements));

  String idOf(Object record) {
    return id.apply(type.cast(record));
  }
}
