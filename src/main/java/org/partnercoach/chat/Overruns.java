package org.partnercoach.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * What Discord's limits would cut from replies built only to be checked: the coaching content is rendered once at
 * start-up through the very views that show it, and every limit a reply breaks is collected here (which part, how long,
 * the limit, the text as built) instead of being logged and cut, or failing in the tests, as in a reply really sent.
 * The rules are {@link ReplyLimits}' own, and a message's text is held to {@link Limits#MESSAGE_CONTENT}.
 */
public final class Overruns {

    /**
     * One limit a reply breaks.
     *
     * @param part   the part of the message, in words: "a card's text", "a card's title", "one message's text"...
     * @param length how long it is (characters; or how many, for cards, fields and rows)
     * @param limit  what Discord takes
     * @param text   the part as it was built, before any cut; "" for a count
     */
    public record Overrun(String part, int length, int limit, String text) {
        /** By how much it is over. */
        public int excess() {
            return length - limit;
        }
    }

    private static final ThreadLocal<List<Overrun>> COLLECTING = new ThreadLocal<>();

    private Overruns() {
    }

    /** Runs {@code render} and returns every limit its replies break, in order; none is logged or thrown. */
    public static List<Overrun> in(Runnable render) {
        List<Overrun> outer = COLLECTING.get();
        List<Overrun> found = new ArrayList<>();
        COLLECTING.set(found);
        try {
            render.run();
        } finally {
            if (outer == null) {
                COLLECTING.remove();
            } else {
                COLLECTING.set(outer);
            }
        }
        return found;
    }

    /** Whether the replies now built are only checked ({@link #in}): their overruns are collected, not reported. */
    static boolean collecting() {
        return COLLECTING.get() != null;
    }

    /** Notes an overrun while {@link #in} runs; nothing otherwise. */
    static void found(String part, int length, int limit, String text) {
        List<Overrun> found = COLLECTING.get();
        if (found != null) {
            found.add(new Overrun(part, length, limit, text == null ? "" : text));
        }
    }
}
