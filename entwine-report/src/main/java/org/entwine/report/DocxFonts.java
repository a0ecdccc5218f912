package org.entwine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Embeds the bundled Noto Sans (regular and bold) in a Word document, as Word embeds fonts
 * (ECMA-376 Part 1, 17.8.1 and 17.8.3.3): each file obfuscated with its own key (the first 32 bytes
 * XORed with the key's 16 bytes in reverse order), listed in the font table, and the document set
 * to use them. Vietnamese then reads the same on a machine without the font.
 */
final class DocxFonts {
  private static final String FONT_TABLE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  private static final String FONT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  private static final String FONT_TABLE_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
  private static final String OBFUSCATED =
      "application/vnd.openxmlformats-officedocument.obfuscatedFont";

  private DocxFonts() {}

  static void embed(XWPFDocument doc) {
    try {
      OPCPackage pkg = doc.getPackage();
      PackagePart main = doc.getPackagePart();
      PackagePart table =
          pkg.createPart(PackagingURIHelper.createPartName("/word/fontTable.xml"), FONT_TABLE_TYPE);
      main.addRelationship(table.getPartName(), TargetMode.INTERNAL, FONT_TABLE);
      String regular =
          font(
              pkg,
              table,
              "/word/fonts/NotoSans-Regular.odttf",
              "400Regular/NotoSans_400Regular.ttf");
      String bold =
          font(pkg, table, "/word/fonts/NotoSans-Bold.odttf", "700Bold/NotoSans_700Bold.ttf");
      String xml =
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<w:font w:name=\""
              + Charts.FONT
              + "\"><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch"
              + " w:val=\"variable\"/>"
              + regular.replace("EMBED", "embedRegular")
              + bold.replace("EMBED", "embedBold")
              + "</w:font></w:fonts>";
      try (OutputStream out = table.getOutputStream()) {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
      }
      // Word uses embedded fonts only where the settings say so
      var settings = doc.getSettings();
      if (settings != null) settings.getCTSettings().addNewEmbedTrueTypeFonts();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot embed the font in the Word document", e);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("cannot embed the font in the Word document", e);
    }
  }

  /** Adds one font file, obfuscated, and returns its entry for the font table. */
  private static String font(OPCPackage pkg, PackagePart table, String partName, String file)
      throws IOException, InvalidFormatException {
    // a key of its own per font, the same each time: the same report gives the same document
    String key =
        "{"
            + UUID.nameUUIDFromBytes(file.getBytes(StandardCharsets.UTF_8))
                .toString()
                .toUpperCase(java.util.Locale.ROOT)
            + "}";
    byte[] data;
    try (InputStream in = DocxFonts.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) throw new IllegalStateException("the bundled font " + file + " is missing");
      data = in.readAllBytes();
    }
    obfuscate(data, key);
    PackagePartName name = PackagingURIHelper.createPartName(partName);
    PackagePart part = pkg.createPart(name, OBFUSCATED);
    try (OutputStream out = part.getOutputStream()) {
      out.write(data);
    }
    PackageRelationship rel = table.addRelationship(name, TargetMode.INTERNAL, FONT);
    return "<w:EMBED r:id=\"" + rel.getId() + "\" w:fontKey=\"" + key + "\"/>";
  }

  /** XORs the first 32 bytes with the key's 16 bytes, last first; its own inverse. */
  static void obfuscate(byte[] data, String key) {
    String hex = key.replaceAll("[{}-]", "");
    byte[] k = new byte[16];
    for (int i = 0; i < 16; i++)
      k[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    for (int i = 0; i < 32 && i < data.length; i++) data[i] ^= k[15 - (i % 16)];
  }
}
