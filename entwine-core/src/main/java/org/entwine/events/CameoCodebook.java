package org.entwine.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO event codes, loaded from their published tables. */
public final class CameoCodebook {
  private final Map<String, CameoCode> codes = new LinkedHashMap<>();

  public CameoCodebook(Collection<CameoCode> codes) {
    codes.forEach(c -> this.codes.put(c.code(), c));
  }

  public Optional<CameoCode> code(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  public Collection<CameoCode> codes() {
    return codes.values();
  }

  public int size() {
    return codes.size();
  }
}
