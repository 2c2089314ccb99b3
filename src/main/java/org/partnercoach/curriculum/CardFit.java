package org.partnercoach.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Overruns;
import org.partnercoach.chat.Overruns.Overrun;

/**
 * Whether the texts of a curriculum fit the messages they are shown in, together: each key alone is held to its
 * length by {@link CurriculumLoader#validate}, but a walk's first card shows the introduction, the step's guidance and
 * the question at once. The features that show the content render each of their messages from it here, through their
 * own views, and Discord's limits are checked on what those views build ({@link Overruns}); a message that would be
 * cut names the file, the keys whose texts are in the part too long, and by how much.
 */
public final class CardFit {

    /**
     * One message a feature shows from the content.
     *
     * @param what   the message, for whoever runs the bot: "the card that opens the walk"
     * @param render builds it through the feature's own view (its reply is thrown away)
     */
    public record Shown(String what, Runnable render) {
    }

    private CardFit() {
    }

    /**
     * Renders every message; when one breaks a limit, throws naming {@code file}, the keys of {@code c} whose texts are
     * in the part over it, and by how much (the message over it by most, when several are).
     *
     * @param shownAs how a text of the curriculum reads in those messages ({@code {partner}} put in)
     */
    public static void check(String file, Curriculum c, UnaryOperator<String> shownAs, List<Shown> messages) {
        Overrun worst = null;
        String where = null;
        for (Shown message : messages) {
            for (Overrun o : Overruns.in(message.render())) {
                if (worst == null || o.excess() > worst.excess()) {
                    worst = o;
                    where = message.what();
                }
            }
        }
        if (worst != null) {
            throw new CurriculumException(file + ": " + said(c, shownAs, where, worst));
        }
    }

    private static String said(Curriculum c, UnaryOperator<String> shownAs, String where, Overrun o) {
        if (o.text().isEmpty()) {
            // a count (cards, rows, fields), which no text makes longer: said as it is
            return where + " would have " + o.length() + " " + o.part() + ", and Discord takes " + o.limit();
        }
        List<String> keys = keysIn(c, shownAs, o);
        String over = "it would have " + count(o.length()) + " characters, and Discord takes " + count(o.limit())
                + " in " + o.part() + "; shorten ";
        if (keys.isEmpty()) {
            return where + " is too long: " + over + "its texts by " + count(o.excess()) + " characters";
        }
        String named = keys.size() == 1 ? keys.get(0) + " is too long"
                : String.join(", ", keys.subList(0, keys.size() - 1)) + " and " + keys.get(keys.size() - 1)
                        + " are too long together";
        return named + " for " + where + ": " + over + (keys.size() == 1 ? "it" : "them") + " by "
                + count(o.excess()) + " characters";
    }

    /**
     * The keys whose texts (as shown) are in the part over the limit, in the file's order: titles for a title or a
     * heading, the longer texts for the rest.
     */
    private static List<String> keysIn(Curriculum c, UnaryOperator<String> shownAs, Overrun o) {
        boolean heading = o.part().equals("a card's title") || o.part().equals("a card's heading");
        boolean all = o.part().equals("the cards of one message");
        List<String> found = new ArrayList<>();
        for (Text text : texts(c, heading || all, !heading || all)) {
            if (text.value() != null && !text.value().isBlank()
                    && o.text().contains(shownAs.apply(text.value()))) {
                found.add(text.key());
            }
        }
        return found;
    }

    /** The curriculum's texts by key, in the file's order. */
    private static List<Text> texts(Curriculum c, boolean titles, boolean bodies) {
        List<Text> texts = new ArrayList<>();
        if (titles) {
            texts.add(new Text("title", c.title()));
        }
        if (bodies) {
            texts.add(new Text("intro", c.intro()));
        }
        for (int s = 0; s < c.steps().size(); s++) {
            Curriculum.Step step = c.steps().get(s);
            if (titles) {
                texts.add(new Text("steps[" + s + "].title", step.title()));
            }
            if (bodies) {
                texts.add(new Text("steps[" + s + "].guidance", step.guidance()));
                for (int q = 0; q < step.questions().size(); q++) {
                    texts.add(new Text("steps[" + s + "].questions[" + q + "].text", step.questions().get(q).text()));
                }
            }
        }
        if (bodies && c.finish() != null) {
            texts.add(new Text("finish.message", c.finish().message()));
            texts.add(new Text("finish.nextStep", c.finish().nextStep()));
            c.finish().nextStepOnceDone().forEach((other, step) ->
                    texts.add(new Text("finish.nextStepOnceDone." + other, step)));
        }
        return texts;
    }

    /** One text of the curriculum, and its key. */
    private record Text(String key, String value) {
    }

    private static String count(int n) {
        return Count.number(n);
    }
}
