package org.partnercoach.partners;

import org.partnercoach.chat.Shown;

/** A name a member typed, quoted in a reply as {@link Shown#text} shows it. */
final class Quoted {

    private Quoted() {
    }

    /**
     * The name in quotes, ending a sentence: “Food Bank”. with its full stop, but “Grace Church.” or “Hope Center!”
     * alone, since its own stop already ends it.
     */
    static String endingSentence(String name) {
        String shown = Shown.text(name);
        return "“" + shown + "”" + (shown.strip().matches(".*[.!?…]") ? "" : ".");
    }
}
