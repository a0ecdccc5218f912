package org.entwine.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entwine.framework.Level;
import org.entwine.registry.Asymmetric;
import org.entwine.registry.LevelCount;
import org.entwine.registry.LevelCounts;
import org.entwine.registry.PartnershipNetwork;
import org.entwine.registry.Registry;
import org.entwine.registry.ReportedCount;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = "Questions about the whole registry.",
    subcommands = {
      RegistryCommand.Counts.class,
      RegistryCommand.AsymmetricFrameworks.class,
      RegistryCommand.Network.class
    })
final class RegistryCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "counts",
      mixinStandardHelpOptions = true,
      description = {
        "Partnerships per actor and level on a date, beside the counts sources report (e.g. the"
            + " papers' counts as of 2013-08-30).",
        "'partnerships' counts every framework above NONE, each at its own level, as foreign"
            + " ministries count them; 'partners' counts distinct partners.",
        "With ACTOR: that actor's counts per level beside every count a source reports for that"
            + " date (else the latest before it), level by level, with the source."
      })
  static final class Counts extends DatabaseCommand {
    @picocli.CommandLine.Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "ACTOR",
        description = "One actor, e.g. VNM: its counts level by level beside the reported ones.")
    String actor;

    @Mixin AsOfOption asOf;

    @picocli.CommandLine.Mixin FormatOption output;
    @Mixin LanguageOption language;

    @Override
    int run(Store store) {
      Labels w = Labels.of(language.words());
      Registry registry = store.load();
      LocalDate day = asOf.day();
      List<LevelCount> counts = LevelCounts.asOf(registry, day);
      if (actor != null) return one(registry, counts, actor(registry, actor), day, w);
      boolean table = output.format == Format.TABLE;
      Table t =
          new Table(
              java.util.stream.Stream.of(
                      "actor",
                      "name",
                      "partnerships",
                      "partners",
                      "SPECIAL",
                      "COMPREHENSIVE_STRATEGIC",
                      "STRATEGIC",
                      "SECTORAL_STRATEGIC",
                      "COMPREHENSIVE",
                      "OTHER_PARTNERSHIP",
                      "alliances",
                      "reported",
                      "reportedAsOf",
                      "reportedCounts",
                      "reportedSources")
                  .map(c -> table ? w.column(c) : c)
                  .toArray(String[]::new));
      for (LevelCount c : counts) {
        ReportedCount latest = c.latestReported().orElse(null);
        t.row(
            c.actor(),
            table ? w.name(registry, c.actor()) : c.name(),
            c.partnerships(),
            c.partners(),
            n(c, Level.SPECIAL),
            n(c, Level.COMPREHENSIVE_STRATEGIC),
            n(c, Level.STRATEGIC),
            n(c, Level.SECTORAL_STRATEGIC),
            n(c, Level.COMPREHENSIVE),
            n(c, Level.OTHER_PARTNERSHIP),
            c.alliances(),
            latest == null ? null : latest.display(),
            latest == null ? null : latest.asOf().toString(),
            latest == null ? null : latest.counts(),
            latest == null ? null : latest.sources());
      }
      if (table) out().println(w.get("cli.registry.counts", w.date(day)));
      t.print(output.format, out());
      return ExitCodes.OK;
    }

    /**
     * One actor's counts per level, beside each reported count of the date (else the latest before
     * it).
     */
    private int one(
        Registry registry, List<LevelCount> counts, String code, LocalDate day, Labels w) {
      boolean table = output.format == Format.TABLE;
      LevelCount c =
          counts.stream()
              .filter(x -> x.actor().equals(code))
              .findFirst()
              .orElse(new LevelCount(code, code, Map.of(), 0, 0, 0, List.of()));
      List<ReportedCount> sameDay =
          c.reported().stream().filter(r -> r.asOf().earliest().equals(day)).toList();
      List<ReportedCount> shown =
          !sameDay.isEmpty() ? sameDay : c.latestReported().map(List::of).orElse(List.of());
      Table t =
          new Table(
              java.util.stream.Stream.of(
                      "level", "registry", "reported", "reportedAsOf", "agrees", "reportedSource")
                  .map(x -> table ? w.column(x) : x)
                  .toArray(String[]::new));
      java.util.function.Function<Level, String> level = l -> table ? w.word("level", l) : l.name();
      for (Level l : Level.values()) {
        if (l == Level.NONE) continue;
        int held = n(c, l);
        List<ReportedCount> broken =
            shown.stream().filter(r -> r.byLevel().containsKey(l)).toList();
        if (broken.isEmpty() && held == 0) continue;
        if (broken.isEmpty()) t.row(level.apply(l), held, null, null, null, null);
        for (ReportedCount r : broken) {
          int said = r.byLevel().get(l);
          t.row(
              level.apply(l),
              held,
              said,
              table ? w.date(r.asOf()) : r.asOf().toString(),
              table ? w.get(held == said ? "cli.yes" : "cli.no") : held == said,
              sourceText(registry, r));
        }
      }
      for (ReportedCount r : shown) {
        // A count whose levels the source does not say is shown beside the registry's total, not
        // judged against it.
        int covered =
            r.covers().isEmpty()
                ? c.partnerships()
                : r.covers().stream().mapToInt(l -> n(c, l)).sum();
        Boolean agrees =
            r.covers().isEmpty()
                ? null
                : (r.atLeast() ? covered > r.count() : covered == r.count());
        t.row(
            table
                ? (r.covers().isEmpty()
                    ? w.get("cli.registry.total")
                    : w.get(
                        "cli.registry.totalOf",
                        r.covers().stream()
                            .map(level)
                            .collect(java.util.stream.Collectors.joining(", "))))
                : "total"
                    + (r.covers().isEmpty()
                        ? ""
                        : " of "
                            + r.covers().stream()
                                .map(Level::name)
                                .collect(java.util.stream.Collectors.joining(", "))),
            covered,
            r.display(),
            table ? w.date(r.asOf()) : r.asOf().toString(),
            table && agrees != null ? w.get(agrees ? "cli.yes" : "cli.no") : agrees,
            sourceText(registry, r));
      }
      if (shown.isEmpty())
        t.row(
            table ? w.get("cli.registry.total") : "total",
            c.partnerships(),
            null,
            null,
            null,
            null);
      if (output.format == Format.TABLE) {
        out()
            .println(
                w.get(
                    shown.isEmpty()
                        ? "cli.registry.oneNone"
                        : sameDay.isEmpty() ? "cli.registry.oneLatest" : "cli.registry.oneSameDay",
                    w.name(registry, code),
                    code,
                    w.date(day),
                    c.partnerships(),
                    c.partners()));
        t.print(output.format, out());
        for (ReportedCount r : shown) {
          // what the source says, in its own words
          out()
              .println(
                  w.get(
                      "cli.registry.reported",
                      w.date(r.asOf()),
                      r.display()
                          + " "
                          + (r.counts() == null ? "" : r.counts())
                          + (r.breakdown() == null ? "" : " - " + r.breakdown())));
        }
      } else {
        t.print(output.format, out());
      }
      return ExitCodes.OK;
    }

    private static String sourceText(Registry registry, ReportedCount r) {
      return r.sources().stream()
          .map(
              id ->
                  registry
                      .source(id)
                      .map(s -> s.label() + (s.url() == null ? "" : " " + s.url()))
                      .orElse(id))
          .collect(java.util.stream.Collectors.joining("; "));
    }

    private static int n(LevelCount c, Level l) {
      return c.byLevel().getOrDefault(l, 0);
    }
  }

  @Command(
      name = "asymmetric",
      mixinStandardHelpOptions = true,
      description =
          "Frameworks between actors of different kinds: a state and an organization, an alliance"
              + " and a state, two continents.")
  static final class AsymmetricFrameworks extends DatabaseCommand {
    @picocli.CommandLine.Mixin FormatOption output;
    @Mixin LanguageOption language;

    @Override
    int run(Store store) {
      Labels w = Labels.of(language.words());
      boolean table = output.format == Format.TABLE;
      Registry registry = store.load();
      Table t =
          new Table(
              java.util.stream.Stream.of(
                      "framework",
                      "partyA",
                      "kindA",
                      "partyB",
                      "kindB",
                      "established",
                      "level",
                      "officialName",
                      "sources")
                  .map(c -> table ? w.column(c) : c)
                  .toArray(String[]::new));
      for (Asymmetric.Entry e : Asymmetric.of(registry)) {
        var f = e.framework();
        var latest = f.changes().get(f.changes().size() - 1);
        t.row(
            f.id(),
            f.parties().get(0),
            table ? w.word("kind", e.kindA()) : e.kindA(),
            f.parties().get(1),
            table ? w.word("kind", e.kindB()) : e.kindB(),
            table ? w.date(f.established()) : Dates.asGiven(f.established()),
            table ? w.word("level", latest.level()) : latest.level().name(),
            latest.officialName(),
            f.sources());
      }
      t.print(output.format, out());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "network",
      mixinStandardHelpOptions = true,
      description = {
        "The partnership network on a date: who holds most partnerships (degree) and who bridges"
            + " otherwise separate parts (betweenness, 0 to 1)."
      })
  static final class Network extends DatabaseCommand {
    @Mixin AsOfOption asOf;

    @picocli.CommandLine.Mixin FormatOption output;
    @Mixin LanguageOption language;

    @Override
    int run(Store store) {
      Labels w = Labels.of(language.words());
      boolean table = output.format == Format.TABLE;
      Registry registry = store.load();
      Table t =
          new Table(
              java.util.stream.Stream.of("actor", "degree", "betweenness")
                  .map(c -> table ? w.column(c) : c)
                  .toArray(String[]::new));
      for (var c : PartnershipNetwork.centrality(registry, asOf.day())) {
        t.row(c.actor(), c.degree(), c.betweenness());
      }
      t.print(output.format, out());
      return ExitCodes.OK;
    }
  }
}
