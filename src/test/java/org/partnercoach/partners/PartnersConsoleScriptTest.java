package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.ConsoleScript;

@DisplayName("The outreach list in the local console, as a script")
class PartnersConsoleScriptTest {

    private static final String SCRIPT = """
            # two members build the list together
            /partner add name:"Eastside Food Bank" sector:food contact:"Maria, volunteer lead"
            /partner add name:"Grace Church" sector:faith
            /partner add name:"City Parks" sector:parks
            :user bea
            /partner know partner:"eastside food bank"
            /partner log partner:"Eastside Food Bank" what:"Coffee with Maria" kind:meeting when:yesterday
            :user you
            /partner stage partner:"Eastside Food Bank" stage:connecting
            /partner stage partner:"City Parks" stage:partnered
            /partner intro partner:"Eastside Food Bank"
            :user bea
            #1
            :user you
            /partner show partner:"Eastside Food Bank"
            /partner list
            /coalition gaps
            /partner show partner:"Eastside Food Bnak"
            """;

    @Test
    @DisplayName("adds partners, logs a touchpoint, moves stages, asks for an intro, and shows the gaps")
    void script() throws Exception {
        String transcript = run(SCRIPT);

        assertThat(transcript)
                .contains("Added “Eastside Food Bank” (Food and nutrition) to the outreach list")
                .contains("Noted: you know someone at “Eastside Food Bank”")
                .contains("Logged a meeting with “Eastside Food Bank” on Mar 1, 2026")
                .contains("Moved “Eastside Food Bank” from researching to connecting")
                .contains("[1] Open tip 2 for this partner")
                .contains("bot (DM to bea)> ── Can you make an introduction? ──")
                .contains("@you is reaching out to **Eastside Food Bank**")
                .contains("bot (DM to you)> @bea will introduce you to someone at “Eastside Food Bank”")
                .contains("· Owner:\n")
                .contains("Mar 1, 2026 (yesterday): Coffee with Maria")
                .contains("• For @you: @bea will introduce them")
                .contains("**Eastside Food Bank** · Food and nutrition · Connecting · @you · last touch 1 day ago")
                .contains("**17 with no partner at all**")
                .contains("Parks and recreation (1)")
                .contains("Food and nutrition (1)")
                .contains("Faith communities (1)")
                .contains("[1] Sector directory")
                .contains("I can't find a partner called “Eastside Food Bnak” in this server. "
                        + "Did you mean “Eastside Food Bank”?")
                .doesNotContain("something went wrong");
        // the reply comes first; the DM it queued follows at once (the console runs the outbox after each line)
        assertThat(transcript.indexOf("I'm asking @bea by DM")).isPositive()
                .isLessThan(transcript.indexOf("bot (DM to bea)> ── Can you make an introduction? ──"));
    }

    @Test
    @DisplayName("a command the bot gives to copy names a partner with quotes in its name so that it runs as given")
    void quotesInANameInACommandToCopy() throws Exception {
        String transcript = run("""
                /partner add name:"The \\"Y\\" Center" sector:youth
                /partner add name:"the \\"y\\" center" sector:youth
                /partner show partner:"The \\"Y\\" Center"
                :user bea
                /partner know partner:"The \\"Y\\" Center"
                :user you
                /partner intro partner:"The \\"Y\\" Center"
                :user bea
                #1
                :user you
                /partner log partner:"The \\"Y\\" Center" kind:intro what:"Met Jo"
                """);

        assertThat(transcript)
                .contains("“The \"Y\" Center” is already on the list (Youth, researching). See it with "
                        + "`/partner show partner:\"The \\\"Y\\\" Center\"`")
                .contains("bot (DM to you)> @bea will introduce you to someone at “The \"Y\" Center”. Once you've met, "
                        + "log it with `/partner log partner:\"The \\\"Y\\\" Center\" kind:intro what:`")
                .contains("Logged an introduction with “The \"Y\" Center”")
                .doesNotContain("I can't find a partner");
    }

