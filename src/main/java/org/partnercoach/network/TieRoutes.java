package org.partnercoach.network;

import java.awt.Shape;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnercoach.picture.Dots;

/**
 * How the map draws each tie: a straight line where that passes no dot but the two it joins and no other member's
 * name, else the first of a fixed list of curves that bends round them (round the dots first: of the curves tried,
 * the one through the fewest dots, then across the fewest names). A straight line through a third dot read as a tie
 * to that one too, and so did one across a member's name a few pixels from her dot. The same data gives the same lines: the curves are tried in the same order every time.
 */
final class TieRoutes {

    /** A tie as drawn: the points of its line, from the member's dot to the partner's. */
    record Tie(String member, String partner, List<Point2D> path) {
    }

    /** How far past a dot's edge a line keeps: half its stroke and a little. */
    static final double MARGIN = 1.5;
    /** How far, in pixels, a straight piece of a curved line may stray from the curve. */
    private static final double FLATNESS = 0.25;
    /** How far the side of a quadratic curve bends from the straight line, as a share of its length. */
    private static final double[] BENDS = {0.08, 0.16, 0.25, 0.35, 0.5, 0.7};
    /** How far a curve comes straight in toward a partner (and out from a member), as a share of its length. */
    private static final double[] STRAIGHT_ENDS = {0.2, 0.4};
    /** How far a cubic curve sways to either side on its way, as a share of its length. */
    private static final double[] SWAYS = {0, 0.15, -0.15, 0.3, -0.3};

    /**
     * How many straight pieces the routes of one map may check against the dots, in all: on a map of thousands of
     * partners, where no line finds a way between their dots, the ties left when it is spent are drawn straight
     * rather than the map taking many seconds (the order of the model's ties, so the same every time). A map of 300
     * partners checks about a tenth of it.
     */
    static final long BUDGET = 1_000_000;

    /**
     * How much a dot in a line's way counts against it, beside a name in its way (one): a line through a dot reads as
     * a tie to it; one across a member's name, near her dot, reads so too, but a line is bent round dots first.
     */
    private static final int DOT = 1000;

    private long left = BUDGET;
    private final Dots dots;
    /** The boxes of the names on the map, by the node each names. */
    private final Map<String, Rectangle2D> names;
    private final Map<String, Integer> index;
    private final double cx;
    private final double cy;
    /** How far from the centre a tie turns to come straight in to its partner: just inside the partners' band. */
    private final double door;
    /** How far from the centre a tie that leaves its member straight out turns: just outside the members' ring. */
    private final double exit;
    /** How far from the centre a line may go: not out among the partners' names. */
    private final double reach;
    private final double top;
    private final double bottom;
    private final double width;

    /**
     * @param dots  every dot on the map, numbered as {@code index} says by node key
     * @param door  how far from the map's centre ({@code cx}, {@code cy}) the partners' band begins, less a little
     * @param exit  how far from the map's centre the members' ring ends, and a little more
     * @param reach how far from the map's centre a line may go
     */
    TieRoutes(Dots dots, Map<String, Integer> index, double cx, double cy, double door, double exit, double reach,
              double width, double top, double bottom, Map<String, Rectangle2D> names) {
        this.dots = dots;
        this.names = names;
        this.index = index;
        this.cx = cx;
        this.cy = cy;
        this.door = door;
        this.exit = Math.min(exit, door);
        this.reach = reach;
        this.width = width;
        this.top = top;
        this.bottom = bottom;
    }

    /** The line of a tie from {@code m} (the member's dot) to {@code p} (the partner's). */
    Tie route(String member, String partner, Point2D m, Point2D p) {
        int a = index.get(member);
        int b = index.get(partner);
        List<Rectangle2D> others = new ArrayList<>();
        names.forEach((key, box) -> {
            if (!key.equals(member) && !key.equals(partner)) {
                others.add(box);
            }
        });
        List<Point2D> straight = List.of(m, p);
        if (left <= 0 || hits(straight, a, b, others, 1) == 0) {
            return new Tie(member, partner, straight);
        }
        List<Point2D> best = straight;
        int fewest = hits(straight, a, b, others, Integer.MAX_VALUE);
        for (Curve curve : curves(m, p)) {
            if (left <= 0) {
                break;
            }
            List<Point2D> path = curve.path(m, p);
            if (!onTheMap(path)) {
                continue;
            }
            int n = hits(path, a, b, others, fewest);
            if (n < fewest) {
                best = path;
                fewest = n;
                if (n == 0) {
                    break;
                }
            }
        }
        return new Tie(member, partner, best);
    }

    /**
     * A curved line: from {@code from} (the member's dot, or the exit straight out from it past the members' ring)
     * to {@code to} (the partner's dot, or the door straight in front of it) by one control point (a quadratic curve)
     * or two (a cubic), joined by straight pieces to the dots when it starts or ends short of them.
     */
    private record Curve(Point2D from, Point2D[] controls, Point2D to) {

        List<Point2D> path(Point2D m, Point2D p) {
            List<Point2D> path = new ArrayList<>();
            if (!from.equals(m)) {
                path.add(m);
            }
            path.addAll(sample(from, controls, to));
            if (!to.equals(p)) {
                path.add(p);
            }
            return path;
        }
    }

