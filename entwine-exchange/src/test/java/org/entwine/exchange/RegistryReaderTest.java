package org.entwine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entwine.framework.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryReaderTest {
  @TempDir Path dir;

  static final String GOOD =
      """
      entwine: 1
      sources:
        - {id: paper, title: The paper}
      levelNames:
        - {name: strategic partnership, level: STRATEGIC, sources: [paper]}
        - {name: comprehensive strategic partnership, level: COMPREHENSIVE_STRATEGIC, sources: [paper]}
      actors:
        - {code: AAA, kind: STATE, name: Aland, codes: {ISO2: AA, COW: "901"}, sources: [paper]}
        - {code: BBB, kind: STATE, name: Bland, sources: [paper]}
      frameworks:
        - parties: [AAA, BBB]
          sources: [paper]
          changes:
            - {date: "2001", officialName: strategic partnership, sources: [paper]}
            - {date: 2012-07, officialName: comprehensive strategic partnership, sources: [paper]}
      """;

  private final RegistryReader reader = TestDocuments.reader();

  private Path file(String name, String text) throws IOException {
    return TestDocuments.write(dir, name, text);
  }

  @Test
  void readsRecordsAndResolvesLevelsFromTheVocabulary() throws IOException {
    var r = reader.read(List.of(file("good.yaml", GOOD))).registry();
    assertThat(r.actors()).hasSize(2);
    assertThat(r.frameworks())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("AAA-BBB");
              assertThat(f.changes())
                  .extracting(c -> c.level())
                  .containsExactly(Level.STRATEGIC, Level.COMPREHENSIVE_STRATEGIC);
              assertThat(f.provenance().enteredBy()).isEqualTo("tester");
            });
    assertThat(r.actors().get(0).codes()).hasSize(2);
  }

  @Test
  void readsJsonAsWellAsYaml() throws IOException {
    String json =
        """
        {"entwine": 1, "sources": [{"id": "s", "title": "A source"}],
         "actors": [{"code": "AAA", "kind": "state", "name": "Aland", "sources": ["s"]}]}
        """;
    assertThat(reader.read(List.of(file("x.json", json))).registry().actors()).hasSize(1);
  }

  @Test
  void aFileMayUseLevelNamesAnotherFileOfTheSameImportDefines() throws IOException {
    Path names =
        file(
            "levels.yaml",
            "entwine: 1\n"
                + "sources: [{id: p, title: P}]\n"
                + "levelNames: [{name: entente, level: OTHER_PARTNERSHIP, sources: [p]}]\n");
    Path f =
        file(
            "f.yaml",
            "entwine: 1\n"
                + "frameworks:\n"
                + "  - parties: [AAA, BBB]\n"
                + "    sources: [p]\n"
                + "    changes: [{date: '1904', officialName: Entente, sources: [p]}]\n");
    var r = reader.read(List.of(f, names)).registry();
    assertThat(r.frameworks().get(0).changes().get(0).level()).isEqualTo(Level.OTHER_PARTNERSHIP);
  }

  @Test
  void aResumptionWithoutASuspensionIsRefusedAtItsOwnLine() throws IOException {
    Path p =
        file(
            "resumed.yaml",
            GOOD
                + """
                    statusChanges:
                      - {date: "2015", status: ACTIVE, sources: [paper]}
                """);
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .isInstanceOf(ExchangeException.class)
        .satisfies(
            e ->
                assertThat(((ExchangeException) e).problems())
                    .singleElement()
                    .satisfies(
                        problem -> {
                          assertThat(problem.line()).isEqualTo(17);
                          assertThat(problem.field()).isEqualTo("frameworks[0].statusChanges[0]");
                          assertThat(problem.message())
                              .contains("a resumption needs a suspension before it");
                        }));
  }

  @Test
  void readsAttestationSideNamesDisagreementAndASuspensionWithItsDocument() throws IOException {
    Path p =
        file(
            "rich.yaml",
            GOOD.replace(
                    "{date: 2012-07, officialName: comprehensive strategic partnership, sources:"
                        + " [paper]}",
                    "{date: 2012-07, officialName: comprehensive strategic partnership, confidence:"
                        + " reported, sideNames: {BBB: strategic partnership}, disagreement: the"
                        + " paper says 2011, sources: [paper]}")
                + """
                    statusChanges:
                      - {date: 2017-09-21, status: SUSPENDED, document: A press release, sources: [paper]}
                      - {date: 2019-02-20, status: ACTIVE, confidence: reported, sources: [paper]}
                """);
    var f = reader.read(List.of(p)).registry().frameworks().get(0);
    var upgrade = f.changes().get(1);
    assertThat(upgrade.confidence()).isEqualTo(org.entwine.source.Attestation.REPORTED);
    assertThat(upgrade.sideNames()).containsEntry("BBB", "strategic partnership");
    assertThat(upgrade.disagreement()).isEqualTo("the paper says 2011");
    assertThat(f.changes().get(0).confidence()).isEqualTo(org.entwine.source.Attestation.CONFIRMED);
    assertThat(f.statusChanges())
        .extracting(s -> s.document(), s -> s.confidence())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "A press release", org.entwine.source.Attestation.CONFIRMED),
            org.assertj.core.groups.Tuple.tuple(null, org.entwine.source.Attestation.REPORTED));
  }

  @Test
  void aSideNameForAnActorNotPartyToTheFrameworkIsRefused() throws IOException {
    Path p =
        file(
            "side.yaml",
            GOOD.replace(
                "{date: 2012-07, officialName: comprehensive strategic partnership, sources:"
                    + " [paper]}",
                "{date: 2012-07, officialName: comprehensive strategic partnership, sideNames:"
                    + " {CCC: alliance}, sources: [paper]}"));
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .isInstanceOf(ExchangeException.class)
        .satisfies(
            e ->
                assertThat(((ExchangeException) e).problems())
                    .singleElement()
                    .satisfies(
                        problem -> {
                          assertThat(problem.line()).isEqualTo(15);
                          assertThat(problem.field()).isEqualTo("frameworks[0].changes[1]");
                          assertThat(problem.message()).contains("CCC, which is not a party");
                        }));
  }

  /** Each broken file: the line the problem is on, the field named, and words of the message. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          wrong type: a date that is no date | "2001" => yesterday                                          | 14 | frameworks[0].changes[0].date         | expected a date
          wrong type: an unknown level       | level: STRATEGIC => level: GREAT                              | 5  | levelNames[0].level                   | expected a level
          wrong type: an unknown actor kind  | kind: STATE, name: Bland => kind: EMPIRE, name: Bland         | 9  | actors[1].kind                        | expected one of STATE
          an upgrade before the founding     | 2012-07 => 1999-07                                            | 15 | frameworks[0].changes[1]              | is dated before the framework's founding
          duplicate keys                     | name: Bland, => name: Bland, name: Bland2,                    | 9  | actors[1].name                        | duplicate key 'name'
          a misspelt field                   | officialName: strategic partnership, => offcialName: strategic partnership, | 14 | frameworks[0].changes[0].offcialName | unknown field
          a name not in the vocabulary       | officialName: comprehensive strategic partnership, => officialName: eternal friendship, | 15 | frameworks[0].changes[1].officialName | not in the level vocabulary
          a missing required field           | , name: Aland =>                                              | 8  | actors[0].name                        | missing required field 'name'
          a record without sources           | "901"}, sources: [paper]} => "901"}}                          | 8  | actors[0]                             | at least one source
          another format version             | entwine: 1 => entwine: 2                                      | 1  | entwine                               | version 2
          """)
  void aBrokenFileIsRefusedWithItsLineAndField(
      String what, String edit, int line, String field, String words) throws IOException {
    TestDocuments.refused(reader, dir, GOOD, edit, line, field, words);
  }

  @Test
  void aTruncatedFileIsRefusedWithTheLineWhereItBreaks() throws IOException {
    String cut = GOOD.substring(0, GOOD.indexOf("officialName: comprehensive") + 20);
    Path p = file("cut.yaml", cut);
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("cut.yaml:15")
        .hasMessageContaining("not valid YAML/JSON");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Path p = file("empty.yaml", "\n  \n");
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .hasMessageContaining("empty.yaml: the file is empty");
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    Path p = dir.resolve("image.yaml");
    Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .hasMessageContaining("image.yaml: this is a binary file");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() throws IOException {
    Path p = dir.resolve("latin1.yaml");
    Files.write(
        p,
        "entwine: 1\nactors:\n  - {code: CIV, kind: STATE, name: C\u00f4te d'Ivoire, sources: [x]}\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(List.of(p))).hasMessageContaining("not UTF-8");
  }

  @Test
  void aDocumentThatIsNotAMappingIsRefused() throws IOException {
    Path p = file("list.yaml", "- a\n- b\n");
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .hasMessageContaining("list.yaml:1")
        .hasMessageContaining("expected a mapping");
  }

  @Test
  void anUnknownFileTypeIsRefused() throws IOException {
    Path p = file("notes.txt", "hello");
    assertThatThrownBy(() -> reader.read(List.of(p))).hasMessageContaining("unknown file type");
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
    String text =
        GOOD.replace("kind: STATE, name: Aland", "kind: EMPIRE, name: Aland")
            .replace("2012-07", "someday");
    Path p = file("two.yaml", text);
    assertThatThrownBy(() -> reader.read(List.of(p)))
        .isInstanceOf(ExchangeException.class)
        .satisfies(e -> assertThat(((ExchangeException) e).problems()).hasSize(2));
  }

  @Test
  void aJsonDocumentIsHeldToJsonATrailingCommaRefusedAtItsLine() throws IOException {
    String json =
        """
        {"entwine": 1,
         "sources": [{"id": "s", "title": "A source"},]}
        """;
    assertThatThrownBy(() -> reader.read(List.of(file("comma.json", json))))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("comma.json:2")
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> reader.read("request", json.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("request:2: not valid JSON");
    assertThatThrownBy(
            () ->
                reader.read(
                    "request",
                    "{\"entwine\": 1} {\"entwine\": 1}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("more after the document's end");
    // the same flow in a YAML file is YAML's to read
    assertThat(reader.read(List.of(file("comma.yaml", json))).registry().sources()).hasSize(1);
  }

  @Test
  void aSourceAddressIsAWebAddressOrRefusedAtItsLine() throws IOException {
    for (String bad :
        List.of("javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd")) {
      Path p =
          file(
              "bad.yaml",
              "entwine: 1\nsources:\n  - id: s\n    title: A source\n    url: \"" + bad + "\"\n");
      assertThatThrownBy(() -> reader.read(List.of(p)))
          .as(bad)
          .isInstanceOf(ExchangeException.class)
          .hasMessageContaining("bad.yaml:3")
          .hasMessageContaining("http:// or https://");
    }
    Path good =
        file(
            "good-url.yaml",
            "entwine: 1\n"
                + "sources:\n"
                + "  - {id: s, title: A source, url: \"https://example.org/a?b=c\"}\n");
    assertThat(reader.read(List.of(good)).registry().sources().get(0).url())
        .isEqualTo("https://example.org/a?b=c");
  }

  @Test
  void aOneLineDocumentOfEightMegabytesIsReadInTimeLinearInItsLength() throws IOException {
    // SnakeYAML's own reader took 62 s and 1.2 GB for this: it copied the unread part of a long
    // scalar at every kilobyte read
    String note = "x".repeat(8 << 20);
    String json =
        "{\"entwine\": 1, \"sources\": [{\"id\": \"s\", \"title\": \"A source\", \"note\": \""
            + note
            + "\"}]}";
    Path p = file("long.json", json);
    long t0 = System.nanoTime();
    var sources = reader.read(List.of(p)).registry().sources();
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(sources.get(0).note()).hasSize(note.length());
    assertThat(seconds).as("seconds to read 8 MB on one line").isLessThan(10);
  }
}
