package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entwine.app.DefaultMethod;
import org.entwine.registry.Registry;
import org.entwine.report.Messages;
import org.entwine.store.DuckDbStore;
import org.entwine.testing.EnglishWords;
import org.entwine.testing.OwnWords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that prints prose or tables speaks Vietnamese when asked: no English word in what
 * it prints, beyond names, records' own texts (a commitment's words, a document's title) and
 * sources' titles; and its machine formats keep their English keys and codes.
 */
class VietnameseCommandsTest {
  @TempDir static Path dir;
  static Path db;
  static List<String> exempt;
  static EnglishWords english;

  @BeforeAll
  static void store() {
    db = dir.resolve("vi.duckdb");
    assertThat(Cli.run(db, "init").code()).isZero();
    Registry r;
    try (DuckDbStore store = DuckDbStore.open(db)) {
      r = store.load();
    }
    exempt = recordsOwnWords(r);
    english =
        EnglishWords.of(Messages.of("en").texts().values(), Messages.of("vi").texts().values());
  }

  @Test
  void theCommandLineWritesUtf8EvenWhereTheLocaleIsAscii() throws Exception {
    // a JVM of its own in the C locale's charset, as a container or a cron job starts it
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII",
                "-Dsun.stdout.encoding=US-ASCII",
                "-cp",
                System.getProperty("java.class.path"),
                "org.entwine.cli.Main",
                "portfolio",
                "VNM",
                "--lang",
                "vi",
                "--db",
                db.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(out).contains("Đối tác chiến lược toàn diện").doesNotContain("?");
  }

  /**
   * What the records say in their own words (names, titles, texts, ids and sources), the method's
   * identifiers, and the commands a reader types: all may stay as written.
   */
  static List<String> recordsOwnWords(Registry r) {
    List<String> out = new ArrayList<>(OwnWords.of(r));
    out.addAll(
        List.of("--format json", "--lang en", "entwine brief", "entwine events load", "PARTNER"));
    var m = DefaultMethod.load();
    out.add(m.id());
    m.indicators()
        .forEach(
            i -> {
              out.add(i.id());
              out.add(i.measure());
            });
    m.stability().forEach(x -> out.add(x.measure()));
    return out;
  }

  private static void speaksVietnamese(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--lang", "vi"));
    var r = Cli.run(db, all.toArray(String[]::new));
    assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    assertThat(r.out()).as(String.join(" ", args)).isNotBlank();
    // a table's cell cut short ends with an ellipsis: what it holds is a record's own text
    String shown = r.out().replaceAll("[^\\n]{0,59}…", " ");
    assertThat(english.in(shown, exempt)).as(String.join(" ", args)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CHN", "RUS", "USA", "JPN", "LAO"})
  void briefSpeaksVietnamese(String partner) {
    speaksVietnamese("brief", "VNM", partner, "--as-of", "2026-06-30", "--runs", "10");
  }

  @Test
  void explainAssessPortfolioTimelineValidateAndRegistrySpeakVietnamese() {
    speaksVietnamese("explain", "VNM", "CHN", "--as-of", "2026-06-30");
    speaksVietnamese("assess", "VNM", "--as-of", "2026-06-30", "--runs", "10");
    speaksVietnamese("portfolio", "VNM", "--as-of", "2026-06-30");
    speaksVietnamese("timeline", "VNM", "FRA");
    speaksVietnamese("validate", "VNM", "--runs", "0");
    speaksVietnamese("registry", "counts", "--as-of", "2013-08-30");
    speaksVietnamese("registry", "counts", "VNM", "--as-of", "2013-08-30");
    speaksVietnamese("registry", "asymmetric");
    speaksVietnamese("registry", "network", "--as-of", "2013-08-30");
    speaksVietnamese(
        "changes", "VNM", "--since", "2025-01-01", "--until", "2026-06-30", "--runs", "10");
  }

  @Test
  void theMachineFormatsKeepTheirEnglishKeysInVietnamese() {
    for (String[] args :
        List.of(
            new String[] {"portfolio", "VNM", "--as-of", "2026-06-30", "--format", "json"},
            new String[] {"timeline", "VNM", "CHN", "--format", "csv"},
            new String[] {"registry", "counts", "--as-of", "2013-08-30", "--format", "json"},
            new String[] {"explain", "VNM", "CHN", "--as-of", "2026-06-30", "--format", "json"})) {
      List<String> vi = new ArrayList<>(List.of(args));
      vi.addAll(List.of("--lang", "vi"));
      assertThat(Cli.run(db, vi.toArray(String[]::new)).out())
          .as(String.join(" ", args))
          .isEqualTo(Cli.run(db, args).out());
    }
  }
}
