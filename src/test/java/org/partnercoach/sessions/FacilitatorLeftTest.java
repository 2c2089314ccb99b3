package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A session whose facilitator left the server speaks of them as such, never by a raw id")
class FacilitatorLeftTest {

    private static final String LEFT = "its facilitator, who has left the server";

    @Test
    @DisplayName("a member pressing Next question or End, or handing the session over, hears that its facilitator "
            + "left and that a coordinator can take it over; a coordinator does; once she is back she is named again")
    void refusalWhenTheFacilitatorLeft() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana leads a session Ben answers in, and then leaves the server
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cora = bot.coordinator("cora");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "The youth center");
            bot.messenger().leaves(TestBot.GUILD, ana.id());

            // WHEN Ben presses Next question, End, or hands the session to himself
            ben.readsInThread(thread, q1);
            String next = ben.presses("Next question").text();
            ben.readsInThread(thread, q1);
            String end = ben.presses("End").text();
            String handed = ben.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id()))
                    .text();

            // THEN each refusal says its facilitator left, and who can take it over, naming no raw id
            for (String refused : java.util.List.of(next, end, handed)) {
                assertThat(refused).contains("the facilitator has left the server", "Ask a coordinator", "`/session facilitator`", "Nothing was changed")
                        .doesNotContain("<@" + ana.id() + ">");
            }
            // AND /session list says so too
            assertThat(ben.runs("session list").plainText()).contains("Spring circle", "led by " + LEFT)
                    .doesNotContain("<@" + ana.id() + ">");

            // WHEN Ana comes back THEN she is named again, and still leads it
            bot.messenger().comesBack(TestBot.GUILD, ana.id());
            ben.readsInThread(thread, q1);
            assertThat(ben.presses("End").text()).contains("Only the facilitator (<@" + ana.id() + ">)");
            assertThat(ben.runs("session list").plainText()).contains("led by <@" + ana.id() + ">");

            // WHEN she leaves again, and a coordinator takes the session over
            bot.messenger().leaves(TestBot.GUILD, ana.id());
            assertThat(cora.runsInThread(thread, "session facilitator", "member", String.valueOf(cora.id())).text())
                    .contains("now facilitates");
            bot.app().scheduler().runDue();

            // THEN she leads it: the list names her, and she moves the group on
            assertThat(ben.runs("session list").plainText()).contains("led by <@" + cora.id() + ">");
            cora.readsInThread(thread, latestQuestion(bot, thread));
            assertThat(cora.presses("Next question").text()).contains("Moving on: question 2");
        }
    }

    @Test
    @DisplayName("the plan posted after its facilitator left (the bot was down meanwhile) says so and who leads it "
            + "now, naming and pinging no one")
    void planOfAFacilitatorWhoLeft() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana starts a private session and leaves the server before the bot opens its thread
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle", "private", "true");
            bot.messenger().leaves(TestBot.GUILD, ana.id());

            // WHEN the thread opens and the plan is posted
            bot.app().scheduler().runDue();
            Reply plan = bot.messenger().shownIn(thread(bot)).get(0);

            // THEN it says its facilitator left and that a coordinator leads it now, with no raw id nor ping
            assertThat(plan.plainText()).contains("Group reflection: Spring circle", "has left the server",
                    "A coordinator", "`/session facilitator`").doesNotContain("<@" + ana.id() + ">",
                    "Facilitated by", "The facilitator moves on");
            assertThat(plan.mentionUsers()).isEmpty();
        }
    }

    @Test
    @DisplayName("a private session led by someone who left shows in /session list without a raw id, and says whom "
            + "to ask to be brought in")
    void privateSessionInTheList() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle", "private", "true");
            bot.app().scheduler().runDue();
            bot.messenger().leaves(TestBot.GUILD, ana.id());

            assertThat(ben.runs("session list").plainText()).contains("A private session", "led by " + LEFT,
                    "ask one of its members to bring you in").doesNotContain("<@" + ana.id() + ">");
        }
    }

    @Test
    @DisplayName("/session start beside a session whose facilitator left says so where it names the session still "
            + "open, and asks a coordinator to close it, with no raw id")
    void startBesideASessionWhoseFacilitatorLeft() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session runs in the channel, and she left the server
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle");
            bot.app().scheduler().runDue();
            bot.messenger().leaves(TestBot.GUILD, ana.id());

            // WHEN Ben starts one of the same title, then one of another
            String refused = ben.runs("session start", "plan", "tip-1", "title", "Spring circle").text();
            String started = ben.runs("session start", "plan", "tip-1", "title", "Autumn circle").text();

            // THEN each names it as led by its facilitator who left, and who can close it
            assertThat(refused).contains("led by " + LEFT, "ask a coordinator to press **End**", "Nothing was created")
                    .doesNotContain("<@" + ana.id() + ">");
            assertThat(started).contains("Also still open in this channel", "led by " + LEFT)
                    .doesNotContain("<@" + ana.id() + ">");
        }
    }
}
