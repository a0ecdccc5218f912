package org.entwine.exchange;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.entwine.method.Aggregation;
import org.entwine.method.LedgerMeasures;
import org.entwine.method.MeasureKind;
import org.entwine.method.Method;
import org.entwine.method.MethodIndicator;
import org.entwine.method.Normalization;
import org.entwine.method.Orientation;
import org.entwine.method.Pillar;
import org.entwine.method.Side;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a method file (format {@code entwineMethod: 1}, YAML or JSON). Every problem is reported
 * with its line and field; the method's hash is the SHA-256 of the file's bytes.
 */
public final class MethodReader {
  public static final int FORMAT = 1;

  private MethodReader() {}

  public static Method read(Path file, byte[] bytes) {
    Problems problems = new Problems();
    String text;
    try {
      text = Text.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new ExchangeException(new ExchangeProblem(file, 0, null, e.getMessage()));
    }
    Node root;
    try {
      LoaderOptions o = new LoaderOptions();
      o.setAllowDuplicateKeys(true);
      root = WholeText.compose(text, o);
    } catch (MarkedYAMLException e) {
      throw new ExchangeException(
          new ExchangeProblem(
              file,
              e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
              null,
              "not valid YAML/JSON: " + e.getProblem()));
    } catch (YAMLException e) {
      throw new ExchangeException(
          new ExchangeProblem(file, 0, null, "not valid YAML/JSON: " + e.getMessage()));
    }
    if (root == null)
      throw new ExchangeException(new ExchangeProblem(file, 0, null, "the method file is empty"));
    Fields f = Fields.of(file, "", root, problems);
    problems.throwIfAny();
    String format = f.required("entwineMethod");
    if (format != null && !format.equals(String.valueOf(FORMAT))) {
      f.problem(
          "entwineMethod", "this is method format " + format + "; this Entwine reads " + FORMAT);
    }
    String id = f.required("id");
    Integer version = f.parsed("version", Numbers::wholeNumber, true);
    String description = f.text("description");
    Normalization normalization =
        f.parsed("normalization", t -> Enums.parse(Normalization.class, t), false);
    Aggregation aggregation =
        f.parsed("aggregation", t -> Enums.parse(Aggregation.class, t), false);
    Integer lookback = f.parsed("lookbackYears", Numbers::wholeNumber, false);
    Double minimumCoverage = f.parsed("minimumCoverage", Numbers::finite, false);
    String reference = f.text("referenceSet");
    if (reference != null && !reference.equals("evidence") && !reference.equals("frameworks")) {
      f.problem(
          "referenceSet",
          "expected evidence (every actor with evidence) or frameworks (partners with a framework),"
              + " got '"
              + reference
              + "'");
    }
    Map<Pillar, Double> pillarWeights = new EnumMap<>(Pillar.class);
    f.map("pillarWeights")
        .forEach(
            (k, v) -> {
              try {
                pillarWeights.put(Enums.parse(Pillar.class, k), Numbers.positive(v));
              } catch (IllegalArgumentException e) {
                f.problem("pillarWeights", e.getMessage());
              }
            });
    List<String> areas = f.texts("areas");
    List<MethodIndicator> indicators = new ArrayList<>();
    for (Fields i : f.objects("indicators")) {
      String iid = i.required("id");
      String measure = i.required("measure");
      // the measure's kind is decided here, once: what reads the method asks the kind
      MeasureKind kind = measure == null ? null : MeasureKind.of(measure);
      if (kind == MeasureKind.LEDGER && !LedgerMeasures.ALL.containsKey(measure)) {
        i.problem(
            "measure",
            "unknown ledger measure '"
                + measure
                + "': expected one of "
                + new java.util.TreeSet<>(LedgerMeasures.ALL.keySet()));
      } else if (kind == MeasureKind.EVENTS) {
        i.problem(
            "measure",
            "'"
                + measure
                + "' is a measure of the event record, which a method reads for stability (under"
                + " stability), not as an indicator");
      }
      Pillar pillar = i.parsed("pillar", t -> Enums.parse(Pillar.class, t), true);
      Side side = i.parsed("side", t -> Enums.parse(Side.class, t), true);
      Orientation orientation =
          i.parsed("orientation", t -> Enums.parse(Orientation.class, t), false);
      String direction = i.text("direction");
      if (direction != null && !direction.equals("positive") && !direction.equals("negative")) {
        i.problem(
            "direction", "expected positive (more is deeper) or negative, got '" + direction + "'");
      }
      String transform = i.text("transform");
      if (transform != null && !transform.equals("none") && !transform.equals("log")) {
        i.problem("transform", "expected none or log, got '" + transform + "'");
      }
      Double weight = i.parsed("weight", Numbers::positive, false);
      Double target = i.parsed("target", Numbers::positive, false);
      String paper = i.required("paper");
      String area = i.text("area");
      if (area != null && !areas.contains(area)) {
        i.problem("area", "'" + area + "' is not among the method's areas " + areas);
      }
      Integer ownLookback = i.parsed("lookback", Numbers::wholeNumber, false);
      Integer years = i.parsed("years", Numbers::wholeNumber, false);
      String bridge = i.text("bridge");
      org.entwine.method.Aggregate organizations =
          i.parsed("organizations", t -> Enums.parse(org.entwine.method.Aggregate.class, t), false);
      MethodIndicator mi =
          i.build(
              () ->
                  new MethodIndicator(
                      iid,
                      measure,
                      kind,
                      pillar,
                      side,
                      orientation == null ? Orientation.EITHER : orientation,
                      !"negative".equals(direction),
                      "log".equals(transform),
                      weight == null ? 1.0 : weight,
                      target,
                      paper,
                      area,
                      ownLookback,
                      years == null ? 1 : years,
                      bridge,
                      organizations));
      if (mi != null) indicators.add(mi);
    }
    org.entwine.method.Alternatives alternatives = null;
    Fields sens = f.object("sensitivity");
    if (sens != null) {
      List<Normalization> ns = new ArrayList<>();
      for (String t : sens.texts("normalizations")) {
        try {
          ns.add(Enums.parse(Normalization.class, t));
        } catch (IllegalArgumentException e) {
          sens.problem("normalizations", e.getMessage());
        }
      }
      List<Aggregation> as = new ArrayList<>();
      for (String t : sens.texts("aggregations")) {
        try {
          as.add(Enums.parse(Aggregation.class, t));
        } catch (IllegalArgumentException e) {
          sens.problem("aggregations", e.getMessage());
        }
      }
      Double spread = sens.parsed("weightSpread", Numbers::finite, false);
      var d = org.entwine.method.Alternatives.defaults();
      alternatives =
          sens.build(
              () ->
                  new org.entwine.method.Alternatives(
                      ns.isEmpty() ? d.normalizations() : ns,
                      as.isEmpty() ? d.aggregations() : as,
                      spread == null ? d.weightSpread() : spread));
    }
    var theAlternatives = alternatives;
    List<org.entwine.method.StabilityMeasure> stability = new ArrayList<>();
    for (Fields st : f.objects("stability")) {
      String measure = st.required("measure");
      MeasureKind kind = measure == null ? null : MeasureKind.of(measure);
      if (kind == MeasureKind.LEDGER) {
        st.problem(
            "measure",
            "'"
                + measure
                + "' is a count from the ledgers, which has no swings to measure: expected a"
                + " dataset's series or one of the event record's "
                + org.entwine.events.EventEvidence.MEASURES);
      } else if (kind == MeasureKind.EVENTS
          && !org.entwine.events.EventEvidence.MEASURES.contains(measure)) {
        st.problem(
            "measure",
            "unknown measure of the event record '"
                + measure
                + "': expected one of "
                + org.entwine.events.EventEvidence.MEASURES);
      }
      Orientation o = st.parsed("orientation", t -> Enums.parse(Orientation.class, t), false);
      String transform = st.text("transform");
      if (transform != null && !transform.equals("none") && !transform.equals("log")) {
        st.problem("transform", "expected none or log, got '" + transform + "'");
      }
      Integer years = st.parsed("years", Numbers::wholeNumber, false);
      var sm =
          st.build(
              () ->
                  new org.entwine.method.StabilityMeasure(
                      measure,
                      kind,
                      o == null ? Orientation.EITHER : o,
                      "log".equals(transform),
                      years == null ? 10 : years));
      if (sm != null) stability.add(sm);
    }
    org.entwine.trust.TrustThresholds trust = null;
    Fields tr = f.object("trust");
    if (tr != null) {
      var d = org.entwine.trust.TrustThresholds.defaults();
      Integer min = tr.parsed("minimumFallenDue", Numbers::wholeNumber, false);
      Double high = tr.parsed("high", Numbers::finite, false);
      Double less = tr.parsed("less", Numbers::finite, false);
      Double deep = tr.parsed("deep", Numbers::finite, false);
      Double shock = tr.parsed("eventShock", Numbers::finite, false);
      String coop = tr.text("cooperationThreshold");
      Double threshold = null;
      if (coop != null && !coop.equals("median")) {
        try {
          threshold = Numbers.finite(coop);
        } catch (IllegalArgumentException e) {
          tr.problem(
              "cooperationThreshold",
              "expected median or a depth from 0 to 100, got '" + coop + "'");
        }
      }
      Double theThreshold = threshold;
      var events = d.events();
      Fields ev = tr.object("events");
      if (ev != null) {
        var de = d.events();
        Integer years = ev.parsed("years", Numbers::wholeNumber, false);
        Integer minimum = ev.parsed("minimumEvents", Numbers::wholeNumber, false);
        Double expected = ev.parsed("minimumExpectedDeeds", Numbers::finite, false);
        Double consistent = ev.parsed("consistent", Numbers::finite, false);
        Double inconsistent = ev.parsed("inconsistent", Numbers::finite, false);
        Double calm = ev.parsed("calm", Numbers::finite, false);
        Double hostile = ev.parsed("hostile", Numbers::finite, false);
        events =
            ev.build(
                () ->
                    new org.entwine.trust.TrustThresholds.EventThresholds(
                        years == null ? de.years() : years,
                        minimum == null ? de.minimumEvents() : minimum,
                        expected == null ? de.minimumExpectedDeeds() : expected,
                        consistent == null ? de.consistent() : consistent,
                        inconsistent == null ? de.inconsistent() : inconsistent,
                        calm == null ? de.calm() : calm,
                        hostile == null ? de.hostile() : hostile));
      }
      var theEvents = events;
      var news = d.news();
      Fields nw = tr.object("news");
      if (nw != null) {
        var dn = d.news();
        Integer years = nw.parsed("years", Numbers::wholeNumber, false);
        Integer newsLookback = nw.parsed("lookback", Numbers::wholeNumber, false);
        Double weight = nw.parsed("minimumWeight", Numbers::finite, false);
        Double steady = nw.parsed("steady", Numbers::finite, false);
        Double tense = nw.parsed("tense", Numbers::finite, false);
        Double frictionYear = nw.parsed("frictionYear", Numbers::finite, false);
        news =
            nw.build(
                () ->
                    new org.entwine.trust.TrustThresholds.NewsThresholds(
                        years == null ? dn.years() : years,
                        newsLookback == null ? dn.lookback() : newsLookback,
                        weight == null ? dn.minimumWeight() : weight,
                        steady == null ? dn.steady() : steady,
                        tense == null ? dn.tense() : tense,
                        frictionYear == null ? dn.frictionYear() : frictionYear));
      }
      var theNews = news;
      trust =
          tr.build(
              () ->
                  new org.entwine.trust.TrustThresholds(
                      min == null ? d.minimumFallenDue() : min,
                      high == null ? d.high() : high,
                      less == null ? d.less() : less,
                      deep == null ? d.deep() : deep,
                      theThreshold,
                      shock == null ? d.eventShock() : shock,
                      theEvents,
                      theNews));
    }
    var theTrust = trust;
    List<org.entwine.method.PriorityGroup> priorities = new ArrayList<>();
    for (Fields g : f.objects("priorities")) {
      String name = g.required("name");
      List<String> members = g.texts("members");
      String actor = g.text("actor");
      String source = g.text("source");
      var pg = g.build(() -> new org.entwine.method.PriorityGroup(name, members, actor, source));
      if (pg != null) priorities.add(pg);
    }
    org.entwine.method.Baselines baselines = null;
    Fields val = f.object("validation");
    if (val != null) {
      var d = org.entwine.method.Baselines.defaults();
      var trade = series(val.object("trade"), d.trade());
      var share = series(val.object("partnerShare"), d.partnerShare());
      Integer top = val.parsed("topTraders", Numbers::wholeNumber, false);
      Integer horizon = val.parsed("horizon", Numbers::wholeNumber, false);
      baselines =
          val.build(
              () ->
                  new org.entwine.method.Baselines(
                      trade,
                      share,
                      top == null ? d.topTraders() : top,
                      horizon == null ? d.horizon() : horizon));
    }
    var theBaselines = baselines;
    String hash = sha256(bytes);
    Method m =
        f.build(
            () ->
                new Method(
                    id,
                    version,
                    description,
                    normalization == null ? Normalization.MIN_MAX : normalization,
                    aggregation == null ? Aggregation.ARITHMETIC : aggregation,
                    lookback == null ? 5 : lookback,
                    "frameworks".equals(reference),
                    pillarWeights,
                    indicators,
                    areas,
                    stability,
                    theAlternatives,
                    theTrust,
                    priorities,
                    minimumCoverage == null ? 0 : minimumCoverage,
                    theBaselines,
                    hash));
    problems.throwIfAny();
    return m;
  }

  /** A series the validation reads alone: its measure, bridge and lookback; else the default. */
  private static org.entwine.method.Baselines.Series series(
      Fields f, org.entwine.method.Baselines.Series otherwise) {
    if (f == null) return otherwise;
    String measure = f.required("measure");
    String bridge = f.text("bridge");
    Integer lookback = f.parsed("lookback", Numbers::wholeNumber, false);
    var s = f.build(() -> new org.entwine.method.Baselines.Series(measure, bridge, lookback));
    return s == null ? otherwise : s;
  }

  public static Method read(Path file) {
    try {
      return read(file, java.nio.file.Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ExchangeException(
          new ExchangeProblem(file, 0, null, org.entwine.exchange.Unreadable.because(e)));
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
