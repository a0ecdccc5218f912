package org.entwine.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.entwine.actor.Actor;
import org.entwine.actor.ActorKind;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Membership;
import org.entwine.evidence.Budget;
import org.entwine.evidence.Commitment;
import org.entwine.evidence.CommitmentStatus;
import org.entwine.evidence.CommitmentStatusChange;
import org.entwine.evidence.Contact;
import org.entwine.evidence.ContactLevel;
import org.entwine.evidence.Document;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Mechanism;
import org.entwine.evidence.MechanismLevel;
import org.entwine.evidence.Observation;
import org.entwine.evidence.Project;
import org.entwine.evidence.ProjectStatus;
import org.entwine.evidence.Session;
import org.entwine.evidence.TrustJudgement;
import org.entwine.framework.Framework;
import org.entwine.framework.FrameworkStatus;
import org.entwine.framework.Level;
import org.entwine.framework.LevelChange;
import org.entwine.framework.LevelName;
import org.entwine.framework.LevelVocabulary;
import org.entwine.framework.StatusChange;
import org.entwine.registry.RecordKind;
import org.entwine.registry.Registry;
import org.entwine.registry.ReportedCount;
import org.entwine.source.Attestation;
import org.entwine.source.Provenance;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Entwine exchange documents (format version 1, YAML or JSON) into a {@link Batch}. See
 * docs/user-guide.md for the format. Reading never touches the store; every problem found is
 * reported with its file, line and field, and nothing is returned if there is any.
 */
public final class RegistryReader {
  /** The exchange format version this reader reads. */
  public static final int FORMAT = 1;

  private final LevelVocabulary storedVocabulary;
  private final Provenance defaultProvenance;
  private final boolean fromRequest;

  /**
   * @param storedVocabulary the level names already stored, to resolve official names in frameworks
   * @param defaultProvenance given to records whose file says nothing of who entered them
   */
  public RegistryReader(LevelVocabulary storedVocabulary, Provenance defaultProvenance) {
    this(storedVocabulary, defaultProvenance, false);
  }

  /**
   * @param fromRequest the document came in a request to a server: it may not name files to open
   *     ({@code observationFiles}: a server never opens a path a request names), and who entered
   *     its records is the server's to say ({@code defaultProvenance}): a document's {@code
   *     enteredBy} and a record's {@code provenance} (as a record read from the server carries it)
   *     are passed over
   */
  public RegistryReader(
      LevelVocabulary storedVocabulary, Provenance defaultProvenance, boolean fromRequest) {
    this.storedVocabulary = storedVocabulary;
    this.defaultProvenance = defaultProvenance;
    this.fromRequest = fromRequest;
  }

  /** Reads several files as one batch: a file may refer to what another defines. */
  public Batch read(List<Path> files) {
    return read(files, null, null);
  }

  /**
   * Reads one document received rather than stored in a file (a request's body), named {@code name}
   * in messages.
   */
  public Batch read(String name, byte[] document) {
    Path named = Path.of(name);
    return read(List.of(named), named, document);
  }

