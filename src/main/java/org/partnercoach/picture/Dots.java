package org.partnercoach.picture;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The dots of a picture, found by where they are: which dots a line or a box comes near, without looking at every
 * dot (a map of thousands of dots asks it for every piece of every line). Each dot is filed in the square cells of a
 * grid that its circle reaches into.
 */
public final class Dots {

    private static final double CELL = 24;

    private final double[] xs;
    private final double[] ys;
    private final double[] rs;
    /** The last question of {@link #near} that met each dot. */
    private final int[] seen;
    private int query;
    private int size;
    private final int columns;
    private final int rows;
    private final List<List<Integer>> cells;

    /** Room for {@code capacity} dots on a picture of {@code width} x {@code height} pixels. */
    public Dots(int width, int height, int capacity) {
        xs = new double[capacity];
        ys = new double[capacity];
        rs = new double[capacity];
        seen = new int[capacity];
        columns = (int) Math.ceil(width / CELL) + 1;
        rows = (int) Math.ceil(height / CELL) + 1;
        cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(new ArrayList<>(2));
        }
    }

    /** Files a dot of radius {@code r} at ({@code x}, {@code y}); returns its number. */
    public int add(double x, double y, double r) {
        int i = size++;
        xs[i] = x;
        ys[i] = y;
        rs[i] = r;
        for (int cx = column(x - r); cx <= column(x + r); cx++) {
            for (int cy = row(y - r); cy <= row(y + r); cy++) {
                cells.get(cy * columns + cx).add(i);
            }
        }
        return i;
    }

    /**
     * How many dots the segment from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}) comes within their radius
     * plus {@code margin} of, other than dots {@code a} and {@code b} (the ones it joins); counting stops at
     * {@code enough}.
     */
    public int near(double x1, double y1, double x2, double y2, int a, int b, double margin, int enough) {
        int found = 0;
        query++;
        for (int cx = column(Math.min(x1, x2) - margin); cx <= column(Math.max(x1, x2) + margin); cx++) {
            for (int cy = row(Math.min(y1, y2) - margin); cy <= row(Math.max(y1, y2) + margin); cy++) {
                for (int i : cells.get(cy * columns + cx)) {
                    // a dot filed in several cells is met again: counted once
                    if (i == a || i == b || seen[i] == query) {
                        continue;
                    }
                    seen[i] = query;
                    if (Line2D.ptSegDist(x1, y1, x2, y2, xs[i], ys[i]) < rs[i] + margin && ++found >= enough) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /**
     * How far {@code box} stands from the edge of the nearest dot other than {@code except}, looking no further than
     * {@code reach} pixels; {@code Double.MAX_VALUE} when none is that near. Zero when the box covers part of one.
     */
    public double nearest(Rectangle2D box, int except, double reach) {
        double best = Double.MAX_VALUE;
        for (int cx = column(box.getMinX() - reach); cx <= column(box.getMaxX() + reach); cx++) {
            for (int cy = row(box.getMinY() - reach); cy <= row(box.getMaxY() + reach); cy++) {
                for (int i : cells.get(cy * columns + cx)) {
                    if (i != except) {
                        best = Math.min(best, gap(box, i));
                    }
                }
            }
        }
        return best <= reach ? best : Double.MAX_VALUE;
    }

    /** How far {@code box} stands from the edge of dot {@code i}: zero when it covers part of it. */
    public double gap(Rectangle2D box, int i) {
        double dx = Math.max(0, Math.max(box.getMinX() - xs[i], xs[i] - box.getMaxX()));
        double dy = Math.max(0, Math.max(box.getMinY() - ys[i], ys[i] - box.getMaxY()));
        return Math.max(0, Math.hypot(dx, dy) - rs[i]);
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor(x / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
    }
}
