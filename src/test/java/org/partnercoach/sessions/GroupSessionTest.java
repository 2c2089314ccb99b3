package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.finishes;
import static org.partnercoach.sessions.SessionTestSupport.lastPost;
import static org.partnercoach.sessions.SessionTestSupport.latestEditText;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.picksFirstAnswer;
import static org.partnercoach.sessions.SessionTestSupport.posts;
import static org.partnercoach.sessions.SessionTestSupport.startedTip1;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.support.Counted;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("Guided group reflection sessions in threads")
class GroupSessionTest {

    @Test
    @DisplayName("three members walk through Ask Yourself together; the summary groups their answers by question")
    void fullAskYourselfSession() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");

            Reply started = ana.runs("session start", "plan", "ask-yourself", "title", "Board retreat");
            assertThat(started.ephemeral()).isTrue();
            assertThat(started.text()).contains("Your session **Board retreat** is starting");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).extracting(Reply::plainText).singleElement()
                    .asString().contains("A group reflection is starting: **Board retreat**");

            long thread = thread(bot);
            assertThat(bot.messenger().threads().get(thread)).isEqualTo("Reflection: Board retreat");
            assertThat(posts(bot, thread).get(0).plainText()).contains("Group reflection: Board retreat")
                    .contains("4 questions").contains("Press **Answer**");
            for (int q = 1; q <= 4; q++) {
                Reply question = latestQuestion(bot, thread);
                assertThat(question.plainText()).startsWith("Question " + q + " of 4").contains("0 answers");
                assertThat(question.buttons()).extracting(Button::label)
                        .containsExactly("Answer", q < 4 ? "Next question" : "Finish", "End");
                assertThat(question.buttons().get(0).id().encode()).matches("session:answer:\\d+:" + (q - 1));
                for (Member m : List.of(ben, cy, ana)) {
                    m.readsInThread(thread, question);
                    assertThat(m.presses("Answer").form().title()).isEqualTo("Question " + q);
                    assertThat(m.submits("answer", m.name() + " on question " + q).text())
                            .contains("your answer to question " + q + " is saved");
                }
                bot.app().scheduler().runDue();
                assertThat(latestEditText(bot)).startsWith("Question " + q).contains("3 answers");
                ana.readsInThread(thread, question);
                assertThat(ana.presses(q < 4 ? "Next question" : "Finish").text())
                        .contains(q < 4 ? "Moving on: question " + (q + 1) : "The session has ended");
                bot.app().scheduler().runDue();
            }

            Reply summary = lastPost(bot, thread);
            assertThat(summary.plainText()).contains("Summary: Board retreat")
                    .contains("4 questions, 12 answers from 3 members")
                    .contains("1. What do you need to know").contains("**ben**: ben on question 1")
                    .contains("**cy**: cy on question 4");
            assertThat(summary.files()).isEmpty();
            assertThat(summary.cards().get(0).footer()).contains("/coach answers", "keep one in their own walk");
            assertThat(latestEditText(bot)).contains("closed");
            assertThat(bot.messenger().edits().get(bot.messenger().edits().size() - 1).reply().buttons()).isEmpty();

            Reply bensAnswers = ben.runs("coach answers");
            assertThat(bensAnswers.plainText()).contains("Your group session answers").contains("Board retreat")
                    .contains("ben on question 3").doesNotContain("cy on question");
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
        }
    }

    @Test
    @DisplayName("a session ended before the last question says in its summary how many of the plan's questions were "
            + "asked, with answers or without")
    void endedEarlySummarySaysOfHowMany() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's Ask Yourself session of 4 questions, in which Ben answered questions 1 and 2
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "ask-yourself", "title", "Board retreat");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The food bank");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            ben.answersInThread(thread, latestQuestion(bot, thread), "Their board chair");

            // WHEN she ends it at question 2
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();

            // THEN the summary says 2 of the 4 questions were asked
            assertThat(lastPost(bot, thread).plainText()).contains("Summary: Board retreat",
                    "2 of 4 questions, 2 answers from 1 member");

            // AND a session ended at its first question with no answers says 1 of 4 was asked
            ana.runs("session start", "plan", "ask-yourself", "title", "Quiet evening");
            bot.app().scheduler().runDue();
            long quiet = thread(bot);
            ana.readsInThread(quiet, latestQuestion(bot, quiet));
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, quiet).plainText()).contains("Nobody answered in this session (1 of 4 questions "
                    + "was asked). To reflect together again, run `/session start plan:ask-yourself` in a text channel "
                    + "(or another plan).");
        }
    }

    @Test
    @DisplayName("the reply to /session start is the facilitator's alone (Discord shows who ran a public one above it); "
            + "the channel hears of the session in the bot's own post, with its thread, or nothing when it can't post")
    void startIsAnnouncedByTheBot() {
        try (TestBot bot = TestBot.inMemory()) {
            Member olivia = bot.member("olivia");

            // WHEN Olivia starts a session
            Reply started = olivia.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");

            // THEN only she reads the reply, which says what happens and what she does next
            assertThat(started.ephemeral()).isTrue();
            assertThat(started.text()).contains("Your session **Harbor circle** is starting", "**Next question**",
                    "I'm telling the channel too");
            // AND once the bot has opened the thread, the channel reads one post of its own that points to it
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).extracting(Reply::plainText).singleElement()
                    .asString().contains("A group reflection is starting: **Harbor circle**",
                            "Join its thread, <#" + thread + ">");

            // WHEN she starts another where the bot may open threads but not post in the channel itself
            Reply quiet = olivia.runsLacking(Set.of(Capability.SEND_MESSAGES), "session start", "plan", "tip-1");
            bot.app().scheduler().runDue();

            // THEN the session runs, the channel gets no post that would fail, and she is told to share the thread
            assertThat(quiet.ephemeral()).isTrue();
            assertThat(quiet.text()).contains("I can't post in this channel", "**Send Messages**");
            assertThat(bot.messenger().threads()).hasSize(2);
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).hasSize(1);
        }
    }

    @Test
    @DisplayName("a member keeps a session answer as their own walk's answer with one button, and edits or deletes it")
    void keepEditDelete() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-2");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(posts(bot, thread).get(0).plainText()).contains("Tip 2");
            Reply saved = ben.answersInThread(thread, latestQuestion(bot, thread),
                    "The food bank's board, through Dee");

            // (a tip-2 answer offers nothing for the outreach list, and its reply says nothing of it)
            assertThat(saved.text()).doesNotContain("outreach list");
            Reply kept = ben.presses("Keep in my own walk");
            assertThat(kept.text()).contains("Kept it as your answer");
            assertThat(ben.runs("coach answers").plainText()).contains("Your answers")
                    .contains("The food bank's board, through Dee").contains("Your group session answers");
            assertThat(saved.buttons()).hasSize(1);

            Reply mine = ben.runs("session answers");
            assertThat(mine.plainText()).contains("The food bank's board");
            ben.picks(mine.rows().isEmpty() ? "" : ((org.partnercoach.chat.Row.Select) mine.rows().get(0)).menu()
                    .options().get(0).value());
            ben.presses("Edit");
            assertThat(ben.submits("answer", "The board, through Dee and Sam").plainText())
                    .contains("Updated your answer").contains("through Dee and Sam");
            // his last answer deleted, he reads that none are left (not that he never answered) and how to add one
            assertThat(ben.presses("Delete").text()).contains("Deleted that answer", "That was your last one, so you "
                    + "have no group session answers left", "press **Answer** under its question");
            assertThat(ben.runs("session answers").text()).contains("You have no group session answers",
                    "press **Answer**").doesNotContain("haven't answered");
        }
    }

    @Test
    @DisplayName("a group answer naming organizations, kept in the member's walk, offers Check and add as the walk's "
            + "own answer does; the form holds the names, and they are added to the outreach list")
    void keptAnswerOffersCheckAndAdd() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a tip-1 session, whose first question asks whom to partner with, and one partner on the list
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
            long thread = startedTip1(bot, ana);
            Reply saved = ben.answersInThread(thread, latestQuestion(bot, thread),
                    "Eastside Food Bank, Lincoln High School and the YMCA");
            assertThat(saved.buttons()).extracting(Button::label).containsExactly("Keep in my own walk");
            // AND the reply says what keeping it offers
            assertThat(saved.text()).endsWith("**Keep in my own walk** keeps it in your own walk too, and offers the "
                    + "organizations it names for the coalition's outreach list.");

            // WHEN ben keeps it in his walk THEN he is offered the two that are not on the list yet
            Reply kept = ben.presses("Keep in my own walk");
            assertThat(kept.text()).contains("Kept it as your answer", "I found 2 organizations in your answer that "
                    + "aren't on the coalition's outreach list yet", "Press **Check and add**");
            assertThat(kept.buttons()).extracting(Button::label).containsExactly("Check and add");

            // AND the form holds them, and what he sends is added
            Reply form = ben.presses("Check and add");
            assertThat(form.form().inputs().get(0).value()).isEqualTo("Eastside Food Bank\nYMCA");
            assertThat(ben.submits("names", "Eastside Food Bank\nYMCA").plainText())
                    .contains("Which sector is “Eastside Food Bank” in? (1 more after this one)");
            ben.picks("food");
            assertThat(ben.picks("youth").plainText()).contains("Added “YMCA”");
            assertThat(ben.runs("partner list").plainText()).contains("Eastside Food Bank", "YMCA",
                    "Lincoln High School");
        }
    }

    @Test
    @DisplayName("a pick from /session answers that names no answer of theirs (negative, malformed) gets the out-of-date "
            + "menu reply the other menus give, not \"can't find that answer\"")
    void stalePickFromOwnAnswers() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The food bank's board, through Dee");

            for (String picked : List.of("-5", "0", "12abc", "")) {
                ben.runs("session answers");
                assertThat(ben.picks(picked).text()).as("picked %s", picked)
                        .startsWith("That menu belongs to an older message that I can no longer follow");
            }
            // a real pick still opens the answer
            assertThat(picksFirstAnswer(ben).plainText()).contains("through Dee");
        }
    }

    @Test
    @DisplayName("/session answers pages a member's answers, newest session first, so each one can be picked")
    void ownAnswersInPages() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben answered 5 questions in each of 6 sessions: 30 answers, more than one menu holds
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            for (int s = 1; s <= 6; s++) {
                ana.runs("session start", "plan", "tip-1", "title", "Circle " + s);
                bot.app().scheduler().runDue();
                long thread = thread(bot);
                for (int q = 1; q <= 5; q++) {
                    Reply question = latestQuestion(bot, thread);
                    ben.answersInThread(thread, question, "Circle " + s + " answer " + q);
                    ana.readsInThread(thread, question);
                    ana.presses(q < 5 ? "Next question" : "Finish");
                    bot.app().scheduler().runDue();
                }
            }

            // THEN the first page starts with the newest session and offers 20 of 30 in its menu
            Reply first = ben.runs("session answers");
            assertThat(first.cards().get(0).footer()).contains("Answers 1–20 of 30, newest first");
            assertThat(first.plainText()).contains("Circle 6", "Circle 3").doesNotContain("Circle 2 answer");
            assertThat(((Row.Select) first.rows().get(0)).menu().options()).hasSize(20);
            assertThat(first.buttons()).extracting(Button::label).containsExactly("Older answers");

            // AND Older answers brings the oldest ones, each one that can be picked
            Reply older = ben.presses("Older answers");
            assertThat(older.update()).isTrue();
            assertThat(older.cards().get(0).footer()).contains("Answers 21–30 of 30");
            assertThat(((Row.Select) older.rows().get(0)).menu().options())
                    .extracting(o -> o.description()).contains("Circle 1 answer 1", "Circle 2 answer 5");
            assertThat(older.buttons()).extracting(Button::label).containsExactly("Newer answers");
        }
    }

    @Test
    @DisplayName("/session answers told two sessions of one title apart by nothing: each choice now says the day it "
            + "started in the member's zone, and the time too when both started that day")
    void sessionsOfOneTitleToldApart() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a weekly "Tuesday circle", Ben living in Auckland (2 March 15:00 UTC is 3 March there)
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ben.runs("settings timezone", "zone", "Pacific/Auckland");
            for (Duration wait : List.of(Duration.ZERO, Duration.ofDays(7), Duration.ofHours(2))) {
                bot.advance(wait);
                ana.runs("session start", "plan", "tip-1", "title", "Tuesday circle");
                bot.app().scheduler().runDue();
                long thread = thread(bot);
                ben.answersInThread(thread, latestQuestion(bot, thread), "Answer given " + wait);
                // each ends before the next starts: /session start refuses a second of one title open in a channel
                ana.readsInThread(thread, latestQuestion(bot, thread));
                ana.presses("End");
                bot.app().scheduler().runDue();
            }

            // WHEN he opens his session answers
            Reply mine = ben.runs("session answers");

            // THEN each choice names the day its session started for him, with the time where two share a day
            List<SelectMenu.Option> options = ((Row.Select) mine.rows().get(0)).menu().options();
            assertThat(options).extracting(SelectMenu.Option::label).containsExactly(
                    "Tuesday circle · 10 Mar 2026 06:00 · Q1", "Tuesday circle · 10 Mar 2026 04:00 · Q1",
                    "Tuesday circle · 3 Mar 2026 · Q1");
            assertThat(options).allSatisfy(o -> assertThat(o.label().length()).isLessThanOrEqualTo(100));
            assertThat(mine.plainText()).contains("**Tuesday circle** (3 Mar 2026) · 1.",
                    "**Tuesday circle** (10 Mar 2026 04:00) · 1.");
            // AND /coach answers lists them under headings of their own
            assertThat(ben.runs("coach answers").plainText()).contains("Tuesday circle · 3 Mar 2026",
                    "Tuesday circle · 10 Mar 2026 04:00", "Tuesday circle · 10 Mar 2026 06:00");
        }
    }

    @Test
    @DisplayName("keeping a group answer over another answer of the walk asks first; the kept answer is private")
    void keepAsksBeforeReplacingAndStaysPrivate() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben answered the first Ask Yourself question on his own and shared it with the coordinators
            Member ben = bot.member("ben");
            ben.runs("reflect");
            ben.presses("Answer");
            ben.submits("answer", "My own careful answer");
            ben.runs("coach answers");
            ben.presses("Share 1");
            Member cora = bot.coordinator("cora");
            cora.runs("session start", "plan", "ask-yourself", "anonymous", "true");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply saved = ben.answersInThread(thread, latestQuestion(bot, thread), "Words I said in the group");
            var keep = saved.buttons().get(0).id();

            // WHEN he presses Keep in my own walk THEN he is shown his walk's answer and asked, nothing changed yet
            Reply asked = ben.pressesId(keep);
            assertThat(asked.plainText()).contains("Your walk already has an answer", "My own careful answer",
                    "Replace it with your group answer?");
            assertThat(asked.buttons()).extracting(Button::label).containsExactly("Replace it", "Keep my walk's answer");
            assertThat(ben.presses("Keep my walk's answer").text()).contains("Nothing changed");
            assertThat(ben.runs("coach answers").plainText()).contains("My own careful answer");

            // WHEN he asks again and replaces THEN the walk holds the group answer, private to him
            ben.pressesId(keep);
            assertThat(ben.presses("Replace it").text()).contains("Kept it as your answer", "private to you");
            assertThat(ben.runs("coach answers").plainText()).contains("Words I said in the group")
                    .doesNotContain("My own careful answer");
            String shared = CsvText.of(cora.runs("export answers").files().get(0));
            assertThat(shared).doesNotContain("Words I said in the group").doesNotContain("My own careful answer");
        }
    }

    @Test
    @DisplayName("an anonymous session shows no names in the thread or the summary, but each member keeps their own")
    void anonymous() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "anonymous", "true");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(posts(bot, thread).get(0).plainText()).contains("anonymous");
            ben.readsInThread(thread, latestQuestion(bot, thread));
            ben.presses("Answer");
            assertThat(ben.submits("answer", "Ben's secret thought").text()).contains("isn't shown to the group");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();

            String all = String.join("\n", posts(bot, thread).stream().map(Reply::plainText).toList())
                    + String.join("\n", bot.messenger().edits().stream().map(e -> e.reply().plainText()).toList());
            assertThat(all).contains("Ben's secret thought").doesNotContain("ben");
            assertThat(lastPost(bot, thread).plainText()).contains("Names are not shown");
            assertThat(ben.runs("coach answers").plainText()).contains("Ben's secret thought");
            assertThat(ana.runs("coach answers").plainText()).doesNotContain("Ben's secret thought");
        }
    }

    @Test
    @DisplayName("with minutes set, the bot moves to the next question by itself when time is up")
    void timer() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "tip-1", "minutes", "10");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 1 of");

            bot.advance(Duration.ofMinutes(9));
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 1 of");

            bot.advance(Duration.ofMinutes(1));
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 2 of");
            assertThat(latestEditText(bot)).startsWith("Question 1 of").contains("closed");

            bot.advance(Duration.ofMinutes(10));
            bot.advance(Duration.ofMinutes(10));
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 4 of");
            // a question missed while the bot was down closes once, and the next one gets its full time (a jump: with
            // the bot running, question 4 and then 5 would each have closed at their own tenth minute)
            bot.jump(Duration.ofHours(3));
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 5 of 5");
            bot.advance(Duration.ofMinutes(9));
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 5 of 5");
            assertThat(lastPost(bot, thread).plainText()).doesNotContain("Summary:");
            bot.advance(Duration.ofMinutes(1));
            assertThat(lastPost(bot, thread).plainText()).contains("Summary:");
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
        }
    }

    @Test
    @DisplayName("only the facilitator or a coordinator moves on or ends; others get a clear message and nothing changes")
    void facilitatorOnly() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cora = bot.coordinator("cora");
            ana.runs("session start", "plan", "ask-yourself");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);

            ben.readsInThread(thread, q1);
            assertThat(ben.presses("Next question").text()).contains("Only the facilitator")
                    .contains("Nothing was changed");
            ben.readsInThread(thread, q1);
            assertThat(ben.presses("End").text()).contains("Only the facilitator");
            bot.app().scheduler().runDue();
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 1 of 4");

            cora.readsInThread(thread, q1);
            assertThat(cora.presses("Next question").text()).contains("question 2");
            ana.readsInThread(thread, q1);
            assertThat(ana.presses("Next question").text()).contains("already moved on to question 2");

            assertThat(ben.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id())).text())
                    .contains("Only the facilitator", "can hand the session to someone else");
            assertThat(ana.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id())).text())
                    .contains("now facilitates");
            bot.app().scheduler().runDue();
            ben.readsInThread(thread, latestQuestion(bot, thread));
            assertThat(ben.presses("End").text()).contains("The session has ended");
            assertThat(ana.runs("session summary").text()).contains("isn't a session thread");
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            assertThat(ana.runsInThread(thread, "session summary").text()).contains("Posting the summary");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("Summary (again)");
        }
    }

    @Test
    @DisplayName("after the end, a member who doesn't lead the session is told it has ended, not to keep answering with "
            + "**Answer**: when they hand it over, or press an old question's Next question or End")
    void endedSessionToldToThoseWhoDoNotLeadIt() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "The food bank");
            ana.readsInThread(thread, q1);
            assertThat(ana.presses("End").text()).contains("The session has ended");
            bot.app().scheduler().runDue();

            // Cy, who never answered, presses Answer on the question from before the end: where its summary is
            Member cy = bot.member("cy");
            cy.readsInThread(thread, q1);
            assertThat(cy.presses("Answer").text()).contains("has ended", "`/session summary`")
                    .doesNotContain("see yours");

            Reply handOver = ben.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id()));
            assertThat(handOver.text()).contains("has already ended").doesNotContain("Answer")
                    .doesNotContain("Only the facilitator");
            // and what is left to do: read its summary again, or lead the group in a new session
            assertThat(handOver.text()).contains("`/session summary`", "`/session start plan:tip-1`");
            for (String button : List.of("Next question", "End")) {
                ben.readsInThread(thread, q1);
                assertThat(ben.presses(button).text()).as(button).contains("has already ended")
                        .contains("`/session summary`").doesNotContain("Only the facilitator");
            }
        }
    }

    @Test
    @DisplayName("without permission to create threads the facilitator is told which one to grant, and nothing is created")
    void missingThreadPermission() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Reply refused = ana.runsLacking(Set.of(Capability.CREATE_PUBLIC_THREADS), "session start", "plan",
                    "ask-yourself");
            assertThat(refused.text()).contains("**Create Public Threads**").contains("Nothing was created");
            Reply privateRefused = ana.runs("session start", "plan", "ask-yourself", "private", "true");
            assertThat(privateRefused.text()).contains("starting");
            bot.messenger().clear();
            Reply lacksPrivate = ana.runsLacking(Set.of(Capability.CREATE_PRIVATE_THREADS,
                    Capability.SEND_MESSAGES_IN_THREADS), "session start", "plan", "tip-3", "private", "true");
            assertThat(lacksPrivate.text()).contains("**Create Private Threads**")
                    .contains("**Send Messages in Threads**");
            assertThat(ana.runs("session list").plainText()).contains("Ask Yourself").doesNotContain("Tip 3");
        }
    }

    @Test
    @DisplayName("an evening session, inside the server's quiet hours, posts its plan, questions and summary at once")
    void eveningSessionIsNotHeldForQuietHours() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN the server's quiet hours (21:00-08:00 UTC) and a group meeting at 22:30
            bot.clock().advance(Duration.between(bot.clock().instant(), TestBot.START.plusSeconds(7 * 3600 + 1800)));
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "ask-yourself", "title", "Evening circle");
            bot.app().scheduler().runDue();

            // THEN the thread has the plan and question 1 now, not at 08:00
            long thread = thread(bot);
            assertThat(posts(bot, thread)).extracting(Reply::plainText)
                    .satisfiesExactly(plan -> assertThat(plan).contains("Group reflection: Evening circle"),
                            question -> assertThat(question).startsWith("Question 1 of 4"));
            Reply question = latestQuestion(bot, thread);
            ben.answersInThread(thread, question, "The youth center");
            ana.readsInThread(thread, question);
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("Summary: Evening circle")
                    .contains("**ben**: The youth center");
        }
    }

    @Test
    @DisplayName("when the thread cannot be opened the session is removed and the channel hears why")
    void threadFails() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            bot.messenger().failThreads("Missing Permissions");
            ana.runs("session start", "plan", "ask-yourself");
            bot.app().scheduler().runDue();
            Reply notice = lastPost(bot, TestBot.CHANNEL);
            assertThat(notice.text()).contains("couldn't open the thread").contains("nothing was created")
                    .contains("Create Public Threads");
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
        }
    }

    @Test
    @DisplayName("when Discord makes the thread but its answer times out, the session runs in that thread")
    void threadMadeThoughNoAnswer() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Discord makes the session's thread but does not answer the bot in time
            Member ana = bot.member("ana");
            bot.messenger().timeOutThreads(1, true);

            // WHEN the session opens
            ana.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");
            bot.app().scheduler().runDue();

            // THEN it is kept, in the thread Discord made: its plan and question 1 are there, one thread only
            assertThat(bot.messenger().threads()).hasSize(1);
            long made = thread(bot);
            assertThat(latestQuestion(bot, made).plainText()).startsWith("Question 1 of 4");
            assertThat(posts(bot, TestBot.CHANNEL)).extracting(Reply::plainText).singleElement().asString()
                    .contains("A group reflection is starting", "<#" + made + ">");
            assertThat(ana.runs("session list").plainText()).contains("Harbor circle", "<#" + made + ">");
        }
    }

    @Test
    @DisplayName("when Discord does not answer for a thread, the session is tried again, and at last the channel hears "
            + "that a thread may have been made")
    void threadNeverAnswered() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Discord answers no request for a thread, and makes none
            Member ana = bot.member("ana");
            bot.messenger().timeOutThreads(100, false);
            ana.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");

            // WHEN the first try times out, the session waits for the next one: nobody is told it failed yet (the
            // channel only heard that it is starting)
            bot.app().scheduler().runDue();
            assertThat(posts(bot, TestBot.CHANNEL)).extracting(Reply::plainText).singleElement().asString()
                    .contains("A group reflection is starting", "I'm opening a thread for it now");
            assertThat(ana.runs("session list").plainText()).contains("Harbor circle", "opening its thread");

            // WHEN Discord answers the next try
            bot.messenger().timeOutThreads(0, false);
            bot.advance(Duration.ofMinutes(6));

            // THEN the session opens then
            assertThat(latestQuestion(bot, thread(bot)).plainText()).startsWith("Question 1 of 4");

            // AND a session whose thread Discord never answers for is given up after half an hour, truthfully
            Member ben = bot.member("ben");
            bot.messenger().timeOutThreads(100, false);
            ben.runs("session start", "plan", "tip-2", "title", "Dock circle");
            for (int i = 0; i < 8; i++) {
                bot.advance(Duration.ofMinutes(6));
            }
            Reply notice = lastPost(bot, TestBot.CHANNEL);
            assertThat(notice.text()).contains("Dock circle", "Discord didn't answer", "may have been made",
                    "`/session start` again").doesNotContain("nothing was created");
            assertThat(ben.runs("session list").plainText()).doesNotContain("Dock circle");
        }
    }

    @Test
    @DisplayName("a session post that keeps failing tells coordinators how to fix the session's thread, not to pick "
            + "another channel")
    void failedThreadPostAdvice() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN the bot cannot post in the session's thread (its role lost Send Messages in Threads)
            Member ana = bot.member("ana");
            Member cora = bot.coordinator("cora");
            bot.messenger().failNext(100, org.partnercoach.chat.Messenger.Delivery.failed(
                    org.partnercoach.chat.SendTrouble.MISSING_PERMISSIONS,
                    "the bot lacks Send Messages in Threads in the thread"));
            ana.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");

            // WHEN its posts are tried after 1, 5 and 30 minutes too
            bot.app().scheduler().runDue();
            for (Duration step : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))) {
                bot.advance(step);
            }

            // THEN /coach status says what failed and how to fix it in the thread
            String status = cora.runs("coach status").text();
            assertThat(status).contains("a group session's post: the bot lacks Send Messages in Threads in the "
                    + "thread. Give the bot's role View Channel, Send Messages in Threads and Embed Links in the "
                    + "session's channel (Edit Channel → Permissions), then run `/session summary` in its thread")
                    .doesNotContain("/coach setup channel:");
        }
    }

    @Test
    @DisplayName("/session start where a session is still open in the channel names it: of the same title it is "
            + "refused, saying where it is, its question and how to carry on or end it; of another title it starts, "
            + "and the reply names the open one, where nothing was said of it")
    void secondSessionInAChannelNamesTheOpenOne() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's "Tuesday circle" runs in the channel, at question 2 of 5
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Tuesday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();

            // WHEN she runs the same command there again, a week later, having forgotten it was open
            Reply again = ana.runs("session start", "plan", "tip-1", "title", "tuesday  circle");

            // THEN nothing is created, and she reads which session is open, where, at which question, and what to do
            assertThat(again.ephemeral()).isTrue();
            assertThat(again.text()).startsWith("**Tuesday circle** is still open in this channel, started <t:")
                    .contains("in its thread <#" + thread + ">: question 2 of 5, \"What roles do you play in your "
                            + "community?")
                    .contains("led by you", "**Next question**", "**End**", "summary", "`title:`",
                            "Nothing was created.");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).hasSize(1);
            assertThat(ana.runs("session list").cards().get(0).fields()).hasSize(1);

            // WHEN Ben starts a breakout of his own, under its own title, in the same channel
            Reply beside = ben.runs("session start", "plan", "ask-yourself", "title", "Breakout B");

            // THEN it starts, and his reply names the session still open there, its thread and who leads it
            assertThat(beside.text()).startsWith("Your session **Breakout B** is starting")
                    .contains("Also still open in this channel: **Tuesday circle** in <#" + thread + ">, at question "
                            + "2 of 5, led by <@" + ana.id() + ">");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).hasSize(2);

            // AND once Tuesday circle has ended, the same command starts a new one with no word of the old
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            assertThat(ana.runs("session start", "plan", "tip-1", "title", "Tuesday circle").text())
                    .startsWith("Your session **Tuesday circle** is starting").doesNotContain("Tuesday circle** in");
        }
    }

    @Test
    @DisplayName("/session start a week after the same title was left open says when that one started, so the group "
            + "knows it is last week's to end, not one started a moment ago")
    void sessionLeftOpenForDaysSaysWhenItStarted() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's "Tuesday circle" of last week was never ended
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            java.time.Instant started = bot.clock().instant();
            long thread = startedTip1(bot, ana, "Tuesday circle");
            bot.advance(Duration.ofDays(7));

            // WHEN Ben, this week's facilitator, starts this week's circle under the same title
            Reply again = ben.runs("session start", "plan", "tip-2", "title", "Tuesday circle");

            // THEN he reads that the open one started a week ago, where it is, and what to do about it
            assertThat(again.text()).startsWith("**Tuesday circle** is still open in this channel, started <t:"
                    + started.getEpochSecond() + ":R>, in its thread <#" + thread + ">")
                    .contains("**End**", "`title:`", "Nothing was created.");
        }
    }

    @Test
    @DisplayName("bad input gets a clear message and creates nothing: unknown plan, a path, minutes out of range (0 too)")
    void badInput() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            assertThat(ana.runs("session start", "plan", "tip-9").text()).contains("There is no tip 9");
            assertThat(ana.runs("session start", "plan", "../../etc/passwd").text())
                    .startsWith("I don't have a plan called").contains("`ask-yourself`");
            assertThat(ana.runs("session start", "plan", "no-such-plan").text())
                    .startsWith("I don't have a plan called").doesNotContain("curriculum/", ".yml");
            assertThat(ana.runs("session start", "plan", "tip-1", "minutes", "999").text()).contains("1 to 240");
            // 0 is out of range too (Discord's own form stops below 1): leaving it out is how to move on by hand
            assertThat(ana.runs("session start", "plan", "tip-1", "minutes", "0").text())
                    .isEqualTo(ana.runs("session start", "plan", "tip-1", "minutes", "241").text())
                    .contains("1 to 240", "leave it out", "Nothing was created");
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
            long thread = startedTip1(bot, ana);
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Answer");
            assertThat(ana.submits("answer", "   ").text()).contains("empty");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Answer");
            assertThat(ana.submits("answer", "x".repeat(4001)).text()).contains("4,001 characters", "the most I can keep is 4,000");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Answer");
            // an answer too long because of its emoji says that an emoji counts as two, with the count she made
            assertThat(ana.submits("answer", "yes 🎉🎉🎉🎉🎉🎉".repeat(300)).text()).startsWith("That answer is 4,800 "
                    + "characters long (an emoji counts as two here: your 3,000 characters count as 4,800); the most "
                    + "I can keep is 4,000.");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Answer");
            assertThat(ana.submits("answer", "@everyone 🎉 '; DROP TABLE group_sessions; --").text())
                    .contains("saved");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("@everyone 🎉 '; DROP TABLE");
            assertThat(lastPost(bot, thread).mentionUsers()).isEmpty();
        }
    }

    @Test
    @DisplayName("minutes that are no number, 0, negative or past 240 all get one refusal that says the range and "
            + "gives an example; nothing is created")
    void minutesRefusedInOneWording() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");

            // WHEN Ana types minutes that are no number, or a number out of range
            List<String> refusals = new java.util.ArrayList<>();
            for (String minutes : List.of("abc", "1.5", "0", "-5", "241", "99999999999")) {
                refusals.add(ana.runs("session start", "plan", "tip-1", "minutes", minutes).text());
            }

            // THEN each reads the same: the range, an example, how to move on by hand, and that nothing was created
            assertThat(refusals).containsOnly(refusals.get(0));
            assertThat(refusals.get(0)).contains("1 to 240", "`minutes:10`", "leave it out", "Nothing was created.");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).isEmpty();
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).isEmpty();
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
        }
    }

    @Test
    @DisplayName("a title of only emoji or punctuation is refused, saying what to type, as a partner's name is; "
            + "nothing is created, and an emoji beside words is kept")
    void titleWithoutLetterOrDigitRefused() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");

            for (String title : List.of("🍎🍎", "?!…", "🍎 — 🍎", "** __")) {
                // WHEN Ana gives her session a title with no letter or digit
                Reply refused = ana.runs("session start", "plan", "tip-1", "title", title);

                // THEN she reads that it needs one, with an example, and that nothing was created
                assertThat(refused.text()).as(title).contains("has no letter or number", "a session's title needs one",
                        "`title:\"Tuesday circle\"`", "leave `title:` out", "Nothing was created.");
            }
            assertThat(ana.runs("session start", "plan", "tip-1", "title", "🍎🍎").text()).startsWith("“🍎🍎”");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).isEmpty();
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).isEmpty();
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");

            // WHEN the title has words beside its emoji THEN the session starts under it
            assertThat(ana.runs("session start", "plan", "tip-1", "title", "🍎 Harvest circle").text())
                    .startsWith("Your session **🍎 Harvest circle** is starting");
        }
    }

    @Test
    @DisplayName("a title that differs from one still open in the channel only by characters that show as nothing (a "
            + "zero-width space, a Hangul filler, a soft hyphen, an isolate) is the same title, and is refused")
    void titleWithHiddenCharactersIsTheSameTitle() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's "Tuesday circle" runs in the channel
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            startedTip1(bot, ana, "Tuesday circle");

            for (String title : List.of("Tues\u200Bday circle", "Tuesday circle\u3164", "\u2066Tuesday\u00AD circle\u2069")) {
                // WHEN Ben starts it again with a hidden character in its title
                Reply again = ben.runs("session start", "plan", "tip-1", "title", title);

                // THEN nothing is created: he reads that Tuesday circle is still open, as for the title typed plainly
                assertThat(again.text()).as(title).startsWith("**Tuesday circle** is still open in this channel")
                        .contains("Nothing was created.");
            }
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).hasSize(1);
            assertThat(ana.runs("session list").cards().get(0).fields()).hasSize(1);
        }
    }

    @Test
    @DisplayName("a thread's name leaves out the hidden characters of its title: a right-to-left override cannot turn "
            + "it around, nor a zero-width space or a filler hide in it; a title of them alone is no title")
    void threadNameWithoutHiddenCharacters() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");

            // WHEN Ana starts a session titled backwards after a right-to-left override
            long reversed = startedTip1(bot, ana, "\u202Eelcric yadseuT");
            // THEN its thread reads as the letters were typed, not turned around to "Tuesday circle"
            assertThat(bot.messenger().threads().get(reversed)).isEqualTo("Reflection: elcric yadseuT");

            // WHEN Ben's title has a zero-width space and a Hangul filler in it
            long harvest = startedTip1(bot, ben, "Harvest\u200B circle\u3164");
            // THEN its thread's name has neither
            assertThat(bot.messenger().threads().get(harvest)).isEqualTo("Reflection: Harvest circle");

            // WHEN Ana starts one whose title is hidden characters alone
            Reply hidden = ana.runs("session start", "plan", "tip-1", "title", "\u3164\u200B");
            // THEN it is as if she left the title out: the plan's name, which a second session without one shares
            assertThat(hidden.text()).startsWith("Your session **Tip 1 · ");
            assertThat(ben.runs("session start", "plan", "tip-1").text()).contains("is still open in this channel");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads().get(thread(bot))).startsWith("Reflection: Tip 1 · ");
        }
    }

    @Test
    @DisplayName("a title of only mentions (a member, a role, @everyone) is refused as one of only emoji is, saying "
            + "what to type; nothing is created, and a title with words beside a mention starts")
    void titleOfOnlyMentionsRefused() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member bea = bot.member("bea");

            // a name typed after @ and not picked from Discord's list stays as typed: a mention meant all the same
            for (String title : List.of("<@" + bea.id() + "> @everyone", "<@123>", "@here", "<@&456> <#789>",
                    "@someone @everyone", "@bea.smith, @carl_1")) {
                // WHEN Ana gives her session a title that only calls people in
                Reply refused = ana.runs("session start", "plan", "tip-1", "title", title);

                // THEN she reads that it needs words of its own, with an example, and that nothing was created
                assertThat(refused.text()).as(title).contains("only mentions", "a session's title needs",
                        "`title:\"Tuesday circle\"`", "leave `title:` out", "Nothing was created.");
                assertThat(refused.mentionUsers()).as(title).isEmpty();
            }
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).isEmpty();
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).isEmpty();
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");

            // WHEN the title has words beside a mention THEN the session starts
            assertThat(ana.runs("session start", "plan", "tip-1", "title", "Circle with <@" + bea.id() + ">")
                    .text()).startsWith("Your session **Circle with");
            assertThat(ana.runs("session start", "plan", "tip-1", "title", "@home circle").text())
                    .startsWith("Your session **@home circle**");
        }
    }

    @Test
    @DisplayName("a title whose words run past 80 characters (10,000 pasted, or emoji that count as two) is refused "
            + "with its length and an example; nothing is created, and a title of 80 is kept whole")
    void titleTooLongRefused() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            String eighty = "Spring outreach circle with the food council, the library and the youth clubs ok";
            assertThat(eighty).hasSize(Sessions.MAX_TITLE);

            // WHEN Ana gives her session a title longer than a thread's name shows
            Reply pasted = ana.runs("session start", "plan", "tip-1", "title", "x".repeat(10_000));
            Reply oneOver = ana.runs("session start", "plan", "tip-1", "title", eighty + "!");
            Reply emoji = ana.runs("session start", "plan", "tip-1", "title", "Harvest " + "🍎".repeat(40));

            // THEN she reads how long it is, the limit and an example, and that nothing was created
            assertThat(pasted.text()).isEqualTo("That title is 10,000 characters long; a session's title can be at "
                    + "most 80, so its thread's name stays readable. Try a shorter one, for example "
                    + "`title:\"Tuesday circle\"`, or leave `title:` out to use the plan's name. Nothing was created.");
            assertThat(oneOver.text()).startsWith("That title is 81 characters long;");
            assertThat(emoji.text()).startsWith("That title is 88 characters long (an emoji counts as two here: your "
                    + "48 characters count as 88); a session's title can be at most 80");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).isEmpty();
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).isEmpty();
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");

            // WHEN the title is 80 characters THEN the session starts under the whole of it
            assertThat(ana.runs("session start", "plan", "tip-1", "title", eighty).text())
                    .startsWith("Your session **" + eighty + "** is starting");
        }
    }

    @Test
    @DisplayName("very long answers are folded into an attached Markdown file")
    void longAnswersFolded() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            long thread = startedTip1(bot, ana);
            ana.answersInThread(thread, latestQuestion(bot, thread), "A long thought. ".repeat(200).strip());
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();
            Reply summary = lastPost(bot, thread);
            assertThat(summary.text()).contains("attached file");
            assertThat(summary.files()).hasSize(1);
            assertThat(summary.files().get(0).fileName()).endsWith(".md");
            assertThat(new String(summary.files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("A long thought. ".repeat(199).strip());
        }
    }

    @Test
    @DisplayName("lines typed in the thread count as answers only when the configuration says so")
    void typedAnswers() {
        try (TestBot off = TestBot.inMemory()) {
            Member ana = off.member("ana");
            ana.runs("session start", "plan", "tip-1");
            off.app().scheduler().runDue();
            long thread = thread(off);
            assertThat(ana.typesInThread(thread, "typed thought").text()).isEmpty();
            ana.readsInThread(thread, latestQuestion(off, thread));
            ana.presses("End");
            off.app().scheduler().runDue();
            assertThat(lastPost(off, thread).plainText()).doesNotContain("typed thought");
        }
        try (TestBot on = withTypedAnswers()) {
            Member ana = on.member("ana");
            ana.runs("session start", "plan", "tip-1");
            on.app().scheduler().runDue();
            long thread = thread(on);
            assertThat(ana.typesInThread(thread, "typed thought").text()).isEmpty();
            ana.typesInThread(thread, "and one more");
            ana.readsInThread(thread, latestQuestion(on, thread));
            ana.presses("End");
            on.app().scheduler().runDue();
            assertThat(lastPost(on, thread).plainText()).contains("typed thought / and one more")
                    .contains("1 answer");
        }
    }

    @Test
    @DisplayName("after the end, a member's first line with words typed in the thread gets one short note there, "
            + "naming them without a ping: the session ended, the line is the group's and no answer, and /session "
            + "answers changes theirs; their later lines get nothing, after a restart too, where every line got "
            + "nothing and members thought it was kept")
    void lineTypedAfterTheEnd() {
        try (TestBot on = withTypedAnswers()) {
            // GIVEN Ana's session ended, Ben having answered question 1
            Member ana = on.member("ana");
            Member ben = on.member("ben");
            long thread = startedTip1(on, ana);
            ben.typesInThread(thread, "The food bank");
            ana.readsInThread(thread, latestQuestion(on, thread));
            ana.presses("End");
            on.app().scheduler().runDue();
            int before = on.messenger().postsIn(thread).size();

            // WHEN Ben types two lines in the thread, and Ana a 👍 and then a line of words
            assertThat(ben.typesInThread(thread, "Thanks all, the library too").text()).isEmpty();
            assertThat(ben.typesInThread(thread, "See you next week").text()).isEmpty();
            assertThat(ana.typesInThread(thread, "👍").text()).isEmpty();
            assertThat(ana.typesInThread(thread, "Thank you both").text()).isEmpty();
            on.app().scheduler().runDue();

            // THEN the thread has one note for each, in the order they typed, naming them and pinging no one
            List<RecordingMessenger.Sent> notes = on.messenger().postsIn(thread).subList(before,
                    on.messenger().postsIn(thread).size());
            assertThat(notes).extracting(n -> n.reply().plainText()).containsExactly(
                    ended(ben.id()), ended(ana.id()));
            assertThat(notes).allSatisfy(n -> {
                assertThat(n.reply().mentionUsers()).isEmpty();
                assertThat(n.reply().ephemeral()).isFalse();
                // AND each went out through the outbox, under its row's nonce
                assertThat(n.nonce()).matches("pc\\d+");
            });
            // AND nobody's answers changed
            assertThat(storedAnswers(on)).containsExactly("ben: The food bank");

            // WHEN the bot restarts, and both type again
            on.restart();
            ben.typesInThread(thread, "One more thought");
            ana.typesInThread(thread, "Me too");
            on.app().scheduler().runDue();

            // THEN nothing more is posted: each was told once
            assertThat(on.messenger().postsIn(thread)).hasSize(before + 2);
            assertThat(storedAnswers(on)).containsExactly("ben: The food bank");
        }
    }

    /** The note a member's first line typed after the end gets. */
    private static String ended(long userId) {
        return Mentions.user(userId) + ", this session has ended, so I didn't keep that line as an answer: it "
                + "stays here for the group to read. To change your answers, run `/session answers`.";
    }

    /** Every session answer stored, as "author: text". */
    private static List<String> storedAnswers(TestBot bot) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.list(c,
                "SELECT display_name, text FROM group_session_answers ORDER BY id",
                rs -> rs.getString(1) + ": " + rs.getString(2)));
    }

    @Test
    @DisplayName("a line typed in the thread that would take a member's answer past 4,000 characters is not added; a "
            + "note in the thread tells them, with their count, the room left and what to do, from the outbox under "
            + "its row's nonce and still after a restart, where the line's handler posted it straight away")
    void typedLineOverTheAnswerLimit() {
        try (TestBot on = withTypedAnswers()) {
            // GIVEN Ana's answer to question 1, typed in two long lines, is 3,991 characters
            Member ana = on.member("ana");
            long thread = startedTip1(on, ana);
            ana.typesInThread(thread, "The food bank. ".repeat(133).strip());
            ana.typesInThread(thread, "The library too. ".repeat(117).strip() + " Yes yes");
            int before = on.messenger().postsIn(thread).size();

            // WHEN she types one more line, which would take it to 4,006, and the bot restarts before anything is sent
            assertThat(ana.typesInThread(thread, "and the clinic").text()).as("no reply from the line's handler")
                    .isEmpty();
            on.restart();
            on.app().scheduler().runDue();

            // THEN the thread has one note, pinging her alone, that says what happened and what to do
            List<RecordingMessenger.Sent> notes = on.messenger().postsIn(thread).subList(before,
                    on.messenger().postsIn(thread).size());
            assertThat(notes).singleElement().satisfies(note -> {
                assertThat(note.reply().plainText()).isEqualTo(Mentions.user(ana.id()) + ", I didn't add that line "
                        + "to your answer to question 1: it would take it to 4,006 characters, and an answer holds "
                        + "4,000 (yours has 3,991 now, so a line of up to 8 fits). Your line stays here in the "
                        + "thread. To keep it in your answer, press **Answer** under the question, shorten what you "
                        + "have and paste the line in; or save the thought for the next question.");
                assertThat(note.reply().ephemeral()).isFalse();
                assertThat(note.reply().mentionUsers()).containsExactly(ana.id());
                // AND it went out from the outbox under its row's nonce, a row for her (a forget takes it waiting)
                assertThat(note.nonce()).matches("pc\\d+");
                var row = on.app().outbox().find(ana.guildId(), Long.parseLong(note.nonce().substring(2)))
                        .orElseThrow();
                assertThat(row.kind()).isEqualTo("session");
                assertThat(row.recipientId()).isEqualTo(ana.id());
            });
            // AND her answer is as it was
            assertThat(storedAnswers(on)).singleElement().asString().startsWith("ana: The food bank.")
                    .endsWith("Yes yes");

            // WHEN she types another such line, and the group moves on before its note goes out
            ana.typesInThread(thread, "and the school nurse");
            ana.readsInThread(thread, latestQuestion(on, thread));
            ana.presses("Next question");
            on.app().scheduler().runDue();

            // THEN its note points to /session answers, question 1 having no Answer button any more
            assertThat(on.messenger().postsIn(thread)).extracting(p -> p.reply().plainText())
                    .filteredOn(t -> t.startsWith(Mentions.user(ana.id()))).last().isEqualTo(
                            Mentions.user(ana.id()) + ", I didn't add that line to your answer to question 1: it "
                                    + "would take it to 4,012 characters, and an answer holds 4,000 (yours has 3,991 "
                                    + "now, so a line of up to 8 fits). Your line stays here in the thread. To keep "
                                    + "it in your answer, run `/session answers`, pick your answer to question 1, "
                                    + "shorten it and paste the line in.");

            // AND a line that fits is still taken without a reply
            assertThat(ana.typesInThread(thread, "ok").text()).isEmpty();
            on.app().scheduler().runDue();
            assertThat(storedAnswers(on)).contains("ana: ok");
        }
    }

    @Test
    @DisplayName("a single line longer than an answer holds (the console takes one) is not kept, and the thread's note "
            + "asks for a shorter version through the form")
    void typedLineLongerThanAnAnswer() {
        try (TestBot on = withTypedAnswers()) {
            // GIVEN Ana has no answer to question 1 yet
            Member ana = on.member("ana");
            long thread = startedTip1(on, ana);
            int before = on.messenger().postsIn(thread).size();

            // WHEN she types one line of 4,001 characters
            ana.typesInThread(thread, "a".repeat(Limits.MODAL_VALUE + 1));
            on.app().scheduler().runDue();

            // THEN the thread's note says so and what to do, and she has no answer
            assertThat(on.messenger().postsIn(thread).subList(before, on.messenger().postsIn(thread).size()))
                    .extracting(p -> p.reply().plainText()).containsExactly(Mentions.user(ana.id()) + ", I didn't "
                            + "add that line to your answer to question 1: it would take it to 4,001 characters, and "
                            + "an answer holds 4,000 (the line alone is longer than that). Your line stays here in "
                            + "the thread. To keep it in your answer, press **Answer** under the question and paste "
                            + "in a shorter version of it; or save the thought for the next question.");
            assertThat(storedAnswers(on)).isEmpty();
        }
    }

    @Test
    @DisplayName("an answer with no words (an emoji alone, punctuation) is not kept, from the form or typed in the "
            + "thread, as a walk's forms keep none; the answer there before stays")
    void answerWithoutWords() {
        try (TestBot on = withTypedAnswers()) {
            // GIVEN Ben answered question 1
            Member ana = on.member("ana");
            Member ben = on.member("ben");
            long thread = startedTip1(on, ana);
            ben.answersInThread(thread, latestQuestion(on, thread), "The food bank");

            // WHEN he sends 👍 from the form, then types 🙏🏽 !! in the thread
            Reply refused = ben.answersInThread(thread, latestQuestion(on, thread), "👍");
            ben.typesInThread(thread, "🙏🏽 !!");

            // THEN the form's answer is refused, saying why, and the summary has his words alone
            assertThat(refused.text()).isEqualTo("Your answer had no words in it (only emoji, symbols or "
                    + "punctuation), so nothing was saved. Press **Answer** again and write a few words.");
            ana.readsInThread(thread, latestQuestion(on, thread));
            ana.presses("End");
            on.app().scheduler().runDue();
            assertThat(lastPost(on, thread).plainText()).contains("The food bank").doesNotContain("👍", "🙏");
        }
    }

    @Test
    @DisplayName("a form's answer sent empty is refused with what to press next, Answer again, as the form has closed")
    void emptyFormAnswerSaysToPressAnswerAgain() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);

            Reply refused = ben.answersInThread(thread, latestQuestion(bot, thread), "   ");

            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.text()).isEqualTo("Your answer was empty, so nothing was saved. Press **Answer** "
                    + "again and write a few words.");
            ben.readsInThread(thread, latestQuestion(bot, thread));
            assertThat(ben.presses("Answer").isForm()).isTrue();
        }
    }

    @Test
    @DisplayName("a form's answer refused after the group moved on points to the question asked now, and one refused "
            + "after the end says the session takes no more answers, what was typed still quoted back")
    void formRefusedAfterTheGroupMovedOn() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben opens the form under question 1, and Ana moves the group on while he writes
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            ben.readsInThread(thread, latestQuestion(bot, thread));
            ben.presses("Answer");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();

            // WHEN he sends an emoji alone
            Reply movedOn = ben.submits("answer", "👍");

            // THEN he hears that question 1 has no Answer button now, and where to answer
            assertThat(movedOn.text()).isEqualTo("Your answer had no words in it (only emoji, symbols or "
                    + "punctuation), so nothing was saved. The group has moved on to question 2: press **Answer** "
                    + "under it and write a few words.");

            // WHEN he opens the form under question 2 and Ana ends the session while he writes
            ben.readsInThread(thread, latestQuestion(bot, thread));
            ben.presses("Answer");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();
            Reply ended = ben.submits("answer", "@everyone a");

            // THEN what he typed is quoted back, and he hears the session takes no more answers
            assertThat(ended.text()).isEqualTo("I didn't keep “@everyone a” as your answer: a mention calls people "
                    + "in, and “a” on its own doesn't say what you think yet. The session ended while you were "
                    + "writing, so it takes no more answers; `/session answers` shows any of yours, to change them.");
            assertThat(storedAnswers(bot)).isEmpty();
        }
    }

    @Test
    @DisplayName("a title clipped to 80 characters never cuts a member's mention in half: one that runs past the end "
            + "is dropped whole")
    void clippedTitleDropsAMentionWhole() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a title whose last mention, as Discord sends it (<@id>), runs past the 80th character, its own
            // words within 80
            String words = "Planning our spring outreach with the food council and the library, with";
            String title = words + " " + Mentions.user(123456789012345678L) + " today";
            assertThat(words.length()).isLessThan(Sessions.MAX_TITLE);
            assertThat(org.partnercoach.chat.Spacing.tidied(Mentions.removedFrom(title))).hasSizeLessThanOrEqualTo(
                    Sessions.MAX_TITLE);
            assertThat(title.length()).isGreaterThan(Sessions.MAX_TITLE);
            Member ana = bot.member("ana");

            // WHEN Ana starts a session with it
            long thread = startedTip1(bot, ana, title);

            // THEN the plan's title ends before the mention, with no half of it left
            String shown = posts(bot, thread).get(0).cards().get(0).title();
            assertThat(shown).isEqualTo("Group reflection: " + words + "…");
            assertThat(ana.runs("session list").text()).doesNotContain("<@1234");
        }
    }

    @Test
    @DisplayName("a line typed in the thread that only mentions someone (bringing a member into a private thread, "
            + "calling everyone in) is not taken as an answer, where it showed in the summary as the typist's words")
    void lineOfOnlyMentionsIsNoAnswer() {
        try (TestBot on = withTypedAnswers()) {
            // GIVEN Ana leads a session and Ben has answered question 1
            Member ana = on.member("ana");
            Member ben = on.member("ben");
            long thread = startedTip1(on, ana);
            ben.typesInThread(thread, "The food bank");

            // WHEN Ana brings Cy in by mentioning him, calls everyone in, and Ben greets him with words
            assertThat(ana.typesInThread(thread, Mentions.user(777L)).text()).isEmpty();
            ana.typesInThread(thread, "@everyone " + Mentions.role(55L) + " <#66>");
            ana.typesInThread(thread, "@here");
            ben.typesInThread(thread, Mentions.user(777L) + " welcome, the library too");

            // THEN the summary holds Ben's words alone: Ana's mentions are not an answer of hers
            ana.readsInThread(thread, latestQuestion(on, thread));
            ana.presses("End");
            on.app().scheduler().runDue();
            assertThat(lastPost(on, thread).plainText()).contains("1 answer from 1 member")
                    .contains("The food bank").contains("welcome, the library too")
                    .doesNotContain("**ana**", "@everyone", "@here");
        }
    }

    @Test
    @DisplayName("an answer sent from the form with only mentions (@everyone, a member, a role) is not kept, as such a "
            + "line typed in the thread is not, and the reply says why and what to write; Edit keeps the answer there")
    void formAnswerOfOnlyMentionsIsNotKept() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben answered question 1 in the form
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The food bank");

            // WHEN he sends @everyone alone from the form, then a member, a role and @here
            Reply everyone = ben.answersInThread(thread, latestQuestion(bot, thread), "@everyone");
            Reply others = ben.answersInThread(thread, latestQuestion(bot, thread),
                    Mentions.user(777L) + " " + Mentions.role(55L) + " @here 🎉");

            // THEN neither is kept, and each reply says why and what to do
            for (Reply refused : List.of(everyone, others)) {
                assertThat(refused.ephemeral()).isTrue();
                assertThat(refused.text()).isEqualTo("Your answer had only mentions in it (such as @everyone or a "
                        + "member's name), so nothing was saved: a mention calls people in, but doesn't say what you "
                        + "think. Press **Answer** again and write a few words of your own.");
            }

            // AND Edit from /session answers with only a mention keeps the answer he had
            picksFirstAnswer(ben);
            ben.presses("Edit");
            assertThat(ben.submits("answer", "@everyone").plainText()).startsWith("Your answer had only mentions in it "
                    + "(such as @everyone or a member's name), so I kept the one you had: a mention calls people in")
                    .contains("The food bank");

            // AND the summary holds his words alone
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("1 answer from 1 member", "The food bank")
                    .doesNotContain("@everyone", "@here", "🎉");
        }
    }

    @Test
    @DisplayName("a mention with a letter or two ('@everyone a') is no answer in a session either: from the form it is "
            + "refused with what he typed quoted back, from Edit the answer there stays, and typed in the thread it "
            + "is not added")
    void mentionWithALetterIsNoSessionAnswer() {
        try (TestBot on = withTypedAnswers()) {
            // GIVEN Ben answered question 1
            Member ana = on.member("ana");
            Member ben = on.member("ben");
            long thread = startedTip1(on, ana);
            ben.answersInThread(thread, latestQuestion(on, thread), "The food bank");

            // WHEN he sends "@everyone a" from the form, and types "<@777> ok" in the thread
            Reply refused = ben.answersInThread(thread, latestQuestion(on, thread), "@everyone a");
            ben.typesInThread(thread, Mentions.user(777L) + " ok");

            // THEN the form's answer is refused, quoting what he typed, and saying what to do
            assertThat(refused.ephemeral()).isTrue();
            assertThat(refused.text()).isEqualTo("I didn't keep “@everyone a” as your answer: a mention calls people "
                    + "in, and “a” on its own doesn't say what you think yet. Press **Answer** again and write a few "
                    + "words of your own.");

            // AND Edit with one keeps the answer there
            picksFirstAnswer(ben);
            ben.presses("Edit");
            assertThat(ben.submits("answer", "@here no").plainText()).startsWith("I didn't keep “@here no” as your "
                    + "answer: a mention calls people in, and “no” on its own doesn't say what you think yet. I kept "
                    + "the one you had.").contains("The food bank");

            // AND the summary holds his words alone
            ana.readsInThread(thread, latestQuestion(on, thread));
            ana.presses("End");
            on.app().scheduler().runDue();
            assertThat(lastPost(on, thread).plainText()).contains("1 answer from 1 member", "The food bank")
                    .doesNotContain("@everyone", " ok");
        }
    }

    @Test
    @DisplayName("an answer written one item per line keeps its items apart in the summary and in /session answers "
            + "(\" / \" between them, as /coach answers shows it), where they ran together into one sentence")
    void answerOnSeveralLinesKeepsItsItemsApart() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN question 1 asks for organizations "one per line", and Ben answers so
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            ben.answersInThread(thread, latestQuestion(bot, thread), "Eastside Food Bank\nLincoln High\nThe library");

            // WHEN Ana ends the session
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();

            // THEN the summary and his own list show three organizations, not "Eastside Food Bank Lincoln High ..."
            assertThat(lastPost(bot, thread).plainText())
                    .contains("**ben**: Eastside Food Bank / Lincoln High / The library");
            assertThat(ben.runs("session answers").plainText())
                    .contains("1. Eastside Food Bank / Lincoln High / The library");
        }
    }

    @Test
    @DisplayName("ending a session nobody answered tells the facilitator so and how to try again, where it pointed "
            + "everyone to answers in /coach answers that nobody had")
    void endingASessionNobodyAnswered() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a session in which nobody has answered yet
            Member ana = bot.member("ana");
            long thread = startedTip1(bot, ana);

            // WHEN Ana moves on from question 1, which nobody answered, THEN she hears only where the group is now
            ana.readsInThread(thread, latestQuestion(bot, thread));
            assertThat(ana.presses("Next question").text()).isEqualTo("Moving on: question 2 of 5 is posted in the "
                    + "thread.");
            bot.app().scheduler().runDue();

            // WHEN Ana ends it
            ana.readsInThread(thread, latestQuestion(bot, thread));
            Reply ended = ana.presses("End");

            // THEN she hears that nobody answered and what to do next, with no answers to look for
            assertThat(ended.text()).isEqualTo("The session has ended. Nobody answered, so the summary I'm posting "
                    + "in the thread says just that. When the group is ready, run `/session start plan:tip-1` in a "
                    + "text channel to reflect together again.");
        }
    }

    @Test
    @DisplayName("an answer sent just after the facilitator moved on is kept with its question, and its author is told "
            + "how to change it now that the question's Answer button is gone")
    void answerWrittenWhileTheQuestionClosedIsKept() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben has the form of question 1 open
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            Reply question = latestQuestion(bot, thread);
            ben.readsInThread(thread, question);
            ben.presses("Answer");

            // WHEN Ana moves on to question 2 before he sends it
            ana.readsInThread(thread, question);
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            Reply saved = ben.submits("answer", "The youth center's director, Mo");

            // THEN his words are kept with question 1, which the thread shows without buttons, counted
            bot.advance(Duration.ofSeconds(5));
            assertThat(latestEditText(bot)).startsWith("Question 1 of 5").contains("1 answer", "closed");
            assertThat(bot.messenger().edits().get(bot.messenger().edits().size() - 1).reply().buttons()).isEmpty();

            // AND he is told how to change it: not with a button that is gone
            assertThat(saved.text()).contains("your answer to question 1 is saved", "`/session answers`")
                    .doesNotContain("Press **Answer** again");
            assertThat(ben.runs("session answers").plainText()).contains("The youth center's director, Mo");
        }
    }

    @Test
    @DisplayName("an answer sent back from Answer as it opened says nothing changed, not that it replaced the earlier "
            + "one; sent so after the end, it edits no summary in the thread")
    void answerSentBackUnchangedSaysNothingChanged() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben answered question 1
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            Reply question = latestQuestion(bot, thread);
            ben.readsInThread(thread, question);
            ben.presses("Answer");
            ben.submits("answer", "The youth center's director, Mo");

            // WHEN he presses Answer again to look, and sends the form back as it opened
            ben.readsInThread(thread, question);
            assertThat(ben.presses("Answer").form().inputs().get(0).value())
                    .isEqualTo("The youth center's director, Mo");
            Reply again = ben.submits("answer", "The youth center's director, Mo");

            // THEN he reads that nothing changed, and how to change it, not that it replaced his earlier answer
            assertThat(again.text()).contains("Your answer to question 1 is as it was", "nothing changed",
                    "press **Answer** again").doesNotContain("replaces your earlier one");

            // WHEN the session ends while he has the form open again, and he sends it back unchanged
            ben.readsInThread(thread, question);
            ben.presses("Answer");
            ana.readsInThread(thread, question);
            ana.presses("End");
            bot.app().scheduler().runDue();
            int edits = bot.messenger().edits().size();
            Reply late = ben.submits("answer", "The youth center's director, Mo");

            // THEN he reads that it is in the summary as it was, and the summary in the thread is not edited for it
            assertThat(late.text()).contains("as it was", "`/session answers`")
                    .doesNotContain("adding it to the summary", "isn't in the summary");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().edits()).hasSize(edits);
        }
    }

    @Test
    @DisplayName("an answer sent just after the facilitator ended the session is kept, added to the posted summary, "
            + "and the summary posted again has it")
    void answerWrittenWhileTheSessionEndedIsKept() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben has the form of question 1 open, writing a long thought
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Friday circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply question = latestQuestion(bot, thread);
            ben.readsInThread(thread, question);
            ben.presses("Answer");

            // WHEN Ana ends the session before he sends it
            ana.readsInThread(thread, question);
            ana.presses("End");
            bot.app().scheduler().runDue();
            Reply saved = ben.submits("answer", "The youth center's director, Mo");

            // THEN his words are kept, added to the summary in the thread, and he is told so
            assertThat(saved.text()).contains("your answer to question 1 is saved", "ended while you were writing",
                    "adding it to the summary posted in the thread");
            assertThat(ben.runs("session answers").plainText()).contains("The youth center's director, Mo");
            bot.app().scheduler().runDue();
            assertThat(latestEditText(bot)).contains("Summary: Friday circle")
                    .contains("**ben**: The youth center's director, Mo");
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            assertThat(ben.runsInThread(thread, "session summary").text()).contains("Posting the summary");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("Summary (again): Friday circle")
                    .contains("**ben**: The youth center's director, Mo");

            // AND pressing Answer on the ended session still says it has ended
            ben.readsInThread(thread, question);
            assertThat(ben.presses("Answer").text()).contains("This session has ended");
        }
    }

    @Test
    @DisplayName("a private session brings its facilitator into the thread and says how members join; a new "
            + "facilitator is brought in too")
    void privateThreadBringsInTheFacilitator() {
        try (TestBot bot = TestBot.inMemory()) {
            // WHEN Ana starts a private session
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Reply started = ana.runs("session start", "plan", "tip-1", "title", "Staff only", "private", "true");

            // THEN she reads how members join, and the channel is not told to join a thread nobody can see
            assertThat(started.text()).contains("private thread", "Bring in each member");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(posts(bot, TestBot.CHANNEL)).extracting(Reply::plainText).singleElement().asString()
                    .contains("private thread", "brings in the members").doesNotContain("Join", "<#", "Staff only");

            // AND the plan is posted naming her in the message itself (which brings her into a private thread) and
            // says how to bring the others in
            Reply plan = posts(bot, thread).get(0);
            assertThat(plan.mentionUsers()).containsExactly(ana.id());
            assertThat(plan.text()).contains("<@" + ana.id() + ">", "this thread is private", "mentioning them");

            // AND handing the session over names the new facilitator in the thread so that they are brought in as well
            Reply handed = ana.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id()));
            assertThat(handed.text()).contains("now facilitates");
            bot.app().scheduler().runDue();
            Reply announced = lastPost(bot, thread);
            assertThat(announced.text()).startsWith("<@" + ben.id() + "> now facilitates");
            assertThat(announced.mentionUsers()).containsExactly(ben.id());
        }
    }

    @Test
    @DisplayName("a public session's plan pings nobody")
    void publicThreadPingsNobody() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "tip-1");
            bot.app().scheduler().runDue();
            assertThat(posts(bot, TestBot.CHANNEL).get(0).mentionUsers()).isEmpty();
            Reply plan = posts(bot, thread(bot)).get(0);
            assertThat(plan.mentionUsers()).isEmpty();
            assertThat(plan.text()).isEmpty();
        }
    }

    @Test
    @DisplayName("a line typed in the thread that would overfill an answer leaves the answer written in the form whole")
    void typedLineNeverReplacesALongAnswer() {
        try (TestBot bot = withTypedAnswers()) {
            // GIVEN Ana wrote a long answer in the form, close to what a form holds
            Member ana = bot.member("ana");
            long thread = startedTip1(bot, ana);
            String longAnswer = "Our board meets monthly. ".repeat(159).strip();
            ana.answersInThread(thread, latestQuestion(bot, thread), longAnswer);

            // WHEN she then types a line in the thread that does not fit in it any more
            ana.typesInThread(thread, "Also: ask Dee about the food council, she knows their chair well.");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();

            // THEN the form's answer is kept whole (the typed line stays in the thread), not swapped for the line
            Reply summary = lastPost(bot, thread);
            assertThat(summary.files()).hasSize(1);
            assertThat(new String(summary.files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(longAnswer);
            assertThat(ana.runs("session answers").plainText()).contains("Our board meets monthly.");
        }
    }

    @Test
    @DisplayName("deleting or editing an answer once the session's thread was archived says truly what happens to the "
            + "posted summary: reopened for a moment, or out of reach when locked")
    void changesInAnArchivedThreadAreTold() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben's two answers are in the summary posted when the session ended
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            Reply question = latestQuestion(bot, thread);
            ben.answersInThread(thread, question, "Something I'd rather take back");
            ana.readsInThread(thread, question);
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            ben.answersInThread(thread, latestQuestion(bot, thread), "Something to reword");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();

            // WHEN Discord archived the quiet thread, and Ben deletes an answer
            bot.messenger().threadReaches(thread, org.partnercoach.chat.Messenger.ThreadReach.ARCHIVED_OR_GONE);
            picksFirstAnswer(ben);
            Reply deleted = ben.presses("Delete");

            // THEN he hears that the bot reopens the thread to take it out, and what a lock would mean
            assertThat(deleted.text()).contains("Deleted that answer", "thread was archived, so I'm reopening it for "
                    + "a moment", "If a moderator locked or deleted the thread, I can't")
                    .doesNotContain("can't reach the session's thread");

            // WHEN a moderator locked it too, and he edits his other answer
            bot.messenger().threadReaches(thread, org.partnercoach.chat.Messenger.ThreadReach.UNREACHABLE);
            picksFirstAnswer(ben);
            ben.presses("Edit");
            Reply edited = ben.submits("answer", "Reworded");

            // THEN he hears that the posted summary keeps his earlier words, and who can remove that post
            assertThat(edited.text()).contains("Updated your answer", "locked or closed to me", "Manage Messages")
                    .doesNotContain("reopening it");
        }
    }

    @Test
    @DisplayName("deleting an answer after the summary went out takes it out of the posted summary, and says so")
    void deletingAfterTheSummaryIsHonest() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben's answer is in the summary posted when the session ended
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana);
            Reply question = latestQuestion(bot, thread);
            ben.answersInThread(thread, question, "Something I'd rather take back");
            ana.readsInThread(thread, question);
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("Something I'd rather take back");

            // WHEN he deletes it from /session answers
            picksFirstAnswer(ben);
            Reply deleted = ben.presses("Delete");

            // THEN he hears that it is being taken out of the posted summary, and then the summary no longer shows it
            assertThat(deleted.text()).contains("Deleted that answer", "taking it out of the summary posted in the "
                    + "thread").doesNotContain("It's gone from the session too");
            assertThat(ben.runs("session answers").text()).contains("You have no group session answers")
                    .doesNotContain("haven't answered");
            bot.app().scheduler().runDue();
            assertThat(latestEditText(bot)).contains("Summary:").doesNotContain("Something I'd rather take back");
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            ben.runsInThread(thread, "session summary");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("Summary (again)")
                    .doesNotContain("Something I'd rather take back");
        }
    }

    @Test
    @DisplayName("/session list shows a private session to those outside it without its title or thread, and in full "
            + "to its facilitator, its members and coordinators")
    void privateSessionInTheList() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana runs a private session for the staff, and Ben answered in it
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member dee = bot.member("dee");
            Member cora = bot.coordinator("cora");
            Reply started = ana.runs("session start", "plan", "tip-1", "title", "Worries about the clinic",
                    "private", "true");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            ben.answersInThread(thread, latestQuestion(bot, thread), "They stopped answering our calls");

            // THEN the channel was not told its title either
            assertThat(started.text()).doesNotContain("Worries about the clinic").contains("private");

            // WHEN Dee, who is not in it, lists the open sessions
            String outside = dee.runs("session list").plainText();

            // THEN she sees that a private session runs and who leads it, but not its title or its thread
            assertThat(outside).contains("private session", "led by <@" + ana.id() + ">", "question 1 of 5")
                    .doesNotContain("Worries about the clinic").doesNotContain("<#" + thread + ">");

            // AND the facilitator, a member who answered in it and a coordinator see its title and thread
            for (Member inside : List.of(ana, ben, cora)) {
                assertThat(inside.runs("session list").plainText()).as(inside.name())
                        .contains("Worries about the clinic", "<#" + thread + ">", "private", "question 1 of 5");
            }
        }
    }

    @Test
    @DisplayName("a member who started a private session and handed it over still sees it in /session list as one "
            + "she is in, and so does each facilitator before the one leading it now; those outside it still don't")
    void privateSessionHandedOverStaysInTheList() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Cora started a private circle and handed it to Bea, who handed it on to Ben
            Member cora = bot.member("cora");
            Member bea = bot.member("bea");
            Member ben = bot.member("ben");
            Member dee = bot.member("dee");
            cora.runs("session start", "plan", "tip-3", "title", "Cora circle", "private", "true");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            cora.runsInThread(thread, "session facilitator", "member", String.valueOf(bea.id()));
            bot.app().scheduler().runDue();

            // WHEN Cora lists the open sessions from the channel
            String hers = cora.runs("session list").plainText();

            // THEN she sees it as one she is in: its title, its thread and who leads it now, not a request to be let in
            assertThat(hers).contains("Cora circle", "<#" + thread + ">", "private", "question 1 of 3",
                    "led by <@" + bea.id() + ">").doesNotContain("A private session", "bring you in");

            // AND once Bea hands it on, Bea and Cora both still see it in full
            bea.runsInThread(thread, "session facilitator", "member", String.valueOf(ben.id()));
            bot.app().scheduler().runDue();
            for (Member before : List.of(cora, bea, ben)) {
                assertThat(before.runs("session list").plainText()).as(before.name())
                        .contains("Cora circle", "<#" + thread + ">", "led by <@" + ben.id() + ">")
                        .doesNotContain("bring you in");
            }

            // AND Dee, outside it, sees only that a private session runs, led by Ben
            assertThat(dee.runs("session list").plainText()).contains("A private session", "led by <@" + ben.id()
                    + ">", "ask <@" + ben.id() + "> to bring you in").doesNotContain("Cora circle", "<#" + thread);
            // AND a member brought in by a mention the bot never read sees it in full when she lists from the thread
            assertThat(dee.runsInThread(thread, "session list").plainText()).contains("Cora circle")
                    .doesNotContain("bring you in");

            // AND Cora starting it again in the channel hears it is still open, rather than making a second one
            assertThat(cora.runs("session start", "plan", "tip-3", "title", "Cora circle", "private", "true").text())
                    .contains("**Cora circle** is still open", "Nothing was created");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).hasSize(1);
        }
    }

    @Test
    @DisplayName("a member outside a private session who gives hers the same title starts it, and the reply names "
            + "the private one without its title, which stays hidden from her")
    void privateSessionsTitleStopsNoOneOutsideIt() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Cora's private circle runs in the channel
            Member cora = bot.member("cora");
            Member dee = bot.member("dee");
            cora.runs("session start", "plan", "tip-3", "title", "Cora circle", "private", "true");
            bot.app().scheduler().runDue();

            // WHEN Dee, who is not in it, starts a session of the same title in another case
            Reply started = dee.runs("session start", "plan", "tip-4", "title", "cora CIRCLE");
            bot.app().scheduler().runDue();

            // THEN hers is created, and the reply lists a private session still open, led by Cora, never its title
            assertThat(started.plainText()).doesNotContain("Nothing was created", "Cora circle")
                    .contains("private session", "<@" + cora.id() + ">");
            assertThat(bot.messenger().threads()).hasSize(2);
        }
    }

    @Test
    @DisplayName("/session list with more open sessions than one message holds shows the newest, fits Discord's "
            + "limits, and says how many more there are")
    void longListOfOpenSessions() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN 30 sessions left open, with long titles full of Markdown, and then Ana starts hers
            Member gus = bot.member("gus");
            for (int i = 1; i <= 30; i++) {
                gus.runs("session start", "plan", "tip-2", "title", ("Circle " + i + " " + "*_".repeat(40))
                        .substring(0, Sessions.MAX_TITLE));
            }
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "tip-1", "title", "Harbor circle");
            bot.app().scheduler().runDue();

            // WHEN she lists the open sessions
            Reply list = ana.runs("session list");

            // THEN hers is there, the message is one Discord accepts, and it says that older ones are left out
            assertThat(list.plainText()).contains("Harbor circle", "Circle 30");
            Card card = list.cards().get(0);
            assertThat(card.fields().size()).isLessThanOrEqualTo(Limits.EMBED_FIELDS);
            assertThat(card.length()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
            int left = 31 - card.fields().size();
            assertThat(left).isPositive();
            assertThat(list.plainText()).contains(left + " more", "started earlier");
        }
    }

    @Test
    @DisplayName("/session list says which question of how many each open session is at, as /session start does, and "
            + "reads them all at once however many are open")
    void listSaysQuestionOfHowMany() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's tip-1 circle (5 questions) has moved on to question 2
            Member ana = bot.member("ana");
            Member cora = bot.coordinator("cora");
            long thread = startedTip1(bot, ana, "Harbor circle");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            cora.homeKnown().runs("session list");
            Counted one = Counted.of(() -> cora.runs("session list"));

            // AND Ben's Ask Yourself session (4 questions) and another tip-1 circle have started
            Member ben = bot.member("ben");
            ben.runs("session start", "plan", "ask-yourself", "title", "Dock circle");
            startedTip1(bot, ben, "Pier circle");

            // WHEN a coordinator lists the open sessions
            Counted three = Counted.of(() -> cora.runs("session list"));

            // THEN each says which question of its plan it is at
            assertThat(three.reply().cards().get(0).fields()).extracting(Card.Field::value).satisfiesExactly(
                    harbor -> assertThat(harbor).contains(" · question 2 of 5 · "),
                    dock -> assertThat(dock).contains(" · question 1 of 4 · "),
                    pier -> assertThat(pier).contains(" · question 1 of 5 · "));
            // AND the plans' sizes are read in one go, not once for each session listed
            assertThat(three.statements()).isEqualTo(one.statements());
        }
    }

    @Test
    @DisplayName("/session list says when each open session started, so one left open for days stands out from today's")
    void listSaysWhenEachSessionStarted() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN last week's circle was never ended, and today's has just started
            Member ana = bot.member("ana");
            java.time.Instant lastWeek = bot.clock().instant();
            startedTip1(bot, ana, "Tuesday circle");
            bot.advance(Duration.ofDays(7));
            java.time.Instant today = bot.clock().instant();
            startedTip1(bot, ana, "Tuesday circle, week 2");

            // WHEN a coordinator lists the open sessions
            List<Card.Field> open = bot.coordinator("cora").runs("session list").cards().get(0).fields();

            // THEN each says when it started
            assertThat(open).hasSize(2);
            assertThat(open.get(0).value()).contains("started <t:" + lastWeek.getEpochSecond() + ":R>");
            assertThat(open.get(1).value()).contains("started <t:" + today.getEpochSecond() + ":R>");
        }
    }

    @Test
    @DisplayName("a summary asked for while the session runs shows the question still open as waiting for answers, "
            + "with how to add one, and a closed question nobody answered as having none")
    void summarySoFarShowsTheOpenQuestionAsWaiting() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN question 1 went by unanswered, and Ben answered question 2, at which the group is now
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana, "Harbor circle");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            ben.readsInThread(thread, latestQuestion(bot, thread));
            ben.presses("Answer");
            ben.submits("answer", "I volunteer at the food bank");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();

            // WHEN the summary so far is asked for at question 3, which nobody has answered yet
            ana.runsInThread(thread, "session summary");
            bot.app().scheduler().runDue();

            // THEN question 3 waits for answers, saying how to add one; question 1, closed, had none
            List<Card.Field> fields = lastPost(bot, thread).cards().get(0).fields();
            assertThat(fields).hasSize(3);
            assertThat(fields.get(0).value()).isEqualTo("_No answers._");
            assertThat(fields.get(1).value()).contains("I volunteer at the food bank");
            assertThat(fields.get(2).value()).contains("No answers yet", "press **Answer** under the question");

            // AND once the session ends, the summary says plainly that question 3 had none
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).cards().get(0).fields().get(2).value()).isEqualTo("_No answers._");
        }
    }

    @Test
    @DisplayName("a summary with no answers says so in words and says what to do next")
    void summaryWithoutAnswers() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a session where nobody has answered yet
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "tip-1", "title", "Quiet circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);

            // WHEN the summary so far is asked for
            ana.runsInThread(thread, "session summary");
            bot.app().scheduler().runDue();

            // THEN it says nobody has answered yet and how to answer
            String soFar = lastPost(bot, thread).plainText();
            assertThat(soFar).contains("Summary so far: Quiet circle", "No answers yet", "press **Answer**")
                    .doesNotContain("0 answers").doesNotContain("0 members");

            // WHEN the session ends with no answers
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();

            // THEN the summary says nobody answered and how to try again, not "0 answers from 0 members"
            String ended = lastPost(bot, thread).plainText();
            assertThat(ended).contains("Summary: Quiet circle", "Nobody answered", "`/session start plan:tip-1`")
                    .doesNotContain("0 answers").doesNotContain("0 members");
        }
    }

    @Test
    @DisplayName("the summary at the end says what the group can do next: the next tip after a whole tip, another "
            + "session after the last tip or one ended early, where it said so only when nobody answered or the "
            + "session idled out")
    void summaryAtTheEndSaysWhatNext() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben answered in Ana's tip 1 session
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = startedTip1(bot, ana, "Tuesday circle");
            ben.answersInThread(thread, latestQuestion(bot, thread), "The food bank");

            // WHEN the summary so far is asked for THEN it says nothing of what comes after the session
            ben.runsInThread(thread, "session summary");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("Summary so far").doesNotContain("/session start");

            // WHEN Ana takes the group through every question of the tip
            finishes(bot, ana, thread);

            // THEN the summary names the next tip, as a command the group can run
            assertThat(lastPost(bot, thread).cards().get(0).description()).isEqualTo("5 questions, 1 answer from 1 "
                    + "member. Next time, `/session start plan:tip-2` takes the group on to tip 2.");

            // AND after the last tip it says how to meet again
            ana.runs("session start", "plan", "tip-5", "title", "Last tip");
            bot.app().scheduler().runDue();
            long last = thread(bot);
            ben.answersInThread(last, latestQuestion(bot, last), "Twice a year");
            finishes(bot, ana, last);
            assertThat(lastPost(bot, last).cards().get(0).description()).endsWith("1 answer from 1 member. To "
                    + "reflect together again, run `/session start plan:tip-5` in a text channel (or another plan).");

            // AND so it does after a tip ended before its last question, which it does not skip
            ana.runs("session start", "plan", "tip-2", "title", "Short evening");
            bot.app().scheduler().runDue();
            long early = thread(bot);
            ben.answersInThread(early, latestQuestion(bot, early), "The director");
            ana.readsInThread(early, latestQuestion(bot, early));
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, early).cards().get(0).description()).endsWith("1 answer from 1 member. To "
                    + "reflect together again, run `/session start plan:tip-2` in a text channel (or another plan).");
        }
    }

    /** A bot whose sessions take lines typed in their thread as answers ({@code sessions.typedAnswers}). */
    private static TestBot withTypedAnswers() {
        return TestBot.inMemory(TestBot::typedAnswers);
    }
}
