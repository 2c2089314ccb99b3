package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The member who looks after a partner hears by DM when someone else archives, restores, deletes or hands it on")
class OwnerToldOfChangesTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a coordinator archives a partner ana looks after: ana gets one DM with who, why and what she can do; "
            + "a restore tells her too; her own archive tells her nothing")
    void archiveAndRestore() {
        // GIVEN ana looks after a partner
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN cora, a coordinator, archives it with a reason
        Reply archived = cora.runs("partner archive", "partner", "Eastside Food Bank", "reason",
                "They closed the pantry.");

        // THEN cora hears that ana will be told
        assertThat(archived.text()).contains("I'll let <@" + ana.id() + "> know by DM, since they look after it.");
        // AND ana gets one DM: who did it, the reason, that her reminders stop, and what she can do
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("<@" + cora.id() + "> archived “Eastside Food Bank”, which you look "
                        + "after: the coalition has moved on from it, so I won't send you check-in reminders about it.")
                .contains("The reason given: “They closed the pantry.” ")
                .contains("`/partner restore partner:\"Eastside Food Bank\"`")
                .contains("talk to <@" + cora.id() + ">"));

        // WHEN cora restores it
        cora.runs("partner restore", "partner", "Eastside Food Bank");
        bot.advance(Duration.ZERO);

        // THEN ana is told that too, once
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2).last().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("<@" + cora.id() + "> brought “Eastside Food Bank”, which you look "
                        + "after, back to the outreach list (researching stage), so its check-in reminders start again.")
                .contains("talk to <@" + cora.id() + ">"));

        // WHEN ana archives and restores it herself, nobody is told
        assertThat(ana.runs("partner archive", "partner", "Eastside Food Bank").text()).doesNotContain("by DM");
        ana.runs("partner restore", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2);
    }

    @Test
    @DisplayName("the owner is in her quiet hours: the coordinator's reply says the DM reaches her after them, and when; "
            + "outside them it says nothing of it")
    void ownerInQuietHours() {
        // GIVEN ana looks after a partner, and lives in Tokyo: 15:00 UTC is midnight there, in quiet hours (21:00-08:00)
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Instant morning = Instant.parse("2026-03-02T23:00:00Z"); // 08:00 in Tokyo
        // AND another of hers she archived herself (her own change, so no news of it waits for her)
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner archive", "partner", "Grace Church");

        // WHEN cora archives the first, restores the other, and deletes the first
        Reply archived = cora.runs("partner archive", "partner", "Eastside Food Bank");
        Reply restored = cora.runs("partner restore", "partner", "Grace Church");
        cora.runs("partner delete", "partner", "Eastside Food Bank");
        Reply deleted = cora.presses("Delete for good");

        // THEN each reply says ana will hear of it after her quiet hours, and when (in cora's own time, as Discord shows it)
        String later = " It reaches them after their quiet hours: " + TimeMarkup.full(morning) + ".";
        assertThat(archived.text()).contains("I'll let <@" + ana.id() + "> know by DM, since they look after it." + later);
        assertThat(restored.text()).contains("I'll let <@" + ana.id() + "> know by DM, since they look after it." + later);
        assertThat(deleted.text()).contains("I'll let <@" + ana.id() + "> know by DM, since they looked after it." + later);
        // AND the DMs indeed wait for her morning
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        bot.advance(Duration.between(bot.clock().instant(), morning));
        assertThat(bot.messenger().directTo(ana.id())).isNotEmpty();

        // WHEN (at 08:00 in Tokyo, her quiet hours over) cora archives another of hers, the reply says nothing of them
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        assertThat(cora.runs("partner archive", "partner", "Lincoln High").text())
                .contains("I'll let <@" + ana.id() + "> know by DM, since they look after it. Bring it back")
                .doesNotContain("quiet hours");
    }

    @Test
    @DisplayName("a coordinator archives and restores ana's partner while her quiet hours hold the news: she hears "
            + "neither, since its reminders never stopped for her")
    void archivedAndRestoredInHerNight() {
        // GIVEN ana looks after a partner, and lives in Tokyo: 15:00 UTC is midnight there, in quiet hours
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN cora archives it and, before ana's morning, restores it
        cora.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Paused funding");
        bot.advance(Duration.ZERO);
        Reply restored = cora.runs("partner restore", "partner", "Eastside Food Bank");

        // THEN cora's reply says ana hears nothing of it, as her news of the archive had not gone out
        assertThat(restored.text()).contains(" My DM telling <@" + ana.id() + ">, who looks after it, that it was "
                + "archived hadn't gone out yet, so they'll get neither that DM nor one saying it's back.")
                .doesNotContain("I'll let <@" + ana.id() + "> know");
        // AND ana is told nothing: not that it was archived, nor that it was brought back
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();

        // WHEN (her day now) cora archives it, ana hears; and when cora restores it, she hears that too
        bot.advance(Duration.ofHours(9));
        cora.runs("partner archive", "partner", "Eastside Food Bank");
        bot.advance(Duration.ZERO);
        assertThat(cora.runs("partner restore", "partner", "Eastside Food Bank").text())
                .contains("I'll let <@" + ana.id() + "> know by DM, since they look after it.");
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2).satisfiesExactly(
                dm -> assertThat(dm.reply().plainText()).contains("archived “Eastside Food Bank”"),
                dm -> assertThat(dm.reply().plainText()).contains("brought “Eastside Food Bank”"));
    }

    @Test
    @DisplayName("archived, restored and archived again while ana's quiet hours hold the news: her morning brings one "
            + "DM, with who archived it last and the reason given then")
    void archivedTwiceInHerNight() {
        // GIVEN ana looks after a partner, and lives in Tokyo: 15:00 UTC is midnight there, in quiet hours
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Member dee = bot.coordinator("dee");

        // WHEN cora archives it, restores it, and dee archives it again with another reason, all in ana's night
        cora.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Paused funding");
        bot.advance(Duration.ZERO);
        cora.runs("partner restore", "partner", "Eastside Food Bank");
        bot.advance(Duration.ZERO);
        assertThat(dee.runs("partner archive", "partner", "Eastside Food Bank", "reason", "They closed the pantry.")
                .text()).contains("I'll let <@" + ana.id() + "> know by DM");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // THEN her morning brings one DM, the one that is true now: dee archived it, for dee's reason
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("<@" + dee.id() + "> archived “Eastside Food Bank”")
                .contains("The reason given: “They closed the pantry.”").doesNotContain("Paused funding"));
    }

    @Test
    @DisplayName("archived by a coordinator and restored while ana's quiet hours hold the news, then archived by ana "
            + "herself: her morning brings no DM, as the restore's reply said")
    void archivedByHerselfAfterAnUndoneArchive() {
        // GIVEN ana looks after a partner, and lives in Tokyo: 15:00 UTC is midnight there, in quiet hours
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN cora archives it and restores it in ana's night, and ana, up late, archives it herself
        cora.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Paused funding");
        bot.advance(Duration.ZERO);
        assertThat(cora.runs("partner restore", "partner", "Eastside Food Bank").text())
                .contains("they'll get neither that DM nor one saying it's back");
        bot.advance(Duration.ZERO);
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "My own call");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // THEN she hears nothing of cora's undone archive
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
    }

    @Test
    @DisplayName("an owner who also had a plan for the archived partner gets one DM that says both")
    void archiveWithPlan() {
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner coach", "partner", "Lincoln High");
        bea.runs("partner coach", "partner", "Lincoln High");
        int before = bot.messenger().directTo(ana.id()).size();

        Reply archived = cora.runs("partner archive", "partner", "Lincoln High");

        assertThat(archived.text()).contains("I'll let <@" + bea.id() + "> know by DM, since their plan for it is "
                + "paused.").contains("I'll let <@" + ana.id() + "> know by DM, since they look after it (their "
                + "plan for it is paused too).");
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(before + 1).last().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("<@" + cora.id() + "> archived “Lincoln High”")
                .contains("No reason was given.")
                .contains("I've paused your plan for it too; your answers are kept, and "
                        + "`/partner coach partner:\"Lincoln High\"` picks it up once it is back.")
                .doesNotContain("Just so you know: the coalition has moved on"));
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("the coalition has moved on from “Lincoln High”"));
    }

    @Test
    @DisplayName("a coordinator deletes a partner ana looks after, has a plan for and waits for an introduction at: "
            + "one DM says all three")
    void delete() {
        ana.runs("partner add", "name", "YMCA", "sector", "youth");
        ana.runs("partner coach", "partner", "YMCA");
        ana.runs("partner intro", "partner", "YMCA");
        int before = bot.messenger().directTo(ana.id()).size();

        cora.runs("partner delete", "partner", "YMCA");
        Reply deleted = cora.presses("Delete for good");

        assertThat(deleted.text()).contains("I'll let <@" + ana.id() + "> know by DM, since they looked after it "
                + "(their plan for it went too).").doesNotContain("waiting for an introduction");
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(before + 1).last().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("<@" + cora.id() + "> deleted “YMCA”, which you looked after, from "
                        + "the coalition's outreach list")
                .contains("Your plan for it went with it, answers included")
                .contains("your request for an introduction there")
                .contains("I won't send you check-in reminders about it")
                .contains("talk to <@" + cora.id() + ">").contains("`/partner add`"));
    }

    @Test
    @DisplayName("a coordinator hands a partner ana looks after to bea, or takes it on herself: ana hears by DM that "
            + "its check-in reminders are no longer hers; handing her own partner on tells her nothing")
    void handedOn() {
        // GIVEN ana looks after two partners
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");

        // WHEN cora hands the first to bea, and takes the second on herself
        Reply handed = cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        Reply taken = cora.runs("partner owner", "partner", "Grace Church", "member", String.valueOf(cora.id()));

        // THEN cora's replies say that ana will be told
        assertThat(handed.text()).contains("I'll let <@" + ana.id() + "> know by DM, since they looked after it.");
        assertThat(taken.text()).startsWith("You now look after “Grace Church”.")
                .contains("I'll let <@" + ana.id() + "> know by DM, since they looked after it.");
        // AND ana gets a DM for each: who did it, who looks after it now, and that its reminders are no longer hers
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2).satisfiesExactly(
                dm -> assertThat(dm.reply().plainText()).isEqualTo("Just so you know: <@" + cora.id() + "> handed "
                        + "“Eastside Food Bank”, which you looked after, to <@" + bea.id() + ">, so its check-in "
                        + "reminders go to them now. If that was a mistake, talk to <@" + cora.id() + ">."),
                dm -> assertThat(dm.reply().plainText()).isEqualTo("Just so you know: <@" + cora.id() + "> took on "
                        + "“Grace Church”, which you looked after, so its check-in reminders go to them now. If that "
                        + "was a mistake, talk to <@" + cora.id() + ">."));

        // WHEN bea hands her own partner on to ana, bea is told nothing (she did it), and ana gets the hand-over DM
        Reply own = bea.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(ana.id()));
        bot.advance(Duration.ZERO);
        assertThat(own.text()).doesNotContain("<@" + bea.id() + "> know");
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("asked you to look after “Eastside Food Bank”"));
    }

    @Test
    @DisplayName("a partner handed back to ana before the DM went out: she is told nothing, since it is hers again")
    void handedBackBeforeTheNewsWent() {
        // GIVEN ana looks after a partner, in her quiet hours (Tokyo), so news to her waits
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN cora hands it to bea and, before ana's morning, back to ana
        Reply handed = cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        assertThat(handed.text()).contains("It reaches them after their quiet hours");
        cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(ana.id()));
        bot.advance(Duration.ofDays(1));

        // THEN ana hears only that the partner was handed to her, not that she lost it
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("asked you to look after “Eastside Food Bank”"));
    }

    @Test
    @DisplayName("a partner handed on twice before ana's DM went out: it names who looks after it as it goes out, "
            + "not the member it was first handed to")
    void handedOnAgainBeforeTheNewsWent() {
        // GIVEN ana looks after a partner, in her quiet hours (Tokyo), so news to her waits
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Member dan = bot.member("dan");

        // WHEN cora hands it to bea and, before ana's morning, on to dan
        cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(dan.id()));
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // THEN ana hears once that cora handed it on, and that dan looks after it now (bea no longer does)
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).isEqualTo("Just so you know: <@" + cora.id() + "> handed “Eastside Food "
                + "Bank”, which you looked after, on; <@" + dan.id() + "> looks after it now, so its check-in "
                + "reminders go to them. If that was a mistake, talk to <@" + cora.id() + ">."));
        // AND bea, who had it for a moment, hears who it went to
        assertThat(bot.messenger().directTo(bea.id())).last().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("handed “Eastside Food Bank”, which you looked after, to <@" + dan.id() + ">, so its "
                        + "check-in reminders go to them now."));
    }

    @Test
    @DisplayName("a partner cora took on, then handed to bea before ana's DM went out: ana hears bea looks after it")
    void takenOnThenHandedOnBeforeTheNewsWent() {
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(cora.id()));
        cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).isEqualTo("Just so you know: <@" + cora.id() + "> took on “Eastside Food "
                + "Bank”, which you looked after; <@" + bea.id() + "> looks after it now, so its check-in reminders "
                + "go to them. If that was a mistake, talk to <@" + cora.id() + ">."));
    }

    @Test
    @DisplayName("a partner handed to bea, who deletes her data before ana's DM went out: ana hears nobody looks "
            + "after it now, not that bea does")
    void handedToAMemberForgottenBeforeTheNewsWent() {
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        bea.runs("privacy forget");
        bea.presses("Delete my data");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).isEqualTo("Just so you know: <@" + cora.id() + "> handed “Eastside Food "
                + "Bank”, which you looked after, on; nobody looks after it now, so its check-in reminders no longer "
                + "come to you. If that was a mistake, talk to <@" + cora.id() + ">."));
    }

    @Test
    @DisplayName("a moved-on partner handed to bea: the reply and her DM say it has moved on, so no check-in reminders "
            + "come for it until it is restored, and how")
    void movedOnHandedOver() {
        // GIVEN ana archived a partner she looks after
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Their funding paused");
        String restore = "`/partner restore partner:\"Eastside Food Bank\"`";

        // WHEN she hands it to bea
        Reply handed = ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));

        // THEN her reply says it has moved on, and what brings it back
        assertThat(handed.text()).isEqualTo("<@" + bea.id() + "> now looks after “Eastside Food Bank”. I'll let them "
                + "know by DM. It has moved on, so no check-in reminders come for it until " + restore
                + " brings it back.");
        // AND bea's DM says so too, rather than leave her to wonder why no reminder ever comes
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).isEqualTo("<@" + ana.id() + "> asked you to look after “Eastside Food Bank” "
                + "on the coalition's outreach list. `/partner show` has everything we know about them so far. The "
                + "coalition has moved on from it for now, so no check-in reminders come for it: " + restore
                + " brings it back when you reach out again."));
    }

    @Test
    @DisplayName("a coordinator hands on a moved-on partner ana looked after: ana's DM does not say its check-in "
            + "reminders go to the new owner, since none come while it has moved on")
    void movedOnHandedOnTellsTheFormerOwnerTruly() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Their funding paused");

        cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        bot.advance(Duration.ZERO);

        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).isEqualTo("Just so you know: <@" + cora.id() + "> handed “Eastside Food "
                + "Bank”, which you looked after, to <@" + bea.id() + ">. It has moved on, so no check-in reminders "
                + "come for it; if it comes back, they go to them. If that was a mistake, talk to <@" + cora.id()
                + ">."));
    }

    @Test
    @DisplayName("saying you know someone at a moved-on partner is noted, and the reply says introductions wait "
            + "until it comes back, rather than promise a DM")
    void knowAMovedOnPartner() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Their funding paused");

        Reply known = bea.runs("partner know", "partner", "Eastside Food Bank");

        assertThat(known.text()).startsWith("Noted: you know someone at “Eastside Food Bank”.")
                .contains("The coalition has moved on from it for now")
                .contains("`/partner restore partner:\"Eastside Food Bank\"`")
                .doesNotContain("When a member asks for an introduction");
    }
}
