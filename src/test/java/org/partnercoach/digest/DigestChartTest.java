package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.CategoryChart;
import org.partnercoach.partners.Stage;
import org.partnercoach.picture.Canvas;

/**
 * The bar charts' category labels, as XChart prints them for the charts the bot sends. A picture's pixels are hard
 * to compare, so each chart is printed with its axis labels in half-transparent ink on a canvas larger than the
 * chart: where two labels are printed over each other the ink is twice as dark, and ink outside the chart's own
 * rectangle is a label cut off at the edge of the picture. Each bar's value is compared with the same chart printed
 * without values: the pixels the value changed must cover the whole number, in ink that stands out from what is
 * under it.
 */
@DisplayName("The digest's and the report's bar charts")
class DigestChartTest {

    private static final Color HALF_INK = new Color(0, 0, 0, 128);
    /** Darker than half-transparent ink once: ink laid twice (a pixel of one label is 127 or lighter). */
    private static final int TWICE_INKED = 100;
    private static final int MARGIN = 150;

    record Case(String what, List<String> labels, List<? extends Number> values) {
        @Override
        public String toString() {
            return what;
        }
    }

    static List<Case> charts() {
        List<String> active = Arrays.stream(Stage.values()).filter(Stage::active).map(Stage::label).toList();
        List<String> all = Arrays.stream(Stage.values()).map(Stage::label).toList();
        List<String> sectors = List.of("Public health", "Health care", "Mental health", "Education", "Youth",
                "Seniors", "Faith communities", "Business", "Local government", "Housing", "Food and nutrition",
                "Transportation", "Public safety", "Media", "Philanthropy", "Universities and research",
                "Community groups", "Arts and culture", "Parks and recreation", "Environment");
        return List.of(
                new Case("the digest's partners by stage", active, List.of(2, 2, 1, 1, 1)),
                new Case("the report's partners by stage, with moved on", all, List.of(4, 4, 4, 4, 4, 0)),
                new Case("partners by stage, hundreds in each", all, List.of(1200, 850, 430, 96, 310, 1500)),
                new Case("the digest's touchpoints per week", List.of("6 Oct", "13 Oct", "20 Oct", "27 Oct", "3 Nov",
                        "10 Nov", "17 Nov", "24 Nov"), List.of(0, 0, 0, 0, 0, 0, 0, 3)),
                new Case("the report's touchpoints per month", List.of("Oct", "Nov", "Dec"), List.of(0, 1, 30)),
                new Case("the report's trust by quarter", List.of("Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"),
                        List.of(3.5, 3.8, 4.1, 4.0)),
                new Case("twenty sectors", sectors, Collections.nCopies(sectors.size(), 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    @DisplayName("no category label is printed over another, none is cut off at the edge")
    void labelsReadable(Case c) {
        CategoryChart chart = DigestChart.chart("Partners by stage", "", c.labels(), c.values(), Color.BLUE);
        Ink ink = print(chart);

        assertThat(ink.twice()).as("pixels where two labels are printed over each other").isZero();
        assertThat(ink.outside()).as("pixels of labels beyond the chart's edges").isZero();
    }

    /** Pixels inked twice below the x axis, and pixels inked outside the chart's own rectangle. */
    record Ink(int twice, int outside) {
    }

    private static Ink print(CategoryChart chart) {
        chart.getStyler().setAxisTickLabelsColor(HALF_INK);
        chart.getStyler().setXAxisTickLabelsColor(HALF_INK);
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage image = paint(chart);
        int axis = (int) Math.ceil(chart.getScreenYFromChart(0)) + 3;
        int twice = 0;
        int outside = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                boolean inChart = x >= MARGIN && x < MARGIN + w && y >= MARGIN && y < MARGIN + h;
                if (!inChart && rgb != 0xffffff) {
                    outside++;
                } else if (inChart && y >= MARGIN + axis && ((rgb >> 16) & 0xff) < TWICE_INKED) {
                    twice++;
                }
            }
        }
        return new Ink(twice, outside);
    }

    @Test
    @DisplayName("bars on a fixed scale (ratings 1 to 5) draw their axis to its top; other bars to their own values")
    void fixedScale() {
        List<String> quarters = List.of("Q4 2025", "Q1 2026");
        CategoryChart rated = DigestChart.chart(DigestChart.Bars.onScale("Average trust", quarters, List.of(1.0, 3.3),
                1, 5), Color.BLUE);
        assertThat(rated.getStyler().getYAxisMax()).isEqualTo(5.0);
        CategoryChart counted = DigestChart.chart(new DigestChart.Bars("Touchpoints per month", quarters,
                List.of(4, 7)), Color.BLUE);
        assertThat(counted.getStyler().getYAxisMax()).isNull();
    }

    @Test
    @DisplayName("ratings (1 to 5) rise from 1, the lowest rating there is: a 3 fills half the scale and a 1 no bar "
            + "at all, where bars rising from 0 drew a 1 as a fifth of a full mark")
    void ratingsRiseFromOne() {
        List<String> quarters = List.of("Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026");
        Color blue = DigestChart.STAGE_COLOR;
        CategoryChart chart = DigestChart.chart(DigestChart.Bars.onScale("Average trust", quarters,
                Arrays.asList(1.0, 3.0, 5.0, null), 1, 5), blue);
        chart.getStyler().setLabelsVisible(false);
        BufferedImage image = paint(chart);

        // the scale's own height on the picture: from the line of 1 to the line of 5
        double scale = chart.getScreenYFromChart(1) - chart.getScreenYFromChart(5);
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            int x = MARGIN + (int) Math.round((chart.getScreenXFromChart(i) + chart.getScreenXFromChart(i + 1)) / 2);
            int bar = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                bar += (image.getRGB(x, y) & 0xffffff) == (blue.getRGB() & 0xffffff) ? 1 : 0;
            }
            shares.add(Math.round(bar / scale * 20) / 20.0);
        }

        assertThat(shares).as("each bar's height as a share of the scale from 1 to 5")
                .containsExactly(0.0, 0.5, 1.0, 0.0);
        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneHeight")
    @DisplayName("bars of one height beside empty ones still get a scale: marks between 0 and the top, not 0 and the "
            + "top alone")
    void scaleBesideEmptyBars(Case c) {
        CategoryChart chart = DigestChart.chart("Touchpoints per month", "", c.labels(), c.values(), Color.BLUE);
        Color grid = new Color(0xff, 0x00, 0x00);
        chart.getStyler().setPlotGridLinesColor(grid);
        BufferedImage image = paint(chart);

        // a grid line runs across the plot at each mark of the value axis
        int lines = 0;
        boolean inLine = false;
        for (int y = 0; y < image.getHeight(); y++) {
            int red = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                // the line's red, or a paler red where smoothing spreads it over two rows of pixels
                red += ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 180 && (rgb & 0xff) < 180 ? 1 : 0;
            }
            boolean line = red > chart.getWidth() / 5;
            lines += line && !inLine ? 1 : 0;
            inLine = line;
        }
        assertThat(lines).as("marks on the value axis").isGreaterThanOrEqualTo(4);
    }

