package org.entwine.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entwine.app.Freshness;
import org.entwine.datasets.update.HttpCache;
import org.entwine.datasets.update.Period;
import org.entwine.input.UserInputException;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the evidence current from its publishers: fetches what they published since the last"
          + " update and loads it, each file checked against the publisher's list; running it"
          + " twice adds nothing. One update runs at a time on a store.",
      "gdelt: GDELT 2.0's masterfilelist (fetched again only when it changed), then the exports of"
          + " the period not loaded before, several at once, each checked against the list's size"
          + " and MD5 and read zipped as it arrives; stored in one transaction, or, if any file"
          + " cannot be fetched whole and right, not at all (the files that were whole wait in the"
          + " download folder, and the next run takes them from there).",
      "Not yet supported (see the user guide): un-votes, embassies, imf-trade, worldbank."
    })
final class UpdateCommand extends DatabaseCommand {
  /** The sources this command knows, and why those it does not fetch yet are not supported. */
  static final Map<String, String> NOT_YET =
      Map.of(
          "un-votes",
          "no recorded answer of the UN Digital Library (its dated voting CSV, or its MARCXML vote"
              + " records) was found in a public repository to test against, and Entwine reads the"
              + " Voeten/unvotes layout: load that with 'entwine load un-votes'",
          "embassies",
          "no recorded answer of Wikidata's query service to the embassies query was found to test"
              + " against: load the Database of Embassies file with 'entwine load embassies'",
          "imf-trade",
          "no recorded answer of the IMF's data API for trade by partner was found to test against",
          "worldbank",
          "the recorded answers of the World Bank's API found cover a country or a few, not every"
              + " country, and Entwine has no size indicators for them to fill yet");

  @Parameters(
      paramLabel = "SOURCE",
      arity = "0..*",
      description = "The sources to update (default: gdelt, the one supported yet).")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "D",
      description =
          "The first month (YYYY-MM) or day (YYYY-MM-DD) to fetch (default: the month of the latest"
              + " export loaded).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "D",
      description = "The last month or day to fetch (default: the latest the publisher lists).")
  String to;

  @Option(
      names = "--status",
      description =
          "Show how current each source is (the latest period loaded, when an update loaded it,"
              + " the months not loaded whole); fetch nothing.")
  boolean status;

  @Option(
      names = "--dry-run",
      description = "Fetch the publisher's list and say what would be fetched; store nothing.")
  boolean dryRun;

  @Mixin UpdateOptions updating;
  @Mixin EventLoadOptions loading;
  @Mixin FormatOption format;

  @Override
  int run(Store store) {
    Set<String> asked = sources(sources);
    if (status) return status(store, asked);
    if (format.format != Format.TABLE) throw new UserInputException("--format goes with --status");
    new GdeltRun(updating, loading, true).run(store, Period.of(from, to), dryRun, out(), err());
    return ExitCodes.OK;
  }

  /** The sources named (gdelt when none is); an unknown or unsupported one is refused. */
  static Set<String> sources(List<String> named) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : named.isEmpty() ? List.of("gdelt") : named) {
      String s = n.toLowerCase(java.util.Locale.ROOT);
      if (NOT_YET.containsKey(s))
        throw new UserInputException(
            s + " is not yet supported by entwine update: " + NOT_YET.get(s));
      if (!s.equals("gdelt"))
        throw new UserInputException(
            "no source '"
                + n
                + "': entwine update knows gdelt (and, not yet supported, "
                + String.join(", ", new java.util.TreeSet<>(NOT_YET.keySet()))
                + ")");
      out.add(s);
    }
    return out;
  }

  private int status(Store store, Set<String> asked) {
    Table t = new Table("source", "latest", "updated", "files", "monthsMissing", "missing");
    Instant now = Instant.now();
    for (String source : asked) {
      Freshness f = Freshness.of(store, source);
      t.row(
          source,
          f.latest() == null ? "nothing loaded" : f.latest() + ago(f.latestStamp(), now),
          f.updated() == null
              ? null
              : f.updated()
                  .atZone(ZoneId.systemDefault())
                  .truncatedTo(ChronoUnit.SECONDS)
                  .toLocalDateTime()
                  .toString(),
          f.files(),
          f.missing().size(),
          f.missing().isEmpty()
              ? null
              : String.join("; ", f.missing().subList(0, Math.min(3, f.missing().size())))
                  + (f.missing().size() > 3 ? "; …" : ""));
    }
    t.print(format.format, out());
    if (format.format == Format.TABLE) {
      HttpCache.Copy list = updating.httpCache().kept(updating.gdeltList());
      if (list != null)
        out()
            .printf(
                "gdelt's list %s was last checked %s (on this machine)%n",
                updating.gdeltList(),
                list.checked().atZone(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS));
      NOT_YET.keySet().stream()
          .sorted()
          .forEach(s -> out().printf("%s: not yet supported (%s)%n", s, NOT_YET.get(s)));
    }
    return ExitCodes.OK;
  }

  /** " (3 days before now)", for a stamp YYYYMMDDHHMMSS in UTC. */
  private static String ago(Long stamp, Instant now) {
    if (stamp == null) return "";
    Instant at = org.entwine.events.EventFile.instant(stamp);
    long hours = Duration.between(at, now).toHours();
    if (hours < 0) return "";
    return hours < 48 ? " (" + hours + " hours ago)" : " (" + hours / 24 + " days ago)";
  }
}
