package org.entwine.report;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a label beside each point of a chart so that no two labels, and no label and point,
 * overprint: for each point in turn, the first of a fixed list of places around it (right, left,
 * above, below, then further out) that is free and inside the plot; where none is, the one that
 * overlaps least. Pure geometry in pixels, apart from any chart library.
 */
final class LabelPlacer {
  private LabelPlacer() {}

  /** A point (its centre) and its label's size, in pixels. */
  record Item(double x, double y, double width, double height) {}

  /** Where a label's top left corner goes, in pixels. */
  record Placed(double x, double y) {}

  /** The places tried around a point, as offsets of the label's top-left corner. */
  private static List<double[]> candidates(Item i) {
    double gap = 4;
    double w = i.width();
    double h = i.height();
    List<double[]> out = new ArrayList<>();
    for (int ring = 0; ring < 6; ring++) {
      double dy = ring * (h + 1);
      out.add(new double[] {gap, -h / 2 - dy});
      out.add(new double[] {gap, -h / 2 + dy});
      out.add(new double[] {-w - gap, -h / 2 - dy});
      out.add(new double[] {-w - gap, -h / 2 + dy});
      out.add(new double[] {-w / 2, -h - gap - dy});
      out.add(new double[] {-w / 2, gap + dy});
    }
    return out;
  }

  /**
   * @param items the points with their labels' sizes
   * @param bounds the plot's area: labels stay inside it
   * @param marker the points' markers' half-size, kept free of labels
   * @param reserved places no label may take (a chart's own words)
   */
  static List<Placed> place(
      List<Item> items, Rectangle2D bounds, double marker, List<Rectangle2D> reserved) {
    List<Rectangle2D> taken = new ArrayList<>(reserved);
    for (Item i : items)
      taken.add(new Rectangle2D.Double(i.x() - marker, i.y() - marker, 2 * marker, 2 * marker));
    List<Placed> out = new ArrayList<>();
    for (Item i : items) {
      Rectangle2D best = null;
      double bestOverlap = Double.MAX_VALUE;
      for (double[] c : candidates(i)) {
        Rectangle2D r = new Rectangle2D.Double(i.x() + c[0], i.y() + c[1], i.width(), i.height());
        if (!bounds.contains(r)) continue;
        double overlap = 0;
        for (Rectangle2D t : taken) {
          Rectangle2D x = r.createIntersection(t);
          if (x.getWidth() > 0 && x.getHeight() > 0) overlap += x.getWidth() * x.getHeight();
        }
        if (overlap < bestOverlap) {
          best = r;
          bestOverlap = overlap;
          if (overlap == 0) break;
        }
      }
      if (best == null) // no place inside the plot: beside the point, clipped by the chart
      best = new Rectangle2D.Double(i.x() + 4, i.y() - i.height() / 2, i.width(), i.height());
      taken.add(best);
      out.add(new Placed(best.getX(), best.getY()));
    }
    return out;
  }
}