    static List<Case> oneHeight() {
        List<String> months = List.of("Oct", "Nov", "Dec");
        return List.of(
                new Case("the report's first month with touchpoints, 37", months, List.of(0, 0, 37)),
                new Case("two months of 3 touchpoints", months, List.of(0, 3, 3)),
                new Case("the digest's first week with touchpoints", List.of("6 Oct", "13 Oct", "20 Oct", "27 Oct",
                        "3 Nov", "10 Nov", "17 Nov", "24 Nov"), List.of(0, 0, 0, 0, 0, 0, 0, 3)),
                new Case("partners all in one stage", List.of("Researching", "Connecting", "Cultivating"),
                        List.of(40, 0, 0)));
    }

    /**
     * Bars whose values are far apart, as the bot draws them: a stage holding 1 partner next to one holding 40, a
     * week without touchpoints, a quarter's trust of 0.3 next to 4.8.
     */
    static List<Bars> mixes() {
        List<String> weeks = List.of("6 Oct", "13 Oct", "20 Oct", "27 Oct", "3 Nov", "10 Nov", "17 Nov", "24 Nov");
        List<String> quarters = List.of("Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026");
        List<String> active = Arrays.stream(Stage.values()).filter(Stage::active).map(Stage::label).toList();
        List<String> all = Arrays.stream(Stage.values()).map(Stage::label).toList();
        return List.of(
                new Bars("the digest's partners by stage, even", new DigestChart.Bars("Partners by stage", active,
                        List.of(2, 2, 1, 1, 1)), DigestChart.STAGE_COLOR),
                new Bars("the digest's partners by stage, 1 next to 40", new DigestChart.Bars("Partners by stage",
                        active, List.of(40, 1, 3, 0, 12)), DigestChart.STAGE_COLOR),
                new Bars("the digest's touchpoints per week, quiet weeks", new DigestChart.Bars(
                        "Touchpoints per week", weeks, List.of(0, 0, 1, 0, 2, 0, 0, 30)), DigestChart.TOUCH_COLOR),
                new Bars("touchpoints per week, a thousand in one", new DigestChart.Bars("Touchpoints per week",
                        weeks, List.of(1, 3, 2, 4, 100, 9, 15, 1000)), DigestChart.TOUCH_COLOR),
                new Bars("the report's partners by stage, hundreds and a few", new DigestChart.Bars(
                        "Partners by stage at the end", all, List.of(1200, 3, 40, 1, 0, 850)),
                        DigestChart.STAGE_COLOR),
                new Bars("the report's touchpoints per month", new DigestChart.Bars("Touchpoints per month",
                        List.of("Oct", "Nov", "Dec"), List.of(0, 1, 30)), DigestChart.TOUCH_COLOR),
                new Bars("the report's average trust, 1.3 next to 4.8", DigestChart.Bars.onScale("Average trust",
                        quarters, List.of(1.0, 1.3, 4.8, 3.3), 1, 5), DigestChart.STAGE_COLOR),
                new Bars("the report's average value, up to a full 5", DigestChart.Bars.onScale("Average value",
                        quarters, List.of(1.0, 4.8, 1.3, 5.0), 1, 5), DigestChart.TOUCH_COLOR));
    }

