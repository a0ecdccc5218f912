package org.entwine.datasets.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entwine.actor.CodeSystem;
import org.entwine.actor.Crosswalk;
import org.entwine.actor.UnorderedPair;
import org.entwine.datasets.Progress;
import org.entwine.indicator.VoteAgreement;
import org.entwine.source.Source;
import org.entwine.time.PartialDate;

/**
 * UN General Assembly roll-call votes in the unvotes/Voeten layout: {@code un_votes.csv} (rcid,
 * country, country_code, vote), {@code un_roll_calls.csv} (rcid, session, date…) and, optionally,
 * {@code un_roll_call_issues.csv} (rcid, short_name, issue) for agreement by issue. Agreement is
 * per pair and calendar year of the vote: the raw share and Cohen's kappa (see {@link
 * VoteAgreement}).
 */
public final class UnVotes extends DatasetReader {
  static final String AGREEMENT = "unga.agreement";
  static final String KAPPA = "unga.kappa";
  static final String VOTES = "unga.votes";

  private static Definitions definitions() {
    return new Definitions(
            new Source(
                "unga-votes-voeten",
                "United Nations General Assembly Voting Data",
                "Bailey, Michael A., Anton Strezhnev and Erik Voeten",
                "Harvard Dataverse",
                null,
                "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379",
                "UNGA roll-call votes (unvotes R package layout)",
                null,
                null,
                false))
        .indicator(
            AGREEMENT,
            "UN General Assembly voting agreement",
            "share (0-1)",
            false,
            false,
            "Share of the year's roll calls on which both voted alike, among those both voted on"
                + " (identity pillar).")
        .indicator(
            KAPPA,
            "UN General Assembly voting agreement, chance-corrected",
            "Cohen's kappa (-1 to 1)",
            false,
            false,
            "Agreement corrected for what the two countries' own rates of yes, abstain and no would"
                + " give by chance.")
        .indicator(
            VOTES,
            "UN General Assembly roll calls voted on by both",
            "count",
            false,
            false,
            "How many roll calls the agreement figures rest on.");
  }

  /** The issue tags of the unvotes layout (un_roll_call_issues.csv). */
  static final Map<String, String> ISSUES =
      Map.of(
          "me",
          "the Palestinian conflict",
          "nu",
          "nuclear weapons and nuclear material",
          "di",
          "arms control and disarmament",
          "hr",
          "human rights",
          "co",
          "colonialism",
          "ec",
          "economic development");

  UnVotes() {
    super(
        "unvotes",
        "UN General Assembly roll-call votes (un_votes.csv, un_roll_calls.csv, optionally"
            + " un_roll_call_issues.csv)",
        "un_votes.csv (rcid, country, country_code, vote), un_roll_calls.csv (rcid, date, …),"
            + " optionally un_roll_call_issues.csv (rcid, short_name)",
        2,
        3,
        definitions());
    ISSUES.keySet().stream()
        .sorted()
        .forEach(
            issue -> {
              definitions.indicator(
                  AGREEMENT + "." + issue,
                  "UN General Assembly voting agreement on " + ISSUES.get(issue),
                  "share (0-1)",
                  false,
                  false,
                  "As unga.agreement, on the roll calls tagged with this issue.");
              definitions.indicator(
                  KAPPA + "." + issue,
                  "UN General Assembly voting agreement on "
                      + ISSUES.get(issue)
                      + ", chance-corrected",
                  "Cohen's kappa (-1 to 1)",
                  false,
                  false,
                  "As unga.kappa, on the roll calls tagged with this issue.");
            });
  }

  /** The agreement computation on its own, for the benchmark: no store, no observations. */
  public static Computed compute(List<Path> files, Crosswalk crosswalk, Progress progress) {
    return agreement(new Reading(definitions(), crosswalk, o -> {}, progress), files);
  }

