package org.partnercoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercoach.AppRunner;
import org.partnercoach.support.ConsoleScript;
import org.partnercoach.support.TestBot;

@DisplayName("The console: the clock, members across runs, buttons per member, roles and forms")
class ConsoleWaysTest {

    @TempDir
    Path dir;

    private String script(String lines) {
        return ConsoleScript.run(lines, dir.resolve("out"));
    }

    private String app(String lines) throws Exception {
        Path file = dir.resolve("script-" + System.nanoTime() + ".txt");
        Files.writeString(file, lines);
        return AppRunner.run(List.of("--script", file.toString()), Map.of(
                "PARTNER_COACH_DB_URL", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())).out();
    }

    @Test
    @DisplayName("a member named in quotes (:user \"Ana López\", :leave @\"Ana López\") is the member of that name, "
            + "as a command's option names her")
    void memberNamedInQuotes() {
        String out = script("""
                :user "Ana López"
                /partner add name:Eastside Food Bank sector:food
                :user Ana López
                /partner list
                :user you
                :leave @"Ana López"
                :user Ana López
                """);

        assertThat(out).contains("(you are now Ana López)")
                .contains("· @Ana López · no touchpoint yet")
                .contains("(Ana López has left the server for this run; :member Ana López brings them back)")
                .doesNotContain("(you are now \"Ana López\")").doesNotContain("· @\"Ana López\"");
    }

    @Test
    @DisplayName(":advance runs due work at each moment on the way: a reminder held for quiet hours goes out at 08:00")
    void advanceStepsThroughQuietHours() {
        // GIVEN it is Monday 22:00 UTC, inside the default quiet hours, and you ask for a reminder in 2 days
        String out = script("""
                :advance 7h
                /remind when:"in 2 days" what:"Call Lincoln High"
                :advance 3d
                /reminders list
                """);

        // WHEN the clock jumps 3 days to Thursday 22:00, again inside quiet hours
        // THEN the reminder, due Wednesday 22:00 and held until Thursday 08:00, went out on the way
        String after = out.substring(out.indexOf("(the clock moved forward 3d"));
        assertThat(after).contains("bot (DM)> ── ⏰ Reminder ──", "Call Lincoln High", "You have no reminders coming")
                .doesNotContain("nothing to send right now");
    }

