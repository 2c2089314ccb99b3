package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.startedTip1;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * The organizations a tip 1 group named, offered for the outreach list to whoever ends the session: all the group's
 * names in one round, rather than each member keeping their own answer in their walk.
 */
class GroupNamesToListTest {

    @Test
    @DisplayName("ending a tip 1 session offers Check and add with every organization the group named that is not on "
            + "the list yet, once each; what the facilitator keeps is added, sector by sector, and survives a restart")
    void endOffersTheGroupsNames(@TempDir Path dir) {
        TestBot bot = TestBot.onFile(dir);
        try {
            // GIVEN one partner on the list, and two members who named organizations in a tip 1 session
            Member ana = bot.member("ana");
            ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
            long thread = startedTip1(bot, ana);
            bot.member("ben").answersInThread(thread, latestQuestion(bot, thread),
                    "Eastside Food Bank, Lincoln High School and the YMCA");
            bot.member("cy").answersInThread(thread, latestQuestion(bot, thread), "YMCA\nFirst Baptist Church");

            // WHEN Ana ends the session THEN she is offered the three not on the list, the YMCA once
            ana.readsInThread(thread, latestQuestion(bot, thread));
            Reply ended = ana.presses("End");
            assertThat(ended.text()).contains("The session has ended", "The group named 3 organizations that aren't "
                    + "on the coalition's outreach list yet. Press **Check and add**");
            assertThat(ended.buttons()).extracting(Button::label).containsExactly("Check and add");
            Reply form = ana.presses("Check and add");
            assertThat(form.form().inputs().get(0).value()).isEqualTo("Eastside Food Bank\nYMCA\nFirst Baptist Church");

            // WHEN she corrects a name and sends the list THEN the names wait for their sectors, one at a time
            assertThat(ana.submits("names", "Eastside Food Bank\nYMCA\nFirst Baptist Church of Elm").plainText())
                    .contains("Which sector is “Eastside Food Bank” in? (2 more after this one)");
            assertThat(namesWaiting(bot)).containsExactly("Eastside Food Bank", "YMCA", "First Baptist Church of Elm");
            Reply next = ana.picks("food");
            assertThat(next.plainText()).contains("Added “Eastside Food Bank”", "Which sector is “YMCA” in?");

            // AND what waits survives a restart
            bot = bot.restart();
            ana = bot.member("ana");
            CustomId dontAdd = next.buttons().stream().filter(b -> b.label().equals("Don't add this one"))
                    .findFirst().orElseThrow().id();
            assertThat(ana.pressesId(dontAdd).plainText()).contains("Left out “YMCA”.",
                    "Which sector is “First Baptist Church of Elm” in?");
            Reply done = ana.picks("faith");
            assertThat(done.plainText()).contains("Added “First Baptist Church of Elm”",
                    "That's all for this list");
            assertThat(done.buttons()).isEmpty();
            assertThat(namesWaiting(bot)).isEmpty();
            assertThat(ana.runs("partner list").plainText()).contains("Eastside Food Bank",
                    "First Baptist Church of Elm", "Lincoln High School").doesNotContain("YMCA");

            // AND the button pressed again says every name was seen
            assertThat(ana.pressesId(checkAndAdd(ended)).text()).isEqualTo("That's every organization the group "
                    + "named: each one is on the coalition's outreach list or was in an earlier round. See the list "
                    + "with `/partner list`.");
        } finally {
            bot.close();
        }
    }

