package org.entwine.datasets.events;

import java.nio.ByteBuffer;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * A line's tail crossed 32 bytes at a time with the JDK's vector module (an incubator module in
 * Java 17: the launcher enables it for the events commands with {@code --add-modules
 * jdk.incubator.vector}). Tested to give what the scalar tail gives.
 */
final class VectorTail implements GdeltChunk.Tail {
  private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_256;

  /** 0, 1, … 31: each lane's index. */
  private static final ByteVector LANES = ByteVector.zero(SPECIES).addIndex(1);

  static GdeltChunk.Tail create() {
    return new VectorTail();
  }

  @Override
  public long scan(byte[] b, ByteBuffer words, int p, int limit) {
    long tabs = 0;
    while (p + 32 <= limit) {
      ByteVector v = ByteVector.fromArray(SPECIES, b, p);
      VectorMask<Byte> newline = v.eq((byte) '\n');
      if (newline.anyTrue()) {
        int i = newline.firstTrue();
        tabs +=
            v.eq((byte) '\t').and(LANES.lt((byte) i)).trueCount(); // the tabs before the newline
        return (tabs << 32) | (p + i + 1);
      }
      tabs += v.eq((byte) '\t').trueCount();
      p += 32;
    }
    return GdeltChunk.scalarTail(b, words, p, limit) + (tabs << 32);
  }
}
