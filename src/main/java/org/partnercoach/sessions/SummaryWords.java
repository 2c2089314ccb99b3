package org.partnercoach.sessions;

import java.util.Collection;
import org.partnercoach.chat.Messenger.ThreadReach;

/**
 * What a member is told when words of theirs leave group sessions and the summaries posted in the sessions' threads:
 * one wording for deleting one answer ({@code /session answers}) and for {@code /privacy forget}, and one for changing
 * an answer, saying truly whether the bot can still change those posts.
 */
final class SummaryWords {

    /** Said when the bot reopens an archived thread to edit its summary, which a lock or a deletion would stop. */
    static final String LOCKED_OR_DELETED = "If a moderator locked or deleted the thread, I can't, and the "
            + "earlier words stay in that post: a moderator (someone with Manage Messages) can delete it.";

    /** Who wrote what is leaving, and where it was: one answer in one session, or all of a member's answers. */
    enum Whose {
        ONE_ANSWER("It's", "the session", "it", "the session's thread", "the thread"),
        ALL_ANSWERS("Your group session answers are", "their sessions", "them", "a session's thread", "their threads");

        private final String subject;
        private final String sessions;
        private final String it;
        /** The thread whose reach is spoken of. */
        private final String thread;
        private final String threads;

        Whose(String subject, String sessions, String it, String thread, String threads) {
            this.subject = subject;
            this.sessions = sessions;
            this.it = it;
            this.thread = thread;
            this.threads = threads;
        }
    }

    private SummaryWords() {
    }

    /**
     * The sentence on where the words went: gone from the session, and being taken out of the {@code summaries}
     * posted in its thread, as far as {@code reach} (the least reachable of the threads) lets the bot.
     */
    static String removed(Whose whose, int summaries, ThreadReach reach) {
        if (summaries == 0) {
            return whose.subject + " gone from " + whose.sessions + " too.";
        }
        return switch (reach) {
            case UNREACHABLE -> whose.subject + " gone from " + whose.sessions + ", but I can't reach " + whose.thread
                    + " any more (it was locked, or closed to me), so its posted summary may still show " + whose.it
                    + ": a moderator (someone with Manage Messages) can delete that post.";
            case ARCHIVED_OR_GONE -> whose.subject + " gone from " + whose.sessions + ". " + capital(whose.thread)
                    + " was archived, so I'm reopening it for a moment to take " + whose.it + " out of the "
                    + summaries(summaries) + " posted there too. " + LOCKED_OR_DELETED;
            case REACHABLE -> whose.subject + " gone from " + whose.sessions + ", and I'm taking " + whose.it
                    + " out of the " + summaries(summaries) + " posted in " + whose.threads + " now.";
        };
    }

    /**
     * The sentence on a member's changed answer in the {@code summaries} posted in its session's thread, which are
     * edited to show the new words as far as {@code reach} lets the bot: one wording for Edit in {@code /session
     * answers} and for an answer written over from **Answer**. Empty when the thread shows no summary.
     */
    static String updated(int summaries, ThreadReach reach) {
        if (summaries == 0) {
            return "";
        }
        return switch (reach) {
            case UNREACHABLE -> "The session's thread was locked or closed to me, so its posted summary still shows "
                    + "your earlier words; a moderator (someone with Manage Messages) can delete that post if they "
                    + "shouldn't stay there.";
            case ARCHIVED_OR_GONE -> "The session's thread was archived, so I'm reopening it for a moment to update "
                    + "the " + summaries(summaries) + " posted there to match. " + LOCKED_OR_DELETED;
            case REACHABLE -> "I'm updating the " + summaries(summaries) + " posted in the thread to match.";
        };
    }

    private static String capital(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "summary", or "summaries" for more than one. */
    static String summaries(int count) {
        return count == 1 ? "summary" : "summaries";
    }

    /** The reach that decides what a member is told of several threads: the least of them (none: reachable). */
    static ThreadReach least(Collection<ThreadReach> reaches) {
        return reaches.contains(ThreadReach.UNREACHABLE) ? ThreadReach.UNREACHABLE
                : reaches.contains(ThreadReach.ARCHIVED_OR_GONE) ? ThreadReach.ARCHIVED_OR_GONE
                : ThreadReach.REACHABLE;
    }
}
