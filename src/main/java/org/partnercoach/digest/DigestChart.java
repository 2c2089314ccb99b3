package org.partnercoach.digest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.partnercoach.chat.OnceInBackground;
import org.partnercoach.picture.Canvas;
import org.partnercoach.picture.Palette;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest's picture, drawn headless with XChart: partners by stage at the end of the week (left) and
 * touchpoints in each of the last 8 weeks (right), under a title naming the server and the week. 1000 x 500 pixels
 * with large type, so it stays readable at the size Discord previews it. {@link #pair} draws any two bar charts the
 * same way (the quarterly partnership report uses it).
 */
public final class DigestChart {

    /**
     * One bar chart: its title, and a value per label (whole numbers, or averages shown to one decimal; null for no
     * value, which draws no bar). {@code scaleMin} and {@code scaleMax}, when set, fix the ends of the axis (a 1-to-5
     * rating's 1 and 5): the bars then rise from the scale's bottom, one tick per whole step. {@code notes}, matched by position, is what a slot without a value says instead of {@link #NO_VALUE} (a null
     * note, or none given, keeps that).
     */
    public record Bars(String title, List<String> labels, List<? extends Number> values, Double scaleMin,
                       Double scaleMax, List<String> notes) {
        public Bars {
            notes = notes == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(notes));
        }

        public Bars(String title, List<String> labels, List<? extends Number> values) {
            this(title, labels, values, null, null, null);
        }

        /**
         * Ratings on a fixed scale: a 3.3 average reads as a third short of the top, not as a full bar, and the axis
         * starts at the lowest rating there is (1), so a 1.5 is not drawn as a bar half as long as a 3.
         */
        public static Bars onScale(String title, List<String> labels, List<? extends Number> values, double min,
                                   double max) {
            return new Bars(title, labels, values, min, max, null);
        }

        /** The same bars, with what each slot without a value says instead of {@link #NO_VALUE}. */
        public Bars withNotes(List<String> slotNotes) {
            return new Bars(title, labels, values, scaleMin, scaleMax, slotNotes);
        }

        /** What the slot at {@code i} says when it has no value. */
        public String note(int i) {
            return notes == null || i >= notes.size() || notes.get(i) == null ? NO_VALUE : notes.get(i);
        }
    }

    static final String STAGES_TITLE = "Partners by stage";
    /** Over bars each named by the day its week ends, as the digest's title names its week. */
    static final String TOUCHES_TITLE = "Touchpoints logged, by week ending";
    static final int WIDTH = 1000;
    static final int HEIGHT = 500;
    private static final int TITLE_HEIGHT = 56;
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    /** The least room between two category labels, in pixels. */
    private static final int LABEL_GAP = 8;
    /** The room between a bar's value and the edges of its bar, in pixels. */
    private static final int VALUE_GAP = 4;
    /** What stands in a slot without a value, unless its bars say otherwise ({@link Bars#notes}). */
    public static final String NO_VALUE = "no ratings";
    private static final Font NO_VALUE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 14);
    /* The bars' colours, dark enough for their white values (see Palette), shared with the network map. */
    static final Color STAGE_COLOR = Palette.BLUE;
    static final Color TOUCH_COLOR = Palette.GREEN;

    private static final Logger log = LoggerFactory.getLogger(DigestChart.class);
    /** The warm-up of this process, once started. */
    private static final AtomicReference<CompletableFuture<Integer>> WARM_UP = new AtomicReference<>();

    private DigestChart() {
    }

    /**
     * Draws one sample chart on a thread of its own, once per process; later calls return the same drawing. The
     * first picture a process draws loads Java's graphics, its fonts and the PNG writer (about 0.7 s on 2 cores),
     * which the first digest preview or network map after a start would otherwise wait for. The bot starts this
     * while it connects to Discord. Completes with the sample's size in bytes; a failure is logged, and the first
     * real picture reports its own.
     */
    public static CompletableFuture<Integer> warmUp() {
        return OnceInBackground.start(WARM_UP, "picture-warm-up", () -> {
            try {
                return render("Partner Coach", List.of("Identified", "Contacted", "Partnering"), List.of(3, 2, 1),
                        List.of("23 Nov", "30 Nov"), List.of(4, 7)).length;
            } catch (RuntimeException | LinkageError e) {
                log.warn("could not draw the sample chart at start-up; the first digest picture will tell", e);
                throw e;
            }
        });
    }

    /** A PNG of the two charts; {@code stageLabels}/{@code stageCounts} and the weeks are matched by position. */
    static byte[] render(String title, List<String> stageLabels, List<Integer> stageCounts, List<String> weekLabels,
                         List<Integer> touchpoints) {
        return pair(title, new Bars(STAGES_TITLE, stageLabels, stageCounts),
                new Bars(TOUCHES_TITLE, weekLabels, touchpoints));
    }

    /** A PNG of two bar charts side by side under a title, 1000 x 500. */
    public static byte[] pair(String title, Bars leftBars, Bars rightBars) {
        CategoryChart stages = chart(leftBars, STAGE_COLOR);
        CategoryChart touches = chart(rightBars, TOUCH_COLOR);
        return Canvas.png(WIDTH, HEIGHT, title, 38, g -> {
            int half = WIDTH / 2;
            Graphics2D left = (Graphics2D) g.create(0, TITLE_HEIGHT, half, HEIGHT - TITLE_HEIGHT);
            stages.paint(left, half, HEIGHT - TITLE_HEIGHT);
            left.dispose();
            Graphics2D right = (Graphics2D) g.create(half, TITLE_HEIGHT, WIDTH - half, HEIGHT - TITLE_HEIGHT);
            touches.paint(right, WIDTH - half, HEIGHT - TITLE_HEIGHT);
            right.dispose();
        });
    }

    static CategoryChart chart(Bars bars, Color color) {
        ValuedBarChart chart = (ValuedBarChart) chart(bars.title(), "", bars.labels(), bars.values(), color);
        chart.notes = bars;
        if (bars.scaleMax() != null) {
            chart.getStyler().setYAxisMax(bars.scaleMax());
        }
        if (bars.scaleMin() != null) {
            chart.getStyler().setYAxisMin(bars.scaleMin());
            // one tick per whole step (1, 2, 3, 4, 5), not per half: the plot takes about 4/5 of the chart's height
            chart.getStyler().setYAxisTickMarkSpacingHint((int) ((HEIGHT - TITLE_HEIGHT) * 0.8
                    / Math.max(1, (bars.scaleMax() == null ? 5 : bars.scaleMax()) - bars.scaleMin())));
        }
        return chart;
    }

    static CategoryChart chart(String title, String yTitle, List<String> labels,
                                       List<? extends Number> values, Color color) {
        CategoryChart chart = new ValuedBarChart(new CategoryChartBuilder().width(WIDTH / 2)
                .height(HEIGHT - TITLE_HEIGHT).title(title).yAxisTitle(yTitle));
        Styler.ChartTheme theme = Styler.ChartTheme.XChart;
        chart.getStyler().setTheme(theme.newInstance(theme));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        chart.getStyler().setAxisTickLabelsFont(TICK_FONT);
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {color});
        chart.getStyler().setYAxisMin(0.0);
        // a missing value (null: a quarter without ratings) draws no bar
        boolean whole = values.stream().allMatch(v -> v == null || v.doubleValue() == Math.rint(v.doubleValue()));
        chart.getStyler().setYAxisDecimalPattern(whole ? "#" : "#.#");
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        boolean empty = values.stream().allMatch(v -> v == null || v.doubleValue() == 0);
        if (empty) {
            chart.getStyler().setYAxisMax(1.0);
        }
        // XChart marks only 0 and the top when every bar is either 0 or one same height (a first month with
        // touchpoints after two without): a reader saw "0" and "37" and nothing between. A top one step above it
        // brings the marks back.
        List<Double> heights = values.stream().filter(v -> v != null && v.doubleValue() != 0)
                .map(Number::doubleValue).distinct().toList();
        if (whole && heights.size() == 1 && heights.get(0) > 0) {
            chart.getStyler().setYAxisMax(aboveTop(heights.get(0)));
        }
        chart.addSeries(title, labels, values);
        chart.getStyler().setXAxisLabelRotation(labelRotation(labels, TICK_FONT, slotWidth(chart)));
        return chart;
    }

    /** A round top for an axis whose highest bar is {@code top}: the next whole step above it (37: 40; 3: 4). */
    static double aboveTop(double top) {
        double rough = top / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = Math.max(1, rough <= power ? power : rough <= 2 * power ? 2 * power
                : rough <= 5 * power ? 5 * power : 10 * power);
        return (Math.floor(top / step) + 1) * step;
    }

    /**
     * How many pixels each category gets along the x axis once XChart has laid the chart out: the chart is drawn
     * once on a scratch image (the y axis's labels, whose width depends on the values, take their share first).
     */
    static double slotWidth(CategoryChart chart) {
        BufferedImage scratch = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            Canvas.hints(g);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0);
    }

    /**
     * The angle of the category labels: level when the widest fits its slot with a gap, 45 degrees when the slanted
     * labels stay a line apart (XChart centres each under its bar and hangs it from the axis, so a long label next
     * to a short one comes closer to it), else upright. Stage names such as "Researching" and "Connecting" do not fit
     * level side by side in half the picture, and printed level they ran together.
     */
    static int labelRotation(List<String> labels, Font font, double slot) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double widest = 0;
        double narrowest = Double.MAX_VALUE;
        for (String label : labels) {
            double w = font.getStringBounds(label, frc).getWidth();
            widest = Math.max(widest, w);
            narrowest = Math.min(narrowest, w);
        }
        double line = font.getLineMetrics("Ag", frc).getHeight();
        if (widest + LABEL_GAP <= slot) {
            return 0;
        }
        double slant = Math.sqrt(0.5);
        if (slot * slant >= line + LABEL_GAP + (widest - narrowest) * slant * slant) {
            return 45;
        }
        return 90;
    }

    /**
     * A bar chart that prints each bar's value (when the styler's labels are visible) where it can be read: white
     * inside its bar when the bar holds it, else in dark ink just above the bar. XChart prints every value white in
     * the middle of its bar, so the value of a bar much shorter than the others (1 next to 40, a week without
     * touchpoints) came out white on the white background.
     */
    private static final class ValuedBarChart extends CategoryChart {

        /** What a slot without a value says; null: {@link #NO_VALUE} everywhere. */
        private Bars notes;

        ValuedBarChart(CategoryChartBuilder builder) {
            super(builder);
        }

        @Override
        public void paint(Graphics2D g, int width, int height) {
            CategoryStyler styler = getStyler();
            boolean values = styler.isLabelsVisible();
            // XChart draws the bars and axes only; the values come after, placed by paintValues
            styler.setLabelsVisible(false);
            try {
                super.paint(g, width, height);
            } finally {
                styler.setLabelsVisible(values);
            }
            if (values) {
                paintValues(g);
            }
        }

        /** Each value centred on its bar, on the axes {@link #paint} has just laid out. */
        private void paintValues(Graphics2D g) {
            CategoryStyler styler = getStyler();
            DecimalFormat format = new DecimalFormat(styler.getYAxisDecimalPattern(),
                    DecimalFormatSymbols.getInstance(styler.getLocale()));
            Font font = styler.getLabelsFont();
            // the glyphs' outlines, filled, as XChart prints them
            FontRenderContext frc = new FontRenderContext(null, true, false);
            // the axis's bottom: 0, or a scale's lowest value (a rating's 1)
            double base = getScreenYFromChart(Math.max(0, styler.getYAxisMin() == null ? 0 : styler.getYAxisMin()));
            for (CategorySeries series : getSeriesMap().values()) {
                int i = 0;
                for (Number value : series.getYData()) {
                    double left = getScreenXFromChart(i);
                    double slot = getScreenXFromChart(i + 1) - left;
                    i++;
                    if (value == null) {
                        // no value (a quarter without ratings): no bar, and its note where it would stand
                        paintNote(g, notes == null ? NO_VALUE : notes.note(i - 1), left, slot, base, frc);
                        continue;
                    }
                    TextLayout text = new TextLayout(format.format(value), font, frc);
                    Rectangle2D box = text.getBounds();
                    double top = getScreenYFromChart(value.doubleValue());
                    boolean inside = box.getWidth() + 2 * VALUE_GAP <= slot * styler.getAvailableSpaceFill()
                            && box.getHeight() + 2 * VALUE_GAP <= base - top;
                    double x = left + slot / 2 - box.getCenterX();
                    double y = inside ? (top + base) / 2 - box.getCenterY() : top - VALUE_GAP - box.getMaxY();
                    g.setColor(inside ? Color.WHITE : Canvas.INK);
                    g.fill(text.getOutline(AffineTransform.getTranslateInstance(x, y)));
                }
            }
        }

        /**
         * A slot's note in dark ink, standing on the axis where its bar would be: broken into lines at spaces so that
         * each fits the slot (a word longer than the slot stands alone), the last line just above the axis.
         */
        private static void paintNote(Graphics2D g, String note, double left, double slot, double base,
                                      FontRenderContext frc) {
            List<String> lines = wrap(note, NO_VALUE_FONT, slot - 2 * VALUE_GAP, frc);
            java.awt.font.LineMetrics metrics = NO_VALUE_FONT.getLineMetrics("Ag", frc);
            double lineHeight = metrics.getHeight();
            g.setColor(Canvas.INK);
            for (int k = 0; k < lines.size(); k++) {
                TextLayout text = new TextLayout(lines.get(k), NO_VALUE_FONT, frc);
                Rectangle2D box = text.getBounds();
                double x = left + slot / 2 - box.getCenterX();
                double y = base - VALUE_GAP - metrics.getDescent() - (lines.size() - 1 - k) * lineHeight;
                g.fill(text.getOutline(AffineTransform.getTranslateInstance(x, y)));
            }
        }
    }

    /** {@code text} in lines no wider than {@code width} where spaces allow. */
    static List<String> wrap(String text, Font font, double width, FontRenderContext frc) {
        List<String> lines = new java.util.ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringBounds(longer, frc).getWidth() > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
