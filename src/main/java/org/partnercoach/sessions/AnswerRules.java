package org.partnercoach.sessions;

import java.util.Optional;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.Walks;

/**
 * What an answer in a group session may be (from the form, or a line typed in the thread), and what its author is
 * told when it is not kept: the same rules for a new answer and for one changed with {@code /session answers}.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    /** Why an answer of mentions alone is not kept, in the words its author reads. */
    static final String MENTIONS_ANSWER_NOTHING = Walks.MENTIONS_SAY_NOTHING;

    /**
     * Whether an answer (from the form, or a line typed in the thread) has words of its author's own: not only emoji
     * or punctuation, nor only mentions ({@code @everyone}, a member, a role, a channel), which call people in, nor
     * a mention with a letter or two besides ("@everyone a", "@bea ok").
     */
    static boolean ownWords(String text) {
        return Walks.answers(text);
    }

    /**
     * Why an answer of a mention with a letter or two is not kept, with what its author typed quoted back (a form
     * keeps nothing once sent), ending on what else was kept; empty for any other answer.
     */
    static Optional<String> littleBesideMentions(String text, String kept) {
        return littleBesideMentions(text).map(why -> why + " " + kept);
    }

    private static Optional<String> littleBesideMentions(String text) {
        return Walks.littleBesideMentions(text)
                .map(why -> "I didn't keep " + Walks.typedBack(text) + " as your answer: " + why);
    }

    /** Why an answer is not kept, and what its author is asked to write instead ("a few words (of your own)"). */
    record NotKept(String why, String words) {
    }

    /**
     * Why an answer is not kept: empty, no letter or digit (an emoji alone, punctuation), only mentions, or a mention
     * with a letter or two (what was typed is then quoted back); empty for an answer to keep.
     */
    static Optional<NotKept> notKept(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            return Optional.of(new NotKept("Your answer was empty, so nothing was saved.", "a few words"));
        }
        if (!Walks.hasWords(cleaned)) {
            // an emoji alone or punctuation answers nothing, as in a walk's forms (and could not be kept in one)
            return Optional.of(new NotKept("Your answer had no words in it (only emoji, symbols or punctuation), so "
                    + "nothing was saved.", "a few words"));
        }
        Optional<String> little = littleBesideMentions(cleaned);
        if (little.isPresent()) {
            return Optional.of(new NotKept(little.get(), "a few words of your own"));
        }
        if (!ownWords(cleaned)) {
            return Optional.of(new NotKept("Your answer had only mentions in it (such as @everyone or a member's "
                    + "name), so nothing was saved: " + MENTIONS_ANSWER_NOTHING, "a few words of your own"));
        }
        return Optional.empty();
    }

    /**
     * What to do after a form's answer was not kept, where the session stands now: press **Answer** again under the
     * question; under the one asked now once the group moved on (the earlier one has no button any more); nothing
     * once the session has ended.
     */
    static String againFromForm(Session s, int idx, String words) {
        if (s.status() == Session.Status.ENDED) {
            return "The session ended while you were writing, so it takes no more answers; `/session answers` shows "
                    + "any of yours, to change them.";
        }
        if (idx < s.questionIndex()) {
            return "The group has moved on to question " + (s.questionIndex() + 1) + ": press **Answer** under it "
                    + "and write " + words + ".";
        }
        return "Press **Answer** again and write " + words + ".";
    }

    static String clean(String text) {
        String cleaned = text == null ? "" : text.strip();
        Optional<NotKept> notKept = notKept(cleaned);
        if (notKept.isPresent()) {
            throw new UserError(notKept.get().why() + " Write " + notKept.get().words() + " and try again.");
        }
        if (cleaned.length() > Limits.MODAL_VALUE) {
            throw new UserError("That answer is " + Count.charactersLong(cleaned) + "; the most I "
                    + "can keep is " + Count.number(Limits.MODAL_VALUE) + ". Please shorten it and send it again. "
                    + "Nothing was changed.");
        }
        return cleaned;
    }
}