    @Test
    @DisplayName("a partner named only with mentions (@everyone, or @here and a letter) is refused in the console too, "
            + "saying what to type; nothing is added")
    void nameOfMentionsRefused() throws Exception {
        String transcript = run("""
                /partner add name:@everyone sector:food
                /partner add name:"@here x" sector:food
                /partner add name:"Food @ Home" sector:food
                /partner list
                """);

        assertThat(transcript)
                .contains("“@everyone” only mentions people (such as @everyone or a member), and a partner's name is "
                        + "the organization's name")
                .contains("“@here x” only mentions people")
                .contains("Added “Food @ Home” (Food and nutrition)")
                .contains("**Food @ Home**")
                .doesNotContain("Added “@everyone”", "Added “@here x”", "something went wrong");
    }

    @Test
    @DisplayName("members who left (:leave): /partner intro does not ask them, the partner's page marks them, and a "
            + "check-in for one is refused as Discord refuses it, with nothing posted in the reminder channel")
    void membersWhoLeft() throws Exception {
        String transcript = run("""
                /coach setup channel:#reminders
                :user bea
                /partner add name:"Eastside Food Bank" sector:food
                :user cora
                /partner know partner:"Eastside Food Bank"
                :user you
                :leave bea
                :leave cora
                :user alice
                /partner intro partner:"Eastside Food Bank"
                /partner show partner:"Eastside Food Bank"
                :user you
                :advance 15d
                /coach status
                """);

        assertThat(transcript)
                .contains("@cora has left the server, so I didn't ask them, though they said they know someone at "
                        + "“Eastside Food Bank”.")
                .contains("· Owner:\n" + " ".repeat(20) + "@bea (has left the server, so no reminders reach them: a "
                        + "coordinator hands it to someone with `/partner owner`)")
                .contains("· Knows someone there:\n" + " ".repeat(20) + "@cora (has left the server)")
                .contains("(a DM to bea was refused: they have left the server (`:member bea` brings them back))")
                .contains("a cultivate reminder to @bea: they have left the server. Hand their partners to someone "
                        + "else with `/partner owner`")
                .doesNotContain("bot (DM to cora)>")
                .doesNotContain("bot (DM to bea)>")
                .doesNotContain("bot (#reminders)> @bea");
    }

    @Test
    @DisplayName("an introduction agreed while the partner had moved on: after the restore no follow-up comes, and "
            + "/partner intro asks the helper again")
    void agreedWhileMovedOn() throws Exception {
        String transcript = run("""
                /partner add name:"Eastside Food Bank" sector:food
                :user bea
                /partner know partner:"Eastside Food Bank"
                :user dan
                /partner intro partner:"Eastside Food Bank"
                :user you
                /partner archive partner:"Eastside Food Bank" reason:"Focus shifted"
                :user bea
                #1
                :user you
                /partner restore partner:"Eastside Food Bank"
                :advance 8d
                :user dan
                /partner show partner:"Eastside Food Bank"
                /partner intro partner:"Eastside Food Bank"
                """);

        assertThat(transcript)
                .contains("so no introduction is needed for now. I've noted your answer. If the coalition takes it up "
                        + "again, @dan can ask you again.")
                .contains("• For @dan: asked @bea, who offered an introduction after it had moved on, when none was "
                        + "needed")
                .contains("I'm asking @bea by DM for an introduction to someone at “Eastside Food Bank”")
                .doesNotContain("@bea will introduce them", "already said they'll introduce you", "Have you met?",
                        "something went wrong");
        assertThat(transcript.split("Can you make an introduction\\?", -1)).as("two requests to bea").hasSize(3);
    }

