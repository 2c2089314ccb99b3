package org.partnercoach.coaching;

import java.util.List;

/**
 * Answers a member gave somewhere other than their own walks (group sessions), shown in {@code /coach answers}.
 * Another package implements it and the composition root passes it in, so coaching depends on nothing of theirs.
 */
public interface GroupAnswers {

    /** Nothing to add (no group sessions wired). */
    GroupAnswers NONE = (guildId, userId) -> List.of();

    /** The member's own answers in this server, oldest first. */
    List<Entry> of(long guildId, long userId);

    /**
     * One answer: where it was given (a session's title), the question, and the member's words.
     *
     * @param manage the command that lets them edit, delete or keep it ("/session answers")
     */
    record Entry(String where, String question, String text, String manage) {
    }
}
