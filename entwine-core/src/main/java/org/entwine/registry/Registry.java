package org.entwine.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entwine.actor.Actor;
import org.entwine.actor.Crosswalk;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.Contact;
import org.entwine.evidence.Document;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.Observation;
import org.entwine.evidence.Outcome;
import org.entwine.evidence.Project;
import org.entwine.framework.Framework;
import org.entwine.framework.LevelName;
import org.entwine.framework.LevelVocabulary;
import org.entwine.source.Cited;
import org.entwine.source.Source;

/**
 * Everything Entwine holds, or one import's worth of it: the registry of actors and frameworks and
 * the ledgers of evidence. Immutable; {@link #plus} joins two.
 */
public record Registry(
    List<Source> sources,
    List<Actor> actors,
    List<LevelName> levelNames,
    List<Framework> frameworks,
    List<ReportedCount> reportedCounts,
    List<Document> documents,
    List<Commitment> commitments,
    List<Outcome> outcomes,
    List<Project> projects,
    List<Mechanism> mechanisms,
    List<Contact> contacts,
    List<IndicatorDefinition> indicators,
    List<Observation> observations,
    List<org.entwine.evidence.TrustJudgement> judgements,
    List<org.entwine.evidence.Incident> incidents) {

  public Registry {
    sources = List.copyOf(sources);
    actors = List.copyOf(actors);
    levelNames = List.copyOf(levelNames);
    frameworks = List.copyOf(frameworks);
    reportedCounts = List.copyOf(reportedCounts);
    documents = List.copyOf(documents);
    commitments = List.copyOf(commitments);
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    projects = List.copyOf(projects);
    mechanisms = List.copyOf(mechanisms);
    contacts = List.copyOf(contacts);
    indicators = List.copyOf(indicators);
    observations = List.copyOf(observations);
    judgements = judgements == null ? List.of() : List.copyOf(judgements);
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
  }

  public static Registry empty() {
    return new Registry(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A registry built part by part, by name; a part not given is empty. */
  public static Builder builder() {
    return new Builder(empty());
  }

  /** A builder holding this registry's parts, to change some of them by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a registry by naming its parts, not by their position among fifteen. */
  public static final class Builder {
    private List<Source> sources;
    private List<Actor> actors;
    private List<LevelName> levelNames;
    private List<Framework> frameworks;
    private List<ReportedCount> reportedCounts;
    private List<Document> documents;
    private List<Commitment> commitments;
    private List<Outcome> outcomes;
    private List<Project> projects;
    private List<Mechanism> mechanisms;
    private List<Contact> contacts;
    private List<IndicatorDefinition> indicators;
    private List<Observation> observations;
    private List<org.entwine.evidence.TrustJudgement> judgements;
    private List<org.entwine.evidence.Incident> incidents;

    private Builder(Registry r) {
      sources = r.sources;
      actors = r.actors;
      levelNames = r.levelNames;
      frameworks = r.frameworks;
      reportedCounts = r.reportedCounts;
      documents = r.documents;
      commitments = r.commitments;
      outcomes = r.outcomes;
      projects = r.projects;
      mechanisms = r.mechanisms;
      contacts = r.contacts;
      indicators = r.indicators;
      observations = r.observations;
      judgements = r.judgements;
      incidents = r.incidents;
    }

    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    public Builder actors(List<Actor> actors) {
      this.actors = actors;
      return this;
    }

    public Builder levelNames(List<LevelName> levelNames) {
      this.levelNames = levelNames;
      return this;
    }

    public Builder frameworks(List<Framework> frameworks) {
      this.frameworks = frameworks;
      return this;
    }

    public Builder reportedCounts(List<ReportedCount> reportedCounts) {
      this.reportedCounts = reportedCounts;
      return this;
    }

    public Builder documents(List<Document> documents) {
      this.documents = documents;
      return this;
    }

    public Builder commitments(List<Commitment> commitments) {
      this.commitments = commitments;
      return this;
    }

    public Builder outcomes(List<Outcome> outcomes) {
      this.outcomes = outcomes;
      return this;
    }

    public Builder projects(List<Project> projects) {
      this.projects = projects;
      return this;
    }

    public Builder mechanisms(List<Mechanism> mechanisms) {
      this.mechanisms = mechanisms;
      return this;
    }

    public Builder contacts(List<Contact> contacts) {
      this.contacts = contacts;
      return this;
    }

    public Builder indicators(List<IndicatorDefinition> indicators) {
      this.indicators = indicators;
      return this;
    }

    public Builder observations(List<Observation> observations) {
      this.observations = observations;
      return this;
    }

    public Builder judgements(List<org.entwine.evidence.TrustJudgement> judgements) {
      this.judgements = judgements;
      return this;
    }

    public Builder incidents(List<org.entwine.evidence.Incident> incidents) {
      this.incidents = incidents;
      return this;
    }

    public Registry build() {
      return new Registry(
          sources,
          actors,
          levelNames,
          frameworks,
          reportedCounts,
          documents,
          commitments,
          outcomes,
          projects,
          mechanisms,
          contacts,
          indicators,
          observations,
          judgements,
          incidents);
    }
  }

  /** One commitment, alone: an edit's batch. */
  public static Registry ofCommitment(Commitment c) {
    return builder().commitments(List.of(c)).build();
  }

  public Registry withObservations(List<Observation> o) {
    return toBuilder().observations(o).build();
  }

  public Registry withLevelNames(List<LevelName> n) {
    return toBuilder().levelNames(n).build();
  }

  /** A dataset's records: its sources, indicator definitions and contacts. */
  public static Registry ofDataset(
      List<Source> sources, List<IndicatorDefinition> indicators, List<Contact> contacts) {
    return builder().sources(sources).contacts(contacts).indicators(indicators).build();
  }

  public Registry plus(Registry o) {
    Builder b = builder().observations(join(observations, o.observations));
    for (RecordKind<?> k : RecordKind.ALL) b = joined(k, o, b);
    return b.build();
  }

  private <T> Builder joined(RecordKind<T> k, Registry o, Builder into) {
    return k.put(into, join(k.in(this), k.in(o)));
  }

  /**
   * The registry with {@code o}'s records in place of those of the same kind and id (new versions
   * of them), and {@code o}'s other records added: what the store holds after it replaces them.
   */
  public Registry replacing(Registry o) {
    Builder b = builder().observations(join(observations, o.observations));
    for (RecordKind<?> k : RecordKind.ALL) b = swapped(k, o, b);
    return b.build();
  }

  private <T> Builder swapped(RecordKind<T> k, Registry o, Builder into) {
    return k.put(into, swap(k.in(this), k.in(o), k.key()));
  }

  private static <T> List<T> swap(List<T> a, List<T> b, java.util.function.Function<T, ?> key) {
    if (b.isEmpty()) return a;
    java.util.Set<Object> replaced = new java.util.HashSet<>();
    b.forEach(x -> replaced.add(key.apply(x)));
    List<T> all = new ArrayList<>(a.size() + b.size());
    a.forEach(
        x -> {
          if (!replaced.contains(key.apply(x))) all.add(x);
        });
    all.addAll(b);
    return all;
  }

  private static <T> List<T> join(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  /** Every record that cites sources and carries provenance. */
  public Stream<Cited> citedRecords() {
    return Stream.of(
            actors,
            frameworks,
            reportedCounts,
            documents,
            commitments,
            outcomes,
            projects,
            mechanisms,
            contacts,
            indicators,
            judgements,
            incidents)
        .flatMap(List::stream)
        .map(Cited.class::cast);
  }

  /** How many records of every kind, sources and observations included. */
  public int size() {
    return sources.size() + levelNames.size() + observations.size() + (int) citedRecords().count();
  }

  /**
   * The analysts' judgements of {@code partner}'s trustworthiness by {@code focal} made on or
   * before {@code day}, in the order recorded: what a brief lists, and the latest of which an
   * assessment sets beside the degree the evidence gives.
   */
  public List<org.entwine.evidence.TrustJudgement> judgementsOn(
      String focal, String partner, java.time.LocalDate day) {
    return judgements.stream()
        .filter(
            j ->
                j.focal().equals(focal)
                    && j.partner().equals(partner)
                    && j.date().isOnOrBefore(day))
        .toList();
  }

  public Optional<Actor> actor(String code) {
    return find(actors, Actor::code, code);
  }

  public Optional<Source> source(String id) {
    return find(sources, Source::id, id);
  }

  public Crosswalk crosswalk() {
    return new Crosswalk(actors);
  }

  public LevelVocabulary vocabulary() {
    return new LevelVocabulary(levelNames);
  }

  private static <T> Optional<T> find(List<T> list, Function<T, String> key, String value) {
    return list.stream().filter(t -> key.apply(t).equals(value)).findFirst();
  }
}
