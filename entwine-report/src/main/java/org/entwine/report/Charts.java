package org.entwine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The report's charts, drawn on the server by JFreeChart: as SVG for the HTML and the PDF, their
 * text drawn as shapes in the bundled Noto Sans (the same picture in a browser and in the PDF, with
 * no font needed to see it), and as PNG for the Word document. Figures on axes and labels are
 * written as the report's language writes them (a decimal comma in Vietnamese).
 */
public final class Charts {
  static final String FONT = "Noto Sans";
  private static final Color INK = new Color(0x33, 0x33, 0x33);
  private static final Color BAR = new Color(0x2f, 0x6f, 0x9f);

  static {
    for (String file :
        List.of("400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf")) {
      try (InputStream in = Charts.class.getResourceAsStream("fonts/" + file)) {
        if (in == null) throw new IllegalStateException("the bundled font " + file + " is missing");
        GraphicsEnvironment.getLocalGraphicsEnvironment()
            .registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
      } catch (IOException | java.awt.FontFormatException e) {
        throw new IllegalStateException("cannot read the bundled font " + file, e);
      }
    }
    StandardChartTheme theme = new StandardChartTheme("entwine");
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 12));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 10));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 9));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    theme.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setBarPainter(new StandardBarPainter());
    ChartFactory.setChartTheme(theme);
  }

  private Charts() {}

  /** A chart drawn at its size: as SVG for the page, as PNG for the Word document. */
  public record Chart(JFreeChart chart, int width, int height) {
    public String svg() {
      return Charts.svg(chart, width, height);
    }

    /** The chart at {@code scale} times its size (sharp in print), as PNG bytes. */
    byte[] png(int scale) {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(
              width * scale, height * scale, java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D g = image.createGraphics();
      g.setRenderingHint(
          java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
          java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(scale, scale);
      synchronized (chart) { // a chart draws one picture at a time
        chart.draw(g, new Rectangle(0, 0, width, height));
      }
      g.dispose();
      var out = new java.io.ByteArrayOutputStream();
      try {
        javax.imageio.ImageIO.write(image, "png", out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }

  /** Figures on an axis as the language writes them, with {@code digits} decimals at most. */
  private static java.text.NumberFormat numbers(java.util.Locale locale, int digits) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(digits);
    return f;
  }

  /** A partner's bar: its code and depth. */
  record Bar(String partner, double depth) {}

  /** Depth, deepest first, one bar per ranked partner, by name. */
  static Chart ranking(List<Bar> bars, String depthLabel, java.util.Locale locale) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar b : bars) data.addValue(b.depth(), depthLabel, b.partner());
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, depthLabel, data, PlotOrientation.HORIZONTAL, false, false, false);
    var plot = chart.getCategoryPlot();
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(numbers(locale, 1));
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, BAR);
    r.setShadowVisible(false);
    r.setItemMargin(0);
    plot.getDomainAxis().setCategoryMargin(0.25);
    return new Chart(chart, 640, 60 + 14 * Math.max(1, bars.size()));
  }

  /**
   * A partner on the trust × cooperation matrix: its name, its depth less the median of the
   * partners at its level (right of 0: more cooperation than its peers) and its degree (1-4).
   */
  record Point(String name, double beyondPeers, int degree) {}

  /** The four quadrants' names, clockwise from the top right: cells 1, 2, 4 and 3. */
  record Quadrants(String one, String two, String three, String four) {}

  /**
   * Every judged partner on the papers' matrix: more or less cooperation than the partners at its
   * level (across), a high level of confidence (degree 1) or a lower one (down), each labelled
   * without overprinting, and the quadrants named.
   */
  static Chart matrix(
      List<Point> points,
      Quadrants quadrants,
      String acrossLabel,
      String degreeLabel,
      java.util.Locale locale) {
    int width = 640;
    int height = 270;
    double reach = 5;
    for (Point p : points) reach = Math.max(reach, Math.abs(p.beyondPeers()));
    reach = Math.ceil(reach * 1.15);
    // a degree's partners spread over its band, so that their markers do not sit on one another
    List<Point> sorted = new java.util.ArrayList<>(points);
    sorted.sort(java.util.Comparator.comparingDouble(Point::beyondPeers));
    XYSeries s = new XYSeries("partners", false, true);
    java.util.Map<Integer, Integer> inBand = new java.util.HashMap<>();
    for (Point p : sorted) {
      int k = inBand.merge(p.degree(), 1, Integer::sum) - 1;
      double[] spread = {0, -0.22, 0.22, -0.11, 0.11, -0.33, 0.33};
      s.add(p.beyondPeers(), p.degree() + spread[k % spread.length]);
    }
    JFreeChart chart =
        ChartFactory.createScatterPlot(
            null,
            acrossLabel,
            degreeLabel,
            new XYSeriesCollection(s),
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    NumberAxis across = (NumberAxis) plot.getDomainAxis();
    across.setRange(-reach, reach);
    across.setNumberFormatOverride(numbers(locale, 1));
    NumberAxis degree = (NumberAxis) plot.getRangeAxis();
    degree.setRange(0.4, 4.6);
    degree.setInverted(true); // 1, high confidence, at the top
    degree.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.addDomainMarker(new ValueMarker(0, INK, new BasicStroke(1f)));
    plot.addRangeMarker(new ValueMarker(1.5, INK, new BasicStroke(1f)));
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
    r.setSeriesPaint(0, BAR);
    r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    Font labelFont = new Font(FONT, Font.PLAIN, 8);
    Font quadrantFont = new Font(FONT, Font.BOLD, 9);
    // where the plot's data area falls, to place the labels in pixels
    var info = new org.jfree.chart.ChartRenderingInfo();
    var scratch = new SVGGraphics2D(width, height);
    chart.draw(scratch, new Rectangle(width, height), info);
    java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
    var metrics = scratch.getFontMetrics(labelFont);
    List<LabelPlacer.Item> items = new java.util.ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      double px = across.valueToJava2D(s.getX(i).doubleValue(), area, plot.getDomainAxisEdge());
      double py = degree.valueToJava2D(s.getY(i).doubleValue(), area, plot.getRangeAxisEdge());
      items.add(
          new LabelPlacer.Item(
              px, py, metrics.stringWidth(sorted.get(i).name()) + 2, metrics.getHeight()));
    }
    // the quadrants' names hold the corners: no label goes there
    var qm = scratch.getFontMetrics(quadrantFont);
    List<java.awt.geom.Rectangle2D> corners = new java.util.ArrayList<>();
    for (String q :
        List.of(quadrants.one(), quadrants.two(), quadrants.three(), quadrants.four())) {
      double w = qm.stringWidth(q) + 8;
      double h = qm.getHeight() + 4;
      boolean right = q.equals(quadrants.one()) || q.equals(quadrants.two());
      boolean top = q.equals(quadrants.one()) || q.equals(quadrants.three());
      corners.add(
          new java.awt.geom.Rectangle2D.Double(
              right ? area.getMaxX() - w : area.getMinX(),
              top ? area.getMinY() : area.getMaxY() - h,
              w,
              h));
    }
    List<LabelPlacer.Placed> placed = LabelPlacer.place(items, area, 3.5, corners);
    for (int i = 0; i < sorted.size(); i++) {
      var at = placed.get(i);
      var label =
          new org.jfree.chart.annotations.XYTextAnnotation(
              sorted.get(i).name(),
              across.java2DToValue(at.x(), area, plot.getDomainAxisEdge()),
              degree.java2DToValue(
                  at.y() + items.get(i).height() / 2, area, plot.getRangeAxisEdge()));
      label.setFont(labelFont);
      label.setPaint(INK);
      label.setTextAnchor(org.jfree.chart.ui.TextAnchor.CENTER_LEFT);
      plot.addAnnotation(label);
      if (at.far()) {
        // a label placed away from its point is led back to it
        double lx = at.x() < items.get(i).x() ? at.x() + items.get(i).width() : at.x();
        double ly = at.y() + items.get(i).height() / 2;
        var lead =
            new org.jfree.chart.annotations.XYLineAnnotation(
                s.getX(i).doubleValue(),
                s.getY(i).doubleValue(),
                across.java2DToValue(lx, area, plot.getDomainAxisEdge()),
                degree.java2DToValue(ly, area, plot.getRangeAxisEdge()),
                new BasicStroke(0.5f),
                new Color(0x99, 0x99, 0x99));
        plot.addAnnotation(lead);
      }
    }
    quadrant(
        plot,
        quadrants.one(),
        reach * 0.97,
        0.45,
        org.jfree.chart.ui.TextAnchor.TOP_RIGHT,
        quadrantFont);
    quadrant(
        plot,
        quadrants.three(),
        -reach * 0.97,
        0.45,
        org.jfree.chart.ui.TextAnchor.TOP_LEFT,
        quadrantFont);
    quadrant(
        plot,
        quadrants.two(),
        reach * 0.97,
        4.55,
        org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT,
        quadrantFont);
    quadrant(
        plot,
        quadrants.four(),
        -reach * 0.97,
        4.55,
        org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT,
        quadrantFont);
    return new Chart(chart, width, height);
  }

  private static void quadrant(
      XYPlot plot, String text, double x, double y, org.jfree.chart.ui.TextAnchor anchor, Font f) {
    var a = new org.jfree.chart.annotations.XYTextAnnotation(text, x, y);
    a.setFont(f);
    a.setPaint(new Color(0x77, 0x77, 0x77));
    a.setTextAnchor(anchor);
    plot.addAnnotation(a);
  }

  /** A pillar's two sides, de jure and de facto (0-100; null where missing). */
  record Spoke(String pillar, Double deJure, Double deFacto) {}

  /**
   * The pillars as a radar, de jure and de facto each a line around it, each point with its value.
   */
  static Chart radar(List<Spoke> spokes, String deJure, String deFacto, java.util.Locale locale) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Spoke s : spokes) {
      // a side without evidence has no point on its spoke: missing is never zero
      data.addValue(s.deJure(), deJure, s.pillar());
      data.addValue(s.deFacto(), deFacto, s.pillar());
    }
    java.text.NumberFormat values = numbers(locale, 1);
    values.setMinimumFractionDigits(1);
    org.jfree.chart.plot.SpiderWebPlot plot = new ValuedSpiderWebPlot(data, values);
    plot.setMaxValue(100);
    plot.setLabelFont(new Font(FONT, Font.PLAIN, 10));
    plot.setSeriesPaint(0, BAR);
    plot.setSeriesPaint(1, new Color(0xd9, 0x7b, 0x29));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 10), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 9));
    return new Chart(chart, 300, 230);
  }

  /** A radar that writes each point's value beside it. */
  private static final class ValuedSpiderWebPlot extends org.jfree.chart.plot.SpiderWebPlot {
    private static final long serialVersionUID = 1L;
    private final java.text.NumberFormat values;

    ValuedSpiderWebPlot(DefaultCategoryDataset data, java.text.NumberFormat values) {
      super(data);
      this.values = values;
    }

    @Override
    protected void drawRadarPoly(
        java.awt.Graphics2D g2,
        java.awt.geom.Rectangle2D plotArea,
        java.awt.geom.Point2D centre,
        org.jfree.chart.plot.PlotRenderingInfo info,
        int series,
        int catCount,
        double headH,
        double headW) {
      super.drawRadarPoly(g2, plotArea, centre, info, series, catCount, headH, headW);
      g2.setFont(new Font(FONT, Font.PLAIN, 8));
      g2.setPaint(getSeriesPaint(series));
      java.awt.FontMetrics fm = g2.getFontMetrics();
      for (int cat = 0; cat < catCount; cat++) {
        Number value = getPlotValue(series, cat);
        if (value == null) continue;
        double angle =
            getStartAngle()
                + (getDirection().getFactor() * cat * 360 / (catCount > 2 ? catCount : 3));
        java.awt.geom.Point2D p = getWebPoint(plotArea, angle, value.doubleValue() / getMaxValue());
        String text = values.format(value);
        // de jure above its point, de facto below, so that two close points stay legible
        float y = (float) (series == 0 ? p.getY() - 4 : p.getY() + fm.getAscent() + 3);
        g2.drawString(text, (float) (p.getX() + 4), y);
      }
    }
  }

  /** Depth year by year (a year without a depth is a gap, never zero). */
  static Chart history(
      java.util.Map<Integer, Double> depthByYear, String depthLabel, java.util.Locale locale) {
    XYSeries s = new XYSeries(depthLabel, true, false);
    int first = depthByYear.keySet().stream().min(Integer::compare).orElse(0);
    int last = depthByYear.keySet().stream().max(Integer::compare).orElse(0);
    for (int y = first; y <= last; y++) s.add(y, depthByYear.get(y)); // null: a gap in the line
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            null,
            null,
            depthLabel,
            new XYSeriesCollection(s),
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    XYPlot plot = chart.getXYPlot();
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(numbers(locale, 1));
    NumberAxis years = (NumberAxis) plot.getDomainAxis();
    years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    years.setAutoRangeIncludesZero(false);
    years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
    r.setSeriesPaint(0, BAR);
    r.setSeriesShapesVisible(0, true);
    return new Chart(chart, 340, 230);
  }

  private static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    synchronized (chart) { // a chart draws one picture at a time
      chart.draw(g, new Rectangle(0, 0, width, height));
    }
    // whole-number dimensions: openhtmltopdf reads "640.0" as no size at all
    return g.getSVGElement()
        .replaceFirst("width=(['\"])(\\d+)\\.0\\1", "width=$1$2$1")
        .replaceFirst("height=(['\"])(\\d+)\\.0\\1", "height=$1$2$1");
  }
}
