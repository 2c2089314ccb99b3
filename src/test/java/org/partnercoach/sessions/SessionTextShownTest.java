package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.lastPost;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.posts;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("What members typed in a session (its title, their names, their answers) reaches the group as typed")
class SessionTextShownTest {

    private static final String TITLE = "**Board** retreat ||spoiler||";
    private static final String TITLE_SHOWN = "\\*\\*Board\\*\\* retreat \\|\\|spoiler\\|\\|";
    private static final String ANSWER = "# Big idea: [the food bank](https://evil.example) *now*";
    private static final String ANSWER_SHOWN = "\\# Big idea: \\[the food bank\\]\\(https://evil.example\\) \\*now\\*";

    @Test
    @DisplayName("the title, a member's name and an answer with Markdown stay literal in the thread, the summary and "
            + "the replies")
    void markdownStaysLiteral() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a session titled with Markdown, and a member whose display name has some
            Member ana = bot.member("ana");
            Member dee = bot.member("_dee_");
            Reply started = ana.runs("session start", "plan", "tip-1", "title", TITLE);
            assertThat(started.plainText()).contains("**" + TITLE_SHOWN + "**");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(bot.messenger().threads().get(thread)).isEqualTo("Reflection: " + TITLE);
            assertThat(posts(bot, thread).get(0).plainText()).contains("Group reflection: " + TITLE_SHOWN);
            assertThat(ana.runs("session list").plainText()).contains(TITLE_SHOWN);

            // WHEN she answers with a heading and a masked link, and the session ends
            Reply question = latestQuestion(bot, thread);
            dee.answersInThread(thread, question, ANSWER);
            ana.readsInThread(thread, question);
            ana.presses("End");
            bot.app().scheduler().runDue();

            // THEN the summary shows her name, her words and the title as typed, no heading, link or bold made of them
            String summary = lastPost(bot, thread).plainText();
            assertThat(summary).contains("Summary: " + TITLE_SHOWN).contains("**\\_dee\\_**: " + ANSWER_SHOWN)
                    .doesNotContain("[the food bank](").doesNotContain("**_dee_**");
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            assertThat(ana.runsInThread(thread, "session summary").plainText())
                    .contains("Posting the summary of \"" + TITLE_SHOWN + "\"");
        }
    }

    @Test
    @DisplayName("/coach answers shows a session's title as it was typed, not as Markdown")
    void coachAnswersShowsTheTitleAsTyped() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Dee answered in a session whose title has Markdown in it
            Member ana = bot.member("ana");
            Member dee = bot.member("dee");
            ana.runs("session start", "plan", "tip-1", "title", TITLE);
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            dee.answersInThread(thread, latestQuestion(bot, thread), "The **food** council");

            // WHEN she looks at her answers
            String answers = dee.runs("coach answers").plainText();

            // THEN the session's heading and her answer show literally: no bold or spoiler made of them
            assertThat(answers).contains("Your group session answers", "**" + TITLE_SHOWN + " · 2 Mar 2026**",
                    "The \\*\\*food\\*\\* council").doesNotContain(TITLE).doesNotContain("**food**");
        }
    }

    @Test
    @DisplayName("/session answers lists each answer on one line as typed: a line break, a cut-off code mark or "
            + "spoiler does not spill into the answers below it")
    void ownAnswersListStaysOneLineEach() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Dee answered two questions: the first on two lines with an open code mark, the second plainly
            Member ana = bot.member("ana");
            Member dee = bot.member("dee");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            dee.answersInThread(thread, latestQuestion(bot, thread), "The food bank\n||ask `Maria first");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            dee.answersInThread(thread, latestQuestion(bot, thread), "I volunteer at the clinic");

            // WHEN she lists her session answers
            String list = dee.runs("session answers").plainText();

            // THEN each answer is one line (its line break shown as " / "), its marks shown literally, and the second
            // answer reads as written
            assertThat(list).contains("1. The food bank / \\|\\|ask \\`Maria first\n")
                    .contains("2. I volunteer at the clinic\n");
        }
    }

    @Test
    @DisplayName("an answer picked in /session answers shows whole and as typed, even one that fills the form's 4,000 "
            + "characters")
    void ownAnswerShowsWholeAndAsTyped() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Dee filled the form with an answer that has Markdown in it and ends with her main point
            Member ana = bot.member("ana");
            Member dee = bot.member("dee");
            ana.runs("session start", "plan", "tip-1", "title", "Spring circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            String start = "The **food** council, ";
            String end = " Ask Maria first.";
            String answer = start + "x".repeat(org.partnercoach.chat.Limits.MODAL_VALUE - start.length()
                    - end.length()) + end;
            dee.answersInThread(thread, latestQuestion(bot, thread), answer);

            // WHEN she picks it in /session answers
            Reply picked = SessionTestSupport.picksFirstAnswer(dee);

            // THEN she reads all of it, to its last words, with her Markdown shown as she typed it
            String shown = picked.cards().get(0).description();
            assertThat(shown).contains("The \\*\\*food\\*\\* council, ").endsWith(end).doesNotContain("**food**");
            assertThat(picked.buttons()).extracting(org.partnercoach.chat.Button::label).contains("Edit", "Delete");
        }
    }
}
