package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entwine users} and {@code entwine audit} as an admin uses them. */
class UsersAndAuditCommandTest {
  @TempDir Path dir;

  private static Cli.Result withStdin(String stdin, Path db, String... args) {
    InputStream was = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(db, args);
    } finally {
      System.setIn(was);
    }
  }

  @Test
  void anAdminAddsListsChangesAndDisablesAccountsAndEachChangeIsInTheAuditTrail() {
    Path db = dir.resolve("u.duckdb");
    var added =
        withStdin(
            "a long passphrase\n",
            db,
            "users",
            "add",
            "ana",
            "--role",
            "analyst",
            "--password-stdin");
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).contains("added ana (analyst)");
    assertThat(withStdin("short\n", db, "users", "add", "bo", "--password-stdin").err())
        .contains("at least 10 characters");
    assertThat(withStdin("x\n", db, "users", "add", "b b", "--password-stdin").err())
        .contains("an account name is");
    var again = withStdin("a long passphrase\n", db, "users", "add", "ana", "--password-stdin");
    assertThat(again.code()).isNotZero();
    assertThat(again.err()).contains("already an account 'ana'");
    assertThat(Cli.run(db, "users", "role", "ana", "chief").err())
        .contains("reader, analyst or admin");
    assertThat(Cli.run(db, "users", "role", "zed", "admin").err()).contains("no account 'zed'");
    assertThat(Cli.run(db, "users", "role", "ana", "admin").out()).contains("ana is now admin");
    String token = Cli.run(db, "users", "token", "add", "ana", "--name", "nightly").out().strip();
    assertThat(token).startsWith("ent_");
    var last = Cli.run(db, "users", "disable", "ana");
    assertThat(last.code()).as("the last enabled admin").isEqualTo(ExitCodes.USAGE);
    assertThat(last.err()).contains("ana is the last enabled admin");
    assertThat(
            withStdin(
                    "another passphrase\n",
                    db,
                    "users",
                    "add",
                    "boss",
                    "--role",
                    "admin",
                    "--password-stdin")
                .code())
        .isZero();
    assertThat(Cli.run(db, "users", "disable", "ana").out()).contains("ana is disabled");
    var list = Cli.run(db, "users", "list", "--format", "csv");
    assertThat(list.out()).contains("ana,admin,disabled").doesNotContain("argon2");

    var audit = Cli.run(db, "audit", "--limit", "4");
    assertThat(audit.code()).as(audit.err()).isZero();
    assertThat(audit.out().lines().skip(2).map(l -> l.replaceAll("\\s+", " ")))
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).contains("account ana disabled"))
        .anySatisfy(l -> assertThat(l).contains("account boss added, role admin"))
        .anySatisfy(l -> assertThat(l).contains("API token for ana: nightly"))
        .anySatisfy(l -> assertThat(l).contains("account ana: role admin"));
    assertThat(audit.out()).doesNotContain(token);
    var china = Cli.run(db, "audit", "--actor", "CHN", "--format", "json");
    assertThat(china.out())
        .contains("\"kind\" : \"framework\"")
        .contains("CHN-VNM")
        .doesNotContain("account ana");
    var record = Cli.run(db, "audit", "--record", "framework:CHN-VNM", "--format", "json");
    assertThat(record.out()).contains("\"id\" : \"CHN-VNM\"").contains("entwine bundled example");
    assertThat(Cli.run(db, "audit", "--record", "nonsense").err()).contains("a record is KIND:ID");
  }

  @Test
  void tokensAreNamedListedAndRevokedOneByOneAndADisabledAccountsStayRevoked() {
    Path db = dir.resolve("t.duckdb");
    assertThat(
            withStdin("a long passphrase\n", db, "users", "add", "ana", "--password-stdin").code())
        .isZero();
    String nightly = Cli.run(db, "users", "token", "add", "ana", "--name", "nightly").out().strip();
    var report =
        Cli.run(db, "users", "token", "add", "ana", "--name", "report", "--expires", "2099-12-31");
    assertThat(report.code()).as(report.err()).isZero();
    var twice = Cli.run(db, "users", "token", "add", "ana", "--name", "nightly");
    assertThat(twice.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(twice.err()).contains("already has a token named 'nightly'");
    assertThat(Cli.run(db, "users", "token", "add", "ana", "--expires", "2001-01-01").err())
        .contains("in the future");
    var listed = Cli.run(db, "users", "token", "list", "ana", "--format", "csv");
    assertThat(listed.out())
        .contains("ana,nightly,in use")
        .contains("ana,report,in use")
        .contains("2100-01-01")
        .doesNotContain(nightly);
    assertThat(Cli.run(db, "users", "token", "revoke", "ana", "nightly").out())
        .contains("1 token of ana revoked");
    assertThat(Cli.run(db, "users", "token", "revoke", "ana", "nightly").err())
        .contains("no token in use named 'nightly'");
    assertThat(Cli.run(db, "users", "token", "list", "--format", "csv").out())
        .contains("ana,nightly,revoked")
        .contains("ana,report,in use");
    Cli.run(db, "users", "disable", "ana");
    Cli.run(db, "users", "enable", "ana");
    assertThat(Cli.run(db, "users", "token", "list", "ana", "--format", "csv").out())
        .as("enabled again, its tokens stay revoked")
        .contains("ana,report,revoked");
    assertThat(Cli.run(db, "users", "token", "revoke", "ana").err())
        .contains("give a token's NAME");
  }
}