    @Test
    @DisplayName("the follow-up on an agreed introduction to a partner cultivated since does not promise that "
            + "/partner intro asks the helper again, which it then refuses")
    void followUpOnceCultivating() throws Exception {
        String transcript = run("""
                /partner add name:"Eastside Food Bank" sector:food
                :user bea
                /partner know partner:"Eastside Food Bank"
                :user dan
                /partner intro partner:"Eastside Food Bank"
                :user bea
                #1
                :user you
                /partner stage partner:"Eastside Food Bank" stage:cultivating
                :advance 38d
                :user dan
                /partner intro partner:"Eastside Food Bank"
                """);

        assertThat(transcript)
                .contains("Have you met? Press **We've met** to log it")
                .contains("Not yet? A friendly note to @bea helps. “Eastside Food Bank” is in the cultivating stage "
                        + "now, so the coalition is in touch with them and `/partner intro` asks nobody there; "
                        + "`/partner show partner:\"Eastside Food Bank\"` says who looks after it.")
                .contains("“Eastside Food Bank” is in the cultivating stage, so there's no introduction to ask for")
                .doesNotContain("`/partner intro` asks them again", "something went wrong");
    }

    @Test
    @DisplayName("a member who logged his introduction and asks again is told he has had it, and the page shown to "
            + "the member who introduced him lists nobody waiting for someone who knows someone there")
    void askingAgainAfterTheIntroductionIsLogged() throws Exception {
        String transcript = run("""
                /partner add name:"Eastside Food Bank" sector:food
                :user bea
                /partner know partner:"Eastside Food Bank"
                :user dan
                /partner intro partner:"Eastside Food Bank"
                :user bea
                #1
                :user dan
                /partner log partner:"Eastside Food Bank" what:"Bea introduced me to Maria" kind:intro
                /partner intro partner:"Eastside Food Bank"
                :user bea
                /partner show partner:"Eastside Food Bank"
                """);

        assertThat(transcript)
                .contains("You've logged an introduction to “Eastside Food Bank” since you asked @bea, so I didn't "
                        + "ask them again.\n")
                .contains("There's nobody new to ask, so I sent no request: you've had your introduction there.")
                .contains("· Knows someone there:\n" + " ".repeat(20) + "@bea\n")
                .contains("• For @dan: asked @bea; introduced, logged")
                .doesNotContain("Waiting for", "I'll let you know by DM", "something went wrong");
    }

    @Test
    @DisplayName("a partner archived and restored by the coordinator, with a plan of bea's for it: the restore names "
            + "bea's plan, gives the coordinator no command that would begin one of her own, and bea is told by DM")
    void restoredWithAnotherMembersPlan() throws Exception {
        String transcript = run("""
                /partner add name:Lincoln High School sector:education
                :user bea
                /partner coach partner:Lincoln High School
                #answer
                They teach 1,200 teens
                :user you
                /partner archive partner:Lincoln High School reason:No capacity this year
                /partner restore partner:Lincoln High School
                """);

        String restore = transcript.substring(transcript.indexOf("/partner restore partner:Lincoln High School"));
        assertThat(restore)
                .contains("“Lincoln High School” is back on the list")
                .contains("@bea has a plan for it that waits where they left it; I'll let them know by DM.")
                .contains("bot (DM to bea)> Good news: “Lincoln High School” is back on the coalition's outreach "
                        + "list. Your plan for it waits where you left it, answers kept: `/partner coach "
                        + "partner:\"Lincoln High School\"` picks it up again.")
                .doesNotContain("A plan for it waits", "bot (DM to you)>", "something went wrong");
        // the coordinator's reply names no command to run, before bea's DM
        assertThat(restore.substring(0, restore.indexOf("bot (DM to bea)>"))).doesNotContain("/partner coach");
        assertThat(transcript.split("Good news", -1)).as("one DM to bea").hasSize(2);
    }

    @Test
    @DisplayName("a member asking to be handed a partner whose owner left (:leave) is pointed to a coordinator only")
    void ownerWhoLeft() throws Exception {
        String transcript = run("""
                :user carl
                /partner add name:"Org A" sector:food
                :user you
                :leave carl
                :user dan
                /partner owner partner:"Org A" member:@dan
                """);

        assertThat(transcript).contains("@carl, who looks after “Org A”, has left the server, so only a "
                + "coordinator can hand it to you. Ask one to run `/partner owner` with you as `member:`")
                .doesNotContain("only they or a coordinator", "something went wrong");
    }

    private static String run(String script) throws Exception {
        return ConsoleScript.run(script, Path.of("target/console-out"));
    }
}
