package org.entwine.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entwine.input.UserInputException;

/** Reads enum values leniently (case, spaces, hyphens) and says which values are allowed. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("[ -]", "_");
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) return e;
    }
    throw new UserInputException(
        "expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + ", got '"
            + text
            + "'");
  }
}