    record Bars(String what, DigestChart.Bars bars, Color color) {
        @Override
        public String toString() {
            return what;
        }
    }

    /**
     * WCAG's least contrast for text of the values' size (15 px bold is not "large" text, which starts at 18.7 px
     * bold): below it, a coordinator or a funder cannot make out the number, on a bar or beside it.
     */
    private static final double READABLE = 4.5;
    /** The share of a number's ink that must be seen for it to be read whole. */
    private static final double WHOLE = 0.9;

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixes")
    @DisplayName("every bar's value is printed whole, in ink that stands out from what is under it, whatever the "
            + "other bars hold")
    void valuesReadable(Bars c) {
        CategoryChart chart = DigestChart.chart(c.bars(), c.color());
        chart.getStyler().setLabelsVisible(false);
        BufferedImage without = paint(chart);
        chart.getStyler().setLabelsVisible(true);
        BufferedImage with = paint(chart);

        DecimalFormat format = new DecimalFormat(chart.getStyler().getYAxisDecimalPattern());
        List<String> unreadable = new ArrayList<>();
        List<? extends Number> values = c.bars().values();
        for (int i = 0; i < values.size(); i++) {
            String text = format.format(values.get(i));
            String bar = c.bars().labels().get(i) + " (" + text + ")";
            Value value = value(with, without, MARGIN + (int) Math.round(chart.getScreenXFromChart(i)),
                    MARGIN + (int) Math.round(chart.getScreenXFromChart(i + 1)));
            double seen = value.area() / area(text, chart.getStyler().getLabelsFont());
            if (seen < WHOLE) {
                unreadable.add(bar + ": " + Math.round(seen * 100) + "% of it can be seen");
            } else if (value.contrast() < READABLE) {
                unreadable.add(bar + String.format(": its ink is %.1f:1 against what is under it", value.contrast()));
            }
        }

        assertThat(unreadable).as("bars whose value cannot be read").isEmpty();
        assertThat(changedOutside(with, without)).as("pixels of values printed beyond the chart's edges").isZero();
    }

    /**
     * What printing a bar's value changed between the columns {@code from} and {@code to}: the area of its ink that
     * can be seen (each pixel counts for how much of the ink's colour it took on; ink printed in the colour already
     * under it counts for nothing), and the least contrast between the ink (its most opaque pixel) and what lies
     * under any pixel it changed.
     */
    record Value(double area, double contrast) {
    }

    private static Value value(BufferedImage with, BufferedImage without, int from, int to) {
        int ink = 0;
        double strongest = 1;
        for (int y = 0; y < with.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                double contrast = contrast(with.getRGB(x, y), without.getRGB(x, y));
                if (contrast > strongest) {
                    strongest = contrast;
                    ink = with.getRGB(x, y);
                }
            }
        }
        double area = 0;
        double least = strongest;
        for (int y = 0; y < with.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                int under = without.getRGB(x, y);
                if (with.getRGB(x, y) != under) {
                    least = Math.min(least, contrast(ink, under));
                    double full = distance(ink, under);
                    area += full < 30 ? 0 : Math.min(1, distance(with.getRGB(x, y), under) / full);
                }
            }
        }
        return new Value(area, least);
    }

    private static int distance(int rgb1, int rgb2) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs(((rgb1 >> shift) & 0xff) - ((rgb2 >> shift) & 0xff));
        }
        return d;
    }

    /** Pixels that printing the values changed outside the chart's own rectangle. */
    private static int changedOutside(BufferedImage with, BufferedImage without) {
        int outside = 0;
        for (int y = 0; y < with.getHeight(); y++) {
            for (int x = 0; x < with.getWidth(); x++) {
                boolean inChart = x >= MARGIN && x < with.getWidth() - MARGIN && y >= MARGIN
                        && y < with.getHeight() - MARGIN;
                if (!inChart && with.getRGB(x, y) != without.getRGB(x, y)) {
                    outside++;
                }
            }
        }
        return outside;
    }

    /** The chart on white, with a margin around it for anything printed beyond its edges. */
    private static BufferedImage paint(CategoryChart chart) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage image = new BufferedImage(w + 2 * MARGIN, h + 2 * MARGIN, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            Canvas.hints(g);
            g.translate(MARGIN, MARGIN);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The area of {@code text}'s ink in pixels, printed alone as XChart prints a bar's value (filled outlines). */
    private static double area(String text, Font font) {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            Canvas.hints(g);
            g.setColor(Color.BLACK);
            TextLayout layout = new TextLayout(text, font, new FontRenderContext(null, true, false));
            g.fill(layout.getOutline(AffineTransform.getTranslateInstance(20, 60)));
        } finally {
            g.dispose();
        }
        double area = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                area += distance(image.getRGB(x, y), 0xffffff) / (3 * 255.0);
            }
        }
        return area;
    }

    /** WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    private static double contrast(int rgb1, int rgb2) {
        double l1 = luminance(rgb1);
        double l2 = luminance(rgb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