    @Test
    @DisplayName("finishing a tip 1 session offers the names too; a session of other questions, one whose names are "
            + "all listed, and one nobody answered offer nothing")
    void offeredOnlyWhereThereAreNamesToAdd() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana, "Finished");
            ben.answersInThread(thread, latestQuestion(bot, thread), "the public library");
            assertThat(SessionTestSupport.finishes(bot, ana, thread).text()).contains("The group named 1 organization that isn't on the "
                    + "coalition's outreach list yet");

            ana.runs("partner add", "name", "Public Library", "sector", "education");
            long listed = startedTip1(bot, ana, "All listed");
            ben.answersInThread(listed, latestQuestion(bot, listed), "The public library");
            assertThat(ends(ana, bot, listed).buttons()).isEmpty();

            long unanswered = startedTip1(bot, ana, "Quiet");
            assertThat(ends(ana, bot, unanswered).text()).contains("Nobody answered").doesNotContain("Check and add");

            ana.runs("session start", "plan", "ask-yourself", "title", "Four questions");
            bot.app().scheduler().runDue();
            long ask = SessionTestSupport.thread(bot);
            ben.answersInThread(ask, latestQuestion(bot, ask), "The YMCA and the food bank");
            Reply endedAsk = ends(ana, bot, ask);
            assertThat(endedAsk.buttons()).isEmpty();
            assertThat(endedAsk.text()).doesNotContain("outreach list");
        }
    }

    @Test
    @DisplayName("a name the group spelled like one on the list (\"St Marys Clinic\" for \"St. Mary's Clinic\") is "
            + "not offered as a new one, as a listed name is not")
    void spelledLikeAListedOneIsNotOffered() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("partner add", "name", "St. Mary's Clinic", "sector", "health-care");
            long thread = startedTip1(bot, ana);
            bot.member("ben").answersInThread(thread, latestQuestion(bot, thread), "St Marys Clinic and the YMCA");

            ana.readsInThread(thread, latestQuestion(bot, thread));
            Reply ended = ana.presses("End");

            assertThat(ended.text()).contains("The group named 1 organization that isn't on the coalition's outreach "
                    + "list yet");
            assertThat(ana.presses("Check and add").form().inputs().get(0).value()).isEqualTo("YMCA");
            assertThat(namesWaiting(bot)).isEmpty();
        }
    }

    @Test
    @DisplayName("a name the group gave of a partner the coalition has moved on from is not offered, and the end says "
            + "so with the command that brings it back, with or without new names beside it; the form opened once "
            + "the new ones were added meanwhile says so too, not that every one is on the list")
    void movedOnPartnersAreNamedWithHowToBringThemBack() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("partner add", "name", "Old Mill", "sector", "business");
            ana.runs("partner archive", "partner", "Old Mill", "reason", "closed");
            String restore = "The coalition has moved on from “Old Mill”; `/partner restore partner:\"Old Mill\"` brings "
                    + "it back.";

            long thread = startedTip1(bot, ana, "With a new one");
            bot.member("ben").answersInThread(thread, latestQuestion(bot, thread), "Old Mill and the YMCA");
            Reply ended = ends(ana, bot, thread);
            assertThat(ended.text()).contains("The group named 1 organization that isn't on the coalition's outreach "
                    + "list yet. Press **Check and add** to see it, correct it, and add it. " + restore);
            assertThat(ana.presses("Check and add").form().inputs().get(0).value()).isEqualTo("YMCA");

            // the YMCA added meanwhile: the form has no new name left, and says what it found instead
            ana.runs("partner add", "name", "YMCA", "sector", "community");
            assertThat(ana.pressesId(checkAndAdd(ended)).text()).isEqualTo(restore + " Every other organization the "
                    + "group named is on the coalition's outreach list. See it with `/partner list`.");

            long only = startedTip1(bot, ana, "Only the old one");
            bot.member("ben").answersInThread(only, latestQuestion(bot, only), "Old Mill");
            Reply onlyEnded = ends(ana, bot, only);
            assertThat(onlyEnded.text()).endsWith(restore);
            assertThat(onlyEnded.buttons()).isEmpty();
            assertThat(namesWaiting(bot)).isEmpty();
        }
    }

    @Test
    @DisplayName("a session that ended by its timer was ended by no one: /session summary offers its names after the "
            + "end, and says nothing of them while it runs")
    void summaryAfterATimedEndOffersTheNames() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "tip-1", "title", "Timed", "minutes", "10");
            bot.app().scheduler().runDue();
            long thread = SessionTestSupport.thread(bot);
            bot.member("ben").answersInThread(thread, latestQuestion(bot, thread), "Eastside Food Bank, the YMCA");
            assertThat(ana.runsInThread(thread, "session summary").text()).doesNotContain("Check and add");

            // WHEN every question's ten minutes have run out, and the session ended by itself
            for (int q = 0; q < 5; q++) {
                bot.advance(java.time.Duration.ofMinutes(10));
            }
            assertThat(SessionTestSupport.lastPost(bot, thread).plainText()).contains("Summary");

            // THEN whoever asks for its summary is offered the group's names
            Reply again = ana.runsInThread(thread, "session summary");
            assertThat(again.text()).contains("The group named 2 organizations that aren't on the coalition's "
                    + "outreach list yet");
            ana.presses("Check and add");
            assertThat(ana.submits("names", "Eastside Food Bank\nYMCA").plainText())
                    .contains("Which sector is “Eastside Food Bank” in? (1 more after this one)");
        }
    }

    @Test
    @DisplayName("the form of the group's names drops mentions, emoji and names past 100 characters with a clear "
            + "message; a button for a session of another server or with no answers left says so and adds nothing")
    void badInput() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            long thread = startedTip1(bot, ana);
            bot.member("ben").answersInThread(thread, latestQuestion(bot, thread), "Eastside Food Bank");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            Reply ended = ana.presses("End");
            ana.presses("Check and add");
            Reply sent = ana.submits("names",
                    "@everyone\n🍎🍎\n" + "x".repeat(10_000) + "\n'; DROP TABLE partners; --");
            assertThat(sent.plainText()).contains("Not added, longer than 100 characters",
                    "Which sector is “'; DROP TABLE partners; --” in?");
            assertThat(namesWaiting(bot)).containsExactly("'; DROP TABLE partners; --");
            // the name the group gave was in this round, so no other round is offered
            Reply done = ana.presses("Don't add this one");
            assertThat(done.plainText()).contains("That's all for this list").doesNotContain("The group named");
            assertThat(done.buttons()).isEmpty();

            // a button for a session that is not this server's reads no answers
            CustomId elsewhere = CustomId.of("partner", "grpnames", checkAndAdd(ended).longArg(0) + 1000, 0, "x");
            assertThat(ana.pressesId(elsewhere).text()).startsWith("I can't find any answers naming organizations "
                    + "in that session now");
            assertThat(namesWaiting(bot)).isEmpty();
        }
    }

    @Test
    @DisplayName("GIVEN the facilitator picking the sector of “Lincoln High School” WHEN a member adds that name "
            + "meanwhile THEN the pick says it is on the list, leaves it, and asks about the group's next name")
    void nameBeingPickedAddedMeanwhile() {
        try (TestBot bot = TestBot.inMemory()) {
            Member you = bot.member("you");
            long thread = startedTip1(bot, you);
            bot.member("bea").answersInThread(thread, latestQuestion(bot, thread), "Lincoln High School, YMCA");
            ends(you, bot, thread);
            you.presses("Check and add");
            assertThat(you.submits("names", "Lincoln High School\nYMCA").plainText())
                    .contains("Which sector is “Lincoln High School” in? (1 more after this one)");
            bot.member("dan").runs("partner add", "name", "Lincoln High School", "sector", "education");

            Reply next = you.picks("education");

            assertThat(next.plainText()).startsWith("Already on the list: “Lincoln High School”.\n"
                    + "Which sector is “YMCA” in?");
            assertThat(namesWaiting(bot)).containsExactly("YMCA");
            assertThat(you.picks("youth").plainText()).contains("Added “YMCA” (Youth)", "That's all for this list");
            assertThat(you.runs("partner list").plainText()).contains("Lincoln High School", "YMCA");
        }
    }

    /** Ends the session in {@code thread} from its latest question: the reply to the facilitator. */
    private static Reply ends(Member facilitator, TestBot bot, long thread) {
        facilitator.readsInThread(thread, latestQuestion(bot, thread));
        Reply ended = facilitator.presses("End");
        bot.app().scheduler().runDue();
        return ended;
    }

    private static CustomId checkAndAdd(Reply ended) {
        return ended.buttons().stream().filter(b -> b.label().equals("Check and add")).findFirst().orElseThrow().id();
    }

    /** The names waiting for their sector, in the order they were sent. */
    private static List<String> namesWaiting(TestBot bot) {
        return bot.storedRows().read(c -> Database.list(c, "SELECT name FROM partner_names_to_add ORDER BY id",
                rs -> rs.getString(1)));
    }
}
