package org.partnercoach.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Whom a refused member is told to ask for the coordinator role")
class CoordinatorsTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** olga owns the server, as the platform says. */
    private Member ownedByOlga() {
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());
        return olga;
    }

    private static String askOlga(Member olga) {
        return "If you think you should be one, ask <@" + olga.id() + "> (the server's owner).";
    }

    @Test
    @DisplayName("a member refused a coordinators' command is told to ask the server's owner, by name")
    void refusalsNameTheOwner() {
        // GIVEN a server olga owns, and bea, a member
        Member olga = ownedByOlga();
        Member bea = bot.member("bea");

        // WHEN bea tries the coordinators' commands
        // THEN each refusal names olga, the server's owner, as the one to ask
        assertThat(bea.runs("export partners").text()).isEqualTo("Only coordinators (Manage Server, or the "
                + "coordinator role) can export the coalition's data. " + askOlga(olga));
        assertThat(bea.runs("coach status").text()).isEqualTo("Only coordinators (Manage Server, or the coordinator "
                + "role) can see the bot's status. " + askOlga(olga));
        assertThat(bea.runs("coalition map").plainText()).isEqualTo("Only coordinators (Manage Server, or the "
                + "coordinator role) can see the coalition's network map. Nothing was made. " + askOlga(olga));
        assertThat(bea.runs("digest status").text()).isEqualTo("Only coordinators (Manage Server, or the coordinator "
                + "role) can use the weekly digest. " + askOlga(olga));
        assertThat(bea.runs("digest setup", "day", "monday", "time", "09:00").text()).isEqualTo("Only coordinators "
                + "(Manage Server, or the coordinator role) can use the weekly digest. Nothing was changed. "
                + askOlga(olga));
        assertThat(bea.runs("digest unsubscribe").text()).isEqualTo("You weren't subscribed, so nothing changed. "
                + "The digest is for coordinators. " + askOlga(olga));
        assertThat(bea.runs("coach setup", "quiet", "22:00-07:00").text()).isEqualTo("Only coordinators (Manage "
                + "Server, or the coordinator role) can change how the bot works in this server. Nothing was changed. "
                + "Your own time zone is yours to set with `/settings timezone`. " + askOlga(olga));
    }

    @Test
    @DisplayName("with no owner known, the refusal says to ask whoever set the bot up")
    void noOwnerKnown() {
        assertThat(bot.member("bea").runs("export partners").text()).endsWith(" If you think you should be one, ask "
                + "whoever set the bot up.");
        assertThat(bot.member("bea").runs("digest unsubscribe").text()).isEqualTo("You weren't subscribed, so nothing "
                + "changed. The digest is for coordinators. If you think you should be one, ask whoever set the bot "
                + "up.");
    }

    @Test
    @DisplayName("a former coordinator refused in the server is told to ask the owner for the role back; a member "
            + "pressing Send nudge is told to ask the owner")
    void formerCoordinatorAndNudgeNameTheOwner() {
        // GIVEN cora set up and gets the Monday digest, whose Send nudge button is for bea's stalled walk
        Member olga = ownedByOlga();
        Member cora = bot.coordinator("cora");
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.member("bea").runs("coach start");
        bot.advance(Duration.ofDays(6).plusHours(18));
        bot.advance(Duration.ofDays(7));
        Reply digest = bot.messenger().directTo(cora.id()).stream().map(s -> s.reply())
                .filter(r -> !r.buttons().isEmpty()).reduce((a, b) -> b).orElseThrow();

        // WHEN dan, a member, presses its Send nudge
        Member dan = bot.member("dan");
        dan.reads(digest);
        assertThat(dan.presses("Send nudge 1").text()).isEqualTo("Only coordinators (Manage Server, or the "
                + "coordinator role) can send nudges from the digest. Nothing was sent. " + askOlga(olga));

        // WHEN cora, no longer a coordinator, runs /digest status in the server
        assertThat(bot.member("cora").runs("digest status").text()).endsWith("If you should still be a coordinator, "
                + "ask <@" + olga.id() + "> (the server's owner) to give you the role back, then run "
                + "`/digest subscribe`.");
    }
}
