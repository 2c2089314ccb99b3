package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.picksFirstAnswer;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A summary already posted in a session's thread follows the answers stored after it")
class PostedSummaryTest {

    /** Everything the thread shows now, each message as last edited: its text, cards and attached files. */
    private static String threadReads(TestBot bot, long thread) {
        return bot.messenger().shownIn(thread).stream().map(PostedSummaryTest::whole)
                .collect(Collectors.joining("\n---\n"));
    }

    private static String whole(Reply r) {
        return r.plainText() + r.files().stream().map(f -> "\n[file] " + new String(f.bytes(),
                StandardCharsets.UTF_8)).collect(Collectors.joining());
    }

    /** {@code facilitator} starts the ask-yourself session "Harbor circle", and the bot opens its thread: that one. */
    private static long startedHarborCircle(TestBot bot, Member facilitator) {
        facilitator.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");
        bot.app().scheduler().runDue();
        return thread(bot);
    }

    /** The member runs {@code /session summary} in the thread, and the outbox runs: the reply to it. */
    private static Reply asksForSummary(TestBot bot, long thread, Member member) {
        Reply reply = member.runsInThread(thread, "session summary");
        bot.app().scheduler().runDue();
        return reply;
    }

    /** {@code facilitator} presses End on {@code question}, and the outbox runs. */
    private static void ends(TestBot bot, long thread, Member facilitator, Reply question) {
        facilitator.readsInThread(thread, question);
        facilitator.presses("End");
        bot.app().scheduler().runDue();
    }

    /** Ana's ended session in which Ben and Cy answered question 1; its summary is in the thread. */
    private static long endedSession(TestBot bot, Member ana, Member ben, Member cy, String benSays) {
        long thread = startedHarborCircle(bot, ana);
        Reply q1 = latestQuestion(bot, thread);
        ben.answersInThread(thread, q1, benSays);
        cy.answersInThread(thread, q1, "The clinic's outreach nurse");
        ends(bot, thread, ana, q1);
        assertThat(threadReads(bot, thread)).contains("Summary: Harbor circle", "The clinic's outreach nurse");
        return thread;
    }

