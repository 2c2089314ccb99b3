package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A member who writes to the bot from a phone, in her own casual words, is understood as she means them")
class DmPhoneWordsTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("with no walk open (none begun, or one paused), everyday requests point to the server command that "
            + "does them, naming what she typed, and nothing is kept")
    void everydayRequestsPointToTheCommand() {
        // GIVEN Maya has used the server but has begun no walk
        Member maya = bot.member("maya");
        maya.runs("coach progress");
        pointsToTheCommands(maya);
        assertThat(maya.runs("coach progress").plainText()).contains("Not started yet");

        // AND with her walk paused at question 2
        maya.types("start");
        maya.types("Lincoln High School");
        maya.types("pause");
        pointsToTheCommands(maya);
        assertThat(storedAnswers()).isEqualTo(1);
        assertThat(maya.runs("reminders list").plainText()).doesNotContain("maria");
    }

    private static void pointsToTheCommands(Member maya) {
        // WHEN she asks to add a partner by its name
        assertThat(maya.types("add eastside food bank").text()).startsWith("I can't add a partner from our DM: run "
                + "`/partner add name:eastside food bank` in any channel of your coalition's server and pick its "
                + "sector").doesNotContain("Welcome!").doesNotContain("is paused, so");
        // WHEN she asks for her partners
        for (String asked : List.of("list my partners", "who do i look after", "Who do I look after?", "my partners")) {
            assertThat(maya.types(asked).text()).as(asked).startsWith("The partners you look after are on the "
                    + "outreach list in your coalition's server: run `/partner list mine:true`");
        }
        assertThat(maya.types("list partners").text()).startsWith("The outreach list is in your coalition's server: "
                + "run `/partner list`");
        // WHEN she tells of a contact in her own words
        for (String told : List.of("i called maria at the food bank today", "Met with the principal this morning")) {
            assertThat(maya.types(told).text()).as(told).startsWith("Good to hear! I can't log a touchpoint from our "
                    + "DM").contains("`/partner log partner:Eastside Food Bank what:" + told + "`")
                    .doesNotContain("Welcome!").doesNotContain("is paused, so");
        }
        // WHEN she asks for fewer messages
        assertThat(maya.types("stop sending me these").text()).contains("`/reminders cancel`")
                .contains("`/partner cadence`").doesNotContain("Welcome!").doesNotContain("is paused, so");
    }

    @Test
    @DisplayName("with a walk open at 'Who do you want to partner with?', 'add eastside food bank' and 'i called maria' "
            + "are answers, as any line is")
    void duringAWalkTheyAreAnswers() {
        Member maya = bot.member("maya");
        maya.runs("coach start");
        assertThat(maya.types("add eastside food bank").text()).startsWith("Saved: “add eastside food bank”");
        assertThat(maya.types("i called maria at the food bank today").text())
                .startsWith("Saved: “i called maria at the food bank today”");
        assertThat(storedAnswers()).isEqualTo(2);
    }

    @Test
    @DisplayName("mid-walk, phone spellings of 'what do you mean?', 'I don't know' and 'good night' are not kept: "
            + "'what do u mean' gets the tip's guidance, 'i dunno' leaves the question open, 'gtg' and 'nite' are "
            + "goodbyes")
    void casualSpellingsAreNotAnswers() {
        // GIVEN Maya answered the first question of the 5 tips in the DM
        Member maya = bot.member("maya");
        maya.runs("coach start");
        maya.types("Eastside Food Bank");

        for (String typed : List.of("what do u mean", "what do u mean?", "wat", "wat?")) {
            assertThat(maya.types(typed).text()).as(typed).startsWith("No worries! The advice below says more about "
                    + "what this one is after, and I didn't keep your line as an answer.");
        }
        for (String typed : List.of("gtg", "nite", "Nite!", "good nite", "cya")) {
            assertThat(maya.types(typed).text()).as(typed).startsWith("Bye for now! I took that as a goodbye, not as "
                    + "an answer.");
        }
        assertThat(storedAnswers()).isEqualTo(1);
        for (String typed : List.of("i dunno", "i dunno 🤷", "no idea lol", "idk lol")) {
            Reply reply = maya.types(typed);
            // each leaves one question open, as skip does, and is kept as no answer
            assertThat(reply.text()).as(typed).startsWith(CoachingFeature.LEFT_OPEN);
        }
        assertThat(storedAnswers()).isEqualTo(1);
        assertThat(maya.runs("coach answers").plainText()).doesNotContain("dunno").doesNotContain("what do u mean")
                .doesNotContain("gtg").doesNotContain("nite");

        // AND a line that only begins so is an answer
        assertThat(maya.types("nite shift workers at the plant").text())
                .startsWith("Saved: “nite shift workers at the plant”");
    }

    @Test
    @DisplayName("a mistyped slash command in a DM is said to be none of the bot's, with the closest offered; for "
            + "/coach start, that 'start' typed right there works too; a real command is still sent to the server")
    void mistypedSlashCommand() {
        // GIVEN Maya has used the server but has no walk open
        Member maya = bot.member("maya");
        maya.runs("coach progress");

        // WHEN she types a slip of /coach start in the DM
        Reply strat = maya.types("/coach strat");
        // THEN she is told it is no command, what she likely meant, and that the DM word does it here
        assertThat(strat.text()).startsWith("`/coach strat` isn't one of my commands, so I didn't take that as an "
                + "answer. Did you mean `/coach start`").contains("You can type `start` right here too: it does what "
                + "`/coach start` does.").doesNotContain("Run it in any channel");

        // WHEN she mistypes a server command
        assertThat(maya.types("/partner lsit").text()).startsWith("`/partner lsit` isn't one of my commands")
                .contains("Did you mean `/partner list`").contains("Run it in any channel of your coalition's server");
        // WHEN she types what is near nothing
        assertThat(maya.types("/zzqx").text()).startsWith("`/zzqx` isn't one of my commands")
                .contains("`/help` in your coalition's server lists every command").doesNotContain("Did you mean");
        // WHEN she types a real command, with its options
        assertThat(maya.types("/partner add name:Westside Clinic sector:health-care").text())
                .startsWith("Slash commands such as `/partner add` work in your coalition's server");

        // AND mid-walk, the slip moves nothing and is kept as no answer
        maya.types("start");
        Reply mid = maya.types("/coach strat");
        assertThat(mid.text()).startsWith("`/coach strat` isn't one of my commands");
        assertThat(mid.plainText()).contains("Question 1 of 17");
        assertThat(storedAnswers()).isZero();
    }

    /** How many answers the server has stored, skipped ones aside. */
    private int storedAnswers() {
        return bot.storedRows().<Integer>read(c -> Database.one(c, "SELECT COUNT(*) FROM walk_answers"
                + " WHERE guild_id = ? AND skipped = FALSE", rs -> rs.getInt(1), TestBot.GUILD).orElseThrow());
    }
}
