package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A new member's first lines in the DM")
class DmNewMemberTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("'hi', 'help' or 'what is this' before any walk says what the bot is, then how to begin")
    void firstLinesIntroduceTheBot() {
        // GIVEN Nia has used the server (it is her DMs' home) but has never begun a walk
        Member nia = bot.member("nia");
        nia.runs("coach progress");

        // WHEN she greets the bot, asks for help, or asks what it is
        assertThat(nia.types("hi").text()).startsWith("Hello! I'm Partner Coach: I help you reach out to new "
                + "partner organizations for your coalition, one question at a time.");
        for (String asked : List.of("help", "what is this?", "What's this", "who are you?", "resume")) {
            Reply reply = nia.types(asked);
            // THEN the bot says what it is and which words begin a walk, not that "no walk is open"
            assertThat(reply.text()).as(asked).startsWith("I'm Partner Coach")
                    .contains("Type one of these to begin:\n`start`: the 5 tips")
                    .doesNotContain("no walk open").doesNotContain("didn't keep");
        }
    }

    @Test
    @DisplayName("a puzzled first line ('huh?') gets the introduction; puzzled again once it was shown, a short warm "
            + "line: what the bot does, and the one word to type; nothing begins, and a restart remembers it")
    void puzzledAfterTheIntroductionGetsAShortLine() {
        // GIVEN Nia has used the server but has never begun a walk, nor written to the bot
        Member nia = bot.member("nia");
        nia.runs("coach progress");

        // WHEN her very first line in the DM is a puzzled "huh?"
        // THEN she gets the introduction, as any first line does
        assertThat(nia.types("huh?").text()).startsWith("I'm Partner Coach: I help you reach out to new partner "
                + "organizations").contains("Type one of these to begin:\n`start`: the 5 tips");

        // WHEN she is still puzzled, in any of the ways a newcomer says so
        for (String puzzled : List.of("what?", "example", "??", "help me", "I don't understand", "huh? 🤔")) {
            // THEN one short, warm line: what the bot does, and the one word to type next
            assertThat(nia.types(puzzled).text()).as(puzzled).isEqualTo(CoachingFeature.PUZZLED_NEWCOMER);
        }
        assertThat(CoachingFeature.PUZZLED_NEWCOMER).contains("`start`").doesNotContain("`reflect`")
                .doesNotContain("\n");

        // AND after a restart she is not introduced all over again
        bot.restart();
        assertThat(nia.types("what?").text()).isEqualTo(CoachingFeature.PUZZLED_NEWCOMER);
        // AND asking for help, or what the bot is, still lists every word that begins a walk
        assertThat(nia.types("help").text()).startsWith("I'm Partner Coach").contains("`reflect`: the four");
        // AND nothing began, nothing was kept
        assertThat(nia.runs("coach progress").plainText()).contains("Not started yet")
                .doesNotContain("questions answered");
        // AND the word it names begins the walk
        assertThat(nia.types("start").plainText()).contains("Question 1 of 17");
    }

    @Test
    @DisplayName("'help me' typed mid-walk is a member asking for help with the question, not an answer")
    void helpMeMidWalkIsNotAnAnswer() {
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        nia.types("start");
        nia.types("Eastside Food Bank");

        Reply reply = nia.types("help me");

        assertThat(reply.text()).doesNotContain("Saved");
        assertThat(reply.plainText()).contains("Question 2 of 17");
        assertThat(nia.runs("coach answers").plainText()).doesNotContain("help me");
        assertThat(nia.runs("coach progress").plainText()).contains("1 of 17 questions answered");
    }

    @Test
    @DisplayName("'progress' typed in the DM before any walk names the DM words that begin one, not server commands, "
            + "and no answers to look at; in the server, the commands")
    void progressInTheDmNamesItsWords() {
        // GIVEN Nia has used the server but has never begun a walk
        Member nia = bot.member("nia");
        nia.runs("coach progress");

        // WHEN she types progress in the DM
        Reply reply = nia.types("progress");

        // THEN each walk says which word begins it here, and nothing points her to answers she has not written
        assertThat(reply.plainText()).contains("Not started yet. Type `start` here to begin.")
                .contains("Not started yet. Type `reflect` here to begin.").doesNotContain("`/coach start`")
                .doesNotContain("/coach answers");
        // AND in the server the commands are named, as before
        assertThat(nia.runs("coach progress").plainText()).contains("Not started yet. Run `/coach start` to begin.");
        // AND once she has written something, the DM says how to see it
        nia.types("start");
        nia.types("Eastside Food Bank");
        assertThat(nia.types("progress").plainText()).contains("Type “answers” to see everything you wrote.")
                .doesNotContain("/coach answers");
        assertThat(nia.runs("coach progress").plainText()).contains("See everything you wrote with /coach answers.");
    }

    @Test
    @DisplayName("'what is this?' typed during a walk is a puzzled member, not an answer: the help, nothing saved")
    void whatIsThisMidWalkIsNotAnAnswer() {
        // GIVEN Nia has begun the 5 tips in the DM
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        nia.types("start");

        // WHEN she types "what is this?"
        Reply reply = nia.types("what is this?");

        // THEN she gets the help over the question, and nothing is kept as her answer
        assertThat(reply.text()).contains("Anything you type answers the question below");
        assertThat(reply.plainText()).contains("Question 1 of 17");
        assertThat(nia.runs("coach answers").plainText()).doesNotContain("what is this");
        assertThat(nia.runs("coach progress").plainText()).contains("0 of 17 questions answered");
    }

    @Test
    @DisplayName("'back', 'skip', 'pause' or 'idk' before any walk gets a short word that no question is open and the "
            + "word that begins one, not the whole introduction again each time; nothing begins")
    void walkWordsBeforeAnyWalkAreShort() {
        // GIVEN Nia has used the server but has never begun a walk
        Member nia = bot.member("nia");
        nia.runs("coach progress");

        // WHEN she types skip
        // THEN she reads that no question is open, and how to begin one, in one short line
        assertThat(nia.types("skip").text()).isEqualTo("No worries! No question is open right now, so there's nothing "
                + "to skip. Type `start` to walk through the 5 tips for reaching out to new partners, or `reflect` for "
                + "the four Ask Yourself questions.");
        // AND back, pause, idk and "I'm done for today" (which pauses), typed again and again, get the same short word
        for (String typed : List.of("back", "pause", "idk", "I'm done for today", "back", "not sure")) {
            Reply reply = nia.types(typed);
            assertThat(reply.text()).as(typed).contains("No question is open right now")
                    .contains("Type `start` to walk through the 5 tips").contains("or `reflect` for")
                    .doesNotContain("I'm Partner Coach").doesNotContain("`progress`");
        }
        assertThat(nia.types("back").text()).contains("nothing to go back to");
        assertThat(nia.types("pause").text()).contains("nothing to pause");
        assertThat(nia.types("idk").text()).startsWith("Not knowing yet is fine! No question is open right now, so "
                + "there's nothing to answer yet.");
        // AND no walk began, nothing was kept
        assertThat(nia.runs("coach progress").plainText()).contains("Not started yet")
                .doesNotContain("questions answered");
        // AND a greeting still says what the bot is
        assertThat(nia.types("hi").text()).startsWith("Hello! I'm Partner Coach");
    }

    @Test
    @DisplayName("'what can you do?' before any walk is the introduction, not a line \"not kept\"")
    void whatCanYouDoIsTheIntroduction() {
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        for (String asked : List.of("what can you do?", "What do you do", "what can I do here?")) {
            assertThat(nia.types(asked).text()).as(asked).startsWith("I'm Partner Coach")
                    .contains("Type one of these to begin:").doesNotContain("didn't keep");
        }
    }

    @Test
    @DisplayName("with no walk open, asking the DM for a reminder or the outreach list, or to stop messages, is "
            + "pointed to the command that does it in the server, and nothing is set or kept")
    void requestsThatAServerCommandDoes() {
        // GIVEN Nia has used the server but has no walk open
        Member nia = bot.member("nia");
        nia.runs("coach progress");

        // WHEN she asks the DM to remind her
        Reply remind = nia.types("remind me tomorrow to call Grace Church");
        // THEN she is told how to set it in the server, with an example, and what she can type here
        assertThat(remind.text()).contains("`/remind`").contains("`/remind when:tomorrow 9am what:")
                .contains("`/reminders list`").contains("`start`").doesNotContain("didn't keep what you just typed");
        assertThat(nia.runs("reminders list").plainText()).doesNotContain("Grace Church");

        // WHEN she asks for the list of partners
        for (String asked : List.of("partners", "list", "show me the outreach list", "our partners?")) {
            assertThat(nia.types(asked).text()).as(asked).contains("`/partner list`")
                    .doesNotContain("didn't keep what you just typed");
        }

        // WHEN she asks the bot to stop messaging her
        for (String asked : List.of("stop", "unsubscribe", "Stop messaging me", "no more reminders")) {
            Reply stop = nia.types(asked);
            // THEN she reads what the bot sends her by DM and how to stop each
            assertThat(stop.text()).as(asked).contains("`/reminders cancel`").contains("`/partner owner`")
                    .contains("`/partner cadence`").doesNotContain("didn't keep what you just typed");
        }
    }

    @Test
    @DisplayName("with no question open (none begun, paused or finished), asking the DM to add a partner or log a call "
            + "points to /partner add or /partner log with an example; 'quit' is answered as 'stop' is")
    void addingOrLoggingAPartnerWithNoQuestionOpen() {
        // GIVEN Nia has used the server but has begun no walk
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        assertPointsToAddAndLog(nia);

        // AND with her walk paused
        nia.types("start");
        nia.types("Eastside Food Bank");
        nia.types("pause");
        assertPointsToAddAndLog(nia);
        for (String asked : List.of("quit", "stop", "Quit.")) {
            assertThat(nia.types(asked).text()).as(asked).contains("`/reminders cancel`")
                    .contains("`/partner cadence`");
        }

        // AND with her walk finished
        Member ola = bot.member("ola");
        ola.runs("reflect");
        for (int i = 0; i < 4; i++) {
            ola.types("skip");
        }
        assertPointsToAddAndLog(ola);
        assertThat(ola.types("quit").text()).contains("`/reminders cancel`").contains("`/partner cadence`");
        assertThat(ola.runs("coach answers").plainText()).doesNotContainIgnoringCase("food bank")
                .doesNotContainIgnoringCase("add a partner").doesNotContainIgnoringCase("log a");
    }

    private static void assertPointsToAddAndLog(Member member) {
        for (String asked : List.of("add a partner", "How do I add a partner?", "can you add the food bank as a "
                + "partner", "add partner Eastside Food Bank")) {
            assertThat(member.types(asked).text()).as(asked).contains("`/partner add name:")
                    .doesNotContain("is paused, so").doesNotContain("Welcome!");
        }
        for (String asked : List.of("log a call with the food bank", "how do I log a meeting?", "log")) {
            assertThat(member.types(asked).text()).as(asked).contains("`/partner log partner:")
                    .doesNotContain("is paused, so").doesNotContain("Welcome!");
        }
    }

    @Test
    @DisplayName("during a walk, 'log a call with the food bank' or 'add a partner' is an answer like any other line")
    void addingOrLoggingDuringAWalkIsAnAnswer() {
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        nia.types("start");
        nia.types("Eastside Food Bank");
        assertThat(nia.types("log a call with the food bank").text()).startsWith("Saved: “log a call with the food bank”");
        assertThat(nia.types("add a partner from the faith community").text())
                .startsWith("Saved: “add a partner from the faith community”");
    }

    @Test
    @DisplayName("during a walk, 'stop' still pauses it and 'remind me to ...' is an answer like any other line")
    void duringAWalkTheWordsKeepTheirMeaning() {
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        nia.types("start");
        nia.types("Eastside Food Bank");
        assertThat(nia.types("remind me to ask about their board").plainText()).contains("Question 3 of 17");
        assertThat(nia.types("stop").text()).contains("Paused");
        assertThat(nia.runs("coach answers").plainText()).contains("remind me to ask about their board");
    }

    @Test
    @DisplayName("a brand-new member's first line that is no greeting ('The food bank') gets a short welcome: what the "
            + "bot does, the one word that starts, and that her line was not kept; no talk of a 'walk' she never heard of")
    void firstLineThatIsNoGreetingGetsAWelcome() {
        // GIVEN Nia has used the server but has never begun a walk, here or in any other server
        Member nia = bot.member("nia");
        nia.runs("coach progress");

        // WHEN her first line in the DM is not a greeting
        Reply reply = nia.types("The food bank");

        // THEN a short welcome: what the bot does, the word that starts, and that her line was not kept
        assertThat(reply.text()).isEqualTo(CoachingFeature.WELCOME_NOT_KEPT);
        assertThat(reply.text()).contains("`start`").contains("didn't keep").doesNotContain("walk")
                .doesNotContain("`reflect`");
        // AND nothing began, nothing was kept
        assertThat(nia.runs("coach progress").plainText()).contains("Not started yet");
        // AND the word it names begins
        assertThat(nia.types("start").plainText()).contains("Question 1 of 17");
    }

    @Test
    @DisplayName("a member who began a walk before (in another server, or a plan whose partner was deleted since) is "
            + "told plainly that no walk is open, not welcomed as new")
    void memberWhoBeganAWalkIsNotWelcomedAsNew() {
        // GIVEN Ana finished Ask Yourself in another server, then ran a command here (her DMs now go with this one)
        Member anaThere = bot.memberOfOtherServer("ana");
        anaThere.runs("coach progress");
        anaThere.types("reflect");
        for (String answer : List.of("Trust", "The library", "Their board", "A call")) {
            anaThere.types(answer);
        }
        assertThat(anaThere.runs("coach progress").plainText()).contains("4 of 4");
        Member ana = bot.member("ana");
        ana.runs("coach progress");
        // WHEN she types a line in the DM
        // THEN she is told plainly that no walk is open here, not welcomed as new
        assertThat(ana.types("The food bank").text()).isNotEqualTo(CoachingFeature.WELCOME_NOT_KEPT)
                .contains("You have no walk open right now, so I didn't keep what you just typed");

        // GIVEN Cara began a plan for a partner, and the partner was deleted since
        Member cara = bot.member("cara");
        cara.runs("partner add", "name", "Lincoln High", "sector", "education");
        cara.runs("partner coach", "partner", "Lincoln High");
        cara.runs("partner delete", "partner", "Lincoln High");
        assertThat(cara.presses("Delete for good").text()).contains("Deleted “Lincoln High”");
        // WHEN she types a line in the DM
        Reply reply = cara.types("The food bank");
        // THEN she is told no walk is open, as a member who knows walks
        assertThat(reply.text()).isNotEqualTo(CoachingFeature.WELCOME_NOT_KEPT)
                .contains("You have no walk open right now, so I didn't keep what you just typed");
        // AND after a restart too
        bot.restart();
        assertThat(cara.types("The food bank").text()).isNotEqualTo(CoachingFeature.WELCOME_NOT_KEPT);
    }
}
