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

  /**
   * Where a label's top left corner goes, in pixels, and whether it went so far from its point that
   * a line should lead from one to the other.
   */
  record Placed(double x, double y, boolean far) {}

  /**
   * The places tried around a point, as offsets of the label's top-left corner, nearest first: the
   * four sides, then ever further up and down, then a label's width further out on either side.
   */
  private static List<double[]> candidates(Item i) {
    double gap = 4;
    double w = i.width();
    double h = i.height();
    List<double[]> out = new ArrayList<>();
    for (int column = 0; column < 4; column++) {
      double dx = column * (w + gap);
      for (int ring = 0; ring < 12; ring++) {
        double dy = ring * (h + 1);
        out.add(new double[] {gap + dx, -h / 2 - dy, ring > 1 || column > 0 ? 1 : 0});
        out.add(new double[] {gap + dx, -h / 2 + dy, ring > 1 || column > 0 ? 1 : 0});
        out.add(new double[] {-w - gap - dx, -h / 2 - dy, ring > 1 || column > 0 ? 1 : 0});
        out.add(new double[] {-w - gap - dx, -h / 2 + dy, ring > 1 || column > 0 ? 1 : 0});
        if (column == 0) {
          out.add(new double[] {-w / 2, -h - gap - dy, ring > 1 ? 1 : 0});
          out.add(new double[] {-w / 2, gap + dy, ring > 1 ? 1 : 0});
        }
      }
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
      boolean far = false;
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
          far = c[2] > 0;
          bestOverlap = overlap;
          if (overlap == 0) break;
        }
      }
      if (best == null) // no place inside the plot: beside the point, clipped by the chart
      best = new Rectangle2D.Double(i.x() + 4, i.y() - i.height() / 2, i.width(), i.height());
      taken.add(best);
      out.add(new Placed(best.getX(), best.getY(), far));
    }
    return out;
  }
}
