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

    @Override
    int run(Store store) {
      Registry registry = store.load();
      LocalDate day = asOf.day();
      List<LevelCount> counts = LevelCounts.asOf(registry, day);
      if (actor != null) return one(registry, counts, actor(registry, actor), day);
      Table t =
          new Table(
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
              "reportedSources");
      for (LevelCount c : counts) {
        ReportedCount latest = c.latestReported().orElse(null);
        t.row(
            c.actor(),
            c.name(),
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
      if (output.format == Format.TABLE) {
        out()
            .println(
                "Partnerships held in the registry as of "
                    + day
                    + " (reported: the latest count a source gives, as of its own date)");
      }
      t.print(output.format, out());
      return ExitCodes.OK;
    }

    /**
     * One actor's counts per level, beside each reported count of the date (else the latest before
     * it).
     */
    private int one(Registry registry, List<LevelCount> counts, String code, LocalDate day) {
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
          new Table("level", "registry", "reported", "reportedAsOf", "agrees", "reportedSource");
      for (Level l : Level.values()) {
        if (l == Level.NONE) continue;
        int held = n(c, l);
        List<ReportedCount> broken =
            shown.stream().filter(r -> r.byLevel().containsKey(l)).toList();
        if (broken.isEmpty() && held == 0) continue;
        if (broken.isEmpty()) t.row(l.name(), held, null, null, null, null);
        for (ReportedCount r : broken) {
          int said = r.byLevel().get(l);
          t.row(l.name(), held, said, r.asOf().toString(), held == said, sourceText(registry, r));
        }
      }
      for (ReportedCount r : shown) {
        // A count whose levels the source does not say is shown beside the registry's total, not
        // judged against it.
        int covered =
            r.covers().isEmpty()
                ? c.partnerships()
                : r.covers().stream().mapToInt(l -> n(c, l)).sum();
        t.row(
            "total"
                + (r.covers().isEmpty()
                    ? ""
                    : " of "
                        + r.covers().stream()
                            .map(Level::name)
                            .collect(java.util.stream.Collectors.joining(", "))),
            covered,
            r.display(),
            r.asOf().toString(),
            r.covers().isEmpty()
                ? null
                : (r.atLeast() ? covered > r.count() : covered == r.count()),
            sourceText(registry, r));
      }
      if (shown.isEmpty()) t.row("total", c.partnerships(), null, null, null, null);
      if (output.format == Format.TABLE) {
        out()
            .println(
                c.name()
                    + " ("
                    + code
                    + ") as of "
                    + day
                    + ": "
                    + c.partnerships()
                    + " frameworks with "
                    + c.partners()
                    + " partners in the registry"
                    + (shown.isEmpty()
                        ? "; no source reports a count by then"
                        : sameDay.isEmpty()
                            ? ", beside the latest count a source reports before that date"
                            : ", beside the counts reported for that date"));
        t.print(output.format, out());
        for (ReportedCount r : shown) {
          out()
              .println(
                  "reported "
                      + r.asOf()
                      + ": "
                      + r.display()
                      + " "
                      + (r.counts() == null ? "" : r.counts())
                      + (r.breakdown() == null ? "" : " - " + r.breakdown()));
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

    @Override
    int run(Store store) {
      Registry registry = store.load();
      Table t =
          new Table(
              "framework",
              "partyA",
              "kindA",
              "partyB",
              "kindB",
              "established",
              "level",
              "officialName",
              "sources");
      for (Asymmetric.Entry e : Asymmetric.of(registry)) {
        var f = e.framework();
        var latest = f.changes().get(f.changes().size() - 1);
        t.row(
            f.id(),
            f.parties().get(0),
            e.kindA(),
            f.parties().get(1),
            e.kindB(),
            Dates.asGiven(f.established()),
            latest.level().name(),
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

    @Override
    int run(Store store) {
      Registry registry = store.load();
      Table t = new Table("actor", "degree", "betweenness");
      for (var c : PartnershipNetwork.centrality(registry, asOf.day())) {
        t.row(c.actor(), c.degree(), c.betweenness());
      }
      t.print(output.format, out());
      return ExitCodes.OK;
    }
  }
}