  private static Computed agreement(Reading reading, List<Path> files) {
    Path votesFile = null;
    Path callsFile = null;
    Path issuesFile = null;
    for (Path f : files) {
      List<String> header = reading.header(f, List.of("rcid"));
      if (header.contains("vote")) votesFile = f;
      else if (header.contains("date")) callsFile = f;
      else if (header.contains("short_name")) issuesFile = f;
      else
        reading.problem(
            f,
            1,
            "header",
            "not a file of the unvotes layout: expected a votes, roll calls or issues file");
    }
    if (votesFile == null || callsFile == null) {
      reading.problem(
          votesFile == null ? files.get(0) : callsFile,
          0,
          null,
          "unvotes needs both un_votes.csv and un_roll_calls.csv");
    }
    reading.throwIfAny();
    Map<Integer, java.time.LocalDate> dateOf = new HashMap<>();
    Map<Integer, Integer> lineOf = new HashMap<>();
    reading.rowsAside(
        callsFile,
        List.of("rcid", "date"),
        row -> {
          Integer rcid = row.whole("rcid");
          String date = row.text("date");
          if (rcid == null) return;
          // one roll call per id: a second would take the first one's votes to another date
          Integer first = lineOf.putIfAbsent(rcid, row.line());
          if (first != null) {
            row.problem("rcid", "roll call " + rcid + " is already on line " + first);
            return;
          }
          try {
            if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) throw new java.time.DateTimeException(date);
            dateOf.put(rcid, java.time.LocalDate.parse(date));
          } catch (java.time.DateTimeException e) {
            row.problem("date", "expected a real date as YYYY-MM-DD, got '" + date + "'");
          }
        });
    Map<Integer, List<String>> issuesOf = new HashMap<>();
    if (issuesFile != null) {
      reading.rowsAside(
          issuesFile,
          List.of("rcid", "short_name"),
          row -> {
            Integer rcid = row.whole("rcid");
            String issue = row.text("short_name");
            if (!ISSUES.containsKey(issue)) {
              row.problem(
                  "short_name",
                  "expected one of "
                      + new java.util.TreeSet<>(ISSUES.keySet())
                      + ", got '"
                      + issue
                      + "'");
            } else if (rcid != null) {
              issuesOf.computeIfAbsent(rcid, k -> new ArrayList<>()).add(issue);
            }
          });
    }
    // The votes file is not sorted by roll call: gather each roll call's voters (two ints a vote).
    Map<String, Integer> index = new HashMap<>();
    List<String> codes = new ArrayList<>();
    Map<Integer, int[]> calls = new HashMap<>(); // rcid -> [n, voter, vote, voter, vote, …]
    reading.rows(
        votesFile,
        List.of("rcid", "country", "country_code", "vote"),
        row -> {
          Integer rcid = row.whole("rcid");
          if (rcid == null) return;
          if (!dateOf.containsKey(rcid)) {
            row.problem("rcid", "roll call " + rcid + " is not in the roll calls file");
            return;
          }
          int vote =
              switch (row.text("vote")) {
                case "yes" -> VoteAgreement.YES;
                case "abstain" -> VoteAgreement.ABSTAIN;
                case "no" -> VoteAgreement.NO;
                default -> -1;
              };
          if (vote < 0) {
            row.problem("vote", "expected yes, no or abstain, got '" + row.text("vote") + "'");
            return;
          }
          String code = row.text("country_code");
          // One country (the Yemen Arab Republic) has no code in the file: fall back to its name.
          var named =
              code.isEmpty()
                  ? reading.byName(row.text("country"))
                  : reading.actor(CodeSystem.ISO2, code);
          if (named.isEmpty()) return;
          // the file keeps "Yugoslavia" (YU) for the seat Serbia continued: the actor standing
          // for it on the day
          String actor = reading.crosswalk().standingFor(named.get(), dateOf.get(rcid));
          int i =
              index.computeIfAbsent(
                  actor,
                  k -> {
                    codes.add(k);
                    return codes.size() - 1;
                  });
          int[] c = calls.computeIfAbsent(rcid, k -> new int[1 + 2 * 64]);
          if (c.length < 3 + 2 * c[0]) {
            c = java.util.Arrays.copyOf(c, c.length * 2);
            calls.put(rcid, c);
          }
          c[1 + 2 * c[0]] = i;
          c[2 + 2 * c[0]] = vote;
          c[0]++;
        });
    VoteAgreement agreement = new VoteAgreement(Math.max(2, codes.size()));
    int[] voters = new int[codes.size()];
    int[] votes = new int[codes.size()];
    boolean[] seen = new boolean[codes.size()];
    for (var e : calls.entrySet()) {
      int[] c = e.getValue();
      int n = 0;
      for (int k = 0; k < c[0]; k++) {
        int who = c[1 + 2 * k];
        if (seen[who]) {
          reading.problem(
              votesFile,
              0,
              "country_code",
              codes.get(who) + " votes twice on roll call " + e.getKey());
          continue;
        }
        seen[who] = true;
        voters[n] = who;
        votes[n++] = c[2 + 2 * k];
      }
      for (int k = 0; k < n; k++) seen[voters[k]] = false;
      int year = dateOf.get(e.getKey()).getYear();
      agreement.add(new VoteAgreement.Period(year, null), voters, votes, n);
      for (String issue : issuesOf.getOrDefault(e.getKey(), List.of())) {
        agreement.add(new VoteAgreement.Period(year, issue), voters, votes, n);
      }
    }
    reading.throwIfAny();
    return new Computed(
        agreement.results(),
        codes,
        reading.rowsRead(),
        reading.unmapped(),
        issuesOf.values().stream().flatMap(List::stream).distinct().sorted().toList());
  }

  /** The agreement per pair and period; {@code codes} names the countries the results number. */
  public record Computed(
      List<VoteAgreement.Result> results,
      List<String> codes,
      long rows,
      Map<String, Long> unmapped,
      List<String> issues) {}

  @Override
  void read(Reading reading, List<Path> files) {
    Computed c = agreement(reading, files);
    for (VoteAgreement.Result r : c.results()) {
      String a = c.codes().get(r.a());
      String b = c.codes().get(r.b());
      reading.see(r.period().year());
      PartialDate period = reading.period(r.period().year());
      UnorderedPair pair = UnorderedPair.of(a, b);
      String first = pair.first();
      String second = pair.second();
      String suffix = r.period().issue() == null ? "" : "." + r.period().issue();
      reading.observe(AGREEMENT + suffix, first, second, period, r.agreement());
      if (!Double.isNaN(r.kappa()))
        reading.observe(KAPPA + suffix, first, second, period, r.kappa());
      if (suffix.isEmpty()) reading.observe(VOTES, first, second, period, r.votes());
    }
  }
}
