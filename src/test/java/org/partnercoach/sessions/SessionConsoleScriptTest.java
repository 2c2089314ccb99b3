package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ConsoleScript;
import org.partnercoach.support.TestBot;

@DisplayName("Console script: a group reflection session")
class SessionConsoleScriptTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("cora starts a private session and hands it to bea: /session list, in the thread and in the channel, "
            + "shows it to her as one she is in, not as a session to ask bea to be brought into")
    void privateSessionHandedOverInTheConsole() {
        String transcript = ConsoleScript.run("""
                :user cora
                /session start plan:tip-3 title:Cora circle private:yes
                :in #Cora
                /session facilitator member:@bea
                /session list
                :in #general
                /session list
                """, dir.resolve("out"));

        String lists = transcript.substring(transcript.indexOf("you (cora)> /session list"));
        assertThat(lists).contains("Cora circle", "private", "led by @bea")
                .doesNotContain("A private session", "bring you in");
        String fromChannel = lists.substring(lists.lastIndexOf("you (cora)> /session list"));
        assertThat(fromChannel).contains("Cora circle", "led by @bea").doesNotContain("bring you in");
    }

    @Test
    @DisplayName("the owner starts a session, two members answer in the form, the owner moves on and ends it")
    void sessionInTheConsole() {
        String transcript = ConsoleScript.run("""
                /session start plan:tip-1 title:"Tuesday circle"
                :user bea
                #answer
                Eastside Food Bank, Lincoln High
                :user carl
                #answer
                The library
                # the count under the question is edited at most every few seconds
                :advance 1m
                :user bea
                #next
                :user you
                #next
                :in #Reflection
                #end
                /session list
                :in #general
                /coach answers
                :user bea
                /coach answers
                """, dir.resolve("out"));

        assertThat(transcript).contains("(a thread \"Reflection: Tuesday circle\" opened under #general)")
                .contains("bot (#Reflection: Tuesday circle)> ── Group reflection: Tuesday circle ──")
                .contains("bot (#Reflection: Tuesday circle)> ── Question 1 of 5 · Do your research ──")
                .contains("bot (form)> Question 1")
                .contains("Thanks, your answer to question 1 is saved")
                .contains("bot (#Reflection: Tuesday circle, edited)> ── Question 1 of 5")
                .contains("2 answers")
                .contains("Only the facilitator (@you) or a coordinator")
                .contains("Moving on: question 2 of 5")
                .contains("── Summary: Tuesday circle ──")
                .contains("**bea**: Eastside Food Bank, Lincoln High")
                .contains("**carl**: The library");
        String beasAnswers = transcript.substring(transcript.lastIndexOf("you (bea)> /coach answers"));
        assertThat(beasAnswers).contains("Your group session answers").contains("Eastside Food Bank")
                .doesNotContain("The library");
    }

    @Test
    @DisplayName("a plan the bot doesn't have is refused in the console as on Discord: the plans to pick and what to "
            + "run, no file path; the plan picked next starts")
    void unknownPlanInTheConsole() {
        String transcript = ConsoleScript.run("""
                /session start plan:xyz
                /session start plan:ask-yourself
                """, dir.resolve("out"));

        String refused = transcript.substring(transcript.indexOf("/session start plan:xyz"),
                transcript.indexOf("/session start plan:ask-yourself"));
        assertThat(refused).contains("I don't have a plan called `xyz`", "`ask-yourself`", "`tip-1` to `tip-5`",
                "`/session start plan:tip-1`").doesNotContain(".yml", "no such file");
        assertThat(transcript).contains("Group reflection: Ask Yourself");
    }

    @Test
    @DisplayName("with typed answers on, @bea typed alone in a session's thread names the member, as Discord's mention "
            + "does, and is no answer; @bea with words is one, shown with her name")
    void mentionTypedInTheThreadIsNoAnswer() {
        // GIVEN a server that counts lines typed in a session's thread, and bea, whom the console knows
        String transcript = ConsoleScript.runWith(TestBot::typedAnswers, """
                :user bea
                :user you
                /session start plan:tip-1 title:"Tuesday circle"
                :in #Reflection
                @bea
                :user carl
                @bea welcome, the library too
                :user you
                #end
                """, dir.resolve("out"));

        // WHEN the facilitator calls bea in with @bea alone, and carl greets her with words
        // THEN the summary keeps carl's line as his answer, her name shown, and nothing of the facilitator's
        String summary = transcript.substring(transcript.indexOf("── Summary: Tuesday circle ──"));
        assertThat(summary).contains("1 answer from 1 member", "**carl**: @bea welcome, the library too")
                .doesNotContain("**you**");
    }

    @Test
    @DisplayName("with typed answers on, the console's note on a line typed in a thread says what became of it: added "
            + "while the session is open, not an answer when it only names people, and after the end that the "
            + "session has ended and what to do, with the thread's note at the member's first line after it (as on "
            + "Discord) and none at the next, where it said an open session adds it")
    void noteOnALineTypedInTheThreadIsTrue() {
        // GIVEN a session whose thread takes typed lines, and bea, whom the console knows
        String transcript = ConsoleScript.runWith(TestBot::typedAnswers, """
                :user bea
                :user you
                /session start plan:tip-1 title:"Tuesday circle"
                :in #Reflection
                @bea
                @bea hi
                The food bank
                #end
                :user bea
                Thanks all, see you next week
                And the library too
                """, dir.resolve("out"));

        // WHEN the facilitator calls bea in, THEN the note says the line is not an answer, and why
        assertThat(between(transcript, "you (you)> @bea", "you (you)> @bea hi")).contains("(posted in "
                + "#Reflection: Tuesday circle; the bot does not reply to it: it only names people (with a letter or "
                + "two at most), so it is not added to your answer");
        // AND so when she greets bea with a word of two letters: no answer yet
        assertThat(between(transcript, "you (you)> @bea hi", "you (you)> The food bank")).contains("it only names "
                + "people (with a letter or two at most), so it is not added to your answer");
        // AND a line with words is added while the session is open
        assertThat(between(transcript, "you (you)> The food bank", "you (you)> #end"))
                .contains("an open session adds it to your answer to the current question");
        // AND after the end, bea's first line is the group's alone: the note says so, and the thread's own note to
        // her follows, as on Discord, naming her
        String first = between(transcript, "you (bea)> Thanks all", "you (bea)> And the library");
        assertThat(first).contains("(posted in #Reflection: Tuesday circle for the group to read; its session has "
                        + "ended, so it is not kept as an answer: the bot's note in the thread says so, once (your "
                        + "later lines there get no reply))")
                .contains("bot (#Reflection: Tuesday circle)> @bea, this session has ended, so I didn't keep that "
                        + "line as an answer: it stays here for the group to read. To change your answers, run "
                        + "`/session answers`.")
                .doesNotContain("an open session adds it");
        // AND her next line gets no note in the thread, and the console's note says why, and what to do next
        String next = transcript.substring(transcript.indexOf("you (bea)> And the library"));
        assertThat(next).contains("(posted in #Reflection: Tuesday circle for the group to read; its session has "
                        + "ended, so the bot does not keep it as an answer, nor reply (it says so once, at your first "
                        + "line with words after the end): /session answers changes your answers, and :in #general "
                        + "then /session start begins a new session)")
                .doesNotContain("bot (#Reflection");
    }

    @Test
    @DisplayName("with typed answers on, a line that would take the answer past 4,000 characters gets the console's "
            + "note that it is not added, and the thread's note to its author follows (as on Discord, from the outbox), "
            + "where the console said an open session adds it")
    void lineTooLongForTheAnswerInTheConsole() {
        // GIVEN bea's answer, typed in two long lines in the thread, is 3,991 characters
        String food = "The food bank. ".repeat(133).strip();
        String library = "The library too. ".repeat(117).strip() + " Yes yes";
        String transcript = ConsoleScript.runWith(TestBot::typedAnswers, """
                /session start plan:tip-1 title:"Tuesday circle"
                :user bea
                :in #Reflection
                %s
                %s
                and the clinic
                ok
                """.formatted(food, library), dir.resolve("out"));

        // WHEN she types one more line, THEN the console's note says it is not added, and the thread's note follows
        assertThat(between(transcript, "you (bea)> and the clinic", "you (bea)> ok"))
                .contains("(posted in #Reflection: Tuesday circle for the group to read; it would take your answer "
                        + "to the current question past what one answer holds, so it is not added: the bot's note in "
                        + "the thread says so, with what to do)")
                .contains("bot (#Reflection: Tuesday circle)> @bea, I didn't add that line to your answer to question "
                        + "1: it would take it to 4,006 characters")
                .doesNotContain("an open session adds it");
        // AND a line that fits is added, with no note
        assertThat(transcript.substring(transcript.indexOf("you (bea)> ok")))
                .contains("an open session adds it to your answer").doesNotContain("I didn't add");
    }

    private static String between(String transcript, String from, String to) {
        return transcript.substring(transcript.indexOf(from), transcript.indexOf(to));
    }

    @Test
    @DisplayName("a hand-over is told in the thread, naming the new facilitator; handed on, and after a forget, those "
            + "posts are edited to name no one")
    void handOverInTheConsole() {
        String transcript = ConsoleScript.run("""
                /session start plan:tip-1 title:"Tuesday circle"
                :in #Reflection
                /session facilitator member:@bea
                :user bea
                /session facilitator member:@carl
                :user carl
                /privacy forget
                #delete
                :advance 1m
                """, dir.resolve("out"));

        assertThat(transcript).contains("bot (only you)> Done: @bea now facilitates \"Tuesday circle\"")
                .contains("bot (#Reflection: Tuesday circle)> @bea now facilitates \"Tuesday circle\"")
                .contains("bot (#Reflection: Tuesday circle)> @carl now facilitates \"Tuesday circle\"")
                .contains("bot (#Reflection: Tuesday circle, edited)> \"Tuesday circle\" was handed over again")
                .contains("bot (#Reflection: Tuesday circle, edited)> This session was handed to a member who has "
                        + "since asked me to forget them");
    }

    @Test
    @DisplayName("a member pressing Next question once the facilitator left the server hears so, and that a "
            + "coordinator can take it over; /session list says so too")
    void facilitatorWhoLeft() {
        String transcript = ConsoleScript.run("""
                :user bea
                /session start plan:tip-1 title:"Tuesday circle"
                :user you
                :leave bea
                :user carl
                #next
                /session list
                """, dir.resolve("out"));

        String after = transcript.substring(transcript.indexOf("you (carl)> #next"));
        assertThat(after).contains("Only the facilitator or a coordinator can move the session on or end it, and the "
                        + "facilitator has left the server.", "Ask a coordinator to take the session over")
                .contains("led by its facilitator, who has left the server")
                .doesNotContain("@bea");
    }
}
