package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A button, menu or form the bot can no longer follow: the answer names what was used and a next step "
        + "that fits where it came from")
class StaleComponentTest {

    private static final String AGAIN = "Run the command that showed it again for a fresh one (`/help` lists them "
            + "all).";

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private Reply picks(CustomId menu, String value) {
        return bot.app().router().handle(new Inbound.Selection(ana.caller(Surface.SERVER), menu, List.of(value)));
    }

    @Test
    @DisplayName("an old menu of a feature that no longer exists: it says menu, and to run the command again, not "
            + "/coach progress")
    void unknownMenu() {
        Reply reply = picks(CustomId.of("oldfeature", "pick"), "12");

        assertThat(reply.text()).isEqualTo("That menu belongs to an older message that I can no longer follow, so "
                + "nothing was changed. " + AGAIN);
        assertThat(reply.ephemeral()).isTrue();
    }

    @Test
    @DisplayName("an out-of-date pick in the menu under several reminders: it says menu, and points to /reminders "
            + "list")
    void reminderMenu() {
        String text = picks(CustomId.of("remind", "show", TestBot.GUILD), "not-a-reminder").text();

        assertThat(text).startsWith("That menu belongs to an older message").contains("`/reminders list`")
                .doesNotContain("button", "/coach progress");
    }

    @Test
    @DisplayName("an out-of-date pick in a partner menu: it says menu, and to run its command again")
    void partnerMenu() {
        String text = picks(CustomId.of("partner", "gone-action"), "1").text();

        assertThat(text).startsWith("That menu belongs to an older message").contains(AGAIN)
                .doesNotContain("/coach progress");
    }

    @Test
    @DisplayName("an old form: it says form, and gives back what was written so that none of it is lost")
    void unknownForm() {
        Reply reply = bot.app().router().handle(new Inbound.ModalSubmit(ana.caller(Surface.SERVER),
                CustomId.of("oldfeature", "sent"), Map.of("note", "Coffee with Maria at the food bank")));

        assertThat(reply.text()).startsWith("That form belongs to an older message").contains(AGAIN,
                "What you wrote, to keep: “Coffee with Maria at the food bank”");
    }
}
