package org.entwine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void theReportIsWrittenAsPdfOrHtmlInEitherLanguageAndAWrongAskIsSaidPlainly() throws Exception {
    Path db = dir.resolve("r.duckdb");
    Path pdf = dir.resolve("out/vn.pdf");
    // into a folder that does not exist: refused, and no folder made
    var missing =
        Cli.run(db, "report", "VNM", "--lang", "vi", "--runs", "20", "--out", pdf.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .contains("--out: the folder " + dir.resolve("out") + " does not exist");
    assertThat(dir.resolve("out")).doesNotExist();
    Files.createDirectories(dir.resolve("out"));
    var r = Cli.run(db, "report", "VNM", "--lang", "vi", "--runs", "20", "--out", pdf.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote " + pdf + " (PDF, vi, 45 framework partners)");
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    assertThat(dir.resolve("out/.vn.pdf.part")).doesNotExist();

    Path html = dir.resolve("vn.html");
    assertThat(Cli.run(db, "report", "VNM", "--runs", "20", "--out", html.toString()).code())
        .isZero();
    assertThat(Files.readString(html))
        .contains("<svg")
        .contains("Comprehensive strategic partnership")
        .doesNotContain("<script");

    Path brief = dir.resolve("chn.pdf");
    var one =
        Cli.run(db, "report", "VNM", "--partner", "CN", "--runs", "20", "--out", brief.toString());
    assertThat(one.out()).contains("(PDF, en, the brief of CHN)");
    assertThat(Files.size(brief)).isPositive().isLessThan(Files.size(pdf));
    assertThat(
            Cli.run(db, "report", "VNM", "--partner", "NOWHERE", "--out", brief.toString()).err())
        .contains("NOWHERE");

    var txt = Cli.run(db, "report", "VNM", "--out", dir.resolve("vn.txt").toString());
    assertThat(txt.code()).isNotZero();
    assertThat(txt.err()).contains("--out must end in .pdf, .docx or .html");
    Path docx = dir.resolve("vn.docx");
    var word =
        Cli.run(db, "report", "VNM", "--lang", "vi", "--runs", "20", "--out", docx.toString());
    assertThat(word.out()).contains("(Word, vi, 45 framework partners)");
    assertThat(Files.readAllBytes(docx)).startsWith("PK".getBytes()); // an Office Open XML package
    var fr = Cli.run(db, "report", "VNM", "--lang", "fr", "--out", pdf.toString());
    assertThat(fr.err()).contains("the language is en or vi, got 'fr'");
  }

  @Test
  void assessSpeaksVietnameseWhenAskedAndItsJsonKeepsItsKeys() throws Exception {
    Path db = dir.resolve("a.duckdb");
    java.util.function.Function<List<String>, Cli.Result> assess =
        extra -> {
          List<String> args =
              new java.util.ArrayList<>(
                  List.of("assess", "VNM", "--as-of", "2026-06-30", "--runs", "20"));
          args.addAll(extra);
          return Cli.run(db, args.toArray(String[]::new));
        };
    var vi = assess.apply(List.of("--lang", "vi"));
    assertThat(vi.code()).as(vi.err()).isZero();
    assertThat(vi.out())
        .contains("VNM tính đến ngày 30 tháng 6 năm 2026: 45 đối tác có khuôn khổ")
        .contains("Cấp độ")
        .contains("CHN Trung Quốc")
        .contains("Đối tác chiến lược toàn diện")
        .contains("Quan hệ đặc biệt");
    assertThat(assess.apply(List.of()).out()).contains("CHN China").contains("compr. strategic");
    // scripts read the same keys and codes in either language
    assertThat(assess.apply(List.of("--lang", "vi", "--format", "json")).out())
        .isEqualTo(assess.apply(List.of("--format", "json")).out());
    var fr = Cli.run(db, "assess", "VNM", "--lang", "fr");
    assertThat(fr.code()).isNotZero();
    assertThat(fr.err()).contains("the language is en or vi, got 'fr'");
  }
}
