package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entwine.testing.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a team's PostgreSQL database (a real server, started by the tests) give what they
 * give on the embedded file: the same example, the same assessment, byte for byte.
 */
class TeamDatabaseTest {
  @TempDir Path dir;

  @Test
  void initAndAssessOnPostgresqlGiveWhatTheyGiveOnTheEmbeddedFile() {
    String team = LocalPostgres.get().newDatabase();
    var first = Cli.runRaw("assess", "VNM", "--db", team);
    assertThat(first.err()).contains("holds nothing yet").contains("entwine init");

    var init = Cli.runRaw("init", "--db", team);
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("created " + team + " with the bundled example");
    assertThat(Cli.runRaw("init", "--db", team).out()).contains("nothing changed");
    var force = Cli.runRaw("init", "--force", "--db", team);
    assertThat(force.code()).isNotZero();
    assertThat(force.err()).contains("dropped and created with PostgreSQL's own tools");

    Path file = dir.resolve("e.duckdb");
    String[] assess = {
      "assess", "VNM", "--as-of", "2026-06-30", "--runs", "30", "--format", "json"
    };
    var embedded = Cli.run(file, assess);
    var shared = Cli.run(team, assess);
    assertThat(shared.code()).as(shared.err()).isZero();
    assertThat(shared.out()).contains("\"partner\" : \"CHN\"");
    // the same answer, but for when each store was filled (a record's provenance says when)
    assertThat(shared.out().replaceAll("\"enteredAt\" : \"[^\"]*\"", ""))
        .isEqualTo(embedded.out().replaceAll("\"enteredAt\" : \"[^\"]*\"", ""));
  }
}
