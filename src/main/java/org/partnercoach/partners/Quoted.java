package org.partnercoach.partners;

import java.util.List;
import java.util.stream.Collectors;
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
        return ending(name, ".");
    }

    /** “A”, “B”, “C”. ending a sentence: the last one as {@link #endingSentence}. */
    static String listEndingSentence(List<String> names) {
        return listEnding(names, ".");
    }

    /** “A”, “B”, “C”? ending a question, but “A”, “Grace Church.” alone: its own stop already ends it. */
    static String listEndingQuestion(List<String> names) {
        return listEnding(names, "?");
    }

    private static String listEnding(List<String> names, String stop) {
        return names.subList(0, names.size() - 1).stream().map(n -> "“" + Shown.text(n) + "”, ")
                .collect(Collectors.joining()) + ending(names.get(names.size() - 1), stop);
    }

    private static String ending(String name, String stop) {
        String shown = Shown.text(name);
        return "“" + shown + "”" + (shown.strip().matches(".*[.!?…]") ? "" : stop);
    }
}
