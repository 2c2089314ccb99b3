package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
 * rectangle is a label cut off at the edge of the picture.
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
        CategoryChart rated = DigestChart.chart(DigestChart.Bars.onScale("Average trust", quarters, List.of(0.0, 3.3),
                5), Color.BLUE);
        assertThat(rated.getStyler().getYAxisMax()).isEqualTo(5.0);
        CategoryChart counted = DigestChart.chart(new DigestChart.Bars("Touchpoints per month", quarters,
                List.of(4, 7)), Color.BLUE);
        assertThat(counted.getStyler().getYAxisMax()).isNull();
    }
}
