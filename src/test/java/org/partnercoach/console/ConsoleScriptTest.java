package org.partnercoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.AppRunner;

@DisplayName("The console, run from a script")
class ConsoleScriptTest {

    @TempDir
    Path dir;

    private String run(String script) throws Exception {
        Path file = dir.resolve("script-" + System.nanoTime() + ".txt");
        Files.writeString(file, script);
        return AppRunner.run(List.of("--script", file.toString()), Map.of(
                "PARTNER_COACH_DB_URL", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())).out();
    }

    @Test
    @DisplayName("a walk reads as a conversation: each line echoed, then the bot's answer and its buttons")
    void walkTranscript() throws Exception {
        String out = run("""
                # a comment line is not echoed
                /coach start
                #1
                Eastside Food Bank, Lincoln High\\nand the library
                #skip
                Their goals are food security 🎉
                back
                /coach progress
                """);

        assertThat(out).doesNotContain("a comment line");
        assertThat(out).containsSubsequence(
                "you (you)> /coach start",
                "bot (only you)> ── Tip 1 of 5 · Do your research ──",
                "[1] Answer  [2] Skip  [3] Back  [4] Pause",
                "you (you)> #1",
                "bot (form)> Tip 1 of 5 · Do your research",
                "form> Your answer",
                "you (you)> Eastside Food Bank, Lincoln High\\nand the library",
                "bot (only you)> Saved: “Eastside Food Bank, Lincoln High / and the library”",
                "Question 2 of 17",
                "you (you)> #skip",
                "bot (only you)> Skipped.",
                "you (you)> Their goals are food security 🎉",
                "bot (DM)> Saved: “Their goals are food security 🎉”",
                "Question 4 of 17",
                "you (you)> back",
                "bot (DM)> Back one question.",
                "you (you)> /coach progress",
                "Tip 1 of 5 · Do your research",
                "2 of 17 questions answered · 1 skipped");
    }

    @Test
    @DisplayName("back typed right after a walk opened at tip 5 comes round to question 1 goes to question 17, with "
            + "the answer just given")
    void backAfterComingRound() throws Exception {
        String out = run("""
                /coach tip number:5
                #1
                a15
                a16
                a17
                back
                """);

        assertThat(out).containsSubsequence(
                "you (you)> a17",
                "That was the last question; next come question 1 and the others you haven't seen yet, then the walk ends.",
                "Question 1 of 17",
                "you (you)> back",
                "bot (DM)> Back to question 17, the one you were on before question 1.",
                "Question 17 of 17",
                "*Your answer so far:* “a17”");
        assertThat(out).doesNotContain("This is the first question");
    }

    @Test
    @DisplayName("a comment line in a script while a form is open is skipped, as between commands, where it was saved "
            + "as the answer")
    void commentInsideAForm() throws Exception {
        String out = run("""
                /coach start
                #answer
                # the first question asks which organizations
                Eastside Food Bank
                #answer
                ## 1 on our list: the library
                """);

        assertThat(out).doesNotContain("the first question asks").contains("Saved: “Eastside Food Bank”")
                .contains("Saved: “# 1 on our list: the library”");
    }

    @Test
    @DisplayName("a second run on the same data resumes the first")
    void secondRunResumes() throws Exception {
        run("/coach start\nEastside Food Bank\n");
        String second = run("/coach start\n");
        assertThat(second).contains("Picking up where you left off.").contains("Question 2 of 17");
    }

    @Test
    @DisplayName("mistakes get a helpful line: unknown command, unknown option, missing option, no such button")
    void mistakes() throws Exception {
        String out = run("""
                /coach dance
                /coach tip colour:blue
                /coach tip
                /coach tip number:"2
                #7
                :advance soon
                :frobnicate
                """);
        assertThat(out).contains("I don't know `/coach dance`. Try: `/coach start`")
                .contains("`/coach tip` has no option `colour`. Usage: `/coach tip number:…`")
                .contains("`/coach tip` needs `number:`.")
                .contains("A quote is not closed.")
                .contains("(the last message you saw has no buttons; to press one, run again the command that shows "
                        + "it (`/coach start` shows your walk's question and its **Answer**))")
                .contains("(say how far: :advance 30m, :advance 2h, :advance 3d, :advance 1w, :advance 1 month)")
                .contains("(unknown console word :frobnicate; :help lists them)");
    }

    @Test
    @DisplayName(":user switches member, and each member has their own walk; :advance moves the clock")
    void users() throws Exception {
        String out = run("""
                /coach start
                Food bank
                :user bea
                /coach progress
                :advance 1d 2h
                :quit
                /coach start
                """);
        assertThat(out).containsSubsequence("you (bea)> /coach progress", "Not started yet")
                .contains("(you are now bea)")
                .contains("(the clock moved forward 1d 2h, to ");
        assertThat(out).doesNotContain("you (bea)> /coach start");
    }

    @Test
    @DisplayName("an edit form shows the old text; an empty line keeps it, :cancel closes the form, - clears it")
    void forms() throws Exception {
        String out = run("""
                /coach start
                Food bank
                /coach answers
                #edit 1
                :cancel
                #edit 1
                Food bank and YMCA
                #edit 1
                -
                #answer 1
                YMCA
                """);
        assertThat(out).contains("form> Your answer (a single - clears it) [now: Food bank; empty keeps it]")
                .contains("(form closed; nothing was sent)")
                .contains("bot (only you)> Updated: “Food bank and YMCA”")
                .contains("bot (only you)> Cleared your answer to “Who do you want to partner with?")
                .contains("*(skipped)*")
                .contains("bot (only you)> Updated: “YMCA”");
    }

    @Test
    @DisplayName(":help lists the grammar and every command")
    void help() throws Exception {
        String out = run(":help\n");
        assertThat(out).contains("/coach start").contains("/coach tip number:…").contains("/reflect")
                .contains(":advance 3d").contains("#1  or  #answer");
    }

    @Test
    @DisplayName(":help writes each command as the console takes it: no Discord backticks, yes|no for a yes/no option")
    void helpInConsoleGrammar() throws Exception {
        String out = run(":help\n");
        String commands = out.substring(out.indexOf("Commands:"));
        assertThat(commands).doesNotContain("`").doesNotContain("mine:…").contains("  /coach start  ")
                .contains("/partner list [stage:researching] [sector:public-health] [mine:yes|no]  ")
                .contains("/partner owner partner:… member:@…  ");
    }

    static String utf8(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
