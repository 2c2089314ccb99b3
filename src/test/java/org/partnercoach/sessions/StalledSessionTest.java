package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.lastPost;
import static org.partnercoach.sessions.SessionTestSupport.latestEditText;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.posts;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A session whose facilitator is gone does not stall for good")
class StalledSessionTest {

    /** The plan post at the top of the thread, as it reads now (after any edit). */
    private static String planReads(TestBot bot, long thread) {
        Reply plan = bot.messenger().shownIn(thread).get(0);
        assertThat(plan.plainText()).contains("Group reflection: Tuesday circle");
        return plan.text() + "\n" + plan.plainText();
    }

    @Test
    @DisplayName("the plan at the top of the thread names who leads the session now: the new facilitator after a "
            + "hand-over, and no one (not the forgotten member) after the facilitator asked to be forgotten")
    void planPostFollowsTheFacilitator() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana leads a session and hands it to Ben
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(planReads(bot, thread)).contains("Facilitated by <@" + ana.id() + ">");
            ana.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id()));
            bot.app().scheduler().runDue();

            // THEN the plan says Ben leads it
            assertThat(planReads(bot, thread)).contains("Facilitated by <@" + ben.id() + ">")
                    .doesNotContain("<@" + ana.id() + ">");

            // WHEN Ben asks to be forgotten, after a restart
            bot.restart();
            ben.runs("privacy forget");
            ben.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN the plan names nobody, and says what the group can do
            assertThat(planReads(bot, thread)).doesNotContain("<@" + ben.id() + ">", "<@" + ana.id() + ">")
                    .contains("No one leads this session now");
        }
    }

    @Test
    @DisplayName("a facilitator who asks to be forgotten after the session ended leaves a plan that names no one and "
            + "says the session ended, not that anyone can take it over or move it on (which the bot would refuse)")
    void planOfAnEndedSessionAfterAForget() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana led a session to its end
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "The harbor master");
            ana.readsInThread(thread, q1);
            ana.presses("End");
            bot.app().scheduler().runDue();

            // WHEN she asks to be forgotten
            ana.runs("privacy forget");
            ana.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN the plan names nobody, says the session has ended, and offers nothing the bot would refuse
            String plan = planReads(bot, thread);
            assertThat(plan).doesNotContain("<@" + ana.id() + ">").contains("has ended")
                    .doesNotContain("take it over", "Anyone in the thread moves on");
            assertThat(ben.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id())).text())
                    .contains("already ended");
        }
    }

    @Test
    @DisplayName("a facilitator who asks to be forgotten after their session closed by itself leaves a summary that "
            + "names no one, where it went on naming them when they had not answered in it")
    void idleSummaryAfterAForget() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session, where only Ben answered, closed by itself after two quiet weeks, naming her
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The harbor master");
            bot.advance(Duration.ofDays(15));
            assertThat(lastPost(bot, thread).plainText()).contains("led by <@" + ana.id() + ">", "closed by itself");

            // WHEN she asks to be forgotten
            ana.runs("privacy forget");
            ana.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN nothing the thread shows names her: the summary says the session closed by itself, with Ben's answer
            List<String> shown = bot.messenger().shownIn(thread).stream().map(Reply::plainText).toList();
            assertThat(shown).noneMatch(t -> t.contains("<@" + ana.id() + ">"));
            assertThat(shown).anyMatch(t -> t.startsWith("This session closed by itself")
                    && t.contains("**ben**: The harbor master"));
        }
    }

    @Test
    @DisplayName("handing a session to the member who already leads it changes nothing: they are told so, and the "
            + "thread reads no announcement")
    void handOverToTheSameFacilitatorChangesNothing() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana leads a session
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            int shown = posts(bot, thread).size();
            int edits = bot.messenger().edits().size();

            // WHEN she hands it to herself
            String reply = ana.runsInThread(thread, "session facilitator", "member", String.valueOf(ana.id())).text();
            bot.app().scheduler().runDue();

            // THEN she reads that she leads it already and nothing changed; the thread shows no new post or edit
            assertThat(reply).contains("already", "Nothing was changed").doesNotContain("Done");
            assertThat(posts(bot, thread)).hasSize(shown);
            assertThat(bot.messenger().edits()).hasSize(edits);
        }
    }

    @Test
    @DisplayName("a plan posted before the bot kept its message (V51) is found among the outbox's sent posts, and "
            + "names the new facilitator after a hand-over, and no one after a forget")
    void planPostedBeforeItsMessageWasKept() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session, whose plan went out as the version before V51 sent it: its message not kept
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            bot.storedRows().write(c -> org.partnercoach.storage.Database.update(c,
                    "UPDATE group_sessions SET plan_message_id = 0"));

            // WHEN she hands the session to Ben
            ana.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id()));
            bot.app().scheduler().runDue();

            // THEN the plan at the top of the thread says Ben leads it
            assertThat(planReads(bot, thread)).contains("Facilitated by <@" + ben.id() + ">")
                    .doesNotContain("<@" + ana.id() + ">");

            // AND once Ben asks to be forgotten, it names no one
            ben.runs("privacy forget");
            ben.presses("Delete my data");
            bot.app().scheduler().runDue();
            assertThat(planReads(bot, thread)).doesNotContain("<@" + ben.id() + ">")
                    .contains("No one leads this session now");
        }
    }

    /** What the thread shows now of each hand-over announcement (as last edited), oldest first. */
    private static java.util.List<Reply> handOversShown(TestBot bot, long thread) {
        return bot.messenger().shownIn(thread).stream()
                .filter(r -> r.text().contains("now facilitates") || r.text().contains("handed")).toList();
    }

    @Test
    @DisplayName("a hand-over is announced in the thread by a post that names the new facilitator and brings them in; "
            + "handed on again, it stops naming them, and once the member it names is forgotten it names no one")
    void handOverAnnouncementFollowsTheFacilitator() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana leads a session
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cora = bot.member("cora");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);

            // WHEN she hands it to Ben
            Reply done = ana.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id()));
            bot.app().scheduler().runDue();

            // THEN she alone reads the reply, and the thread hears it in a post that pings Ben (bringing him in)
            assertThat(done.ephemeral()).isTrue();
            assertThat(done.text()).contains("now facilitates \"Tuesday circle\"", "telling the thread");
            Reply announced = lastPost(bot, thread);
            assertThat(announced.text()).isEqualTo("<@" + ben.id() + "> now facilitates \"Tuesday circle\": they "
                    + "can move on with **Next question** and close with **End**.");
            assertThat(announced.mentionUsers()).containsExactly(ben.id());

            // WHEN Ben hands it on to Cora
            ben.runsInThread(thread, "session facilitator", "member", String.valueOf(cora.id()));
            bot.app().scheduler().runDue();
            // (the edit of Ben's announcement is queued as Cora's goes out, and goes out on the next run)
            bot.app().scheduler().runDue();

            // THEN the thread names Cora, and Ben's announcement no longer names him
            assertThat(handOversShown(bot, thread)).extracting(Reply::text).containsExactly(
                    "\"Tuesday circle\" was handed over again after this; the plan at the top of this thread names "
                            + "who leads it now.",
                    "<@" + cora.id() + "> now facilitates \"Tuesday circle\": they can move on with **Next question** "
                            + "and close with **End**.");

            // WHEN Cora asks to be forgotten, after a restart
            bot.restart();
            cora.runs("privacy forget");
            cora.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN no announcement in the thread names her (or anyone), and the last says what the group can do
            List<Reply> shown = handOversShown(bot, thread);
            assertThat(shown).hasSize(2).allSatisfy(r -> assertThat(r.text()).doesNotContain("<@"));
            assertThat(shown.get(1).text()).contains("asked me to forget them", "no one leads it now",
                    "`/session facilitator`");
            assertThat(planReads(bot, thread)).doesNotContain("<@" + cora.id() + ">");
        }
    }

    /** The messages the session's row keeps: its summaries', and its latest hand-over announcement's. */
    private static String keptMessages(TestBot bot) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT summary_message_ids, handover_message_id FROM group_sessions",
                rs -> rs.getString(1) + " | hand-over " + rs.getLong(2))).orElseThrow();
    }

    @Test
    @DisplayName("a hand-over announcement is kept beside the summaries, never among them: the three newest summaries "
            + "after it all follow the answers, and after a restart a forget of the member it names still edits it")
    void handOverAnnouncementKeptBesideTheSummaries() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session, where Ben answered, handed to Cora, who ends it
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cora = bot.member("cora");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "The harbor master");
            ana.runsInThread(thread, "session facilitator", "member", String.valueOf(cora.id()));
            bot.app().scheduler().runDue();
            cora.readsInThread(thread, q1);
            cora.presses("End");
            bot.app().scheduler().runDue();

            // WHEN Ben asks for the summary twice more
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            assertThat(ben.runsInThread(thread, "session summary").text()).doesNotContain("oldest");
            bot.app().scheduler().runDue();
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            assertThat(ben.runsInThread(thread, "session summary").text()).doesNotContain("oldest");
            bot.app().scheduler().runDue();

            // THEN the row keeps the three summaries in their list and the announcement in its own column
            String kept = keptMessages(bot);
            assertThat(kept).matches("summary:\\d+ summary-again:\\d+ summary-again:\\d+ \\| hand-over [1-9]\\d*");
            long announcement = Long.parseLong(kept.substring(kept.lastIndexOf(' ') + 1));

            // WHEN the bot restarts, and Cora asks to be forgotten
            bot.restart();
            cora.runs("privacy forget");
            cora.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN the announcement is edited to name no one, and every summary still shows Ben's answer
            assertThat(bot.messenger().edits()).filteredOn(e -> e.messageId() == announcement)
                    .last().extracting(e -> e.reply().text()).asString()
                    .contains("asked me to forget them", "no one leads it now").doesNotContain("<@");
            assertThat(bot.messenger().shownIn(thread).stream().map(Reply::plainText)
                    .filter(t -> t.startsWith("Summary")).toList()).hasSize(3)
                    .allSatisfy(t -> assertThat(t).contains("The harbor master").doesNotContain("older copy"));
        }
    }

    @Test
    @DisplayName("a private session's plan, whose message names its facilitator, names no one once they are forgotten")
    void privatePlanLosesTheForgottenFacilitator() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's private session, whose plan names her in the message itself
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle", "private", "true");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(planReads(bot, thread)).contains("<@" + ana.id() + ">", "this thread is private");

            // WHEN she asks to be forgotten
            ana.runs("privacy forget");
            ana.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN the plan names no one, in the message or the card
            assertThat(planReads(bot, thread)).doesNotContain("<@" + ana.id() + ">")
                    .contains("No one leads this session now");
        }
    }

    @Test
    @DisplayName("when the facilitator asked to be forgotten, a member in the thread moves on and takes the session over")
    void forgottenFacilitatorCanBeReplacedByTheGroup() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana leads a session Ben answered in, and then asks the bot to forget her
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member dee = bot.member("dee");
            ana.runs("session start", "plan", "ask-yourself", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "Their board meets in May");
            ana.runs("privacy forget");
            ana.presses("Delete my data");

            // THEN the list says nobody leads it, and what the group can do
            assertThat(dee.runs("session list").plainText()).contains("Tuesday circle", "no one leads it",
                    "`/session facilitator`");

            // WHEN Ben presses Next question THEN the session moves on instead of waiting for a coordinator
            ben.readsInThread(thread, q1);
            assertThat(ben.presses("Next question").text()).contains("Moving on: question 2 of 4");
            bot.app().scheduler().runDue();
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 2 of 4");

            // WHEN he takes the session over THEN he leads it, and the others go back to answering
            assertThat(ben.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id())).text())
                    .contains("now facilitates");
            dee.readsInThread(thread, latestQuestion(bot, thread));
            assertThat(dee.presses("End").text()).contains("Only the facilitator (<@" + ben.id() + ">)",
                    "a coordinator can hand the session to someone");
            assertThat(dee.runs("session list").plainText()).contains("led by <@" + ben.id() + ">");
        }
    }

    @Test
    @DisplayName("a session nobody touches for two weeks (its facilitator left the server) closes by itself and "
            + "posts its summary, once")
    void idleSessionClosesWithItsSummary() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session, where Ben answered; then Ana left the server, and nobody moves it on
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "The youth center");

            // WHEN ten days pass, and Ben changes his answer then
            bot.advance(Duration.ofDays(10));
            ben.answersInThread(thread, q1, "The youth center, and the library");

            // THEN thirteen quiet days after his answer the session is still open (an answer counts as activity)
            bot.advance(Duration.ofDays(13));
            assertThat(ben.runs("session list").plainText()).contains("Spring circle");
            int before = posts(bot, thread).size();

            // WHEN the fourteenth quiet day has passed
            bot.advance(Duration.ofDays(1));

            // THEN the session has ended: its summary is in the thread, saying why and what to do next
            assertThat(posts(bot, thread)).hasSize(before + 1);
            String summary = lastPost(bot, thread).plainText();
            assertThat(summary).contains("Summary: Spring circle", "**ben**: The youth center, and the library",
                    "closed by itself", "14 days", "`/session start plan:tip-1`");
            assertThat(latestEditText(bot)).startsWith("Question 1 of").contains("closed");
            assertThat(ben.runs("session list").text()).contains("No group sessions are open");

            // AND it is not closed (or summed up) a second time
            bot.advance(Duration.ofDays(15));
            assertThat(posts(bot, thread)).hasSize(before + 1);
        }
    }

    @Test
    @DisplayName("a session that closes by itself after its facilitator left the server says its facilitator left, "
            + "naming and pinging no one, where it showed her raw id")
    void idleSummaryOfAFacilitatorWhoLeft() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session, where Ben answered; then Ana left the server
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The youth center");
            bot.messenger().leaves(TestBot.GUILD, ana.id());

            // WHEN nothing happens for two weeks
            bot.advance(Duration.ofDays(14));

            // THEN the summary says the session closed by itself and that its facilitator left, naming no one
            Reply summary = lastPost(bot, thread);
            assertThat(summary.plainText()).contains("Summary: Spring circle", "closed by itself",
                    "its facilitator has left the server", "**ben**: The youth center")
                    .doesNotContain("<@" + ana.id() + ">");
            assertThat(summary.mentionUsers()).isEmpty();
        }
    }

    @Test
    @DisplayName("an idle session whose thread Discord archived (and the bot no longer holds) posts its summary there "
            + "all the same, once")
    void idleSessionInAnArchivedThread() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session, where Ben answered; the quiet thread is archived, and the bot restarted since
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Autumn circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The youth center");
            bot.advance(Duration.ofDays(2));
            bot.messenger().threadReaches(thread, org.partnercoach.chat.Messenger.ThreadReach.ARCHIVED_OR_GONE);
            bot.restart();
            int before = posts(bot, thread).size();

            // WHEN two weeks pass with nothing new
            bot.advance(Duration.ofDays(14));

            // THEN its summary is posted in the thread, once, and the question shows it closed
            assertThat(posts(bot, thread)).hasSize(before + 1);
            assertThat(lastPost(bot, thread).plainText()).contains("Summary: Autumn circle",
                    "**ben**: The youth center", "closed by itself");
            // AND its facilitator, who may have forgotten it, is named in it and notified by Discord
            assertThat(lastPost(bot, thread).plainText()).contains("This session, led by <@" + ana.id() + ">, closed "
                    + "by itself");
            assertThat(lastPost(bot, thread).mentionUsers()).containsExactly(ana.id());
            assertThat(latestEditText(bot)).startsWith("Question 1 of").contains("closed");
            bot.advance(Duration.ofDays(1));
            assertThat(posts(bot, thread)).hasSize(before + 1);
        }
    }

    @Test
    @DisplayName("handing a session over counts as activity: the new facilitator gets two weeks from the hand-over")
    void handOverKeepsTheSessionOpen() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session, where Ben answered; ten quiet days later she hands it to Dee
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member dee = bot.member("dee");
            ana.runs("session start", "plan", "tip-1", "title", "Autumn circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The food pantry");
            bot.advance(Duration.ofDays(10));
            assertThat(ana.runsInThread(thread, "session facilitator", "member", String.valueOf(dee.id())).text())
                    .contains("now facilitates");
            bot.app().scheduler().runDue();
            int before = posts(bot, thread).size();
            // AND the bot's next due work (what the console's :advance steps to) is the idle close two weeks after
            // the hand-over, not two weeks after the answer
            assertThat(bot.app().scheduler().due(bot.clock().instant()).next())
                    .contains(bot.clock().instant().plus(Sessions.IDLE_CLOSE));

            // WHEN thirteen more days pass (23 since the answer, 13 since the hand-over)
            bot.advance(Duration.ofDays(13));

            // THEN the session is still open, led by Dee, and nothing was posted
            assertThat(ben.runs("session list").plainText()).contains("Autumn circle", "led by <@" + dee.id() + ">");
            assertThat(posts(bot, thread)).hasSize(before);

            // WHEN the fourteenth day after the hand-over has passed THEN it closes by itself, once, with its summary
            bot.advance(Duration.ofDays(1));
            assertThat(posts(bot, thread)).hasSize(before + 1);
            assertThat(lastPost(bot, thread).plainText()).contains("Summary: Autumn circle", "closed by itself",
                    "The food pantry");
            assertThat(ben.runs("session list").text()).contains("No group sessions are open");
        }
    }

    @Test
    @DisplayName("a session that went quiet while the bot was down closes once when the bot starts again")
    void idleSessionClosesAfterARestart() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a session nobody answered in, and a bot that was down for three weeks
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "tip-1", "title", "Winter circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            int before = posts(bot, thread).size();
            bot.clock().advance(Duration.ofDays(21));

            // WHEN it starts again
            bot.restart();
            bot.app().scheduler().runDue();
            bot.app().scheduler().runDue();

            // THEN the session is closed with one summary that says nobody answered
            assertThat(posts(bot, thread)).hasSize(before + 1);
            assertThat(lastPost(bot, thread).plainText()).contains("Summary: Winter circle", "Nobody answered",
                    "closed by itself");
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
        }
    }
}
