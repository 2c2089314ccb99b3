package org.partnercoach.picture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * The pictures the bot sends (the digest's charts, the network map) drawn the same way: headless, on white, with a
 * large bold title at the top so they stay readable at the size Discord previews them, written as a PNG.
 */
public final class Canvas {

    /** The colour of titles and labels. */
    public static final Color INK = new Color(0x23, 0x27, 0x2a);

    static {
        System.setProperty("java.awt.headless", "true");
        // PNGs are written to memory: ImageIO's default cache is a temp file, which fails where the temp folder is
        // missing or not writable (a container) and is closed under a picture being drawn while the bot stops
        ImageIO.setUseCache(false);
    }

    private Canvas() {
    }

    /**
     * A {@code width} x {@code height} PNG: white, {@code title} at the top left on {@code titleBaseline} (clipped
     * to the width), then whatever {@code draw} paints on the same graphics.
     */
    public static byte[] png(int width, int height, String title, int titleBaseline, Consumer<Graphics2D> draw) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
            g.drawString(clip(g, title, width - 40), 20, titleBaseline);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Smooth shapes and text, as every picture is drawn. */
    public static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** {@code text} in the current font, shortened with an ellipsis until it fits {@code width} pixels. */
    public static String clip(Graphics2D g, String text, int width) {
        String t = text;
        while (t.length() > 1 && g.getFontMetrics().stringWidth(t) > width) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
    }
}
