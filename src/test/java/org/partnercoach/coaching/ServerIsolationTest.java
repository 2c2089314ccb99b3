package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Members of two servers never see each other's answers")
class ServerIsolationTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("answers, progress and buttons stay in their own server")
    void isolated() {
        Member ana = bot.member("ana");
        Member zoe = bot.memberOfOtherServer("zoe");
        Reply anaWalk = ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Ana's secret list");
        zoe.runs("coach start");
        zoe.presses("Answer");
        zoe.submits("answer", "Zoe's own list");

        assertThat(zoe.runs("coach answers").plainText()).contains("Zoe's own list").doesNotContain("Ana's");
        assertThat(ana.runs("coach answers").plainText()).contains("Ana's secret list").doesNotContain("Zoe");
        // a button naming a walk of the other server is not found there
        assertThat(zoe.pressesId(anaWalk.buttons().get(1).id()).text()).contains("can't find that walk");
    }

    @Test
    @DisplayName("the same person in two servers has a separate walk in each; DMs follow the server used last")
    void samePersonTwoServers() {
        Member anaHere = bot.member("ana");
        Member anaThere = bot.memberOfOtherServer("ana");
        anaHere.runs("coach start");
        anaHere.types("answer for the first server");
        anaThere.runs("coach start");
        anaThere.types("answer for the second server");

        assertThat(anaHere.runs("coach answers").plainText()).contains("first server").doesNotContain("second");
        assertThat(anaThere.runs("coach answers").plainText()).contains("second server").doesNotContain("first");
    }

    @Test
    @DisplayName("a button in a DM from the walk of the server used before is refused, saying where to go; there, "
            + "it works again")
    void dmButtonOfTheOtherServer() {
        // GIVEN ana answered in a DM for the first server, and the bot offered to add the names she wrote
        Member anaHere = bot.member("ana");
        Member anaThere = bot.memberOfOtherServer("ana");
        anaHere.runs("coach start");
        Reply offer = anaHere.types("Eastside Food Bank and Lincoln High");
        assertThat(offer.buttons()).extracting(b -> b.label()).contains("Check and add");

        // WHEN she uses the second server, then presses that button in her DMs
        anaThere.runs("coach start");
        anaHere.reads(offer);
        Reply refused = anaHere.presses("Check and add");

        // THEN she is told the walk is not in the server her DMs now belong to, and what to do
        assertThat(refused.plainText()).contains("server your DMs belong to now")
                .contains("run `/coach progress` there, then try again here").doesNotContain("any more");
        // AND the second server got nothing of the first's
        assertThat(anaThere.runs("partner list").plainText()).contains("The outreach list is empty so far");

        // WHEN she does that, the same button works
        anaHere.runs("coach progress");
        anaHere.reads(offer);
        assertThat(anaHere.presses("Check and add").plainText()).doesNotContain("can't find that walk");
    }

    @Test
    @DisplayName("an answer typed in a DM for the walk of the server used before, after a command in another server, "
            + "is not kept: the reply says the DMs go with the server used last, to run /coach progress in the other "
            + "one, and shows the answer back as typed; there, it is kept")
    void dmAnswerForTheServerUsedBefore() {
        // GIVEN ana walks the 5 tips by DM for the first server
        Member anaHere = bot.member("ana");
        Member anaThere = bot.memberOfOtherServer("ana");
        anaHere.runs("coach start");
        anaHere.types("Eastside Food Bank");
        // AND she runs a command in the second server, where she has no walk open: her DMs now go there
        anaThere.runs("partner list");

        // WHEN she types her next answer in the DM
        Reply reply = anaHere.types("**Lincoln High** and the _food bank_ @everyone");

        // THEN she is told why it was not kept, and how to go on with the first server's walk
        assertThat(reply.text())
                .startsWith("Your DMs now go with the server where you last ran a command, and no walk is open "
                        + "there, so I didn't keep that.")
                .contains("To answer your **5 tips for reaching out to new partners** walk in the other server, run "
                        + "`/coach progress` there, then send your answer here again.")
                // AND what she typed comes back as she typed it, its Markdown literal
                .contains("Here is what you wrote: “\\*\\*Lincoln High\\*\\* and the \\_food bank\\_ @everyone”")
                .doesNotContain("You have no walk open right now");
        assertThat(reply.buttons()).isEmpty();
        // AND nothing was stored in either server
        assertThat(anaThere.runs("coach answers").plainText()).doesNotContain("Lincoln High");
        assertThat(anaThere.runs("coach progress").plainText()).contains("Not started yet. Run `/coach start`");

        // WHEN a walk of the second server is paused, the answer still names the first server's open walk
        anaThere.runs("reflect");
        assertThat(anaHere.types("pause").text()).contains("Paused: **Ask Yourself**");
        assertThat(anaHere.types("Lincoln High").text())
                .startsWith("Your DMs now go with the server where you last ran a command");

        // WHEN she does as told, the same answer is kept in the first server's walk
        anaHere.runs("coach progress");
        assertThat(anaHere.types("**Lincoln High** and the _food bank_ @everyone").text()).contains("Saved: “");
        assertThat(anaHere.runs("coach progress").plainText()).contains("2 of 17 questions answered");
        assertThat(anaThere.runs("coach answers").plainText()).doesNotContain("Lincoln High");
    }

    @Test
    @DisplayName("an answer typed in a DM for the PAUSED walk of the server used before, after a command in another "
            + "server where nothing is open or paused, is not kept: the reply says the DMs go with the server used "
            + "last and how to go on with the paused walk there, and shows the answer back; a walk paused in the "
            + "server used last is named instead")
    void dmAnswerForAPausedWalkOfTheServerUsedBefore() {
        // GIVEN ana walks Ask Yourself by DM for the first server, and pauses it
        Member anaHere = bot.member("ana");
        Member anaThere = bot.memberOfOtherServer("ana");
        anaHere.runs("reflect");
        anaHere.types("We want to reach families who skip check-ups");
        assertThat(anaHere.types("pause").text()).contains("Paused: **Ask Yourself**");
        // AND she runs a command in the second server, where she has no walk at all: her DMs now go there
        anaThere.runs("partner list");

        // WHEN she types an answer meant for the first server's paused walk
        Reply reply = anaHere.types("**Trust** takes _time_ @everyone");

        // THEN she is told why it was not kept, and how to go on with that walk, with what she typed shown back
        assertThat(reply.text()).isEqualTo("Your DMs now go with the server where you last ran a command, and no walk "
                + "is open there, so I didn't keep that. Your **Ask Yourself** walk in the other server is paused: to "
                + "go on with it, run `/coach progress` there and press its **Continue** button, then send your "
                + "answer here again. Here is what you wrote: “\\*\\*Trust\\*\\* takes \\_time\\_ @everyone”");
        assertThat(reply.buttons()).isEmpty();
        // AND nothing was stored in either server
        assertThat(anaThere.runs("coach answers").plainText()).doesNotContain("Trust");
        assertThat(anaHere.runs("coach answers").plainText()).doesNotContain("Trust");

        // WHEN a walk of the second server is paused too, the line is about that one, the DMs' own server
        anaThere.runs("coach start");
        anaHere.types("pause");
        assertThat(anaHere.types("Trust takes time").text()).startsWith("**5 tips for reaching out to new partners** "
                + "is paused, so I didn't keep what you just typed.");

        // WHEN she does as told in the first server, the same answer is kept in its walk
        anaHere.runs("coach progress");
        assertThat(anaHere.presses("Continue: Ask Yourself").plainText()).contains("Welcome back!");
        assertThat(anaHere.types("**Trust** takes _time_ @everyone").text()).contains("Saved: “");
        assertThat(anaHere.runs("coach answers").plainText()).contains("Trust");
        assertThat(anaThere.runs("coach answers").plainText()).doesNotContain("Trust");
    }

    @Test
    @DisplayName("an answer typed in a DM for a plan of the server used before that is paused because the coalition "
            + "there moved on from its partner is not kept: the reply says the plan waits because of that, as it does "
            + "in its own server, not to press Continue (there is none); a walk paused there by the member is named "
            + "before it")
    void dmAnswerForAPlanOfAMovedOnPartnerOfTheServerUsedBefore() {
        // GIVEN ana answers her plan for a partner of the first server by DM, then archives the partner
        Member anaHere = bot.member("ana");
        Member anaThere = bot.memberOfOtherServer("ana");
        anaHere.runs("partner add", "name", "**Eastside** Food Bank", "sector", "food");
        anaHere.runs("partner coach", "partner", "**Eastside** Food Bank");
        assertThat(anaHere.types("They run the county's food pantries").text()).contains("Saved:");
        anaHere.runs("partner archive", "partner", "**Eastside** Food Bank");
        // AND she runs a command in the second server, where she has no walk at all: her DMs now go there
        anaThere.runs("partner list");

        // WHEN she types an answer meant for that plan
        Reply reply = anaHere.types("Food security for families @everyone");

        // THEN she is told the plan waits because the coalition there moved on from its partner, in the words her
        // own server uses, with what she typed shown back
        assertThat(reply.text()).isEqualTo("Your DMs now go with the server where you last ran a command, and no walk "
                + "is open there, so I didn't keep that. In the other server, **Plan for one partner — \\*\\*Eastside"
                + "\\*\\* Food Bank** is paused because the coalition has moved on from “\\*\\*Eastside\\*\\* "
                + "Food Bank” (it was archived), so it takes no answers for now. Your answers are kept: if it comes back "
                + "with `/partner restore` there, `/partner coach partner:\"**Eastside** Food Bank\"` picks your plan "
                + "up where you left it. Here is what you wrote: “Food security for families @everyone”")
                .doesNotContain("Continue");
        assertThat(reply.buttons()).isEmpty();
        // AND nothing was stored, and the plan stays paused
        assertThat(anaHere.runs("coach progress").plainText())
                .contains("(paused: the coalition has moved on from this partner)")
                .contains("1 of 11 questions answered");

        // WHEN she had also paused her 5 tips walk there, before the plan
        anaHere.runs("coach start");
        assertThat(anaHere.types("pause").text()).contains("Paused: **5 tips for reaching out to new partners**");
        bot.advance(Duration.ofMinutes(5));
        anaHere.runs("partner coach", "partner", "**Eastside** Food Bank");
        assertThat(anaHere.types("pause").text()).contains("Paused: **Plan for one partner");
        anaThere.runs("partner list");

        // THEN the answer names the 5 tips walk, which its Continue button picks up, as resume would
        assertThat(anaHere.types("Food security for families").text()).contains("Your **5 tips for reaching out to "
                + "new partners** walk in the other server is paused: to go on with it, run `/coach progress` there "
                + "and press its **Continue** button").doesNotContain("Eastside");
    }
}
