package org.partnercoach.picture;

import java.awt.Color;

/**
 * The blue and the green every picture shares: the digest's and the quarterly report's bars, and the network map's
 * partners and ties. Both are dark enough for white text on them to keep WCAG's 4.5:1 for text of the bars' values
 * (the lighter blue and green they replace gave 4.1:1 and 3.3:1), so a coordinator or a funder with weaker sight can
 * read what is printed on them.
 */
public final class Palette {

    /** Stage bars; connecting partners and "knows someone there" ties on the map. */
    public static final Color BLUE = new Color(0x2f, 0x6f, 0xc4);
    /** Touchpoint bars; cultivating partners and touchpoint ties on the map. */
    public static final Color GREEN = new Color(0x1e, 0x7f, 0x52);

    private Palette() {
    }
}