    /**
     * The curves tried, in order: bent to one side and the other, further each time (first to the side away from the
     * centre, where there are fewer dots); then cubic curves that come straight in toward the partner (between the
     * dots of the rings in front of it), swaying to either side on the way or leaving the member straight out; then
     * the same from the exit straight out from the member past the other members, to the door straight in front of
     * the partner, and both.
     */
    private List<Curve> curves(Point2D m, Point2D p) {
        List<Curve> curves = new ArrayList<>();
        double dx = p.getX() - m.getX();
        double dy = p.getY() - m.getY();
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return curves;
        }
        double nx = -dy / length;
        double ny = dx / length;
        double midX = (m.getX() + p.getX()) / 2;
        double midY = (m.getY() + p.getY()) / 2;
        int away = nx * (midX - cx) + ny * (midY - cy) >= 0 ? 1 : -1;
        for (double bend : BENDS) {
            for (int side : new int[] {away, -away}) {
                // a quadratic curve's middle lies half-way to its control point
                double off = 2 * side * bend * length;
                curves.add(new Curve(m, new Point2D[] {new Point2D.Double(midX + nx * off, midY + ny * off)}, p));
            }
        }
        Point2D in = outward(p);
        Point2D out = outward(m);
        if (in == null) {
            return curves;
        }
        Point2D gate = radius(p) > door ? along(in, door) : p;
        Point2D leave = out != null && radius(m) < exit ? along(out, exit) : m;
        List<Point2D[]> ends = new ArrayList<>();
        ends.add(new Point2D[] {m, p});
        if (gate != p) {
            ends.add(new Point2D[] {m, gate});
        }
        if (leave != m) {
            ends.add(new Point2D[] {leave, p});
            if (gate != p) {
                ends.add(new Point2D[] {leave, gate});
            }
        }
        for (Point2D[] end : ends) {
            Point2D from = end[0];
            Point2D to = end[1];
            double ex = to.getX() - from.getX();
            double ey = to.getY() - from.getY();
            double span = Math.hypot(ex, ey);
            if (span < 1) {
                continue;
            }
            for (double share : STRAIGHT_ENDS) {
                Point2D last = new Point2D.Double(to.getX() - in.getX() * share * span,
                        to.getY() - in.getY() * share * span);
                for (double sway : SWAYS) {
                    curves.add(new Curve(from, new Point2D[] {new Point2D.Double(from.getX() + ex / 3 - ey * sway,
                            from.getY() + ey / 3 + ex * sway), last}, to));
                }
                if (out != null) {
                    for (double start : STRAIGHT_ENDS) {
                        curves.add(new Curve(from, new Point2D[] {new Point2D.Double(from.getX() + out.getX()
                                * start * span, from.getY() + out.getY() * start * span), last}, to));
                    }
                }
            }
        }
        return curves;
    }

    /** How far {@code at} is from the map's centre. */
    private double radius(Point2D at) {
        return Math.hypot(at.getX() - cx, at.getY() - cy);
    }

    /** The point {@code distance} from the map's centre in {@code direction}. */
    private Point2D along(Point2D direction, double distance) {
        return new Point2D.Double(cx + direction.getX() * distance, cy + direction.getY() * distance);
    }

    /** The direction from the map's centre to {@code at}, one pixel long; null near the centre. */
    private Point2D outward(Point2D at) {
        double dx = at.getX() - cx;
        double dy = at.getY() - cy;
        double d = Math.hypot(dx, dy);
        return d < 20 ? null : new Point2D.Double(dx / d, dy / d);
    }

    /**
     * The curve from {@code from} to {@code to} by {@code controls}, as straight pieces that stray from it by at most
     * {@link #FLATNESS} (Java's own flattening of the curve).
     */
    private static List<Point2D> sample(Point2D from, Point2D[] controls, Point2D to) {
        Shape curve = controls.length == 1 ? new QuadCurve2D.Double(from.getX(), from.getY(), controls[0].getX(),
                controls[0].getY(), to.getX(), to.getY())
                : new CubicCurve2D.Double(from.getX(), from.getY(), controls[0].getX(), controls[0].getY(),
                        controls[1].getX(), controls[1].getY(), to.getX(), to.getY());
        List<Point2D> path = new ArrayList<>();
        double[] at = new double[6];
        for (PathIterator it = curve.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
            it.currentSegment(at);
            path.add(new Point2D.Double(at[0], at[1]));
        }
        return path;
    }

    /**
     * Whether the whole line stays inside the ring of partners, and in the picture: both are convex, so a straight
     * piece whose two ends are inside is inside.
     */
    private boolean onTheMap(List<Point2D> path) {
        for (Point2D q : path) {
            if (radius(q) > reach || q.getX() < 0 || q.getX() > width
                    || q.getY() < top || q.getY() > bottom) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is in the line's way: {@link #DOT} for each dot other than {@code a} and {@code b} it passes through, one
     * for each piece of it across a name in {@code others}; counted up to {@code enough}.
     */
    private int hits(List<Point2D> path, int a, int b, List<Rectangle2D> others, int enough) {
        int n = 0;
        for (int i = 1; i < path.size() && n < enough; i++) {
            left--;
            Point2D s = path.get(i - 1);
            Point2D e = path.get(i);
            int dotsLeft = (int) Math.min(Integer.MAX_VALUE, ((long) enough - n + DOT - 1) / DOT);
            n += DOT * dots.near(s.getX(), s.getY(), e.getX(), e.getY(), a, b, MARGIN, dotsLeft);
            for (int k = 0; k < others.size() && n < enough; k++) {
                n += others.get(k).intersectsLine(s.getX(), s.getY(), e.getX(), e.getY()) ? 1 : 0;
            }
        }
        return n;
    }
}
