package org.partnercoach.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/help: what the bot is for, and the commands each person can use")
class HelpFeatureTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a member sees three lines about the bot and every member command, read from the catalogue")
    void memberHelp() {
        Reply help = bot.member("ana").runs("help");

        String text = help.plainText();
        assertThat(text).contains("I help our coalition reach out", "5 tips", "outreach list", "remind");
        // every command of every feature is there, without anyone listing it by hand
        for (org.partnercoach.chat.CommandSpec root : bot.app().router().catalogue().roots()) {
            root.leaves().forEach((path, spec) -> {
                if (root.coordinators() || spec.coordinators() || spec.description().endsWith("(coordinators)")) {
                    assertThat(text).as(path).doesNotContain("`/" + path + "`");
                } else {
                    assertThat(text).as(path).contains("`/" + path + "`");
                }
            });
        }
        assertThat(text).contains("`/coach start`", "`/partner log`", "`/remind`", "`/coalition gaps`")
                .doesNotContain("For coordinators").doesNotContain("`/coach setup`");
        assertThat(help.ephemeral()).isTrue();
        assertThat(help.cards().stream().mapToInt(Card::length).sum()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
    }

    @Test
    @DisplayName("a coordinators' command in a group members share (/coalition map) is listed only for coordinators")
    void coordinatorLeafInSharedGroup() {
        Member ana = bot.member("ana");
        assertThat(ana.runs("coalition map").plainText()).contains("Only coordinators");

        Reply help = ana.runs("help");
        assertThat(help.plainText()).contains("`/coalition gaps`").doesNotContain("`/coalition map`");

        Card card = bot.coordinator("cora").runs("help").cards().get(0);
        assertThat(card.description()).doesNotContain("`/coalition map`");
        assertThat(card.fields()).filteredOn(f -> f.name().equals("For coordinators")).singleElement()
                .satisfies(f -> assertThat(f.value()).contains("`/coalition map` A map of who is tied to which "
                        + "partner"));
    }

    @Test
    @DisplayName("a coordinator also sees the coordinator commands")
    void coordinatorHelp() {
        String text = bot.coordinator("cora").runs("help").plainText();

        assertThat(text).contains("For coordinators: `/coach setup` Set the bot up for this server")
                .contains("`/digest setup`").contains("`/export partners`").contains("`/partner add`");
    }
}