    @Test
    @DisplayName("a later run goes on from where :advance left the clock, so what was planned keeps its days")
    void clockAcrossRuns() throws Exception {
        // GIVEN a run that moved the clock a week on, then asked for a reminder in 2 days
        String first = app("""
                :advance 7d
                /remind when:"in 2 days" what:"Call Lincoln High"
                """);
        String moved = first.substring(first.indexOf("(the clock moved forward 7d, to ") + 32);
        String week = moved.substring(0, moved.indexOf(')'));

        // WHEN the console starts again on the same database
        String second = app("/reminders list\n");

        // THEN its clock goes on from that week (the console's clock runs on with real time, so the minute it
        // kept may be the next one), and the reminder is still 2 days away, not 9 (asked for the day after tomorrow
        // there; it may come the morning after, should that fall in quiet hours)
        java.time.LocalDateTime movedTo = java.time.LocalDateTime.parse(week.replace(" UTC", "").replace(' ', 'T'));
        assertThat(resumedAt(second)).isBetween(movedTo, movedTo.plusMinutes(1));
        assertThat(second).contains("Call Lincoln High", java.time.format.DateTimeFormatter
                        .ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH).format(movedTo.plusDays(2)))
                .doesNotContain("in 9 days");
        // AND a run that did not move the clock leaves it where it was
        assertThat(resumedAt(app("/reminders list\n"))).isBetween(movedTo, movedTo.plusMinutes(1));
    }

    @Test
    @DisplayName("a later run goes on from where the earlier one ended, not from its :advance: a partner archived after"
            + " the clock moved is not still to come in the next run, whichever of them ran longer")
    void clockKeptAtTheEndOfARun() throws Exception {
        // GIVEN a run that moved the clock on, then added a partner and archived it
        app("""
                :advance 3d
                /partner add name:Youth Hub sector:youth
                /partner archive partner:Youth Hub reason:closed
                """);

        // WHEN the run has ended
        // THEN the clock it kept for the next run is at or after the archive, on the same console clock
        try (TestBot stored = TestBot.onUrl("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())) {
            java.time.Instant archived = stored.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                    "SELECT MAX(changed_at) FROM partner_stage_changes WHERE to_stage = 'MOVED_ON'",
                    rs -> org.partnercoach.storage.Database.instant(rs, 1))).orElseThrow();
            java.time.Instant kept = stored.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                    "SELECT clock_at FROM console_clock", rs -> org.partnercoach.storage.Database.instant(rs, 1)))
                    .orElseThrow();
            assertThat(kept).isAfterOrEqualTo(archived);
        }
    }

    /** Where a run's clock went on from, as its first line says. */
    private static java.time.LocalDateTime resumedAt(String output) {
        String lead = "(the clock goes on from where an earlier run left it, ";
        assertThat(output).startsWith(lead);
        String at = output.substring(lead.length(), output.indexOf(" UTC)"));
        return java.time.LocalDateTime.parse(at.replace(' ', 'T'));
    }

    @Test
    @DisplayName("/coach status at the start of a later run says the bot is up for less than a minute, where it "
            + "counted the days an earlier run's :advance moved the clock on")
    void uptimeAcrossRuns() throws Exception {
        // GIVEN a run that moved the clock 29 days on
        app(":advance 29d\n");

        // WHEN the console starts again on the same database and its owner asks for the status at once
        String second = app("/coach status\n:advance 2h\n/coach status\n");

        // THEN "Up for" counts from this run's start, on the console's clock (its :advance counts)
        assertThat(second).contains("Up for less than a minute", "Up for 2 hours").doesNotContain("29 days");
    }

    @Test
    @DisplayName("a later run presses the buttons an earlier run printed, as buttons in Discord stay usable")
    void buttonsAcrossRuns() throws Exception {
        // GIVEN a run that added a partner (its reply offers "I know someone there") and a reminder in a DM
        app("""
                /partner add name:"Eastside Food Bank" sector:food
                :user bea
                /remind when:"in 2 days" what:"Call Lincoln High"
                /reminders list
                """);

        // WHEN the console starts again and each presses a button of the last message they saw
        String second = app("""
                #I know someone there
                :user bea
                #1
                """);

        // THEN each button acts as it would have in the first run
        assertThat(second).contains("Noted: you know someone at “Eastside Food Bank”")
                .contains("Cancelled your reminder").contains("Call Lincoln High")
                .doesNotContain("has no buttons");
    }

    @Test
    @DisplayName(":leave makes a member someone not in the server: a partner handed to them is refused, as on "
            + "Discord, until :member brings them back")
    void handOverToSomeoneWhoLeft() {
        String out = script("""
                /partner add name:"Eastside Food Bank" sector:food
                :leave bea
                /partner owner partner:"Eastside Food Bank" member:@bea
                :member bea
                /partner owner partner:"Eastside Food Bank" member:@bea
                """);

        assertThat(out).contains("bea has left the server", "**bea** isn't a member of this server",
                "Nothing was changed", "bea is now a member", "@bea now looks after");
        assertThat(out.indexOf("isn't a member")).isLessThan(out.indexOf("now looks after"));
    }

    @Test
    @DisplayName(":leave of the member now typing: the console types as its owner from then on, since one who has "
            + "left cannot act, so bea's next command is never run as hers")
    void leaveTheMemberNowTyping() {
        String out = script("""
                :user bea
                /partner add name:"Eastside Food Bank" sector:food
                :leave bea
                /partner add name:"Ghost Pantry" sector:food
                /partner show partner:"Ghost Pantry"
                """);

        assertThat(out).contains("bea has left the server", "you are now you (coordinator)", "you (you)> /partner add "
                + "name:\"Ghost Pantry\"");
        assertThat(out.substring(out.indexOf("── Ghost Pantry ──"))).contains("(Added Mar 2, 2026 by @you)")
                .doesNotContain("@bea");
    }

    @Test
    @DisplayName("a partner handed to the bot itself (@bot, as the console shows it, or @Partner Coach) is refused with "
            + "Discord's words, and stays with its owner")
    void handOverToTheBotItself() {
        String out = script("""
                /partner add name:"Eastside Food Bank" sector:food
                /partner owner partner:"Eastside Food Bank" member:@bot
                /partner owner partner:"Eastside Food Bank" member:@Partner Coach
                :user bot
                /partner show partner:"Eastside Food Bank"
                """);

        String refused = "A bot can't look after a partner: it can't meet them or log a touchpoint. Pick a member of "
                + "the coalition, for example `/partner owner partner:\"Food Bank\" member:@ana`. Nothing was changed.";
        assertThat(out.split(java.util.regex.Pattern.quote(refused), -1)).hasSize(3);
        assertThat(out).doesNotContain("now looks after", "DM to bot", "DM to Partner Coach")
                .contains("· Owner:\n                    @you")
                .contains("bot is the bot itself, not a member: :user NAME acts as a member, as in :user bea");
    }

    @Test
    @DisplayName("a reply that takes the place of the message pressed takes its buttons away, as on Discord: after "
            + "**Keep it**, #1 no longer presses **Delete for good**")
    void keepItTakesTheConfirmAway() {
        String out = script("""
                /partner add name:"Eastside Food Bank" sector:food
                /partner delete partner:"Eastside Food Bank"
                #Keep it
                #1
                #Delete for good
                /partner show partner:"Eastside Food Bank"
                """);

        // neither its number nor its label presses it: the console says the reply took the buttons away, and names
        // those still on screen above (the reply to /partner add's), to press by label
        assertThat(out).contains("Kept “Eastside Food Bank” on the list. Nothing was deleted.",
                        "(no button 1 on the last message you saw: the reply that took its place took its buttons "
                                + "away, as on Discord; buttons still on screen above, to press by label: #Coach me on "
                                + "this partner, #I know someone there",
                        "(no button Delete for good on the last message you saw: the reply that took its place",
                        "── Eastside Food Bank ──")
                .doesNotContain("Deleted “Eastside Food Bank”");
    }

    @Test
    @DisplayName("after Check and add's sector picks, #answer presses the Answer of the question above, as the bot's "
            + "reply says, where the reply that took the picker's place hid it (\"the last message has no buttons\")")
    void answerAboveTheCheckAndAddReply() {
        // GIVEN a newcomer who named a partner not on the list, pressed Check and add under question 2, and picked
        // its sector: the reply took the picker's place and says the walk waits in the message above
        String out = script("""
                :user newbie
                /coach start
                #answer
                Eastside Food Bank
                #check and add

                #Food and nutrition
                #1
                #answer
                Parent volunteer at Lincoln High
                """);
        assertThat(out).contains("Added “Eastside Food Bank” (Food and nutrition)", "in the message above: press its "
                + "**Answer** button");

        // WHEN she presses #1: the picker it would count is gone, so nothing is pressed and the console names the
        // buttons still above
        assertThat(section(out, "you (newbie)> #1", "you (newbie)> #answer")).isEqualTo("you (newbie)> #1\n(no button "
                + "1 on the last message newbie saw: the reply that took its place took its buttons away, as on "
                + "Discord; buttons still on screen above, to press by label: #Answer, #Skip, #Back, #Pause, "
                + "#Check and add)\n");
        // AND #answer presses question 2's Answer, and her answer is saved
        String answered = out.substring(out.indexOf("you (newbie)> #answer", out.indexOf("you (newbie)> #1")));
        assertThat(answered).contains("bot (form)> Tip 1 of 5", "Saved: “Parent volunteer at Lincoln High”",
                "Question 3 of 17").doesNotContain("has no buttons");
    }

    @Test
    @DisplayName("a walk in the DMs, with no Answer button: #answer after Check and add's picks says to type the "
            + "answer, and a line typed answers question 2")
    void answerInTheDmWalkAfterCheckAndAdd() {
        String out = script("""
                :user newbie
                start
                Eastside Food Bank
                #check and add

                #Food and nutrition
                #answer
                Parent volunteer at Lincoln High
                """);

        assertThat(out).contains("in the message above: type your answer here whenever you're ready");
        assertThat(section(out, "you (newbie)> #answer", "you (newbie)> Parent")).isEqualTo("you (newbie)> #answer\n"
                + "(no button answer on the last message newbie saw: the reply that took its place took its buttons "
                + "away, as on Discord; buttons still on screen above, to press by label: #Check and add; in a walk "
                + "in your DMs, type your answer as a line instead)\n");
        assertThat(out.substring(out.indexOf("you (newbie)> Parent"))).contains("Saved: “Parent volunteer at Lincoln "
                + "High”", "Question 3 of 17");
    }

    @Test
    @DisplayName("a later run presses the question's Answer above a reply that took the picker's place, and #1 there "
            + "still presses nothing, as in the run that printed them")
    void answerAboveAcrossRuns() throws Exception {
        // GIVEN a run that ended after Check and add's sector pick
        app("""
                :user newbie
                /coach start
                #answer
                Eastside Food Bank
                #check and add

                #Food and nutrition
                """);

        // WHEN the console starts again on the same database
        String second = app("""
                :user newbie
                #1
                #answer
                Parent volunteer at Lincoln High
                """);

        // THEN #1 still finds the picker's buttons gone, and #answer presses question 2's Answer
        assertThat(second).contains("(no button 1 on the last message newbie saw: the reply that took its place took "
                + "its buttons away", "Saved: “Parent volunteer at Lincoln High”", "Question 3 of 17")
                .doesNotContain("has no buttons");
    }

    @Test
    @DisplayName("a reminder's post in the channel, replaced for everyone by \"All caught up\", takes its buttons away "
            + "from every member, and what its buttons answered is said in the channel it was posted in")
    void channelPostReplacedForEveryone() {
        String out = script("""
                /coach setup channel:#reminders delivery:channel timezone:UTC
                :user bea
                /partner add name:Eastside Food Bank sector:food
                /partner add name:Lincoln High School sector:education
                :advance 15d
                :user cora
                #1
                #1
                Dropped off flyers at the pantry
                call
                :user bea
                #2
                #4
                /partner show partner:Lincoln High School
                """);

        // the snooze answered in #reminders, where the post is, and replaced it with no buttons
        String snoozed = out.substring(out.indexOf("you (bea)> #2"));
        assertThat(snoozed).contains("bot (#reminders)> Snoozed “Lincoln High School”", "All caught up")
                .contains("(no button 4 on the last message bea saw")
                .doesNotContain("has moved on");
        // and the partner bea snoozed is still on the list, in its stage
        assertThat(snoozed.substring(snoozed.indexOf("/partner show"))).contains("── Lincoln High School ──")
                .doesNotContain("moved on");
        assertThat(out).doesNotContain("bot (#general)> Logged your touchpoint");
    }

    @Test
    @DisplayName(":leave says it lasts for this run, where members and roles are kept: the next run has them back")
    void leaveLastsForTheRun() throws Exception {
        // GIVEN a run in which bea left the server
        String first = app("""
                /partner add name:"Eastside Food Bank" sector:food
                :leave bea
                """);
        // THEN the console said it lasts for this run only
        assertThat(first).contains("bea has left the server for this run (the next run starts with everyone in it); "
                + ":member bea brings them back now");

        // WHEN the console starts again on the same database, bea is in the server, as it said
        assertThat(app("/partner owner partner:\"Eastside Food Bank\" member:@bea\n"))
                .contains("@bea now looks after").doesNotContain("isn't a member");
    }

    @Test
    @DisplayName(":user @bea is bea, as member:@bea is; :user @everyone is refused; and a member who left the server "
            + "cannot act in it until :member brings them back")
    void userWithAnAt() {
        String out = script("""
                :user @bea
                :user you
                :user @everyone
                :leave bea
                :user bea
                /partner add name:"Clinic" sector:health-care
                :member bea
                :user bea
                """);

        assertThat(out).contains("(you are now bea)", "(@everyone is everyone in the server, not one member; name one "
                        + "person, as in @bea)",
                "(bea has left the server for this run; :member bea brings them back)")
                .doesNotContain("you are now @", "you (bea)> /partner add");
        assertThat(out.indexOf("(you are now bea)")).isLessThan(out.indexOf(":leave bea"));
        assertThat(out.lastIndexOf("(you are now bea)")).isGreaterThan(out.indexOf("you (you)> :member bea"));
    }

    @Test
    @DisplayName("members made in an earlier run keep their names, and a coordinator stays one")
    void namesAcrossRuns() throws Exception {
        app("""
                :user bea
                /partner add name:"Eastside Food Bank" sector:food
                :coordinator bea
                """);

        String second = app("""
                /partner show partner:"Eastside Food Bank"
                :user bea
                /coach setup quiet:22:00-07:00
                """);

        assertThat(second).contains("Owner:", "@bea").doesNotContain("@member ");
        assertThat(second).contains("you are now bea (coordinator)", "Saved", "22:00–07:00");
    }

    @Test
    @DisplayName("a group session's thread keeps its name in a later run, :in enters it, and a new thread is a new one")
    void threadsAcrossRuns() throws Exception {
        String first = app("""
                /session start plan:tip-1 title:"Tuesday circle"
                :in #wednesday
                """);
        assertThat(first).contains("(no thread named #wednesday; the bot's threads: #Reflection: Tuesday circle)");

        String second = app("""
                /session start plan:ask-yourself title:"Board retreat"
                /session list
                :in #Reflection: Tuesday
                /session summary
                """);

        String list = second.substring(second.indexOf("you (you)> /session list"));
        assertThat(list).contains("#Reflection: Tuesday circle · question 1", "#Reflection: Board retreat · question 1")
                .doesNotContain("#channel-");
        assertThat(second).contains("(commands now run in #Reflection: Tuesday circle, and a line you type is "
                        + "posted there; :in #general goes back)",
                "bot (#Reflection: Tuesday circle)> ── Summary so far: Tuesday circle ──");
    }

    @Test
    @DisplayName("after :in #thread, #N presses the buttons of that thread's newest post, not another thread's")
    void pressesInTheThreadEntered() {
        String out = script("""
                /session start plan:tip-1 title:"Circle A"
                /session start plan:ask-yourself title:"Circle B"
                :in #Reflection: Circle A
                :user bea
                #answer
                Lincoln High
                """);

        assertThat(out).contains("bot (form)> Question 1", "Thanks, your answer to question 1 is saved");
        String form = out.substring(out.indexOf("bot (form)>"));
        assertThat(form).startsWith("bot (form)> Question 1").contains("Do your research")
                .doesNotContain("Before you approach them");
    }

    @Test
    @DisplayName("after :in #thread, a typed line is posted in that thread, which the bot does not read by default "
            + "(as on Discord), not a DM answered \"You have no walk open\"; after :in #general a line is a DM again")
    void typedLineInAThread() {
        // GIVEN bea moved into a session's thread
        String out = script("""
                /session start plan:tip-1 title:"Circle A"
                :in #Reflection: Circle A
                :user bea
                Lincoln High, maybe the library
                :in #general
                hello
                """);

        // WHEN she types a line there, THEN it is the group's, and the console says the bot does not read it
        String inThread = out.substring(out.indexOf("you (bea)> Lincoln High"), out.indexOf("you (bea)> :in #general"));
        assertThat(inThread).contains("(posted in #Reflection: Circle A for the group to read; the bot does not read "
                        + "lines typed in a thread (sessions.typedAnswers is false", "): #answer answers the question; :in #general to type a DM")
                .doesNotContain("bot (DM)>", "no walk open", "didn't keep");
        // AND back in #general, what she types is a DM to the bot
        assertThat(out.substring(out.indexOf("you (bea)> hello"))).contains("bot (DM)>");
    }

    @Test
    @DisplayName("with sessions.typedAnswers, lines typed after :in #thread are a session answer, as on Discord: no "
            + "reply, the count under the question, and the summary has them")
    void typedAnswersInAThread() {
        // GIVEN a server that counts lines typed in a session's thread as answers
        String out = ConsoleScript.runWith(TestBot::typedAnswers, """
                /session start plan:tip-1 title:"Circle A"
                :in #Reflection: Circle A
                :user bea
                Lincoln High
                and the library
                :advance 1m
                :user you
                #end
                """, dir.resolve("out"));

        // WHEN bea types two lines in the thread, THEN neither gets an answer, nor goes to a walk in a DM
        String typed = out.substring(out.indexOf("you (bea)> Lincoln High"), out.indexOf("you (bea)> :advance"));
        assertThat(typed).contains("(posted in #Reflection: Circle A; the bot does not reply to it: an open session adds "
                        + "it to your answer")
                .doesNotContain("bot (DM)>", "bot (only you)>", "no walk open");
        // AND the question's count takes them in, and the summary keeps both lines as bea's answer
        assertThat(out).contains("bot (#Reflection: Circle A, edited)> ── Question 1 of 5", "1 answer");
        String summary = out.substring(out.indexOf("── Summary: Circle A ──"));
        assertThat(summary).contains("**bea**", "Lincoln High", "and the library");
    }

    @Test
    @DisplayName("in a thread, #1 under the member's own newer reply presses its button, not the thread's question "
            + "posted before it")
    void numberPressesTheNewerMessageInAThread() {
        // GIVEN bea in a session's thread, whose question has an Answer button, asks to be forgotten
        String out = script("""
                /session start plan:tip-1 title:"Circle A"
                :in #Reflection: Circle A
                :user bea
                /privacy forget
                #1
                """);

        // THEN #1 presses "Delete my data" of the confirm she just saw, not the question's Answer
        String pressed = out.substring(out.indexOf("you (bea)> #1"));
        assertThat(pressed).contains("Done: I deleted what I kept about you in this server")
                .doesNotContain("bot (form)>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"in the thread, after :in", "from #general"})
    @DisplayName("#answer again changes a session answer: the question's Answer is pressed, not the member's own "
            + "newer reply")
    void pressAgainAfterAnswering(String where) {
        // GIVEN bea answered question 1 and changed it once: the count under the question did not change, so her
        // own reply ("Keep in my own walk") is the newest message with buttons she saw
        String out = script("/session start plan:tip-1 title:\"Circle A\"\n"
                + (where.startsWith("in the thread") ? ":in #Reflection: Circle A\n" : "") + """
                :user bea
                #answer
                Lincoln High
                #answer
                Lincoln High and the library
                #answer
                The library only
                """);

        // WHEN she presses #answer again, THEN the question's Answer opens her form and her change is saved
        String again = out.substring(out.lastIndexOf("you (bea)> #answer"));
        assertThat(again).doesNotContain("no button answer").contains("bot (form)> Question 1");
        assertThat(again.substring(again.indexOf("The library only"))).contains("it replaces your earlier one");
    }

    @Test
    @DisplayName("a channel named in an option keeps its name in a later run; files saved are numbered on, not overwritten")
    void channelsAndFilesAcrossRuns() throws Exception {
        app("""
                /digest setup day:monday time:09:00 channel:#coordinators
                """);
        String second = app("""
                /digest status
                """);
        assertThat(second).contains("#coordinators").doesNotContain("#channel-");

        Path out = dir.resolve("files");
        assertThat(ConsoleScript.run("/privacy export\n", out)).contains("001-partner-coach-my-data");
        assertThat(ConsoleScript.run("/privacy export\n", out)).contains("002-partner-coach-my-data");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    @DisplayName("#N presses the buttons of the member now typing, not someone else's latest message")
    void buttonsPerMember() {
        String out = script("""
                /coach start
                :user bea
                #1
                /reflect
                :user you
                #skip
                """);

        // bea has seen no buttons yet when she types #1; after :user you, #skip acts on your walk, not bea's
        assertThat(out).contains("the last message bea saw has no buttons");
        String last = out.substring(out.lastIndexOf("you (you)> #skip"));
        assertThat(last).contains("Skipped.", "Tip 1 of 5");
    }

    @Test
    @DisplayName("# alone asks which button, where it went to the bot as a DM and was refused as an answer")
    void hashAlone() {
        String out = script("""
                /coach start
                #
                #skip
                """);

        String hash = out.substring(out.indexOf("you (you)> #\n"), out.indexOf("you (you)> #skip"));
        assertThat(hash).contains("(say which button: #1, or its label, as in #answer)")
                .doesNotContain("bot (DM)>");
        assertThat(out.substring(out.indexOf("you (you)> #skip"))).contains("Skipped.", "Question 2 of 17");
    }

    @Test
    @DisplayName("#previous presses \u25c0 Previous as #next presses Next \u25b6: a label's arrows and emoji need not be typed")
    void labelsWithoutTheirArrows() {
        String out = script("""
                /remind when:"in 1 days" what:"Call partner 1"
                /remind when:"in 2 days" what:"Call partner 2"
                /remind when:"in 3 days" what:"Call partner 3"
                /remind when:"in 4 days" what:"Call partner 4"
                /remind when:"in 5 days" what:"Call partner 5"
                /remind when:"in 6 days" what:"Call partner 6"
                /remind when:"in 7 days" what:"Call partner 7"
                /remind when:"in 8 days" what:"Call partner 8"
                /remind when:"in 9 days" what:"Call partner 9"
                /remind when:"in 10 days" what:"Call partner 10"
                /remind when:"in 11 days" what:"Call partner 11"
                /reminders list
                #next
                #previous
                """);

        String next = out.substring(out.indexOf("you (you)> #next"), out.indexOf("you (you)> #previous"));
        assertThat(next).contains("Call partner 11").doesNotContain("no button");
        String previous = out.substring(out.indexOf("you (you)> #previous"));
        assertThat(previous).contains("Call partner 1").doesNotContain("Call partner 11", "no button");
    }

    @Test
    @DisplayName("## types a DM that starts with #, where it was taken for a button nobody could find")
    void doubleHashInADm() {
        String out = script("""
                /coach start
                ##1 for us: the food bank
                """);

        assertThat(out.substring(out.indexOf("you (you)> ##1"))).contains("bot (DM)> Saved: “#1 for us: the food bank”")
                .doesNotContain("no button");
    }

    @Test
    @DisplayName(":coordinator NAME gives a console member the role and :member takes it back; :help says so")
    void coordinatorRole() {
        String out = script("""
                :user bea
                /coach setup cadence:7
                :coordinator bea
                /coach setup cadence:7
                :member bea
                /coach setup cadence:9
                :coordinator you
                :help
                """);

        assertThat(out).containsSubsequence("Only coordinators", "bea is now a coordinator", "Saved",
                "every 7 days", "bea is now a member", "Only coordinators", "you owns this server");
        assertThat(out).contains(":coordinator NAME", ":member NAME");
    }

    @Test
    @DisplayName("inside a form, console commands still work and :: types a literal colon")
    void commandsInsideForms() {
        String out = script("""
                /coach start
                #answer
                ::-) a smile first
                #answer
                :quit
                /coach progress
                """);

        // Discord is sent ":-\\)", which it shows as ":-)": the console shows it the same way
        assertThat(out).contains("Saved: “:-) a smile first”").doesNotContain(":-\\)");
        assertThat(out).contains("form closed; nothing was sent").doesNotContain("Saved: “:quit”")
                .doesNotContain("you (you)> /coach progress");
    }

    @Test
    @DisplayName("a form field typed longer than Discord's form takes is not refused and lost: the console says so, "
            + "prints back the words past the limit, and asks the field again, keeping the part that fits")
    void tooLongForAField() {
        // GIVEN a member's answer of 10,000 characters: 2,000 numbered words of five characters each
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            words.append(String.format("w%03d ", i % 1000));
        }
        String answer = words.toString().strip();

        // WHEN they type it into the answer's form, then their words again, shorter
        String out = script("/coach start\n#answer\n" + answer + "\nEastside Food Bank\n");

        // THEN the form says how long the field is, and shows the words that did not fit, whole
        String afterLong = out.substring(out.indexOf("you (you)> w000"));
        assertThat(afterLong).contains("(this field takes at most 4,000 characters (Discord's form stops there) and "
                + "yours has 9,999; nothing was sent.", "up to “…")
                .contains("\n" + answer.substring(4000) + "\n")
                .doesNotContain("Nothing was changed");
        // AND it asks again, and the shorter answer is kept
        assertThat(afterLong).containsSubsequence("form> Your answer [now: w000 w001", "you (you)> Eastside Food Bank",
                "Saved: “Eastside Food Bank”");
    }

    @Test
    @DisplayName("a name or an answer too long because of its emoji says that an emoji counts as two, with the count a "
            + "person makes, where it said only a number twice theirs")
    void emojiCountAsTwo() {
        String out = script(":user " + "😀".repeat(60) + "\n/coach start\n#answer\n" + "🍎".repeat(2500) + "\n:cancel\n");

        assertThat(out).contains("(a member's name is at most 100 characters (an emoji counts as two here: your 60 "
                        + "characters count as 120); try a shorter one)",
                "yours has 5,000 (an emoji counts as two here: your 2,500 characters count as 5,000); nothing was sent.");
    }

    @Test
    @DisplayName("after a form field typed too long, an empty line sends the part that fits, as Discord's form would "
            + "have kept it")
    void tooLongForAFieldKeepsWhatFits() {
        String answer = "a".repeat(3990) + " the end of what fits" + " and more".repeat(10);

        String[] stored = {null};

        // WHEN a member types it into the answer's form, then an empty line
        String out = ConsoleScript.run("/coach start\n#answer\n" + answer + "\n\n", dir.resolve("out"),
                app -> stored[0] = app.database().read(c -> org.partnercoach.storage.Database.one(c,
                        "SELECT answer FROM walk_answers", rs -> rs.getString(1))).orElse(null));

        // THEN the form said where the field stops and what did not fit
        assertThat(out).contains("and yours has " + String.format(java.util.Locale.ROOT, "%,d", answer.length()))
                .contains("up to “…" + answer.substring(4000 - 40, 4000) + "”")
                .contains("\n" + answer.substring(4000) + "\n");
        // AND the first 4,000 characters are the answer kept
        assertThat(stored[0]).isEqualTo(answer.substring(0, 4000));
    }

    @Test
    @DisplayName("a DM line starting with a slash that names none of the bot's commands says how to send it as a "
            + "message, and // sends it, as Discord sends such a line as a message")
    void slashLineAsMessage() {
        String out = script("""
                /coach start
                /2 days
                //2 days
                /partnr list
                """);

        String refused = out.substring(out.indexOf("you (you)> /2 days"), out.indexOf("you (you)> //2 days"));
        assertThat(refused).contains("I don't know `/2 days`.", "To send it to me as a message instead, start it "
                + "with two slashes: `//2 days`.").doesNotContain("Saved");
        String sent = out.substring(out.indexOf("you (you)> //2 days"), out.indexOf("you (you)> /partnr list"));
        assertThat(sent).contains("bot (DM)>", "Saved: “/2 days”");
        assertThat(out.substring(out.indexOf("you (you)> /partnr list"))).contains("I don't know `/partnr list`.",
                "`//partnr list`");
    }

    @Test
    @DisplayName("an unknown command suggests the closest one or two by name and points to :help, where it listed "
            + "every command of the bot on one line; a member is offered a coordinators' command only marked as one")
    void unknownCommandSuggestsTheClosest() {
        String out = script("""
                /status
                /partners
                /frobnicate
                :user bea
                /status
                /partners
                """);

        // GIVEN you, the server's owner and so a coordinator
        String status = out.substring(out.indexOf("you (you)> /status"), out.indexOf("you (you)> /partners"));
        assertThat(status).contains("I don't know `/status`. Try: `/coach status` or `/digest status`. `:help` lists "
                + "every command.", "start it with two slashes: `//status`.").doesNotContain("/privacy");
        String partners = out.substring(out.indexOf("you (you)> /partners"), out.indexOf("you (you)> /frobnicate"));
        assertThat(partners).contains("I don't know `/partners`. Try: `/partner list` or `/export partners`.")
                .doesNotContain("/privacy");
        String nothingClose = out.substring(out.indexOf("you (you)> /frobnicate"), out.indexOf(":user bea"));
        assertThat(nothingClose).contains("I don't know `/frobnicate`. `:help` lists every command.")
                .doesNotContain("Try:");
        // AND bea, a member: what she may use first, a coordinators' command only when nothing else is close
        String member = out.substring(out.indexOf("you (bea)> /status"), out.indexOf("you (bea)> /partners"));
        assertThat(member).contains("I don't know `/status`. Try: `/coach status` or `/digest status` (both for "
                + "coordinators).");
        assertThat(out.substring(out.indexOf("you (bea)> /partners"))).contains("Try: `/partner list`. `:help`");
    }

    @Test
    @DisplayName("a member is offered a coordinators' command that comes closer than every one of theirs (/digest "
            + "statsu now), marked, where she was offered /partner know for \"now\" alone")
    void memberOfferedACloserCoordinatorsCommand() {
        String out = script("""
                :user bea
                /digest statsu now
                /partnr ad
                """);

        assertThat(out.substring(out.indexOf("you (bea)> /digest statsu now"), out.indexOf("you (bea)> /partnr ad")))
                .contains("I don't know `/digest statsu now`. Try: `/digest status` or `/digest setup` (both for "
                        + "coordinators).").doesNotContain("/partner know");
        // a command of hers that comes as close still hides the coordinators' ones
        assertThat(out.substring(out.indexOf("you (bea)> /partnr ad"))).contains("Try: `/partner add`")
                .doesNotContain("for coordinators");
    }

    @Test
    @DisplayName("a command that does not exist, whose word after the first names a button on screen (/session next "
            + "in a session's thread), says how to press it; a letter or two of a label (/coach a) is no such word")
    void commandNamingAButtonOnScreen() {
        String out = script("""
                /session start plan:tip-1 title:"Tuesday circle"
                :in #Tuesday
                /session next
                /session end
                #next
                :in #general
                /coach start
                /coach a
                """);

        String next = out.substring(out.indexOf("you (you)> /session next"), out.indexOf("you (you)> /session end"));
        assertThat(next).contains("I don't know `/session next`.", "**Next question** is a button here: type `#next` "
                + "to press it.");
        String end = out.substring(out.indexOf("you (you)> /session end"), out.indexOf("you (you)> #next"));
        assertThat(end).contains("**End** is a button here: type `#end` to press it.");
        // AND the session was neither moved on nor ended by the commands: #next moves it to question 2
        assertThat(out.substring(out.indexOf("you (you)> #next"), out.indexOf("you (you)> :in #general")))
                .contains("Question 2 of 5");
        assertThat(out.substring(out.indexOf("you (you)> /coach a"))).contains("I don't know `/coach a`.")
                .doesNotContain("is a button here");
    }

    @Test
    @DisplayName("an unknown command whose later word names another group (/coalition report) offers that group's "
            + "closest command beside the first word's, where it offered two of the first word's group")
    void laterWordNamingAGroup() {
        String out = script("""
                /coalition report
                /coalition gap
                """);

        assertThat(out.substring(out.indexOf("you (you)> /coalition report"), out.indexOf("you (you)> /coalition gap")))
                .contains("I don't know `/coalition report`. Try: `/coalition gaps` or `/report quarter`.");
        // a word of the first word's group alone: its closest, as before
        assertThat(out.substring(out.indexOf("you (you)> /coalition gap"))).contains("I don't know `/coalition gap`. "
                + "Try: `/coalition gaps`").doesNotContain("/report");
    }

    @Test
    @DisplayName("an unknown command named by what it does (/partner rename, /partner remove, /reminders delete) offers "
            + "the command that does it, where it offered commands spelled alike; nothing is changed")
    void commandNamedByWhatItDoes() {
        String out = script("""
                /partner add name:Northside Library sector:education
                /partner rename partner:Northside Library name:Northside Public Library
                /partner remove partner:Northside Library
                /reminders delete
                /partner undelete partner:Northside Library
                /partnr ad
                /partner list
                """);

        assertThat(between(out, "/partner rename", "/partner remove")).contains("I don't know `/partner rename`. Try: "
                + "`/partner edit`");
        // two commands remove a partner: moving on, and deleting one added by mistake
        assertThat(between(out, "/partner remove", "/reminders delete")).contains("I don't know `/partner remove`. "
                + "Try: `/partner archive` or `/partner delete`.");
        assertThat(between(out, "/reminders delete", "/partner undelete")).contains("Try: `/reminders cancel`");
        // a word of known meaning is not taken for the command it is spelled like: undelete is no delete
        assertThat(between(out, "/partner undelete", "/partnr ad")).contains("Try: `/partner restore`")
                .doesNotContain("`/partner delete`");
        // a slip in the command's own word is offered as before
        assertThat(between(out, "/partnr ad", "/partner list")).contains("Try: `/partner add`");
        // nothing was renamed, archived nor deleted
        assertThat(out.substring(out.lastIndexOf("you (you)> /partner list"))).contains("Northside Library")
                .doesNotContain("Northside Public Library");
    }

    /** The console's output from the line typed that starts with {@code from} to the next that starts with {@code to}. */
    private static String between(String out, String from, String to) {
        int start = out.indexOf("you (you)> " + from);
        return out.substring(start, out.indexOf("you (you)> " + to, start + 1));
    }

    @Test
    @DisplayName("a command followed by words that name another command better (/remind list) offers that one first, "
            + "where it offered only a reminder of \"list\"; nothing is saved")
    void wordsAfterACommandNamingAnother() {
        String out = script("""
                /remind list
                /remind when:in 2 days what:Call Maria
                /remind lsit
                /remind tomorrow
                /reflect list
                /reminders list
                """);

        String list = out.substring(out.indexOf("you (you)> /remind list"), out.indexOf("you (you)> /remind when:"));
        assertThat(list).contains("Did you mean `/reminders list`? If you meant `/remind`, write each option as "
                + "name:value: `/remind when:list`. Usage: `/remind when:… what:…").doesNotContain("Got it");
        // a slip in the second word too
        String slip = out.substring(out.indexOf("you (you)> /remind lsit"), out.indexOf("you (you)> /remind tomorrow"));
        assertThat(slip).contains("Did you mean `/reminders list`?");
        // words that name no other command: only the line to type, as before
        String time = out.substring(out.indexOf("you (you)> /remind tomorrow"), out.indexOf("you (you)> /reflect"));
        assertThat(time).contains("Write each option as name:value: `/remind when:tomorrow`.")
                .doesNotContain("Did you mean");
        assertThat(out.substring(out.indexOf("you (you)> /reflect list"), out.indexOf("you (you)> /reminders list")))
                .contains("`/reflect` takes nothing after it: type `/reflect`.").doesNotContain("Did you mean");
        // AND only the reminder set with its options was saved
        String shown = out.substring(out.indexOf("you (you)> /reminders list"));
        assertThat(shown).contains("Call Maria").doesNotContain("lsit");
    }

    @Test
    @DisplayName("inside a form, one of the bot's slash commands closes it and runs, where it was saved as an answer "
            + "or an organization; a line that only starts with a slash is still an answer")
    void slashCommandInsideForm() {
        String out = script("""
                /coach start
                #answer
                /2 of them, maybe three
                #answer
                /partner list
                """);

        assertThat(out).contains("Saved: “/2 of them, maybe three”");
        assertThat(out).containsSubsequence("you (you)> /partner list", "form closed; nothing was sent",
                "The outreach list is empty").doesNotContain("Saved: “/partner list”");
    }

    @Test
    @DisplayName("a role named in an option prints by its name, in a later run too; a role left unnamed gets a note "
            + "that fits the console, not Discord's list")
    void rolesByName() throws Exception {
        // GIVEN the owner picks the coordinator role by its name, then leaves the role out
        String first = app("""
                /coach setup role:@Helpers
                /coach setup role:
                /coach setup role:@everyone
                """);

        // THEN the settings card names the role, and the empty one says how to name it here
        assertThat(first).contains("Coordinator role:", "@Helpers (a role named “Coordinator” counts too)",
                "(name the role after role:, as in role:@Helpers, in at most 100 characters; nothing was changed)")
                .doesNotContain("<@&", "list Discord shows");
        // AND @everyone is refused as on Discord, the role set before kept
        assertThat(first.substring(first.lastIndexOf("role:@everyone"))).contains("can't be the coordinator role",
                "Nothing was changed");
        // AND a later run still shows its name
        assertThat(app("/coach setup\n")).contains("@Helpers (a role named").doesNotContain("<@&", "@role-");
    }

    @Test
    @DisplayName("a true/false option takes yes or no too; anything else is said, and the command is not run")
    void flagsTyped() throws Exception {
        String out = app("""
                /partner add name:"Food Bank" sector:food
                :user bea
                /partner add name:"Clinic" sector:health-care
                /partner list mine:yes
                /partner list mine:maybe
                /partner list mine:NO
                """);

        String mine = out.substring(out.indexOf("mine:yes"), out.indexOf("mine:maybe"));
        assertThat(mine).contains("Outreach list · mine", "Clinic").doesNotContain("Food Bank");
        String maybe = out.substring(out.indexOf("mine:maybe"), out.indexOf("mine:NO"));
        assertThat(maybe).contains("(mine: takes true or false (or yes or no), as in mine:true; nothing was run)")
                .doesNotContain("Outreach list");
        assertThat(out.substring(out.indexOf("mine:NO"))).contains("Food Bank", "Clinic");
    }

    @Test
    @DisplayName("a channel whose name starts with @ stays a channel in a later run, and a role of the same name "
            + "stays a role")
    void channelNamedLikeARole() throws Exception {
        // GIVEN the owner picks a reminder channel named "@team" and a coordinator role named "team"
        String first = app("""
                /coach setup channel:#@team role:@team
                """);
        assertThat(first).contains("#@team", "@team (a role named");

        // WHEN a later run shows the settings, both are still known by their names, each as what it is
        String later = app("/coach setup\n");
        assertThat(later).contains("#@team", "@team (a role named").doesNotContain("#channel-", "@role-");
    }

    @Test
    @DisplayName("a member or channel option with no name after its @ or #, or @everyone and @here as a member, is "
            + "refused with a note, where it handed a partner to a nameless member and set a nameless reminder channel")
    void emptyAndEveryoneNames() {
        String out = script("""
                /coach setup channel:#reminders
                /partner add name:"Eastside Food Bank" sector:food
                /partner owner partner:"Eastside Food Bank" member:@
                /partner owner partner:"Eastside Food Bank" member:@everyone
                /partner owner partner:"Eastside Food Bank" member:@Here
                :user everyone
                /coach setup channel:#
                /coach setup
                """);

        assertThat(out).contains("(name the member after member:, as in member:@bea; nothing was run)",
                "(@everyone is everyone in the server, not one member; name one person, as in @bea)",
                "(@Here is everyone in the server, not one member; name one person, as in @bea)",
                "(name the channel after channel:, as in channel:#reminders; nothing was run)")
                .doesNotContain("now looks after", "DM to", "you are now everyone");
        // the channel set before is kept
        String last = out.substring(out.lastIndexOf("you (you)> /coach setup"));
        assertThat(last).contains("Reminder channel:", "#reminders");
    }

    @Test
    @DisplayName("a channel or member named in an option with more than 100 characters is refused with a note, and the "
            + "console goes on with what was set before")
    void longNamesInOptions() {
        String channel = "c".repeat(101);
        String member = "m".repeat(101);
        String out = script("""
                /coach setup channel:#reminders
                /coach setup channel:"%s"
                /digest setup day:monday time:09:00 channel:"#%s"
                /partner add name:"Eastside Food Bank" sector:food
                /partner owner partner:"Eastside Food Bank" member:"@%s"
                /coach setup
                """.formatted(channel, channel, member));

        assertThat(out).contains("a channel's name is at most 100 characters; try a shorter one",
                "a member's name is at most 100 characters; try a shorter one")
                .doesNotContain("Exception", "database write failed");
        // the channel set before is kept, and the console answered the last command
        String last = out.substring(out.lastIndexOf("you (you)> /coach setup"));
        assertThat(last).contains("Reminder channel:", "#reminders");
    }
    @Test
    @DisplayName(":in alone says where you are and how to move, and leaves you there, where it went back to #general "
            + "without a word")
    void inAloneSaysWhereYouAre() {
        // GIVEN a member in a session's thread
        String out = script("""
                /session start plan:tip-1 title:"Tuesday circle"
                :in
                :in #Tuesday
                :in
                /session summary
                """);

        // WHEN she types :in with nothing after it, THEN the console says where she is and how to move
        assertThat(out.substring(out.indexOf("you (you)> :in\n"))).startsWith("you (you)> :in\n(you are in #general: "
                + "commands run here, and a line you type is a DM to the bot; to move, type :in and a channel, as in "
                + ":in #Reflection: Tuesday circle)");
        String inThread = out.substring(out.lastIndexOf("you (you)> :in\n"));
        assertThat(inThread).startsWith("you (you)> :in\n(you are in #Reflection: Tuesday circle: commands run here, "
                + "and a line you type is posted here; to move, type :in and a channel, as in :in #general)");
        // AND she is still in the thread: the next command runs there
        assertThat(inThread).contains("bot (#Reflection: Tuesday circle)> ── Summary so far: Tuesday circle ──");
    }

    @Test
    @DisplayName(":in finds a thread by a word of its name or any part, where it needed the start of the name; a start "
            + "that two threads share names both")
    void inByAWordOfTheName() {
        // GIVEN two circles, Tuesday's opened first
        String out = script("""
                /session start plan:tip-1 title:"Tuesday circle"
                /session start plan:ask-yourself title:"Board retreat"
                :in #Tuesday
                /session summary
                :in #circle
                :in #sday
                :in #Reflection
                :in #Wednesday
                """);

        // WHEN a member names the thread by a word of it, THEN she is in it and commands run there
        assertThat(out).containsSubsequence("you (you)> :in #Tuesday",
                "(commands now run in #Reflection: Tuesday circle, and a line you type is posted there;",
                "bot (#Reflection: Tuesday circle)> ── Summary so far: Tuesday circle ──");
        // AND a word's start, or any part, finds it too; a start both names share names both, entering neither
        assertThat(out.substring(out.indexOf("you (you)> :in #circle"))).startsWith(
                "you (you)> :in #circle\n(commands now run in #Reflection: Tuesday circle");
        assertThat(out.substring(out.indexOf("you (you)> :in #sday"))).startsWith(
                "you (you)> :in #sday\n(commands now run in #Reflection: Tuesday circle");
        assertThat(out.substring(out.indexOf("you (you)> :in #Reflection"))).startsWith(
                "you (you)> :in #Reflection\n(#Reflection could be #Reflection: Tuesday circle or "
                        + "#Reflection: Board retreat; type more of its name, for example :in #Reflection: Board retreat)");
        assertThat(out).contains("(no thread named #Wednesday; the bot's threads: #Reflection: Tuesday circle, "
                + "#Reflection: Board retreat)");
    }

    @Test
    @DisplayName(":in with a thread's whole name enters that thread, in any case, where a newer thread whose name "
            + "starts with it was entered instead")
    void inByTheWholeNameOverANewerLongerOne() {
        // GIVEN "Circle" opened first, then "Circle A" and "Circle B", whose names start with the first's
        String out = script("""
                /session start plan:tip-1 title:"Circle"
                /session start plan:ask-yourself title:"Circle A"
                /session start plan:ask-yourself title:"Circle B"
                :in #reflection: circle
                /session summary
                :in #Reflection: Circle B
                /session summary
                """);

        // WHEN the facilitator types the first thread's whole name (in small letters), THEN she is in that thread
        assertThat(out.substring(out.indexOf("you (you)> :in #reflection: circle"))).startsWith(
                "you (you)> :in #reflection: circle\n(commands now run in #Reflection: Circle, and a line you type");
        assertThat(out).containsSubsequence("you (you)> :in #reflection: circle",
                "bot (#Reflection: Circle)> ── Summary so far: Circle ──",
                "you (you)> :in #Reflection: Circle B", "bot (#Reflection: Circle B)> ── Summary so far: Circle B ──");
    }

    @Test
    @DisplayName(":in with a start that several threads share names them all and enters none, where it entered the "
            + "newest; a start only one has enters it")
    void inByAnAmbiguousStart() {
        // GIVEN three circles whose names start alike
        String out = script("""
                /session start plan:tip-1 title:"Food circle"
                /session start plan:ask-yourself title:"Faith circle"
                /session start plan:ask-yourself title:"Youth circle"
                :in #Reflection: F
                /session summary
                :in #Reflection: Fo
                """);

        // WHEN the facilitator types a start two of them share, THEN the console names both and she stays in #general
        assertThat(out.substring(out.indexOf("you (you)> :in #Reflection: F\n"))).startsWith(
                "you (you)> :in #Reflection: F\n(#Reflection: F could be #Reflection: Food circle or "
                        + "#Reflection: Faith circle; type more of its name, for example :in #Reflection: Faith circle)");
        assertThat(out.substring(out.indexOf("you (you)> :in #Reflection: F\n"), out.indexOf(":in #Reflection: Fo")))
                .doesNotContain("commands now run", "bot (#Reflection:");
        // AND a start only one of them has enters it
        assertThat(out.substring(out.indexOf("you (you)> :in #Reflection: Fo"))).startsWith(
                "you (you)> :in #Reflection: Fo\n(commands now run in #Reflection: Food circle");
    }

    @Test
    @DisplayName("inside a form, #N or a label of a button on screen closes the form and presses it, where it was "
            + "saved as the answer; another line starting with # is an answer, and ## types one")
    void buttonInsideForm() {
        String[] stored = {null};
        String out = ConsoleScript.run("""
                /coach start
                Eastside Food Bank
                Their goals are food security
                /coach answers
                #edit 1
                #Edit 2
                #1 priority: food for families
                /coach start
                #answer
                ##skip for now
                /coach answers
                #edit 1
                #99
                """, dir.resolve("out"), app -> stored[0] = app.database().read(c -> org.partnercoach.storage.Database
                .list(c, "SELECT answer FROM walk_answers ORDER BY answer", rs -> rs.getString(1))).toString());

        // WHEN a member in the first answer's form presses "Edit 2" of the list on screen
        // THEN the form closes, nothing is saved from it, and the second answer's form opens
        String pressed = out.substring(out.indexOf("you (you)> #Edit 2"));
        assertThat(pressed).startsWith("you (you)> #Edit 2\n(form closed; nothing was sent)")
                .containsSubsequence("bot (form)>", "[now: Their goals are food security; empty keeps it]");
        // AND a line that only starts with # is the answer, and ## starts one with # whatever follows
        assertThat(out).contains("Updated: “#1 priority: food for families”", "Saved: “#skip for now”")
                .doesNotContain("Updated: “#Edit 2”");
        // AND a number of no button on screen is an answer, as before
        assertThat(out).contains("Updated: “#99”");
        assertThat(stored[0]).contains("#1 priority: food for families", "#skip for now", "#99")
                .doesNotContain("#Edit 2", "Eastside Food Bank");
    }

    @Test
    @DisplayName("a quote inside an option's value is typed \\\", where it was dropped, and shown back as typed")
    void quoteInsideAnOption() {
        String out = script("""
                /partner add name:"The \\"Corner\\" Café" sector:food notes:"She said ""yes""\"
                /partner show partner:"The \\"Corner\\" Café"
                :help
                """);

        assertThat(out).contains("The \"Corner\" Café", "She said \"yes\"").doesNotContain("The Corner Café",
                "I couldn't find");
        assertThat(out).contains("what:\"She said \\\"yes\\\"\"");
    }

    @Test
    @DisplayName("a quote in the middle of a note is kept, where it was dropped, and an option the command does not "
            + "have is refused, where it was read into the value before it")
    void quotesAndUnknownOptionsInAValue() {
        // GIVEN a partner on the list
        // WHEN you log a contact quoting what was said, and ask for a tip with a word typed as an option
        String out = script("""
                /partner add name:Eastside Food Bank sector:food
                /partner log partner:Eastside Food Bank what:She said "yes" to a meeting
                /coach tip number:3 foo:bar
                /partner log partner:Eastside Food Bank what:Note: call back re: budget at 10:30 https://x.org
                /partner show partner:Eastside Food Bank
                :help
                """);

        // THEN the note is stored and shown with its quotes, and the colons of a label, a time and a link stay in it
        assertThat(out).contains("She said \"yes\" to a meeting", "Note: call back re: budget at 10:30 https://x.org")
                .doesNotContain("She said yes");
        // AND the tip is not read as "3 foo:bar": the console names the option and how to keep it as text
        assertThat(out).contains("`/coach tip` has no option `foo`. Usage: `/coach tip number:…`. If `foo:bar` is "
                + "part of `number:`, put that value in quotes: `number:\"3 foo:bar\"`.")
                .doesNotContain("Pick a tip number");
        // AND :help says where quotes group a value, and that a word typed as an option needs them
        assertThat(out).contains("a quote elsewhere is text", "foo:bar");
    }

    @Test
    @DisplayName("a capitalised word typed as an option the command does not have (Foo:bar) is refused, naming it, "
            + "where the tip was read as \"3 Foo:bar\"; an option in another case (Number:3) is that option")
    void capitalisedUnknownOption() {
        // GIVEN a partner on the list
        // WHEN you ask for a tip with a capitalised word typed as an option, then with the option capitalised
        String out = script("""
                /partner add name:Eastside Food Bank sector:food
                /coach tip number:3 Foo:bar
                /coach tip Number:3
                /partner log partner:Eastside Food Bank what:Re:budget Note: call back at 10:30
                /partner show partner:Eastside Food Bank
                """);

        // THEN the first is refused, with the option it named and how to keep it as text
        assertThat(out).contains("`/coach tip` has no option `foo`. Usage: `/coach tip number:…`. If `Foo:bar` is "
                + "part of `number:`, put that value in quotes: `number:\"3 Foo:bar\"`.")
                .doesNotContain("Pick a tip number");
        // AND the second shows tip 3, as number:3 does
        assertThat(out.substring(out.indexOf("/coach tip Number:3"))).contains("Tip 3 of 5 · Cultivate relationships");
        // AND a label, a time and a colon with a space after it stay in the note
        assertThat(out).contains("Re:budget Note: call back at 10:30");
    }

    @Test
    @DisplayName(":help lists a member's commands first and the coordinators' ones under their own heading, as /help "
            + "does, where a member saw /digest setup and /export partners among hers with nothing to say they were not")
    void helpSetsCoordinatorsCommandsApart() {
        // GIVEN bea, a plain member, new to the console
        String out = script("""
                :user bea
                :help
                """);

        // WHEN she asks for :help
        String help = out.substring(out.indexOf("you (bea)> :help"));
        String theirs = help.substring(0, help.indexOf("For coordinators:"));
        String coordinators = help.substring(help.indexOf("For coordinators:"));

        // THEN her commands come first, the coordinators' after their heading, said once there and not on each line
        assertThat(theirs).contains("/coach start", "/partner add name:…", "/remind when:…", "/help")
                .doesNotContain("/digest setup", "/export partners", "/report quarter", "/coalition map",
                        "/coach setup", "/coach status", "(coordinators)");
        assertThat(coordinators).contains("/digest setup", "/export partners", "/report quarter", "/coach status",
                "/coach setup", "/coalition map  A map of who is tied")
                .doesNotContain("(coordinators)", "Coordinators: a map", "/partner add");
        // AND the grammar says what the console does: a value runs on to the next option's name, no quotes needed
        assertThat(help).contains("a value runs on to the next option's", "no quotes needed")
                .doesNotContain("\"quote\" values with spaces");
    }

    @Test
    @DisplayName("a console word typed with a slash (/quit, /user bea) is shown with its colon, where it was an unknown "
            + "command to send as a message; quit typed as a message gets the bot's answer and how to stop the console")
    void consoleWordsWithASlash() {
        String out = script("""
                /quit
                /user bea
                /advance 1d
                quit
                /coach progress
                """);

        assertThat(section(out, "you (you)> /quit", "you (you)> /user bea")).contains("(/quit is a console word: type "
                + ":quit, with a colon, to stop the console)").doesNotContain("I don't know", "//quit");
        assertThat(section(out, "you (you)> /user bea", "you (you)> /advance")).contains("type :user bea, with a "
                + "colon, to act as another member").doesNotContain("I don't know");
        assertThat(section(out, "you (you)> /advance", "you (you)> quit")).contains("type :advance 1d, with a colon");
        // AND the bot still runs: quit typed as a message is a message to the bot, and the console says how to stop it
        assertThat(section(out, "you (you)> quit", "you (you)> /coach progress")).contains("bot (DM)>",
                "(to stop the console, type :quit)");
        assertThat(out).contains("you (you)> /coach progress", "Your coaching so far");
    }

    @Test
    @DisplayName("a console word mistyped (:usr, :advnace) is offered the one meant, and :cancel with no form open says "
            + "what it does, where both were only an unknown console word")
    void mistypedConsoleWords() {
        String out = script("""
                :usr bea
                :advnace 1d
                :h
                :cancel
                :frobnicate
                """);

        assertThat(section(out, "you (you)> :usr", "you (you)> :advnace")).contains("(unknown console word :usr: did "
                + "you mean :user? :help lists them)");
        assertThat(section(out, "you (you)> :advnace", "you (you)> :h")).contains("did you mean :advance?");
        assertThat(section(out, "you (you)> :h", "you (you)> :cancel")).contains("did you mean :help?");
        assertThat(section(out, "you (you)> :cancel", "you (you)> :frobnicate")).contains("(no form is open: :cancel "
                + "closes one while the bot asks its fields)").doesNotContain("unknown console word");
        assertThat(out.substring(out.indexOf("you (you)> :frobnicate"))).contains("(unknown console word :frobnicate; "
                + ":help lists them)");
    }

    @Test
    @DisplayName("a button's number typed alone (1, [2]) is not sent to the bot: the console says to type #1 to press "
            + "it, where 1 was saved as the answer to who she wants to partner with; a number of no button is sent")
    void buttonNumberTypedAlone() {
        String[] stored = {null};
        // GIVEN a newcomer who sees the question's buttons listed as [1] Answer  [2] Skip ...
        String out = ConsoleScript.run("""
                /coach start
                1
                [2]
                99
                """, dir.resolve("out"), app -> stored[0] = app.database().read(c -> org.partnercoach.storage.Database
                .list(c, "SELECT answer FROM walk_answers ORDER BY answer", rs -> rs.getString(1))).toString());

        // WHEN she types the number of the button she means
        // THEN nothing reaches the bot, and the console says how to press it
        assertThat(section(out, "you (you)> 1", "you (you)> [2]")).isEqualTo("you (you)> 1\n(nothing was sent: to "
                + "press [1] Answer, type #1 (or its label, #answer); to send “1” to the bot as a message, write a "
                + "word with it)\n");
        assertThat(section(out, "you (you)> [2]", "you (you)> 99")).contains("to press [2] Skip, type #2")
                .doesNotContain("bot (");
        // AND a number that names no button on screen is a message, as before
        assertThat(out.substring(out.indexOf("you (you)> 99"))).contains("bot (DM)> Saved: “99”");
        assertThat(stored[0]).isEqualTo("[99]");
    }

    @Test
    @DisplayName("#answer or #9 with no such button on screen names the buttons there are, to press one of them, where "
            + "it only said there was no such button")
    void noSuchButtonNamesTheOnesThere() {
        // GIVEN a newcomer who listed the partners, whose reply has one button per partner
        String out = script("""
                /partner add name:Eastside Food Bank sector:food
                /partner list
                #answer
                #9
                """);

        // WHEN she presses a button the list does not have
        // THEN the console names the buttons that are there
        assertThat(section(out, "you (you)> #answer", "you (you)> #9")).isEqualTo("you (you)> #answer\n(no button "
                + "answer on the last message you saw; its buttons: #1 Eastside Food Bank)\n");
        assertThat(out.substring(out.indexOf("you (you)> #9"))).contains("(no button 9 on the last message you saw; "
                + "its buttons: #1 Eastside Food Bank)");
    }

    @Test
    @DisplayName("inside a form, /cancel or /quit is not sent as the answer: the console says to type it with a colon "
            + "and the field still waits, where “/cancel” was saved as the answer")
    void consoleWordWithASlashInsideForm() {
        String[] stored = {null};
        String out = ConsoleScript.run("""
                /coach start
                #answer
                /cancel
                :cancel
                /coach progress
                """, dir.resolve("out"), app -> stored[0] = app.database().read(c -> org.partnercoach.storage.Database
                .list(c, "SELECT answer FROM walk_answers", rs -> rs.getString(1))).toString());

        assertThat(section(out, "you (you)> /cancel", "you (you)> :cancel")).contains("(/cancel is a console word: "
                + "type :cancel, with a colon, to close a form; the field still waits)", "form> Your answer")
                .doesNotContain("Saved");
        assertThat(section(out, "you (you)> :cancel", "you (you)> /coach progress"))
                .contains("(form closed; nothing was sent)");
        assertThat(stored[0]).isEqualTo("[]");
    }

    /** The transcript from the line starting {@code from} up to the one starting {@code to}. */
    private static String section(String out, String from, String to) {
        int start = out.indexOf(from);
        return out.substring(start, out.indexOf(to, start + from.length()));
    }
}
