package org.entwine.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.entwine.app.BundledExample;
import org.entwine.app.DefaultMethod;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio report as the web application offers it: a download, in the browser's language. */
class ReportApiTest {
  @TempDir static Path dir;
  static DuckDbStore store;
  static Javalin app;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = DuckDbStore.open(dir.resolve("report.duckdb"));
    BundledExample.load(store);
    app = WebApp.create(store, DefaultMethod.load(), "127.0.0.1", "analyst (web)").start(0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void thePortfolioReportDownloadsAsPdfOrHtmlInTheBrowsersLanguage() throws Exception {
    var pdf = get("/api/actors/VNM/report?asOf=2026-06-30");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"VNM-2026-06-30-en.pdf\"");
    assertThat(pdf.body()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

    var vi =
        get(
            "/api/actors/VN/report?asOf=2026-06-30&format=html",
            "Accept-Language",
            "vi-VN,vi;q=0.9,en;q=0.5");
    assertThat(vi.statusCode()).isEqualTo(200);
    assertThat(vi.headers().firstValue("Content-Disposition").orElseThrow()).endsWith("-vi.html\"");
    assertThat(new String(vi.body(), StandardCharsets.UTF_8))
        .contains("Đối tác chiến lược toàn diện")
        .contains("<svg");
    var docx = get("/api/actors/VNM/report?asOf=2026-06-30&format=docx&lang=vi");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
        .endsWith("-vi.docx\"");
    try (var doc =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.body()));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Đối tác chiến lược toàn diện").contains("Trung Quốc");
    }
    assertThat(get("/api/actors/VNM/report?format=doc").statusCode()).isEqualTo(400);
    assertThat(get("/api/actors/VNM/report?lang=fr").statusCode()).isEqualTo(400);
    assertThat(get("/api/actors/NOBODY/report").statusCode()).isEqualTo(404);
  }

  @Test
  void aPartnersBriefDownloadsAloneInTheLanguageAsked() throws Exception {
    var chn = get("/api/actors/VNM/report?asOf=2026-06-30&partner=CN&lang=vi&format=html");
    assertThat(chn.statusCode()).isEqualTo(200);
    assertThat(chn.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"VNM-CHN-2026-06-30-vi.html\"");
    String html = new String(chn.body(), StandardCharsets.UTF_8);
    assertThat(html).contains("Trung Quốc (CHN)").doesNotContain("Nhật Bản (JPN)");
    assertThat(html.split("class=\"partner\"", -1)).hasSize(2); // one partner's page
    // the next, written from the same kept assessment
    var jpn = get("/api/actors/VNM/report?asOf=2026-06-30&partner=JPN&lang=vi&format=html");
    assertThat(jpn.statusCode()).isEqualTo(200);
    assertThat(new String(jpn.body(), StandardCharsets.UTF_8)).contains("Nhật Bản (JPN)");
    // a partner the portfolio does not list (no framework, ledger record or flag) has its brief
    var tls = get("/api/actors/VNM/report?asOf=2026-06-30&partner=TLS&lang=vi&format=html");
    assertThat(tls.statusCode()).isEqualTo(200);
    assertThat(new String(tls.body(), StandardCharsets.UTF_8)).contains("(TLS)");
    var nobody = get("/api/actors/VNM/report?asOf=2026-06-30&partner=NOWHERE");
    assertThat(nobody.statusCode()).isIn(400, 404);
  }
}