  /** {@code files}, of which {@code given} (if any) is read from {@code givenBytes}, not opened. */
  private Batch read(List<Path> files, Path given, byte[] givenBytes) {
    Problems problems = new Problems();
    Batch all = Batch.empty();
    List<Node> roots = new ArrayList<>();
    List<Path> yamlFiles = new ArrayList<>();
    List<Path> csvFiles = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (f == given) yamlFiles.add(f); // a document received is JSON or YAML, whatever its name
      else if (ObservationCsv.isObservationFile(name)) csvFiles.add(f);
      else if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
        yamlFiles.add(f);
      else
        problems.add(
            f,
            0,
            null,
            "unknown file type: expected .yaml, .yml, .json (registry and ledgers) or .csv, .csv.gz"
                + " (observations)");
    }
    for (Path f : yamlFiles) {
      Node root = f == given ? parse(f, givenBytes, problems) : parse(f, problems);
      roots.add(root);
    }
    problems.throwIfAny();
    List<Fields> tops = new ArrayList<>();
    for (int i = 0; i < yamlFiles.size(); i++) {
      tops.add(Fields.of(yamlFiles.get(i), "", roots.get(i), problems));
    }
    // Level names first, from every file, so a framework may use a name another file defines.
    List<Batch> names = new ArrayList<>();
    for (Fields top : tops) {
      names.add(top == null ? Batch.empty() : levelNames(top));
    }
    problems.throwIfAny();
    LevelVocabulary fromBatch =
        new LevelVocabulary(
            names.stream().flatMap(b -> b.registry().levelNames().stream()).toList());
    Resolver vocabulary =
        (officialName, parties) -> {
          var hit = fromBatch.levelOf(officialName, parties);
          return hit.isPresent() ? hit : storedVocabulary.levelOf(officialName, parties);
        };
    for (int i = 0; i < tops.size(); i++) {
      Fields top = tops.get(i);
      if (top == null) continue;
      all =
          all.plus(names.get(i))
              .plus(new Document(yamlFiles.get(i), top, problems, vocabulary).read());
      if (fromRequest && top.has("observationFiles")) {
        top.problem(
            "observationFiles",
            "not accepted in a request: the server opens no file a request names;"
                + " send the observations inline, under 'observations'");
        continue;
      }
      for (String csv : top.texts("observationFiles")) {
        csvFiles.add(yamlFiles.get(i).toAbsolutePath().getParent().resolve(csv));
      }
    }
    problems.throwIfAny();
    for (Path csv : csvFiles) {
      all = all.plus(ObservationCsv.read(csv));
    }
    return all;
  }

  /**
   * The largest registry document read: it is read whole, and the YAML parser's time grows fast
   * with a line's length (a 200 MB one-line file took over ten minutes), so a larger one is refused
   * at once.
   */
  static final long LARGEST = 64L << 20;

  private static Node parse(Path file, Problems problems) {
    byte[] bytes;
    try {
      if (Files.isRegularFile(file) && Files.size(file) > LARGEST) {
        problems.add(
            file,
            0,
            null,
            String.format(
                "the file is %,d MB, larger than the %d MB a registry document may be (it is"
                    + " read whole): split it into several files, and give observations as CSV",
                Files.size(file) >> 20, LARGEST >> 20));
        return null;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(file, 0, null, org.entwine.exchange.Unreadable.because(e));
      return null;
    }
    return parse(file, bytes, problems);
  }

  private static Node parse(Path file, byte[] bytes, Problems problems) {
    if (bytes.length > LARGEST) {
      problems.add(
          file,
          0,
          null,
          String.format(
              "the document is %,d MB, larger than the %d MB a registry document may be (it is"
                  + " read whole): split it into several, and give observations as CSV",
              bytes.length >> 20, LARGEST >> 20));
      return null;
    }
    String text;
    try {
      text = Text.decode(bytes);
    } catch (CharacterCodingException e) {
      problems.add(file, 0, null, e.getMessage());
      return null;
    }
    if (text.isBlank()) {
      problems.add(
          file,
          0,
          null,
          "the file is empty: expected an Entwine exchange document starting with 'entwine: "
              + FORMAT
              + "'");
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) LARGEST);
    options.setAllowDuplicateKeys(true); // Fields reports duplicates with their line
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
      if (root == null) {
        problems.add(
            file,
            0,
            null,
            "the file holds no document: expected 'entwine: " + FORMAT + "' and records");
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(
          file,
          m == null ? 0 : m.getLine() + 1,
          null,
          "not valid YAML/JSON: "
              + e.getProblem()
              + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
    } catch (YAMLException e) {
      problems.add(file, 0, null, "not valid YAML/JSON: " + e.getMessage());
    }
    return null;
  }

  /** Resolves an official name to a level, for a framework between {@code parties}. */
  private interface Resolver {
    java.util.Optional<Level> levelOf(String officialName, List<String> parties);
  }

  private static Batch levelNames(Fields top) {
    List<LevelName> out = new ArrayList<>();
    IdentityHashMap<Object, ExchangeProblem> where = new IdentityHashMap<>();
    for (Fields f : top.objects("levelNames")) {
      String name = f.required("name");
      Level level = f.parsed("level", Level::parse, true);
      String actor = f.text("actor");
      List<String> sources = f.texts("sources");
      LevelName n = f.build(() -> new LevelName(name, level, actor, sources));
      if (n != null) {
        out.add(n);
        where.put(n, new ExchangeProblem(top.file(), f.line(), f.path(), ""));
      }
    }
    return new Batch(Registry.empty().withLevelNames(out), where);
  }

  /** Reads one file's records; keeps each record's location for later reference checks. */
  private final class Document {
    private final Path file;
    private final Fields top;
    private final Problems problems;
    private final Resolver vocabulary;
    private final IdentityHashMap<Object, ExchangeProblem> where = new IdentityHashMap<>();
    private Provenance provenance;

    Document(Path file, Fields top, Problems problems, Resolver vocabulary) {
      this.file = file;
      this.top = top;
      this.problems = problems;
      this.vocabulary = vocabulary;
    }

    Batch read() {
      String version = top.required("entwine");
      if (version != null && !version.equals(String.valueOf(FORMAT))) {
        top.problem(
            "entwine",
            "this is exchange format version "
                + version
                + "; this Entwine reads version "
                + FORMAT);
        return Batch.empty();
      }
      String by = fromRequest ? null : top.text("enteredBy");
      if (fromRequest) top.skip("enteredBy");
      provenance =
          by == null ? defaultProvenance : new Provenance(by, defaultProvenance.enteredAt());
      Registry.Builder r = Registry.builder();
      // level names are read first, from every file (levelNames)
      for (RecordKind<?> kind : RecordKind.ALL) {
        if (kind.type() == LevelName.class) top.skip(kind.section());
        else read(kind, r);
      }
      r.observations(list("observations", this::observation));
      top.skip("observationFiles");
      top.build(() -> Boolean.TRUE); // reports unknown top-level keys
      return new Batch(r.build(), where);
    }

    /** Reads the section of one kind of record into the builder. */
    private <T> void read(RecordKind<T> kind, Registry.Builder into) {
      Function<Fields, ?> reader = readers.get(kind.type());
      if (reader == null) throw new IllegalStateException("no reader for " + kind.name());
      List<T> records = new ArrayList<>();
      for (Object o : list(kind.section(), reader)) records.add(kind.type().cast(o));
      kind.put(into, records);
    }

    /**
     * How each kind of record is read from its fields: one entry per row of {@link RecordKind#ALL}
     * but level names.
     */
    private final Map<Class<?>, Function<Fields, ?>> readers = readers();

    private Map<Class<?>, Function<Fields, ?>> readers() {
      return Map.ofEntries(
          Map.entry(Source.class, this::source),
          Map.entry(Actor.class, this::actor),
          Map.entry(Framework.class, this::framework),
          Map.entry(ReportedCount.class, this::reportedCount),
          Map.entry(org.entwine.evidence.Document.class, this::document),
          Map.entry(Commitment.class, this::commitment),
          Map.entry(Project.class, this::project),
          Map.entry(Mechanism.class, this::mechanism),
          Map.entry(Contact.class, this::contact),
          Map.entry(IndicatorDefinition.class, this::indicator),
          Map.entry(TrustJudgement.class, this::judgement),
          Map.entry(org.entwine.evidence.Incident.class, this::incident));
    }

    private <T> List<T> list(String key, Function<Fields, T> reader) {
      List<T> out = new ArrayList<>();
      for (Fields f : top.objects(key)) {
        T t = reader.apply(f);
        if (t != null) {
          out.add(t);
          where.put(t, new ExchangeProblem(file, f.line(), f.path(), ""));
        }
      }
      return out;
    }

    /** An observation written inline, with the columns of an observation file. */
    private Observation observation(Fields f) {
      String indicator = f.required("indicator");
      String actor = f.required("actor");
      String partner = f.required("partner");
      PartialDate period = f.parsed("period", PartialDate::parse, true);
      Double value = f.parsed("value", Numbers::finite, true);
      String source = f.required("source");
      return f.build(() -> new Observation(indicator, actor, partner, period, value, source));
    }

    private Provenance provenance(Fields f) {
      if (fromRequest) {
        f.skip("provenance");
        return provenance;
      }
      Fields p = f.object("provenance");
      if (p == null) return provenance;
      String by = p.required("enteredBy");
      Instant at = p.parsed("enteredAt", Instant::parse, true);
      return p.build(() -> new Provenance(by, at));
    }

    private PartialDate date(Fields f, String key, boolean required) {
      return f.parsed(key, PartialDate::parse, required);
    }

    private Source source(Fields f) {
      String id = f.required("id");
      String title = f.required("title");
      String author = f.text("author");
      String publisher = f.text("publisher");
      String date = f.text("date");
      String url = f.text("url");
      String dataset = f.text("dataset");
      String version = f.text("version");
      String note = f.text("note");
      boolean illustrative = f.bool("illustrative", false);
      return f.build(
          () ->
              new Source(
                  id, title, author, publisher, date, url, dataset, version, note, illustrative));
    }

    private Actor actor(Fields f) {
      String code = f.required("code");
      ActorKind kind = f.parsed("kind", t -> Enums.parse(ActorKind.class, t), true);
      String name = f.required("name");
      Map<CodeSystem, String> codes = new EnumMap<>(CodeSystem.class);
      f.map("codes")
          .forEach(
              (system, value) -> {
                try {
                  codes.put(Enums.parse(CodeSystem.class, system), value);
                } catch (IllegalArgumentException e) {
                  f.problem("codes", e.getMessage());
                }
              });
      List<String> aliases = f.texts("aliases");
      List<Membership> members = new ArrayList<>();
      for (Fields m : f.objects("members")) {
        String member = m.required("member");
        PartialDate from = date(m, "from", true);
        PartialDate until = date(m, "until", false);
        List<String> sources = m.texts("sources");
        Membership ms = m.build(() -> new Membership(member, from, until, sources));
        if (ms != null) members.add(ms);
      }
      String note = f.text("note");
      PartialDate until = date(f, "until", false);
      String continuedBy = f.text("continuedBy");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new Actor(
                  code, kind, name, codes, aliases, members, note, until, continuedBy, sources, p));
    }

    private Framework framework(Fields f) {
      List<String> parties = f.texts("parties");
      String id = f.text("id");
      List<LevelChange> changes = new ArrayList<>();
      List<Fields> changeFields = f.objects("changes");
      if (changeFields.isEmpty())
        f.problem("changes", "a framework needs at least one change (its establishment)");
      for (Fields c : changeFields) {
        PartialDate date = date(c, "date", true);
        String officialName = c.required("officialName");
        Level explicit = c.parsed("level", Level::parse, false);
        Level level = explicit;
        if (level == null && officialName != null && !c.has("level")) {
          level = vocabulary.levelOf(officialName, parties).orElse(null);
          if (level == null) {
            c.problem(
                "officialName",
                "'"
                    + officialName
                    + "' is not in the level vocabulary: add it under levelNames, or give a level");
          }
        }
        Level resolved = level;
        List<String> sectors = c.texts("sectors");
        String document = c.text("document");
        String note = c.text("note");
        List<String> sources = c.texts("sources");
        Attestation confidence =
            c.parsed("confidence", t -> Enums.parse(Attestation.class, t), false);
        Map<String, String> sideNames = c.map("sideNames");
        String disagreement = c.text("disagreement");
        LevelChange lc =
            c.build(
                () ->
                    new LevelChange(
                        date,
                        resolved,
                        officialName,
                        sectors,
                        document,
                        note,
                        sources,
                        confidence,
                        sideNames,
                        disagreement));
        if (lc != null) changes.add(lc);
      }
      List<StatusChange> status = new ArrayList<>();
      for (Fields s : f.objects("statusChanges")) {
        PartialDate date = date(s, "date", true);
        FrameworkStatus st = s.parsed("status", t -> Enums.parse(FrameworkStatus.class, t), true);
        String document = s.text("document");
        String note = s.text("note");
        List<String> sources = s.texts("sources");
        Attestation confidence =
            s.parsed("confidence", t -> Enums.parse(Attestation.class, t), false);
        StatusChange sc =
            s.build(() -> new StatusChange(date, st, document, note, sources, confidence));
        if (sc != null) status.add(sc);
      }
      String note = f.text("note");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new Framework(
                  id != null
                      ? id
                      : parties.size() == 2
                          ? Framework.defaultId(parties.get(0), parties.get(1))
                          : null,
                  parties,
                  changes,
                  status,
                  note,
                  sources,
                  p));
    }

    private ReportedCount reportedCount(Fields f) {
      String actor = f.required("actor");
      PartialDate asOf = date(f, "asOf", true);
      Integer count = f.parsed("count", Numbers::wholeNumber, true);
      boolean atLeast = f.bool("atLeast", false);
      String counts = f.text("counts");
      String breakdown = f.text("breakdown");
      Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
      f.map("byLevel")
          .forEach(
              (level, n) -> {
                try {
                  byLevel.put(Level.parse(level), Numbers.wholeNumber(n));
                } catch (IllegalArgumentException e) {
                  f.problem("byLevel", level + ": " + e.getMessage());
                }
              });
      List<Level> covers = new ArrayList<>();
      for (String level : f.texts("covers")) {
        try {
          covers.add(Level.parse(level));
        } catch (IllegalArgumentException e) {
          f.problem("covers", e.getMessage());
        }
      }
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new ReportedCount(
                  actor, asOf, count, atLeast, counts, breakdown, byLevel, covers, sources, p));
    }

    private org.entwine.evidence.Document document(Fields f) {
      String id = f.required("id");
      String title = f.required("title");
      String kind = f.text("kind");
      PartialDate date = date(f, "date", true);
      List<String> parties = f.texts("parties");
      List<String> areas = f.texts("areas");
      boolean binding = f.bool("legallyBinding", false);
      String note = f.text("note");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new org.entwine.evidence.Document(
                  id, title, kind, date, parties, areas, binding, note, sources, p));
    }

    private Commitment commitment(Fields f) {
      String id = f.required("id");
      String document = f.text("document");
      List<String> by = f.texts("by");
      String area = f.text("area");
      String text = f.required("text");
      PartialDate due = date(f, "due", false);
      List<CommitmentStatusChange> status = new ArrayList<>();
      for (Fields s : f.objects("status")) {
        PartialDate date = date(s, "date", true);
        CommitmentStatus st = s.parsed("status", t -> Enums.parse(CommitmentStatus.class, t), true);
        String evidence = s.text("evidence");
        List<String> sources = s.texts("sources");
        CommitmentStatusChange c =
            s.build(() -> new CommitmentStatusChange(date, st, evidence, sources));
        if (c != null) status.add(c);
      }
      String note = f.text("note");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () -> new Commitment(id, document, by, area, text, due, status, note, sources, p));
    }

    private Project project(Fields f) {
      String id = f.required("id");
      String title = f.required("title");
      List<String> parties = f.texts("parties");
      String area = f.text("area");
      String goals = f.text("goals");
      PartialDate start = date(f, "start", false);
      PartialDate plannedEnd = date(f, "plannedEnd", false);
      PartialDate actualEnd = date(f, "actualEnd", false);
      List<String> participants = f.texts("participants");
      Budget budget = null;
      Fields b = f.object("budget");
      if (b != null) {
        BigDecimal amount = b.parsed("amount", Numbers::decimal, true);
        String currency = b.required("currency");
        budget = b.build(() -> new Budget(amount, currency));
      }
      Budget theBudget = budget;
      ProjectStatus status = f.parsed("status", t -> Enums.parse(ProjectStatus.class, t), true);
      String assessment = f.text("assessment");
      String note = f.text("note");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new Project(
                  id,
                  title,
                  parties,
                  area,
                  goals,
                  start,
                  plannedEnd,
                  actualEnd,
                  participants,
                  theBudget,
                  status,
                  assessment,
                  note,
                  sources,
                  p));
    }

    private Mechanism mechanism(Fields f) {
      String id = f.required("id");
      String name = f.required("name");
      List<String> parties = f.texts("parties");
      String kind = f.text("kind");
      MechanismLevel level = f.parsed("level", t -> Enums.parse(MechanismLevel.class, t), true);
      PartialDate established = date(f, "established", true);
      Double perYear = f.parsed("sessionsPerYear", Numbers::positive, false);
      String area = f.text("area");
      List<Session> sessions = new ArrayList<>();
      for (Fields s : f.objects("sessions")) {
        PartialDate date = date(s, "date", true);
        String note = s.text("note");
        List<String> sources = s.texts("sources");
        Session ss = s.build(() -> new Session(date, note, sources));
        if (ss != null) sessions.add(ss);
      }
      String note = f.text("note");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new Mechanism(
                  id,
                  name,
                  parties,
                  kind,
                  level,
                  established,
                  perYear,
                  area,
                  sessions,
                  note,
                  sources,
                  p));
    }

    private Contact contact(Fields f) {
      String id = f.required("id");
      PartialDate date = date(f, "date", true);
      String from = f.required("from");
      String to = f.required("to");
      ContactLevel level = f.parsed("level", t -> Enums.parse(ContactLevel.class, t), true);
      String title = f.text("title");
      String note = f.text("note");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(() -> new Contact(id, date, from, to, level, title, note, sources, p));
    }

    private TrustJudgement judgement(Fields f) {
      String id = f.required("id");
      String focal = f.required("focal");
      String partner = f.required("partner");
      PartialDate date = date(f, "date", true);
      Integer degree = f.parsed("degree", Numbers::wholeNumber, true);
      String reason = f.required("reason");
      String analyst = f.required("analyst");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () -> new TrustJudgement(id, focal, partner, date, degree, reason, analyst, sources, p));
    }

    private org.entwine.evidence.Incident incident(Fields f) {
      String id = f.required("id");
      PartialDate date = date(f, "date", true);
      PartialDate until = date(f, "until", false);
      List<String> parties = f.texts("parties");
      List<String> by = f.texts("by");
      String kind = f.required("kind");
      boolean material = f.bool("material", true);
      String title = f.required("title");
      String note = f.text("note");
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new org.entwine.evidence.Incident(
                  id, date, until, parties, by, kind, material, title, note, sources, p));
    }

    private IndicatorDefinition indicator(Fields f) {
      String id = f.required("id");
      String name = f.required("name");
      String unit = f.required("unit");
      boolean directed = f.bool("directed", false);
      String description = f.text("description");
      Integer from = f.parsed("coveredFrom", Numbers::wholeNumber, false);
      Integer to = f.parsed("coveredTo", Numbers::wholeNumber, false);
      boolean absentMeansZero = f.bool("absentMeansZero", false);
      List<String> coveredActors = f.texts("coveredActors");
      boolean organizations = f.bool("coversOrganizations", false);
      List<String> sources = f.texts("sources");
      Provenance p = provenance(f);
      return f.build(
          () ->
              new IndicatorDefinition(
                  id,
                  name,
                  unit,
                  directed,
                  description,
                  from,
                  to,
                  absentMeansZero,
                  coveredActors,
                  organizations,
                  sources,
                  p));
    }
  }
}
