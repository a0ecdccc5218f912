package org.entwine.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text, refusing binary files and bytes that are not UTF-8. */
public final class Text {
  private Text() {}

  public static String decode(byte[] bytes) throws CharacterCodingException {
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw new CharacterCodingException() {
          @Override
          public String getMessage() {
            return "this is a binary file, not a text file (YAML, JSON or CSV)";
          }
        };
      }
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new CharacterCodingException() {
        @Override
        public String getMessage() {
          return "the file is not UTF-8 text (save it as UTF-8)";
        }
      };
    }
  }
}
