package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("Introductions: tip 2, a mutual contact")
class IntroFlowTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member carl = bot.member("carl");

    @BeforeEach
    void list() {
        ana.runs("partner add", "name", "Food Bank", "sector", "food");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private Reply dmTo(Member member) {
        List<RecordingMessenger.Sent> sent = bot.messenger().directTo(member.id());
        assertThat(sent).as("DMs to %s", member.name()).isNotEmpty();
        return sent.get(sent.size() - 1).reply();
    }

    @Test
    @DisplayName("asks by DM everyone who knows someone there; their answers reach the asker and the partner page")
    void asksAndAnswers() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        assertThat(bea.runs("partner know", "partner", "Food Bank").plainText()).contains("already said");

        Reply asked = ana.runs("partner intro", "partner", "Food Bank");

        assertThat(asked.plainText()).contains("I've asked ").contains("<@" + bea.id() + ">")
                .contains("<@" + carl.id() + ">").contains("by DM for an introduction to someone at “Food Bank”");
        assertThat(dmTo(bea).plainText()).contains("<@" + ana.id() + "> is reaching out to **Food Bank**");

        bea.reads(dmTo(bea));
        Reply yes = bea.presses("I'll introduce you");
        assertThat(yes.plainText()).contains("Thank you! I've told <@" + ana.id() + ">");
        assertThat(yes.update()).isTrue();
        assertThat(dmTo(ana).plainText()).contains("<@" + bea.id() + "> will introduce you to someone at “Food Bank”");

        carl.reads(dmTo(carl));
        carl.presses("I don't know them well");
        assertThat(dmTo(ana).plainText()).contains("doesn't know anyone at “Food Bank” well enough");

        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).contains("<@" + bea.id() + "> will introduce them")
                .contains("<@" + carl.id() + "> doesn't know them well");
    }

    @Test
    @DisplayName("nobody knows anyone there: the asker hears how to find a way in, and no DM goes out")
    void nobody() {
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("Nobody in the coalition has said they know someone").contains("/partner know");
        ana.runs("partner know", "partner", "Food Bank");
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText()).contains("Nobody");
        assertThat(bot.messenger().sent()).isEmpty();
    }

    @Test
    @DisplayName("asking twice does not DM again while the first request is open; closed DMs are reported")
    void repeatsAndClosedDms() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        bot.messenger().closeDmsOf(carl.id());

        Reply first = ana.runs("partner intro", "partner", "Food Bank");
        assertThat(first.plainText()).contains("I couldn't reach <@" + carl.id() + ">");
        Reply second = ana.runs("partner intro", "partner", "Food Bank");

        assertThat(second.plainText()).contains("You've already asked <@" + bea.id() + ">");
        assertThat(bot.messenger().directTo(bea.id())).hasSize(1);
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("couldn't reach <@" + carl.id() + "> by DM");
    }

    @Test
    @DisplayName("an answer button pressed by someone else, or naming another server, changes nothing")
    void wrongPerson() {
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        CustomId yes = dmTo(bea).buttons().get(0).id();

        carl.reads(dmTo(bea));
        assertThat(carl.pressesId(yes).plainText()).contains("meant for someone else");
        CustomId otherServer = CustomId.of("partner", "introyes", TestBot.OTHER_GUILD, yes.arg(1));
        assertThat(bea.pressesId(otherServer).plainText()).contains("can't find that introduction request");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText()).contains("waiting for an answer");
    }

    @Test
    @DisplayName("the answer buttons still work after a restart")
    void afterRestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot onFile = TestBot.onFile(dir)) {
            onFile.member("ana").runs("partner add", "name", "Food Bank", "sector", "food");
            Member b = onFile.member("bea");
            b.runs("partner know", "partner", "Food Bank");
            onFile.member("ana").runs("partner intro", "partner", "Food Bank");
            Reply dm = onFile.messenger().directTo(b.id()).get(0).reply();

            onFile.restart();

            b.reads(dm);
            assertThat(b.presses("I'll introduce you").plainText()).contains("Thank you!");
        }
    }
}
