package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/** What a group sees in a session's thread, read from the test messenger. */
final class SessionTestSupport {

    private SessionTestSupport() {
    }

    /** {@code facilitator} starts a tip-1 session and the bot opens its thread: that thread. */
    static long startedTip1(TestBot bot, org.partnercoach.support.Member facilitator) {
        facilitator.runs("session start", "plan", "tip-1");
        bot.app().scheduler().runDue();
        return thread(bot);
    }

    /**
     * {@code facilitator} starts a tip-1 session of this title and the bot opens its thread: that thread. Sessions
     * running side by side in one channel each need a title of their own.
     */
    static long startedTip1(TestBot bot, org.partnercoach.support.Member facilitator, String title) {
        facilitator.runs("session start", "plan", "tip-1", "title", title);
        bot.app().scheduler().runDue();
        return thread(bot);
    }

    /** The facilitator takes the group through every question to the last, and presses Finish: the reply to it. */
    static Reply finishes(TestBot bot, Member facilitator, long thread) {
        while (true) {
            Reply question = facilitator.readsInThread(thread, latestQuestion(bot, thread));
            boolean last = question.buttons().stream().anyMatch(b -> b.label().equals("Finish"));
            Reply moved = facilitator.presses(last ? "Finish" : "Next question");
            bot.app().scheduler().runDue();
            if (last) {
                return moved;
            }
        }
    }

    /** The thread the bot opened last. */
    static long thread(TestBot bot) {
        var threads = bot.messenger().threads();
        assertThat(threads).as("the bot should have opened a thread").isNotEmpty();
        return threads.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    static List<Reply> posts(TestBot bot, long thread) {
        return bot.messenger().postsIn(thread).stream().map(RecordingMessenger.Sent::reply).toList();
    }

    /** The latest question posted in the thread. */
    static Reply latestQuestion(TestBot bot, long thread) {
        List<Reply> posts = posts(bot, thread);
        for (int i = posts.size() - 1; i >= 0; i--) {
            if (posts.get(i).plainText().startsWith("Question ")) {
                return posts.get(i);
            }
        }
        throw new AssertionError("no question in the thread: " + posts.stream().map(Reply::plainText).toList());
    }

    static Reply lastPost(TestBot bot, long thread) {
        List<Reply> posts = posts(bot, thread);
        assertThat(posts).isNotEmpty();
        return posts.get(posts.size() - 1);
    }

    /** The latest text of the question message: its last edit, or the post itself. */
    static String latestEditText(TestBot bot) {
        var edits = bot.messenger().edits();
        assertThat(edits).as("the question message should have been edited").isNotEmpty();
        return edits.get(edits.size() - 1).reply().plainText();
    }

    /** Picks the first answer in the member's {@code /session answers}: its buttons (Edit, Delete...). */
    static Reply picksFirstAnswer(Member m) {
        Reply mine = m.runs("session answers");
        return m.picks(((org.partnercoach.chat.Row.Select) mine.rows().get(0)).menu().options().get(0).value());
    }
}
