package org.entwine.cli;

import java.time.LocalDate;
import org.entwine.framework.Level;
import org.entwine.registry.Asymmetric;
import org.entwine.registry.LevelCount;
import org.entwine.registry.LevelCounts;
import org.entwine.registry.PartnershipNetwork;
import org.entwine.registry.Registry;
import org.entwine.registry.ReportedCount;
import org.entwine.store.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "registry", mixinStandardHelpOptions = true,
    description = "Questions about the whole registry.",
    subcommands = {RegistryCommand.Counts.class, RegistryCommand.AsymmetricFrameworks.class, RegistryCommand.Network.class})
final class RegistryCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "counts", mixinStandardHelpOptions = true,
      description = {"Partnerships per actor and level on a date, beside the counts sources report",
          "(e.g. the papers' counts as of 2013-08-30). 'partnerships' counts every level above NONE."})
  static final class Counts extends DatabaseCommand {
    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD or 'today' (the default).")
    String asOf = "today";

    @picocli.CommandLine.Mixin FormatOption output;

    @Override
    int run(DuckDbStore store) {
      Registry registry = store.load();
      LocalDate day = Dates.parseAsOf(asOf);
      Table t = new Table("actor", "name", "partnerships", "SPECIAL", "COMPREHENSIVE_STRATEGIC", "STRATEGIC",
          "SECTORAL_STRATEGIC", "COMPREHENSIVE", "OTHER_PARTNERSHIP", "alliances", "reported", "reportedAsOf",
          "reportedCounts", "reportedSources");
      for (LevelCount c : LevelCounts.asOf(registry, day)) {
        ReportedCount latest = c.reported().isEmpty() ? null : c.reported().get(c.reported().size() - 1);
        t.row(c.actor(), c.name(), c.partnerships(), n(c, Level.SPECIAL), n(c, Level.COMPREHENSIVE_STRATEGIC),
            n(c, Level.STRATEGIC), n(c, Level.SECTORAL_STRATEGIC), n(c, Level.COMPREHENSIVE),
            n(c, Level.OTHER_PARTNERSHIP), c.alliances(),
            latest == null ? null : latest.display(),
            latest == null ? null : latest.asOf().toString(),
            latest == null ? null : latest.counts(),
            latest == null ? null : latest.sources());
      }
      if (output.format == Format.TABLE) {
        out().println("Partnerships held in the registry as of " + day
            + " (reported: the count a source gives, as of its own date)");
      }
      t.print(output.format, out());
      return ExitCodes.OK;
    }

    private static int n(LevelCount c, Level l) {
      return c.byLevel().getOrDefault(l, 0);
    }
  }

  @Command(name = "asymmetric", mixinStandardHelpOptions = true,
      description = "Frameworks between actors of different kinds: a state and an organization, an alliance and a state, two continents.")
  static final class AsymmetricFrameworks extends DatabaseCommand {
    @picocli.CommandLine.Mixin FormatOption output;

    @Override
    int run(DuckDbStore store) {
      Registry registry = store.load();
      Table t = new Table("framework", "partyA", "kindA", "partyB", "kindB", "established", "level", "officialName", "sources");
      for (Asymmetric.Entry e : Asymmetric.of(registry)) {
        var f = e.framework();
        var latest = f.changes().get(f.changes().size() - 1);
        t.row(f.id(), f.parties().get(0), e.kindA(), f.parties().get(1), e.kindB(), Dates.asGiven(f.established()),
            latest.level().name(), latest.officialName(), f.sources());
      }
      t.print(output.format, out());
      return ExitCodes.OK;
    }
  }

  @Command(name = "network", mixinStandardHelpOptions = true,
      description = {"The partnership network on a date: who holds most partnerships (degree)",
          "and who bridges otherwise separate parts (betweenness, 0 to 1)."})
  static final class Network extends DatabaseCommand {
    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD or 'today' (the default).")
    String asOf = "today";

    @picocli.CommandLine.Mixin FormatOption output;

    @Override
    int run(DuckDbStore store) {
      Registry registry = store.load();
      Table t = new Table("actor", "degree", "betweenness");
      for (var c : PartnershipNetwork.centrality(registry, Dates.parseAsOf(asOf))) {
        t.row(c.actor(), c.degree(), c.betweenness());
      }
      t.print(output.format, out());
      return ExitCodes.OK;
    }
  }
}