    @Test
    @DisplayName("a member who asks to be forgotten weeks later leaves no word in any summary of the thread, even the "
            + "attached file, after a restart")
    void forgetTakesTheirWordsOutOfPostedSummaries() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben's long answer (folded into the summary's file), and the summary posted again at Cy's request
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            String long_ = "Pastor Reyes at Grace Church, who chairs the food drive. " + "x".repeat(400);
            long thread = endedSession(bot, ana, ben, cy, long_);
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            asksForSummary(bot, thread, cy);
            assertThat(threadReads(bot, thread)).contains("Pastor Reyes", "Summary (again): Harbor circle");

            // WHEN, six weeks and a restart later (the outbox has pruned the summary's sends), Ben asks to be forgotten
            bot.advance(Duration.ofDays(42));
            bot.restart();
            ben.runs("privacy forget");
            assertThat(ben.presses("Delete my data").text()).contains("Done");
            bot.app().scheduler().runDue();

            // THEN neither summary, nor any file in the thread, shows his words or his name; Cy's answer stays
            String shown = threadReads(bot, thread);
            assertThat(shown).doesNotContain("Pastor Reyes", "**ben**").contains("The clinic's outreach nurse",
                    "Summary: Harbor circle", "Summary (again): Harbor circle", "1 answer from 1 member");
            assertThat(bot.messenger().shownIn(thread).stream().filter(r -> !r.files().isEmpty())).isEmpty();

            // AND the edits are not sent again on the next runs
            int edits = bot.messenger().edits().size();
            bot.advance(Duration.ofMinutes(5));
            assertThat(bot.messenger().edits()).hasSize(edits);
        }
    }

    @Test
    @DisplayName("a member forgotten after Discord archived the thread leaves the question's count as stored: it is "
            + "edited through the archived thread, as the summary is")
    void forgetInAnArchivedThreadUpdatesTheCount() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben and Cy answered question 1, which shows "2 answers", and Discord archived the quiet thread
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = endedSession(bot, ana, ben, cy, "The harbor master");
            assertThat(threadReads(bot, thread)).contains("2 answers · closed");
            bot.advance(Duration.ofDays(2));
            bot.messenger().threadReaches(thread, org.partnercoach.chat.Messenger.ThreadReach.ARCHIVED_OR_GONE);

            // WHEN Ben asks to be forgotten
            ben.runs("privacy forget");
            ben.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN the question shows the one answer left, as the summary does
            String shown = threadReads(bot, thread);
            assertThat(shown).contains("1 answer · closed", "1 answer from 1 member").doesNotContain("2 answers",
                    "The harbor master");
        }
    }

    @Test
    @DisplayName("an answer sent back unchanged from Edit is said to be unchanged, and the summary in the thread is "
            + "left as it is")
    void unchangedEditLeavesTheSummary() {
        try (TestBot bot = TestBot.inMemory()) {
            // WHEN Ben opens Edit in /session answers and sends the form as it opened
            Reply reply = editAfterTheEnd(bot, "The harbor master");

            // THEN he is told nothing changed, and his answer stays
            assertThat(reply.text()).contains("Nothing changed").doesNotContain("Updated", "updating");
            assertThat(reply.cards().get(0).description()).endsWith("The harbor master");
        }
    }

    @Test
    @DisplayName("an answer sent from Edit with only spaces says the answer they had is kept, shows it, and leaves the "
            + "summary in the thread as it is")
    void blankEditKeepsTheAnswer() {
        try (TestBot bot = TestBot.inMemory()) {
            // WHEN Ben opens Edit in /session answers and sends it with only spaces and a line break
            Reply reply = editAfterTheEnd(bot, "   \n  ");

            // THEN he reads that the answer he had is kept, and sees it with its buttons
            assertThat(reply.text()).contains("Your answer was empty, so I kept the one you had", "**Edit**",
                    "**Delete**").doesNotContain("nothing was saved");
            assertThat(reply.cards().get(0).description()).endsWith("The harbor master");
            assertThat(reply.rows()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("an answer sent from Edit as an emoji alone or punctuation is refused as a walk's forms refuse it: the "
            + "answer he had stays, and the summary in the thread is left as it is")
    void editWithoutWordsKeepsTheAnswer() {
        for (String sent : java.util.List.of("👍", "...", "🙏🏽 !!")) {
            try (TestBot bot = TestBot.inMemory()) {
                // WHEN Ben opens Edit in /session answers and sends no letter or digit
                Reply reply = editAfterTheEnd(bot, sent);

                // THEN he reads that the answer he had is kept, and sees it with its buttons
                assertThat(reply.text()).as(sent).startsWith("Your answer had no words in it (only emoji, symbols or "
                        + "punctuation), so I kept the one you had.").contains("**Edit**", "**Delete**")
                        .doesNotContain("Updated");
                assertThat(reply.cards().get(0).description()).endsWith("The harbor master");
            }
        }
    }

    /**
     * Ben's answer ("The harbor master") is in the summary posted at the end; he sends {@code sent} from Edit in
     * /session answers. Returns his reply, once checked that the bot touched nothing in the thread.
     */
    private static Reply editAfterTheEnd(TestBot bot, String sent) {
        Member ana = bot.member("ana");
        Member ben = bot.member("ben");
        Member cy = bot.member("cy");
        long thread = endedSession(bot, ana, ben, cy, "The harbor master");
        int edits = bot.messenger().editTries();
        picksFirstAnswer(ben);
        ben.presses("Edit");
        Reply reply = ben.submits("answer", sent);
        bot.app().scheduler().runDue();
        assertThat(bot.messenger().editTries()).isEqualTo(edits);
        assertThat(threadReads(bot, thread)).contains("The harbor master");
        return reply;
    }

    @Test
    @DisplayName("an answer deleted or edited in /session answers after the end is taken out of, or changed in, the "
            + "posted summary, and the member is told so")
    void deletedAndEditedAnswersFollowInTheSummary() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = endedSession(bot, ana, ben, cy, "The harbor master");

            // WHEN Cy edits his answer in /session answers
            picksFirstAnswer(cy);
            cy.presses("Edit");
            assertThat(cy.submits("answer", "The clinic's director").text())
                    .contains("Updated your answer", "updating the summary posted in the thread");
            bot.app().scheduler().runDue();

            // THEN the summary shows his new words, not the old ones
            assertThat(threadReads(bot, thread)).contains("The clinic's director")
                    .doesNotContain("The clinic's outreach nurse");

            // WHEN Ben deletes his answer
            picksFirstAnswer(ben);
            assertThat(ben.presses("Delete").text()).contains("Deleted that answer",
                    "taking it out of the summary posted in the thread").doesNotContain("moderator");
            bot.app().scheduler().runDue();

            // THEN the summary no longer shows it
            assertThat(threadReads(bot, thread)).doesNotContain("The harbor master").contains("The clinic's director");
        }
    }

    @Test
    @DisplayName("three changes to an answer before the bot's next send bring the posted summary up to date with one "
            + "edit, which shows the last words")
    void quickChangesAreOneEditOfTheSummary() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN an ended session whose summary is in the thread
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = endedSession(bot, ana, ben, cy, "The harbor master");
            int editsBefore = summaryEdits(bot).size();

            // WHEN Cy changes his answer three times in a row, before the bot sends anything
            for (String words : java.util.List.of("The clinic's director", "The clinic's director, Dr. Okafor",
                    "Dr. Okafor, who runs the clinic")) {
                picksFirstAnswer(cy);
                cy.presses("Edit");
                assertThat(cy.submits("answer", words).text())
                        .contains("Updated your answer", "updating the summary posted in the thread");
            }
            bot.app().scheduler().runDue();

            // THEN the summary was edited once, and shows his last words
            assertThat(summaryEdits(bot)).hasSize(editsBefore + 1);
            assertThat(summaryEdits(bot).get(editsBefore).reply().plainText())
                    .contains("Dr. Okafor, who runs the clinic").doesNotContain("outreach nurse", "director");
            assertThat(threadReads(bot, thread)).contains("Dr. Okafor, who runs the clinic", "The harbor master");

            // AND no other edit follows on the next runs
            bot.advance(Duration.ofMinutes(5));
            assertThat(summaryEdits(bot)).hasSize(editsBefore + 1);
        }
    }

    @Test
    @DisplayName("/session summary asked for again right after a summary went to the thread, with nothing changed, "
            + "points to it instead of posting the same again; a changed answer, or five minutes, brings a new copy")
    void summaryJustPostedIsPointedTo() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN the summary was posted in the thread as Ana ended the session
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = endedSession(bot, ana, ben, cy, "The harbor master");
            int shown = SessionTestSupport.posts(bot, thread).size();

            // WHEN Cy, then Ben, run /session summary a minute later
            bot.advance(Duration.ofMinutes(1));
            String toCy = cy.runsInThread(thread, "session summary").text();
            String toBen = ben.runsInThread(thread, "session summary").text();
            bot.app().scheduler().runDue();

            // THEN each is pointed to the summary just posted, told when a new copy comes, and the thread gets none
            for (String told : java.util.List.of(toCy, toBen)) {
                assertThat(told).contains("The summary of \"Harbor circle\" was posted in this thread",
                        "nothing has changed since", "scroll up", "once an answer changes").doesNotContain("Posting");
                // the session has ended: no question will be asked in it any more
                assertThat(told).doesNotContain("question is asked");
            }
            assertThat(SessionTestSupport.posts(bot, thread)).hasSize(shown);

            // WHEN Ben changes his answer, the summary posted is edited to match, and Cy asks for it again
            picksFirstAnswer(ben);
            ben.presses("Edit");
            assertThat(ben.submits("answer", "The harbor master's deputy").text()).contains("Updated your answer");
            // THEN a new copy is posted, once, however many ask for it before it goes out
            assertThat(cy.runsInThread(thread, "session summary").text()).contains("Posting the summary");
            assertThat(ana.runsInThread(thread, "session summary").text()).contains("on its way to this thread "
                    + "already", "shows up in a moment").doesNotContain("Posting");
            bot.app().scheduler().runDue();
            assertThat(SessionTestSupport.posts(bot, thread)).hasSize(shown + 1);
            assertThat(threadReads(bot, thread)).contains("Summary (again): Harbor circle", "deputy");

            // AND five minutes on, nothing having changed, /session summary posts a copy again
            bot.advance(Duration.ofMinutes(5));
            assertThat(asksForSummary(bot, thread, cy).text()).contains("Posting the summary");
            assertThat(SessionTestSupport.posts(bot, thread)).hasSize(shown + 2);
        }
    }

    @Test
    @DisplayName("/session summary run again and again keeps only the newest three summaries up to date: an answer "
            + "changed later edits three messages, and the older copies point to the newest, without anyone's words")
    void repeatedSummariesAreBounded() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN an ended session whose summary was posted again six times at Cy's request
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = endedSession(bot, ana, ben, cy, "The harbor master");
            String reply = "";
            for (int i = 0; i < 6; i++) {
                // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
                bot.advance(java.time.Duration.ofMinutes(5));
                reply = asksForSummary(bot, thread, cy).text();
            }
            assertThat(reply).contains("Posting the summary", "newest 3");
            int editsBefore = bot.messenger().edits().size();

            // WHEN Ben deletes his answer
            picksFirstAnswer(ben);
            assertThat(ben.presses("Delete").text()).contains("taking it out of the summaries posted");
            bot.app().scheduler().runDue();
            bot.advance(Duration.ofMinutes(5));

            // THEN three summary messages were edited, not seven
            java.util.List<org.partnercoach.support.RecordingMessenger.Edited> edits =
                    bot.messenger().edits().subList(editsBefore, bot.messenger().edits().size());
            assertThat(edits.stream().filter(e -> e.reply().plainText().contains("outreach nurse")).map(
                    org.partnercoach.support.RecordingMessenger.Edited::messageId).distinct()).hasSize(3);
            // AND no message of the thread shows his words any more: the older copies say where the newest is
            String shown = threadReads(bot, thread);
            assertThat(shown).doesNotContain("The harbor master").contains("The clinic's outreach nurse",
                    "older copy of the summary");
        }
    }

    @Test
    @DisplayName("a summary asked for while the session ran, brought up to date after the end, says it was updated, "
            + "not that it was posted again after the end")
    void soFarCopyEditedAfterTheEndSaysUpdated() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Cy asked for the summary after question 1, and the session went on to question 2 and ended
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = startedHarborCircle(bot, ana);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The harbor master");
            asksForSummary(bot, thread, cy);
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            Reply q2 = latestQuestion(bot, thread);
            cy.answersInThread(thread, q2, "Trust with the fishing families");
            ends(bot, thread, ana, q2);
            assertThat(threadReads(bot, thread)).contains("Summary so far: Harbor circle", "Summary: Harbor circle");

            // WHEN Ben edits his answer in /session answers
            editsFirstAnswer(bot, ben, "The harbor master, Ms. Ito");

            // THEN the copy from the middle of the session shows the new words under "Summary (updated)", and the
            // summary of the end keeps its heading; no summary claims to be posted again
            String shown = threadReads(bot, thread);
            assertThat(shown).contains("Summary (updated): Harbor circle", "Summary: Harbor circle",
                    "The harbor master, Ms. Ito").doesNotContain("Summary (again)", "Summary so far");
        }
    }

    @Test
    @DisplayName("an answer written over from Answer while the session runs edits the summary so far to show the new "
            + "words, and its author is told so; the summary of the end shows them too")
    void answerWrittenOverWhileTheSessionRunsFollowsInTheSummary() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben answered question 1 and Cy asked for the summary so far, which shows his words
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = startedHarborCircle(bot, ana);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "Library first");
            asksForSummary(bot, thread, cy);
            assertThat(threadReads(bot, thread)).contains("Summary so far: Harbor circle", "**ben**: Library first");
            long soFar = keptSummaries(bot).get(0).messageId();

            // WHEN Ben presses Answer again and writes over his answer
            Reply saved = ben.answersInThread(thread, q1, "Food bank instead");

            // THEN he reads that it replaced his earlier one and that the summary in the thread follows it
            assertThat(saved.text()).contains("it replaces your earlier one",
                    "I'm updating the summary posted in the thread to match.", "Press **Answer** again");
            bot.app().scheduler().runDue();

            // AND the summary so far, the message kept for the session, shows his new words and not the old ones
            assertThat(storedAnswers(bot)).containsExactly("ben: Food bank instead");
            assertThat(keptSummaries(bot)).containsExactly(new SessionStore.SummaryPost(
                    SessionPosts.SUMMARY_SO_FAR, soFar));
            assertThat(bot.messenger().edits().stream().filter(e -> e.messageId() == soFar)).singleElement()
                    .satisfies(e -> assertThat(e.reply().plainText()).contains("Summary so far: Harbor circle",
                            "**ben**: Food bank instead").doesNotContain("Library first"));
            assertThat(threadReads(bot, thread)).doesNotContain("Library first");

            // AND once Ana ends the session, no summary in the thread shows the words he replaced
            ends(bot, thread, ana, latestQuestion(bot, thread));
            assertThat(threadReads(bot, thread)).contains("Summary so far: Harbor circle", "Summary: Harbor circle",
                    "**ben**: Food bank instead").doesNotContain("Library first");
        }
    }

    @Test
    @DisplayName("an answer written over from Answer while the session runs edits only the newest three summaries, as "
            + "the reply to the fourth /session summary says; the older copy shows nobody's words")
    void answerWrittenOverEditsTheNewestThreeSummaries() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben answered question 1, and Cy asked for the summary so far four times, five minutes apart
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = startedHarborCircle(bot, ana);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "Library first");
            String reply = "";
            for (int i = 0; i < 4; i++) {
                reply = asksForSummary(bot, thread, cy).text();
                bot.advance(Duration.ofMinutes(5));
            }
            assertThat(reply).contains("The newest 3 summaries in the thread follow changed answers");
            java.util.List<Long> newest = keptSummaries(bot).stream().map(SessionStore.SummaryPost::messageId)
                    .toList();
            assertThat(newest).hasSize(3);
            int editsBefore = bot.messenger().edits().size();

            // WHEN Ben writes over his answer from Answer
            assertThat(ben.answersInThread(thread, q1, "Food bank instead").text())
                    .contains("I'm updating the summaries posted in the thread to match.");
            bot.app().scheduler().runDue();

            // THEN each of the newest three summaries was edited once, to show his new words
            java.util.List<org.partnercoach.support.RecordingMessenger.Edited> edits =
                    bot.messenger().edits().subList(editsBefore, bot.messenger().edits().size());
            assertThat(edits.stream().filter(e -> e.reply().plainText().contains("Food bank instead"))
                    .map(org.partnercoach.support.RecordingMessenger.Edited::messageId))
                    .containsExactlyInAnyOrderElementsOf(newest);
            // AND no message of the thread shows his earlier words: the oldest copy points to the newest
            assertThat(threadReads(bot, thread)).doesNotContain("Library first").contains("older copy of the summary");
        }
    }

    @Test
    @DisplayName("a line typed in the thread adds to the member's answer and edits no summary (the next one has it); "
            + "written over from Answer, the answer edits the summary so far")
    void typedLineAddsAndAnswerWrittenOverEdits() {
        try (TestBot bot = TestBot.inMemory(TestBot::typedAnswers)) {
            // GIVEN Ben typed his answer to question 1, and Cy asked for the summary so far
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = startedHarborCircle(bot, ana);
            ben.typesInThread(thread, "Library first");
            asksForSummary(bot, thread, cy);
            long soFar = keptSummaries(bot).get(0).messageId();

            // WHEN he types another line
            ben.typesInThread(thread, "and the clinic");
            bot.app().scheduler().runDue();

            // THEN it is added to his answer, and the summary so far stays as posted: it replaced nothing
            assertThat(storedAnswers(bot)).containsExactly("ben: Library first\nand the clinic");
            assertThat(bot.messenger().edits().stream().filter(e -> e.messageId() == soFar)).isEmpty();

            // WHEN he presses Answer and writes over it
            assertThat(ben.answersInThread(thread, latestQuestion(bot, thread), "Food bank instead").text())
                    .contains("it replaces your earlier one", "updating the summary posted in the thread");
            bot.app().scheduler().runDue();

            // THEN the summary so far shows his new words only
            assertThat(storedAnswers(bot)).containsExactly("ben: Food bank instead");
            assertThat(threadReads(bot, thread)).contains("Summary so far: Harbor circle", "**ben**: Food bank instead")
                    .doesNotContain("Library first", "and the clinic");
        }
    }

    /** The summaries the session's row keeps up to date (its {@code summary_message_ids}), oldest first. */
    private static java.util.List<SessionStore.SummaryPost> keptSummaries(TestBot bot) {
        return SessionStore.SummaryPost.parse(bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT summary_message_ids FROM group_sessions", rs -> rs.getString(1))).orElseThrow());
    }

    /** Every session answer stored, as "author: text". */
    private static java.util.List<String> storedAnswers(TestBot bot) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.list(c,
                "SELECT display_name, text FROM group_session_answers ORDER BY id",
                rs -> rs.getString(1) + ": " + rs.getString(2)));
    }

    @Test
    @DisplayName("when the summary of the end never reached the thread (a moderator had locked it), a summary asked "
            + "for while the session ran and brought up to date later says it was updated, not posted again")
    void soFarCopyEditedAfterAnEndThatNeverWentOutSaysUpdated() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Cy asked for the summary after question 1 (brought up to date "so far" when Ben changed his answer
            // then); a moderator locked the thread before Ana pressed End, so the summary of the end could not be
            // posted (the bot gave it up after its tries); the thread was unlocked later
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = startedHarborCircle(bot, ana);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "The harbor master");
            asksForSummary(bot, thread, cy);
            assertThat(threadReads(bot, thread)).contains("Summary so far: Harbor circle");
            editsFirstAnswer(bot, ben, "The harbor master, Mr. Ito");
            assertThat(threadReads(bot, thread)).contains("Summary so far: Harbor circle", "Mr. Ito")
                    .doesNotContain("Summary (updated)");
            endsWhileLocked(bot, thread, ana, q1);
            assertThat(threadReads(bot, thread)).doesNotContain("Summary: Harbor circle");

            // WHEN Ben edits his answer in /session answers
            editsFirstAnswer(bot, ben, "The harbor master, Ms. Ito");

            // THEN the copy from the middle of the session shows the whole session under "Summary (updated)"
            String shown = threadReads(bot, thread);
            assertThat(shown).contains("Summary (updated): Harbor circle", "The harbor master, Ms. Ito")
                    .doesNotContain("Summary (again)", "Summary so far");
        }
    }

    @Test
    @DisplayName("when the summary of the end never reached the thread, the summary asked for after the end is the "
            + "first the thread shows: it is headed as the summary, not as posted again, also once brought up to "
            + "date; one asked for after it says it is posted again")
    void firstSummaryAfterAnEndThatNeverWentOutIsTheSummary() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a moderator locked the thread before Ana pressed End, so the summary of the end was not posted
            // (the bot gave it up after its tries), and unlocked it later
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = startedHarborCircle(bot, ana);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "The harbor master");
            endsWhileLocked(bot, thread, ana, q1);

            // WHEN Cy asks for the summary in the thread
            asksForSummary(bot, thread, cy);

            // THEN it is headed as the summary of the session
            assertThat(threadReads(bot, thread)).contains("Summary: Harbor circle", "The harbor master")
                    .doesNotContain("Summary (again)");

            // AND brought up to date after Ben edits his answer, it keeps that heading
            editsFirstAnswer(bot, ben, "The harbor master, Ms. Ito");
            assertThat(threadReads(bot, thread)).contains("Summary: Harbor circle", "The harbor master, Ms. Ito")
                    .doesNotContain("Summary (again)", "Summary (updated)");

            // AND one more asked for after it says it is posted again
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            asksForSummary(bot, thread, cy);
            assertThat(threadReads(bot, thread)).contains("Summary: Harbor circle", "Summary (again): Harbor circle");
        }
    }

    /**
     * A moderator locks the thread before {@code facilitator} presses End on {@code question}: the summary of the end
     * cannot be posted, and the bot gives it up after its tries; the thread is unlocked two hours later.
     */
    private static void endsWhileLocked(TestBot bot, long thread, Member facilitator, Reply question) {
        bot.messenger().threadReaches(thread, org.partnercoach.chat.Messenger.ThreadReach.UNREACHABLE);
        ends(bot, thread, facilitator, question);
        bot.advance(Duration.ofHours(2));
        bot.messenger().threadReaches(thread, null);
    }

    /** The member changes their first answer in {@code /session answers}, and the outbox runs. */
    private static void editsFirstAnswer(TestBot bot, Member member, String answer) {
        picksFirstAnswer(member);
        member.presses("Edit");
        member.submits("answer", answer);
        bot.app().scheduler().runDue();
    }

    /** The edits of a summary message the bot made so far (question counts left out). */
    private static java.util.List<org.partnercoach.support.RecordingMessenger.Edited> summaryEdits(TestBot bot) {
        return bot.messenger().edits().stream().filter(e -> e.reply().plainText().contains("Summary: "))
                .toList();
    }

    @Test
    @DisplayName("when the thread is out of the bot's reach (archived), deleting an answer says the posted summary may "
            + "still show it and who can remove it")
    void unreachableThreadIsSaidPlainly() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = endedSession(bot, ana, ben, cy, "The harbor master");
            bot.messenger().cannotPostIn(thread, ChannelTrouble.gone());

            picksFirstAnswer(ben);
            assertThat(ben.presses("Delete").text()).contains("Deleted that answer", "can't reach the session's "
                    + "thread", "may still show it", "a moderator").doesNotContain("taking it out");
        }
    }
}
