package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/** What a member's DMs do once the server they belong to has removed the bot (kicked it, or was deleted). */
@DisplayName("DMs of a server that removed the bot")
class ServerRemovedBotTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a typed line is not kept for that server's walk: the member is told why and what to do; a command "
            + "in another server moves their DMs there, and the first server's walk waits, untouched")
    void typedLines() {
        // GIVEN ana walks in the first server by DM, and that server removes the bot
        Member ana = bot.member("ana");
        ana.runs("coach start");
        assertThat(ana.types("The clinic's outreach lead").plainText()).startsWith("Saved");
        bot.app().router().botRemoved(TestBot.GUILD);

        // WHEN she types her next answer, with Markdown and @everyone
        Reply refused = ana.types("**Lincoln High** @everyone");

        // THEN it is not saved; she reads why, that nothing is lost, and where to carry on
        assertThat(refused.plainText()).isEqualTo(Router.HOME_REMOVED_BOT);
        assertThat(refused.buttons()).isEmpty();

        // WHEN she runs a command in another server that has the bot, her DMs carry on its work
        Member anaThere = bot.memberOfOtherServer("ana");
        anaThere.runs("coach start");
        assertThat(ana.types("An answer for the second server").plainText()).startsWith("Saved");
        assertThat(anaThere.runs("coach answers").plainText()).contains("An answer for the second server");

        // AND once the first server adds the bot back, its walk holds her one answer, as it stood
        bot.app().router().botAdded(TestBot.GUILD);
        assertThat(ana.runs("coach answers").plainText()).contains("The clinic's outreach lead")
                .doesNotContain("Lincoln High").doesNotContain("second server");
    }

    @Test
    @DisplayName("a form sent from a DM is refused the same way, and what was written in it comes back, escaped, so "
            + "that nothing is lost")
    void formWordsComeBack() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("The clinic's outreach lead");
        bot.app().router().botRemoved(TestBot.GUILD);

        Caller dm = new Caller(0, 0, ana.id(), ana.name(), false, Surface.DM);
        Reply refused = bot.app().router().handle(new Inbound.ModalSubmit(dm,
                CustomId.parse("walk:answered:1:research.roles").orElseThrow(),
                Map.of("answer", "Call *Maria* at the food bank 👩🏽‍⚕️")));

        assertThat(refused.plainText()).startsWith(Router.HOME_REMOVED_BOT)
                .contains("What you wrote, to keep: “Call \\*Maria\\* at the food bank 👩🏽‍⚕️”");

        // a full form (4,000 characters) comes back as much as one message holds
        Reply full = bot.app().router().handle(new Inbound.ModalSubmit(dm,
                CustomId.parse("walk:answered:1:research.roles").orElseThrow(), Map.of("answer", "y".repeat(4000))));
        assertThat(full.plainText()).startsWith(Router.HOME_REMOVED_BOT).contains("yyyy");
        assertThat(full.plainText().length()).isLessThanOrEqualTo(Limits.MESSAGE_CONTENT);
    }
}
