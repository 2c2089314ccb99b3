package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.FakeDiscord.CHANNEL_MESSAGE;
import static org.partnercoach.e2e.FakeDiscord.EPHEMERAL;
import static org.partnercoach.e2e.FakeDiscord.MODAL;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.OLIVIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scenario 5: a group reflection session in a thread, through the real Discord client. */
@DisplayName("Group sessions (scenario 5) through the real Discord client")
class GroupSessionEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("a thread is opened, two members answer in the form, the count is edited, and the summary is posted")
    void sessionInAThread() {
        int from = discord.mark();

        // WHEN olivia starts a session in #general
        Recorded started = discord.runs(OLIVIA, "session start", "plan", "ask-yourself", "title", "Eastside circle");
        // THEN only she sees the answer to her command (a public one would show "olivia used /session start")
        assertThat(started.callbackType()).isEqualTo(CHANNEL_MESSAGE);
        assertThat(started.message().path("flags").asInt(0) & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(started.message().path("content").asText()).contains("Your session **Eastside circle** is "
                + "starting");

        // AND the bot opens a thread under #general and posts the plan, then question 1 with its buttons
        Recorded thread = discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/threads");
        assertThat(thread.body().path("name").asText()).isEqualTo("Reflection: Eastside circle");
        long threadId = discord.threads().get(0);
        // AND tells #general in a message of its own, after the answer to the command, pinging no one
        Recorded told = discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/messages");
        assertThat(told.index()).isGreaterThan(started.index());
        assertThat(told.body().path("content").asText()).contains("A group reflection is starting: "
                + "**Eastside circle**", "<#" + threadId + ">").doesNotContain("olivia");
        assertThat(told.body().path("allowed_mentions").path("parse").size()).isZero();
        String posts = "channels/" + threadId + "/messages";
        Recorded plan = discord.awaitRequest(from, "POST", posts);
        assertThat(plan.body().path("embeds").get(0).path("title").asText())
                .isEqualTo("Group reflection: Eastside circle");
        Recorded question = discord.awaitRequest(plan.index() + 1, "POST", posts);
        assertThat(question.body().path("embeds").get(0).path("title").asText()).startsWith("Question 1 of 4");
        assertThat(buttonLabels(question.body())).containsExactly("Answer", "Next question", "End");
        assertThat(question.body().path("allowed_mentions").path("parse").size()).isZero();

        // WHEN alice and cora answer through the form
        int beforeAnswers = discord.mark();
        Recorded form = discord.presses(ALICE, "Answer");
        assertThat(form.callbackType()).isEqualTo(MODAL);
        assertThat(form.message().path("custom_id").asText()).matches("session:answered:\\d+:0");
        Recorded saved = discord.submits(ALICE, "answer", "Their mandate and their board @everyone");
        assertThat(saved.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(saved.message().path("content").asText()).contains("your answer to question 1 is saved");

        // THEN the question's count is edited in place (the run Discord's answer kicks off; run it here too, so the
        // test does not depend on the polling thread's timing)
        bot.app().scheduler().runDue();
        Recorded firstEdit = discord.awaitRequest(beforeAnswers, "PATCH", posts + "/\\d+");
        assertThat(firstEdit.body().path("embeds").get(0).path("footer").path("text").asText())
                .isEqualTo("1 answer");

        discord.presses(CORA, "Answer");
        discord.submits(CORA, "answer", "The food council");
        int beforeFlush = discord.mark();
        clock.advance(Duration.ofSeconds(5));
        bot.app().scheduler().runDue();
        Recorded secondEdit = discord.awaitRequest(beforeFlush, "PATCH", posts + "/\\d+");
        assertThat(secondEdit.body().path("embeds").get(0).path("footer").path("text").asText())
                .isEqualTo("2 answers");

        // WHEN alice (not the facilitator) presses End, nothing happens; olivia's End closes the session
        Recorded refused = discord.presses(ALICE, "End");
        assertThat(refused.message().path("content").asText()).contains("Only the facilitator");
        int beforeEnd = discord.mark();
        discord.presses(OLIVIA, "End");

        // THEN the summary is posted in the thread with both answers grouped under question 1
        Recorded summary = discord.awaitRequest(beforeEnd, "POST", posts);
        JsonNode embed = summary.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Summary: Eastside circle");
        assertThat(embed.path("fields").get(0).path("value").asText())
                .contains("**alice**: Their mandate and their board @everyone").contains("**cora**: The food council");
        assertThat(summary.body().path("allowed_mentions").path("parse").size()).isZero();
        Recorded closed = discord.awaitRequest(beforeEnd, "PATCH", posts + "/\\d+");
        assertThat(closed.body().path("embeds").get(0).path("footer").path("text").asText()).contains("closed");
        assertThat(closed.body().path("components").size()).isZero();
    }

    @Test
    @DisplayName("a plan the bot doesn't have (the sectors file too) is refused with the plans to pick and what to "
            + "run, no file path; an "
            + "answer with no words is refused with Answer to press again, as Discord has closed the form")
    void unknownPlanAndRefusedForm() {
        // WHEN olivia asks for a plan the bot doesn't have
        Recorded unknown = discord.runs(OLIVIA, "session start", "plan", "xyz");

        // THEN only she sees the plans she can pick and what to run, and no thread is opened
        assertThat(unknown.message().path("flags").asInt(0) & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(unknown.message().path("content").asText()).startsWith("I don't have a plan called `xyz`.")
                .contains("`ask-yourself`", "`tip-1` to `tip-5`", "`/session start plan:tip-1`")
                .doesNotContain(".yml", "no such file");
        assertThat(discord.threads()).isEmpty();
        // AND the bot's sectors file named as a plan is one the bot doesn't have, not a file's error
        Recorded sectors = discord.runs(OLIVIA, "session start", "plan", "sectors");
        assertThat(sectors.message().path("content").asText()).startsWith("I don't have a plan called `sectors`.")
                .doesNotContain(".yml", "Unrecognized", "coordinator");
        assertThat(discord.threads()).isEmpty();

        // WHEN she starts one she can pick, and alice sends an emoji alone from the form
        int from = discord.mark();
        discord.runs(OLIVIA, "session start", "plan", "ask-yourself");
        bot.app().scheduler().runDue();
        long threadId = discord.threads().get(0);
        Recorded plan = discord.awaitRequest(from, "POST", "channels/" + threadId + "/messages");
        discord.awaitRequest(plan.index() + 1, "POST", "channels/" + threadId + "/messages");
        discord.presses(ALICE, "Answer");
        Recorded refused = discord.submits(ALICE, "answer", "👍");

        // THEN she hears why and to press Answer again (Discord closed the form), and may open it again
        assertThat(refused.message().path("flags").asInt(0) & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(refused.message().path("content").asText()).contains("nothing was saved",
                "Press **Answer** again and write a few words.").doesNotContain("send it again");
        assertThat(discord.presses(ALICE, "Answer").callbackType()).isEqualTo(MODAL);
    }

    @Test
    @DisplayName("a member who asks to be forgotten after the end is taken out of the posted summary: its embed is "
            + "edited and the file that held her long answer is removed")
    void forgetEditsThePostedSummary() {
        // GIVEN a session where alice's long answer went into the summary's file, and cora answered too
        long threadId = startedByOlivia("Westside circle");
        String posts = "channels/" + threadId + "/messages";
        discord.presses(ALICE, "Answer");
        discord.submits(ALICE, "answer", "Pastor Reyes at Grace Church chairs the food drive. " + "x".repeat(400));
        discord.presses(CORA, "Answer");
        discord.submits(CORA, "answer", "The food council");
        int beforeEnd = discord.mark();
        discord.presses(OLIVIA, "End");
        Recorded summary = discord.awaitRequest(beforeEnd, "POST", posts);
        assertThat(summary.body().path("attachments").size()).isEqualTo(1);
        assertThat(summary.body().path("embeds").get(0).path("fields").get(0).path("value").asText())
                .contains("Pastor Reyes");
        bot.app().scheduler().runDue();

        // WHEN alice asks the bot to forget her
        int beforeForget = discord.mark();
        discord.runs(ALICE, "privacy forget");
        discord.presses(ALICE, "Delete my data");
        bot.app().scheduler().runDue();

        // THEN the summary message is edited: cora's answer only, and no file left
        Recorded edited = discord.awaitRequest(beforeForget, "PATCH", posts + "/\\d+");
        JsonNode embed = edited.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Summary: Westside circle");
        assertThat(embed.toString()).doesNotContain("Pastor Reyes", "alice").contains("The food council");
        assertThat(edited.body().has("attachments")).as("the edit says which files stay: none").isTrue();
        assertThat(edited.body().path("attachments").size()).isZero();
        assertThat(edited.body().path("content").asText()).doesNotContain("attached file");
    }

    @Test
    @DisplayName("an answer picked in /session answers shows whole and as typed, even one that fills the form")
    void ownAnswerShowsWhole() {
        // GIVEN alice filled the form with an answer that has Markdown in it and ends with her main point
        startedByOlivia("Southside circle");
        String start = "The **food** council, ";
        String end = " Ask Maria first.";
        discord.presses(ALICE, "Answer");
        discord.submits(ALICE, "answer", start + "x".repeat(4000 - start.length() - end.length()) + end);

        // WHEN she picks it in /session answers
        Recorded mine = discord.runs(ALICE, "session answers");
        JsonNode options = mine.message().path("components").get(0).path("components").get(0).path("options");
        Recorded picked = discord.picks(ALICE, options.get(0).path("value").asText());

        // THEN the message she sees shows all of it, to its last words, with her Markdown shown as she typed it
        assertThat(picked.callbackType()).isEqualTo(FakeDiscord.UPDATE_MESSAGE);
        String shown = picked.message().path("embeds").get(0).path("description").asText();
        assertThat(shown).contains("The \\*\\*food\\*\\* council, ").endsWith(end).doesNotContain("**food**");
    }

    @Test
    @DisplayName("a group answer naming organizations, kept in alice's own walk, offers Check and add under it, and "
            + "the button opens the form with the names")
    void keptAnswerOffersCheckAndAdd() {
        // GIVEN alice answered the first question of a tip-1 session, whom to partner with
        startedByOlivia("tip-1", "Northside circle");
        discord.presses(ALICE, "Answer");
        Recorded saved = discord.submits(ALICE, "answer", "Eastside Food Bank and the YMCA");
        assertThat(buttonLabels(saved.message())).containsExactly("Keep in my own walk");

        // WHEN she keeps it in her walk THEN only she reads that it was kept, with the offer and its button
        Recorded kept = discord.presses(ALICE, "Keep in my own walk");
        assertThat(kept.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(kept.message().path("content").asText()).contains("Kept it as your answer",
                "I found 2 organizations in your answer");
        assertThat(buttonLabels(kept.message())).containsExactly("Check and add");

        // AND Check and add opens the form holding the two names
        Recorded form = discord.presses(ALICE, "Check and add");
        assertThat(form.callbackType()).isEqualTo(MODAL);
        assertThat(form.message().toString()).contains("Organizations to add", "Eastside Food Bank\\nYMCA");
    }

    @Test
    @DisplayName("ending a tip-1 session offers its facilitator, privately, Check and add with every organization the "
            + "group named; the form holds them and each then asks its sector")
    void endOffersTheGroupsNames() {
        // GIVEN alice and cora named organizations in the first question of a tip-1 session
        startedByOlivia("tip-1", "Northside circle");
        discord.presses(ALICE, "Answer");
        discord.submits(ALICE, "answer", "Eastside Food Bank and the YMCA");
        discord.presses(CORA, "Answer");
        discord.submits(CORA, "answer", "The YMCA; Lincoln High School");

        // WHEN olivia ends the session THEN only she reads the offer, with its button
        Recorded ended = discord.presses(OLIVIA, "End");
        assertThat(ended.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(ended.message().path("content").asText()).contains("The session has ended",
                "The group named 3 organizations that aren't on the coalition's outreach list yet");
        assertThat(buttonLabels(ended.message())).containsExactly("Check and add");

        // AND Check and add opens the form holding the three names, and sending it asks the first one's sector
        Recorded form = discord.presses(OLIVIA, "Check and add");
        assertThat(form.callbackType()).isEqualTo(MODAL);
        assertThat(form.message().toString()).contains("Organizations to add",
                "Eastside Food Bank\\nYMCA\\nLincoln High School");
        Recorded asked = discord.submits(OLIVIA, "names", "Eastside Food Bank\nYMCA\nLincoln High School");
        assertThat(asked.message().path("content").asText()).contains("Which sector is “Eastside Food Bank” in? "
                + "(2 more after this one)");
    }

    @Test
    @DisplayName("handing a session over to a bot account is refused kindly, and the facilitator stays who it was")
    void handOverToABotIsRefused() {
        // GIVEN olivia leads a session in its thread
        long threadId = startedByOlivia("Northside circle");

        // WHEN she hands it to the bot itself (a bot account, as Discord marks it)
        Recorded refused = discord.runsInChannel(threadId, OLIVIA, "session facilitator", "member",
                String.valueOf(World.BOT));

        // THEN she is told a bot can't lead, and what to do instead; nobody is pinged
        String text = refused.message().path("content").asText();
        assertThat(text).contains("A bot can't lead a session", "Pick a member", "Nothing was changed");
        assertThat(refused.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        // AND she still leads it: handing it to cora, a person, works
        Recorded handed = discord.runsInChannel(threadId, OLIVIA, "session facilitator", "member",
                String.valueOf(CORA.id()));
        assertThat(handed.message().path("content").asText()).contains("now facilitates \"Northside circle\"");
    }

    @Test
    @DisplayName("handing a session over to someone who left the server is refused kindly; the facilitator stays")
    void handOverToSomeoneWhoLeftIsRefused() {
        // GIVEN olivia leads a session in its thread, and alice has left the server
        long threadId = startedByOlivia("Northside circle");
        discord.leave(World.ALICE);

        // WHEN olivia hands it to alice
        Recorded refused = discord.runsInChannel(threadId, OLIVIA, "session facilitator", "member",
                String.valueOf(World.ALICE.id()));

        // THEN she is told alice isn't in the server, and whom to pick instead
        assertThat(refused.message().path("content").asText()).contains("**alice** isn't a member of this server",
                "Pick a member of the group", "Nothing was changed");
        assertThat(refused.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        // AND handing it to cora, a member, works
        assertThat(discord.runsInChannel(threadId, OLIVIA, "session facilitator", "member",
                String.valueOf(CORA.id())).message().path("content").asText())
                .contains("now facilitates \"Northside circle\"");
    }

    @Test
    @DisplayName("after the end, a member who doesn't lead the session and tries to hand it over is told it has ended, "
            + "not to keep answering")
    void handOverAfterTheEndByAMember() {
        // GIVEN olivia's session ended, with the summary in its thread
        endedWithSummary("Westside circle");
        long threadId = discord.threads().get(0);

        // WHEN alice, who doesn't lead it, hands it to herself in the thread
        Recorded refused = discord.runsInChannel(threadId, ALICE, "session facilitator", "member",
                String.valueOf(ALICE.id()));

        // THEN she alone is told it has ended, with nothing about answering or who leads it
        String text = refused.message().path("content").asText();
        assertThat(text).contains("This session has already ended").doesNotContain("Answer")
                .doesNotContain("Only the facilitator");
        assertThat(refused.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    }

    @Test
    @DisplayName("by default the bot asks Discord for no messages in server channels: a line typed in a session's "
            + "thread never reaches it")
    void typedLinesOffByDefault() {
        // GIVEN the bot as shipped (sessions.typedAnswers off) runs a session
        long threadId = startedByOlivia("Westside circle");

        // WHEN alice types a line in the thread, THEN Discord does not send it to the bot (no Guild Messages intent)
        assertThat(discord.typesIn(threadId, ALICE, "The food council")).isFalse();
    }

    /** A session in which alice's and cora's answers are in the summary posted at its end; returns the summary. */
    private Recorded endedWithSummary(String title) {
        long threadId = startedByOlivia(title);
        String posts = "channels/" + threadId + "/messages";
        discord.presses(ALICE, "Answer");
        discord.submits(ALICE, "answer", "Pastor Reyes at Grace Church chairs the food drive");
        discord.presses(CORA, "Answer");
        discord.submits(CORA, "answer", "The food council");
        int beforeEnd = discord.mark();
        discord.presses(OLIVIA, "End");
        Recorded summary = discord.awaitRequest(beforeEnd, "POST", posts);
        bot.app().scheduler().runDue();
        return summary;
    }

    /**
     * Discord archives the session's thread (locked: as a moderator can), and the bot starts again, so that JDA does
     * not hold the thread: its id.
     */
    private long archivedAndRestarted(boolean locked) throws Exception {
        long threadId = discord.threads().get(0);
        discord.archiveThread(threadId, locked);
        stopBot();
        startBot();
        return threadId;
    }

    /** The summary in the thread as members read it now. */
    private String summaryShown(long threadId) {
        return discord.shownIn(threadId).stream().map(JsonNode::toString).filter(m -> m.contains("Summary: "))
                .reduce((first, second) -> second).orElseThrow();
    }

    /** Question 1 in the thread as members read it now. */
    private String questionShown(long threadId) {
        return discord.shownIn(threadId).stream().map(JsonNode::toString).filter(m -> m.contains("Question 1 of"))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("an answer sent back unchanged from Edit after Discord archived the session's thread leaves the thread "
            + "archived and its summary as it is")
    void unchangedEditLeavesAnArchivedThread() throws Exception {
        // GIVEN the summary holds alice's answer, and Discord archived the quiet thread a day later
        endedWithSummary("Northside circle");
        clock.advance(Duration.ofDays(1));
        long threadId = archivedAndRestarted(false);
        int from = discord.mark();

        // WHEN alice opens her answer in /session answers, presses Edit and sends the form as it opened
        Recorded mine = discord.runs(ALICE, "session answers");
        JsonNode options = mine.message().path("components").get(0).path("components").get(0).path("options");
        discord.picks(ALICE, options.get(0).path("value").asText());
        assertThat(discord.presses(ALICE, "Edit").callbackType()).isEqualTo(MODAL);
        Recorded sent = discord.submits(ALICE, "answer", "Pastor Reyes at Grace Church chairs the food drive");
        bot.app().scheduler().runDue();

        // THEN she is told nothing changed, and the bot neither reopened the thread nor edited anything in it
        assertThat(sent.message().path("content").asText()).contains("Nothing changed").doesNotContain("reopening");
        assertThat(discord.requests().subList(from, discord.mark()))
                .noneMatch(r -> r.is("PATCH", "channels/" + threadId + "(/.*)?"));
        assertThat(discord.archiveChanges()).isEmpty();
        assertThat(discord.archived(threadId)).isTrue();
    }

    @Test
    @DisplayName("a forget after Discord archived the session's thread reopens it, takes her words out of the summary "
            + "and her answer out of the question's count, and archives it again")
    void forgetInAnArchivedThread() throws Exception {
        // GIVEN the summary holds alice's answer, and Discord archived the quiet thread a day later; the bot started
        // since, so JDA does not hold the thread
        endedWithSummary("Westside circle");
        clock.advance(Duration.ofDays(1));
        long threadId = archivedAndRestarted(false);
        assertThat(questionShown(threadId)).contains("2 answers · closed");

        // WHEN alice asks the bot to forget her
        int beforeForget = discord.mark();
        discord.runs(ALICE, "privacy forget");
        discord.presses(ALICE, "Delete my data");
        bot.app().scheduler().runDue();

        // THEN the bot finds the thread among the channel's archived ones, reopens it, edits the summary, and
        // archives the thread again
        discord.awaitRequest(beforeForget, "GET", "channels/" + World.GENERAL + "/threads/archived/public");
        Recorded edited = discord.awaitRequest(beforeForget, "PATCH", "channels/" + threadId + "/messages/\\d+");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(summaryShown(threadId)).doesNotContain("Pastor Reyes", "alice")
                .contains("The food council");
        // AND the question counts the one answer left, as the summary does (the thread reopened for the summary, then
        // for the count)
        assertThat(questionShown(threadId)).contains("1 answer · closed").doesNotContain("2 answers");
        assertThat(discord.archiveChanges()).containsExactly(java.util.Map.entry(threadId, false),
                java.util.Map.entry(threadId, true), java.util.Map.entry(threadId, false),
                java.util.Map.entry(threadId, true));
        assertThat(discord.archived(threadId)).isTrue();
    }

    /**
     * Olivia's session titled {@code title}, ended, in which alice answered two questions (and cora one), with its
     * summary posted twice; with {@code handedToAlice}, olivia handed it to alice first, and alice ended it. Every
     * post and count is shown by the end: the thread's id.
     */
    private long endedWithAliceTwice(String title, boolean handedToAlice) {
        long threadId = startedByOlivia(title);
        String posts = "channels/" + threadId + "/messages";
        World.Person lead = OLIVIA;
        if (handedToAlice) {
            int before = discord.mark();
            discord.runsInChannel(threadId, OLIVIA, "session facilitator", "member", String.valueOf(ALICE.id()));
            bot.app().scheduler().runDue();
            assertThat(discord.awaitRequest(before, "POST", posts).body().path("content").asText())
                    .contains("now facilitates");
            lead = ALICE;
        }
        discord.presses(ALICE, "Answer");
        discord.submits(ALICE, "answer", "Pastor Reyes at Grace Church chairs the food drive");
        discord.presses(CORA, "Answer");
        discord.submits(CORA, "answer", "The food council");
        int beforeNext = discord.mark();
        discord.presses(lead, "Next question");
        discord.awaitRequest(beforeNext, "POST", posts);
        discord.presses(ALICE, "Answer");
        discord.submits(ALICE, "answer", "Nurse Okafor at Lincoln High");
        int beforeEnd = discord.mark();
        discord.presses(lead, "End");
        discord.awaitRequest(beforeEnd, "POST", posts);
        bot.app().scheduler().runDue();
        int beforeAgain = discord.mark();
        // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
        clock.advance(java.time.Duration.ofMinutes(5));
        discord.runsInChannel(threadId, CORA, "session summary");
        discord.awaitRequest(beforeAgain, "POST", posts);
        clock.advance(Duration.ofMinutes(1));
        bot.app().scheduler().runDue();
        return threadId;
    }

    @Test
    @DisplayName("a forget that reaches several archived threads reopens each of them once for the posts naming her "
            + "(two summaries, the plan, the hand-over) and once for her answers' counts, not once for each message, "
            + "and archives each again")
    void forgetInManyArchivedThreads() throws Exception {
        // GIVEN two ended sessions with alice's answers to two questions in each and two summaries each; the first
        // was handed to alice; Discord archived both quiet threads a day later, and the bot started since
        long westside = endedWithAliceTwice("Westside circle", true);
        long eastside = endedWithAliceTwice("Eastside circle", false);
        clock.advance(Duration.ofDays(1));
        discord.archiveThread(westside, false);
        discord.archiveThread(eastside, false);
        stopBot();
        startBot();

        // WHEN alice asks the bot to forget her
        int beforeForget = discord.mark();
        discord.runs(ALICE, "privacy forget");
        discord.presses(ALICE, "Delete my data");
        bot.app().scheduler().runDue();

        // THEN every post in both threads stops showing her: both summaries, the plan and the hand-over of the first
        for (long thread : java.util.List.of(westside, eastside)) {
            // (what the whole group reads: the replies only their askers saw are left out)
            java.util.List<String> shown = discord.shownIn(thread).stream()
                    .filter(m -> (m.path("flags").asInt(0) & EPHEMERAL) == 0).map(JsonNode::toString).toList();
            assertThat(shown).filteredOn(m -> m.contains("Summary")).hasSize(2)
                    .allSatisfy(m -> assertThat(m).doesNotContain("Pastor Reyes", "Okafor", "alice")
                            .contains("The food council"));
            assertThat(shown).noneMatch(m -> m.contains("<@" + ALICE.id() + ">"));
            // AND the questions count the answers left
            assertThat(shown).anyMatch(m -> m.contains("Question 1 of") && m.contains("1 answer · closed"));
            assertThat(shown).anyMatch(m -> m.contains("Question 2 of") && m.contains("0 answers · closed"));
        }
        assertThat(discord.shownIn(westside).stream().map(JsonNode::toString))
                // the plan of the ended session says so, and offers no hand-over
                .anyMatch(m -> m.contains("This session has ended; the member who led it has since asked me to forget"
                        + " them.") && !m.contains("No one leads this session now"))
                .anyMatch(m -> m.contains("asked me to forget them, so no one leads it now"));
        // AND each thread was reopened twice (its posts together, then its counts together) and is archived again
        for (long thread : java.util.List.of(westside, eastside)) {
            assertThat(discord.archiveChanges()).filteredOn(change -> change.getKey() == thread)
                    .extracting(java.util.Map.Entry::getValue).containsExactly(false, true, false, true);
            assertThat(discord.archived(thread)).isTrue();
        }
        assertThat(discord.requests().subList(beforeForget, discord.mark()))
                .filteredOn(r -> r.is("PATCH", "channels/(" + westside + "|" + eastside + ")/messages/\\d+"))
                .hasSize(4 + 2 + 2 + 2);
    }

    @Test
    @DisplayName("a session that falls idle after Discord archived its thread posts its summary there all the same, "
            + "once, even after a restart")
    void idleSummaryInAnArchivedThread() throws Exception {
        // GIVEN alice answered in a session nobody ended; Discord archived the quiet thread, and the bot started since
        long threadId = startedByOlivia("Harbor circle");
        String posts = "channels/" + threadId + "/messages";
        discord.presses(ALICE, "Answer");
        discord.submits(ALICE, "answer", "Pastor Reyes at Grace Church chairs the food drive");
        bot.app().scheduler().runDue();
        clock.advance(Duration.ofDays(1));
        archivedAndRestarted(false);

        // WHEN two weeks pass with nothing new, and the session closes by itself
        int beforeIdle = discord.mark();
        clock.advance(Duration.ofDays(14));
        bot.app().scheduler().runDue();

        // THEN the bot finds the archived thread through its channel and posts the summary in it (Discord reopens a
        // thread for a message), and the question shows it closed
        discord.awaitRequest(beforeIdle, "GET", "channels/" + World.GENERAL + "/threads/archived/public");
        Recorded summary = discord.awaitRequest(beforeIdle, "POST", posts);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summaryShown(threadId)).contains("Summary: Harbor circle", "Pastor Reyes");
        assertThat(questionShown(threadId)).contains("1 answer · closed");
        // AND it is not posted twice on the next runs
        clock.advance(Duration.ofMinutes(31));
        bot.app().scheduler().runDue();
        assertThat(discord.shownIn(threadId).stream().filter(m -> m.toString().contains("Summary: "))).hasSize(1);
    }

    @Test
    @DisplayName("an idle session's summary for a thread a moderator archived and locked is not forced in; "
            + "/coach status says why and what to do")
    void idleSummaryInALockedThread() throws Exception {
        // GIVEN a session nobody ended, whose thread a moderator archived and locked; the bot started since
        long threadId = startedByOlivia("Bayside circle");
        archivedAndRestarted(true);

        // WHEN it closes by itself two weeks later, and the post is tried again after 1, 5 and 30 minutes
        clock.advance(Duration.ofDays(14));
        bot.app().scheduler().runDue();
        for (Duration step : java.util.List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))) {
            clock.advance(step);
            bot.app().scheduler().runDue();
        }

        // THEN the locked thread stays as it was, and coordinators read why the summary is missing
        assertThat(discord.archiveChanges()).isEmpty();
        assertThat(discord.archived(threadId)).isTrue();
        assertThat(discord.shownIn(threadId).stream().map(JsonNode::toString)).noneMatch(m -> m.contains("Summary"));
        String status = discord.runs(OLIVIA, "coach status").message().path("content").asText();
        assertThat(status).contains("a group session's post: <#" + threadId + "> is archived and locked, which "
                + "only someone with Manage Threads can reopen", "`/session summary`");
    }

    @Test
    @DisplayName("a thread a moderator archived and locked is left as it is; the failed edit tells coordinators why "
            + "and what to do")
    void forgetInALockedThread() throws Exception {
        // GIVEN the summary holds alice's answer, and a moderator archived and locked the thread
        endedWithSummary("Eastside circle");
        long threadId = archivedAndRestarted(true);

        // WHEN alice asks the bot to forget her, and the edit is tried again after 1, 5 and 30 minutes
        discord.runs(ALICE, "privacy forget");
        discord.presses(ALICE, "Delete my data");
        bot.app().scheduler().runDue();
        for (Duration step : java.util.List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))) {
            clock.advance(step);
            bot.app().scheduler().runDue();
        }

        // THEN the bot did not reopen the locked thread, and the summary is as it was
        assertThat(discord.archiveChanges()).isEmpty();
        assertThat(discord.archived(threadId)).isTrue();
        assertThat(summaryShown(threadId)).contains("Pastor Reyes");
        // AND /coach status says why it failed and what fixes it
        String status = discord.runs(OLIVIA, "coach status").message().path("content").asText();
        assertThat(status).contains("a group session's post: <#" + threadId + "> is archived and locked, which "
                + "only someone with Manage Threads can reopen. Someone with Manage Threads can unlock the session's "
                + "thread", "`/session summary`").doesNotContain("/coach setup channel:");
    }

    @Test
    @DisplayName("a title with a member picked in it names the thread with that member's name, not the raw mention "
            + "(a thread's name shows no mentions), and one who left is left out with the 'and' before them; the title "
            + "shows as typed elsewhere")
    void threadNameShowsNamesForMentions() {
        // GIVEN cora has left the server
        discord.leave(CORA);
        int from = discord.mark();

        // WHEN olivia starts a session titled with alice (and cora) picked from Discord's list
        discord.runs(OLIVIA, "session start", "plan", "ask-yourself", "title",
                "Planning with <@" + ALICE.id() + "> and <@" + CORA.id() + ">");

        // THEN the thread's name shows alice's name, and no raw mention
        Recorded thread = discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/threads");
        assertThat(thread.body().path("name").asText()).isEqualTo("Reflection: Planning with @alice");
        // AND the plan in the thread shows the title as typed (a mention there shows as the member, pinging no one)
        long threadId = discord.threads().get(discord.threads().size() - 1);
        Recorded plan = discord.awaitRequest(from, "POST", "channels/" + threadId + "/messages");
        assertThat(plan.body().path("embeds").get(0).path("title").asText())
                .isEqualTo("Group reflection: Planning with <@" + ALICE.id() + "> and <@" + CORA.id() + ">");
    }

    @Test
    @DisplayName("a member who left, picked between plain words of a title, is left out with the word that tied them "
            + "in: 'Planning with @cora today' names the thread 'Reflection: Planning today', and one in a list of "
            + "names keeps the list whole")
    void threadNameReadsNaturallyWhereverTheOneWhoLeftStood() {
        // GIVEN cora has left the server
        discord.leave(CORA);
        int from = discord.mark();

        // WHEN olivia starts a session with cora picked between plain words
        discord.runs(OLIVIA, "session start", "plan", "ask-yourself", "title", "Planning with <@" + CORA.id() + "> today");

        // THEN the thread's name reads as a sentence, with no "with" left hanging
        Recorded thread = discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/threads");
        assertThat(thread.body().path("name").asText()).isEqualTo("Reflection: Planning today");

        // WHEN she starts another with cora between alice and herself
        int next = discord.mark();
        discord.runs(OLIVIA, "session start", "plan", "tip-1", "title",
                "<@" + ALICE.id() + ">, <@" + CORA.id() + "> and <@" + OLIVIA.id() + "> today");

        // THEN the list of the names left reads "@alice and @olivia"
        Recorded second = discord.awaitRequest(next, "POST", "channels/" + World.GENERAL + "/threads");
        assertThat(second.body().path("name").asText()).isEqualTo("Reflection: @alice and @olivia today");
    }

    @Test
    @DisplayName("once its facilitator left the server, a member pressing End hears so and that a coordinator can take "
            + "it over, with no raw id; a coordinator's End closes it")
    void refusalOnceTheFacilitatorLeft() {
        // GIVEN cora starts a session, and then leaves the server
        int from = discord.mark();
        discord.runs(CORA, "session start", "plan", "ask-yourself", "title", "Westside circle");
        bot.app().scheduler().runDue();
        discord.awaitRequest(from, "POST", "channels/" + World.GENERAL + "/threads");
        long threadId = discord.threads().get(discord.threads().size() - 1);
        Recorded plan = discord.awaitRequest(from, "POST", "channels/" + threadId + "/messages");
        discord.awaitRequest(plan.index() + 1, "POST", "channels/" + threadId + "/messages");
        discord.leave(CORA);

        // WHEN alice presses End
        String refused = discord.presses(ALICE, "End").message().path("content").asText();

        // THEN she hears that its facilitator left and who can take it over, and no raw id
        assertThat(refused).contains("the facilitator has left the server", "Ask a coordinator",
                "`/session facilitator`").doesNotContain("<@" + CORA.id() + ">");
        // AND olivia, who may, closes it
        assertThat(discord.presses(OLIVIA, "End").message().path("content").asText())
                .doesNotContain("Only the facilitator");
    }
}
