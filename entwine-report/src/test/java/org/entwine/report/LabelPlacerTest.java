package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
  @Test
  void crowdedPointsGetLabelsThatOverprintNoOtherLabelNoPointAndStayInThePlot() {
    // forty points in a crowded band, as the matrix's partners near the median of their level
    List<LabelPlacer.Item> items = new ArrayList<>();
    for (int i = 0; i < 40; i++)
      items.add(new LabelPlacer.Item(280 + (i % 8) * 9, 60 + (i / 8) * 40, 60, 11));
    Rectangle2D plot = new Rectangle2D.Double(40, 10, 560, 300);
    List<Rectangle2D> reserved = List.of(new Rectangle2D.Double(440, 10, 160, 16));
    var placed = LabelPlacer.place(items, plot, 3, reserved);
    List<Rectangle2D> labels = new ArrayList<>();
    for (int i = 0; i < items.size(); i++)
      labels.add(
          new Rectangle2D.Double(
              placed.get(i).x(), placed.get(i).y(), items.get(i).width(), items.get(i).height()));
    for (int i = 0; i < labels.size(); i++) {
      assertThat(plot.contains(labels.get(i))).as("label %d inside", i).isTrue();
      assertThat(labels.get(i).intersects(reserved.get(0)))
          .as("label %d clear of words", i)
          .isFalse();
      for (int j = 0; j < labels.size(); j++) {
        if (i != j)
          assertThat(labels.get(i).intersects(labels.get(j)))
              .as("labels %d and %d", i, j)
              .isFalse();
        var p = items.get(j);
        assertThat(labels.get(i).intersects(new Rectangle2D.Double(p.x() - 3, p.y() - 3, 6, 6)))
            .as("label %d and point %d", i, j)
            .isFalse();
      }
    }
  }
}
