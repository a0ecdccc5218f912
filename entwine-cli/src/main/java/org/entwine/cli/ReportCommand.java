package org.entwine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.entwine.app.AsOf;
import org.entwine.app.Assessor;
import org.entwine.app.Scoring;
import org.entwine.input.UserInputException;
import org.entwine.report.Messages;
import org.entwine.report.PortfolioReport;
import org.entwine.storage.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "The portfolio report for policy makers, as PDF, Word (.docx) or HTML, in English or"
          + " Vietnamese: on its"
          + " first page the frameworks by level, what changed in the year, the partners whose"
          + " depth moved most, what to watch and the trust x cooperation matrix; then the depth"
          + " ranking with each partner's pillars, degree and cell; then the method and evidence.",
      "Every figure is the one 'entwine assess' gives for the same date, method, runs and seed."
    })
final class ReportCommand extends DatabaseCommand {
  @Parameters(index = "0", paramLabel = "ACTOR")
  String actor;

  @Mixin AsOfOption asOf;

  @Mixin LanguageOption language;

  @Mixin RunsOptions sensitivity;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description =
          "Where to write the report: FILE.pdf, FILE.docx or FILE.html, into a folder that exists.")
  Path file;

  @Option(
      names = "--partner",
      paramLabel = "ACTOR",
      description = "One partner's brief alone: its page of the report.")
  String partner;

  @Mixin MethodOption method;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "The executive page says what changed since this date (default: a year before the"
              + " report's date).")
  String since;

  @Option(
      names = "--classification",
      paramLabel = "TEXT",
      description = "How the document is classified, for its header line (e.g. 'Internal').")
  String classification;

  @Option(
      names = "--author",
      paramLabel = "TEXT",
      description = "Who prepared it, for the header line.")
  String author;

  @Override
  int run(Store store) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String form = name.replaceFirst(".*\\.", "");
    if (!List.of("pdf", "docx", "html").contains(form) || !name.contains("."))
      throw new UserInputException("--out must end in .pdf, .docx or .html, got " + file);
    // a folder is never made on the reader's behalf: a mistyped path must not leave one behind
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent))
      throw new UserInputException(
          "--out: the folder "
              + parent
              + " does not exist; create it first, or write the report into a folder that does");
    Messages words = language.words();
    LocalDate day = asOf.day();
    Scoring s = method.score(store, actor, day.getYear());
    String code = partner == null ? null : actor(s.registry(), partner);
    // a brief needs its partner beside the framework partners (their ranks are every partner's)
    Assessor.Assessments a =
        Assessor.assess(
            s,
            day,
            sensitivity.runs,
            sensitivity.seed,
            code == null,
            code == null ? java.util.Set.of() : java.util.Set.of(code));
    LocalDate from = since == null ? day.minusYears(1) : AsOf.parse(since, "--since");
    if (!from.isBefore(day))
      throw new UserInputException(
          "--since (" + from + ") must be before the report's date (" + day + ")");
    var changes =
        code == null
            ? org.entwine.app.Changes.since(
                store, s.registry(), s.method(), a, from, sensitivity.runs)
            : null;
    PortfolioReport.Content content =
        PortfolioReport.content(
            PortfolioReport.Basis.of(a, s, changes),
            words,
            code,
            new PortfolioReport.Header(classification, author));
    // written beside, then moved: a failed report leaves no half file under the name asked for
    Path part = file.resolveSibling("." + file.getFileName() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        switch (form) {
          case "pdf" -> PortfolioReport.pdf(PortfolioReport.html(content), out);
          case "docx" -> PortfolioReport.docx(content, out);
          default -> out.write(PortfolioReport.html(content).getBytes(StandardCharsets.UTF_8));
        }
      }
      Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(part);
    }
    String what =
        partner == null ? a.framed().size() + " framework partners" : "the brief of " + code;
    out()
        .printf(
            "wrote %s (%s, %s, %s)%n",
            file,
            form.equals("docx") ? "Word" : form.toUpperCase(Locale.ROOT),
            language.lang,
            what);
    return ExitCodes.OK;
  }
}
