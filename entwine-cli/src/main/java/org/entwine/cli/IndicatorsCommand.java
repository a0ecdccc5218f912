package org.entwine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entwine.app.NotFoundException;
import org.entwine.evidence.IndicatorDefinition;
import org.entwine.evidence.Observation;
import org.entwine.registry.ObservationQuery;
import org.entwine.registry.Registry;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "The indicator observations stored for an actor's relations, with unit, direction and"
          + " source.",
      "Directed indicators read from 'actor' to 'partner'; undirected ones measure the pair.",
      "A year with no row is missing: Entwine never fills it with zero."
    })
final class IndicatorsCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Option(names = "--partner", paramLabel = "PARTNER")
  String partner;

  @Option(names = "--year", paramLabel = "YEAR")
  Integer year;

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description = "Only this indicator (or ids starting with it, e.g. trade.).")
  String indicator;

  @picocli.CommandLine.Mixin FormatOption output;

  @Override
  int run(Store store) {
    Registry registry = store.load();
    String a = actor(registry, actor);
    String p = partner == null ? null : actor(registry, partner);
    Map<String, IndicatorDefinition> defs =
        registry.indicators().stream()
            .collect(Collectors.toMap(IndicatorDefinition::id, Function.identity()));
    Table t =
        new Table("indicator", "actor", "partner", "period", "value", "unit", "directed", "source");
    int n = 0;
    List<Observation> observations = new ArrayList<>();
    store.observations(ObservationQuery.between(a, p), observations::add);
    observations.sort(Observation.KEY_ORDER);
    for (Observation o : observations) {
      if (year != null && o.period().earliest().getYear() != year) continue;
      if (indicator != null && !o.indicator().startsWith(indicator)) continue;
      IndicatorDefinition d = defs.get(o.indicator());
      t.row(
          o.indicator(),
          o.actor(),
          o.partner(),
          o.period().toString(),
          o.value(),
          d == null ? null : d.unit(),
          d != null && d.directed(),
          o.source());
      n++;
    }
    if (n == 0) {
      throw new NotFoundException(
          "no observations for "
              + a
              + (p == null ? "" : " and " + p)
              + (year == null ? "" : " in " + year)
              + (indicator == null ? "" : " of " + indicator)
              + ": load a dataset with 'entwine load'");
    }
    t.print(output.format, out());
    return ExitCodes.OK;
  }
}
