package org.partnercoach.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dots found by where they are, as the map asks of its ties and names")
class DotsTest {

    @Test
    @DisplayName("a line counts the dots it passes within their radius of, each once, but not the two it joins")
    void lineNearDots() {
        Dots dots = new Dots(200, 200, 4);
        int from = dots.add(10, 100, 5);
        int to = dots.add(190, 100, 5);
        dots.add(100, 103, 4);    // on the way, across cells
        dots.add(100, 120, 4);    // clear of it
        assertThat(dots.near(10, 100, 190, 100, from, to, 0, Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(dots.near(10, 100, 190, 100, from, to, 20, Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(dots.near(10, 90, 190, 90, -1, -1, 0, Integer.MAX_VALUE)).isZero();
        // a line past the edge of the picture is still answered
        assertThat(dots.near(-50, 100, 400, 100, from, to, 0, Integer.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    @DisplayName("a box's distance from the nearest dot's edge, other than its own; zero when it covers one")
    void boxNearDots() {
        Dots dots = new Dots(200, 200, 2);
        int own = dots.add(50, 50, 5);
        dots.add(100, 50, 5);
        Rectangle2D box = new Rectangle2D.Double(60, 45, 20, 10);
        assertThat(dots.gap(box, own)).isEqualTo(5);
        assertThat(dots.nearest(box, own, 50)).isEqualTo(15);
        assertThat(dots.nearest(box, own, 10)).isEqualTo(Double.MAX_VALUE);
        assertThat(dots.nearest(new Rectangle2D.Double(90, 45, 20, 10), own, 0)).isZero();
    }
}
