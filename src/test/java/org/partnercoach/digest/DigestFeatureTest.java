package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("The digest's commands and buttons for someone who is no longer a coordinator")
class DigestFeatureTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    private List<RecordingMessenger.Sent> digestsTo(Member m) {
        return DigestTestSupport.digestsTo(bot, m);
    }

    /** cora (coordinator) sets Mondays 09:00 and subscribes; so does ed; bea's 5 tips walk stalls. */
    private Member scheduledWithStalledWalk() {
        Member cora = bot.coordinator("cora");
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        assertThat(cora.runs("digest subscribe").text()).contains("You're subscribed");
        bot.coordinator("ed").runs("digest subscribe");
        bot.member("bea").runs("coach start");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        bot.advance(Duration.ofDays(7));                 // Monday 16 March 09:00: bea's walk has stalled
        assertThat(digestsTo(cora)).hasSize(2);
        return cora;
    }

    @Test
    @DisplayName("a subscriber who lost the coordinator role can still unsubscribe, and gets no more digests")
    void formerCoordinatorUnsubscribes() {
        // GIVEN cora subscribed while she was a coordinator, and gets the Monday digest
        Member cora = scheduledWithStalledWalk();

        // WHEN she is no longer a coordinator and runs /digest unsubscribe
        Member coraNow = bot.member("cora");
        assertThat(coraNow.runs("digest unsubscribe").text()).isEqualTo("Done: no more digest DMs for you.")
                .doesNotContain("Only coordinators");
        // AND she is not offered /digest subscribe, which would refuse her, nor when she runs it again
        assertThat(coraNow.runs("digest unsubscribe").text()).isEqualTo("You weren't subscribed, so nothing changed. "
                + "The digest is for coordinators. If you think you should be one, ask whoever set the bot up.");

        // THEN next Monday's digest reaches ed, not her
        bot.advance(Duration.ofDays(7));
        assertThat(digestsTo(cora)).hasSize(2);
        assertThat(digestsTo(bot.member("ed"))).hasSize(3);
    }

    @Test
    @DisplayName("a former coordinator who runs a digest command is told, and their digest DMs stop")
    void formerCoordinatorsCommandEndsSubscription() {
        Member cora = scheduledWithStalledWalk();

        // WHEN cora, no longer a coordinator, asks for the digest's status
        String answer = bot.member("cora").runs("digest status").text();

        // THEN she is refused, told her digest DMs stopped, and gets no further digest (ed still does)
        assertThat(answer).contains("Only coordinators", "no longer get the weekly digest");
        bot.advance(Duration.ofDays(7));
        assertThat(digestsTo(cora)).hasSize(2);
        assertThat(digestsTo(bot.member("ed"))).hasSize(3);
        assertThat(bot.coordinator("ed").runs("digest status").plainText()).contains("Subscribers (1)")
                .doesNotContain("<@" + cora.id() + ">");
    }

    @Test
    @DisplayName("a former coordinator refused on /digest setup or /digest subscribe is told what stayed, that their "
            + "digest DMs stopped, and how to get them back; nobody is told \"Nothing was changed\" when something was")
    void formerCoordinatorRefusedOnSetupOrSubscribe() {
        // GIVEN cora subscribed while she was a coordinator; the digest goes on Mondays at 09:00
        Member cora = scheduledWithStalledWalk();
        Member coraNow = bot.member("cora");

        // WHEN, no longer a coordinator, she tries to move the digest to Fridays
        String setup = coraNow.runs("digest setup", "day", "friday", "time", "16:00").text();

        // THEN she reads that the schedule stayed, and that her digest DMs stopped, with no "nothing was changed"
        assertThat(setup).isEqualTo("Only coordinators (Manage Server, or the coordinator role) can use the weekly "
                + "digest, so its schedule stays as it was. You're no longer a coordinator here, so your "
                + "subscription has ended: you'll no longer get the weekly digest by DM. If you should still be a "
                + "coordinator, ask whoever set the bot up to give you the role back, then run `/digest subscribe`.");
        assertThat(bot.coordinator("ed").runs("digest status").plainText()).contains("Monday at 09:00")
                .contains("Subscribers (1)").doesNotContain("<@" + cora.id() + ">");

        // AND /digest subscribe now, with nothing left to end, refuses and changes nothing, as for any member
        assertThat(coraNow.runs("digest subscribe").text()).isEqualTo("Only coordinators (Manage Server, or the "
                + "coordinator role) can use the weekly digest. Nothing was changed. If you think you should be one, "
                + "ask whoever set the bot up.");
        assertThat(bot.coordinator("ed").runs("digest status").plainText()).contains("Subscribers (1)");
    }

    @Test
    @DisplayName("a former coordinator still subscribed who runs /digest subscribe is told their subscription ended, "
            + "not that nothing was changed")
    void formerCoordinatorRefusedOnSubscribe() {
        Member cora = scheduledWithStalledWalk();

        String answer = bot.member("cora").runs("digest subscribe").text();

        assertThat(answer).isEqualTo("Only coordinators (Manage Server, or the coordinator role) can get the weekly "
                + "digest. You're no longer a coordinator here, so instead of keeping you subscribed I've ended your "
                + "subscription: you'll no longer get the weekly digest by DM. If you should still be a coordinator, "
                + "ask whoever set the bot up to give you the role back, then run `/digest subscribe`.");
        bot.advance(Duration.ofDays(7));
        assertThat(digestsTo(cora)).hasSize(2);
    }

    @Test
    @DisplayName("Send nudge pressed by a former coordinator is refused, in the server and then in their DM")
    void formerCoordinatorCannotNudge() {
        Member cora = scheduledWithStalledWalk();
        Reply digest = digestsTo(cora).get(1).reply();

        // WHEN cora, no longer a coordinator, presses Send nudge on the digest in the server
        Member coraNow = bot.member("cora");
        coraNow.runs("coach progress");
        assertThat(coraNow.pressesId(digest.buttons().get(0).id()).text())
                .contains("can send nudges from the digest", "no longer get the weekly digest");

        // AND then on the digest in her DMs
        coraNow.reads(digest);
        assertThat(coraNow.presses("Send nudge 1").text()).contains("can send nudges from the digest");

        // THEN bea gets no nudge
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bot.member("bea").id())).isEmpty();
    }

    @Test
    @DisplayName("a coordinator who lost the role since her digest came presses Send nudge in her DMs: Discord, asked "
            + "first, says she is no coordinator now, so it is refused as on the channel's post, her subscription "
            + "ends, and bea gets no nudge; ed, whom Discord still counts as one, sends his")
    void demotedCoordinatorCannotNudgeFromHerDms() {
        // GIVEN cora's digest of 16 March offers a nudge to bea; since then she has lost the coordinator role
        Member cora = scheduledWithStalledWalk();
        bot.messenger().namesServer(TestBot.GUILD, "Eastside Health Coalition");
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        Member coraNow = bot.member("cora");

        // WHEN, without running anything in the server, she presses Send nudge 1 on that digest in her DMs
        Reply digest = digestsTo(cora).get(1).reply();
        coraNow.reads(digest);
        String said = coraNow.presses("Send nudge 1").text();

        // THEN Discord was asked about her, and she is refused, her subscription ended, with whom to ask
        assertThat(bot.messenger().coordinatorQuestions()).contains(List.of(TestBot.GUILD, cora.id()));
        assertThat(said).isEqualTo("Only coordinators (Manage Server, or the coordinator role) can send nudges from "
                + "the digest. Nothing was sent. You're no longer a coordinator in Eastside Health Coalition, so your "
                + "subscription has ended: you'll no longer get its weekly digest by DM. If you should still be a "
                + "coordinator, ask whoever set the bot up to give you the role back, then run `/digest subscribe` in "
                + "the server.");
        // AND pressed again, it is refused as any non-subscriber's press
        coraNow.reads(digest);
        assertThat(coraNow.presses("Send nudge 1").text()).contains("can send nudges from the digest")
                .doesNotContain("subscription has ended");
        Member bea = bot.member("bea");
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bea.id())).isEmpty();

        // AND ed, whom Discord counts as a coordinator, sends the nudge from his DMs
        Member ed = bot.coordinator("ed");
        bot.messenger().reportsCoordinator(TestBot.GUILD, ed.id(), true);
        ed.reads(digestsTo(ed).get(1).reply());
        assertThat(ed.presses("Send nudge 1").text()).startsWith("Nudge on its way to <@" + bea.id() + ">");
        // AND next Monday's digest reaches ed, not cora
        bot.advance(Duration.ofDays(7));
        assertThat(digestsTo(cora)).hasSize(2);
        assertThat(digestsTo(ed)).hasSize(3);
    }

    @Test
    @DisplayName("a subscriber Discord reports as no longer a coordinator gets no digest and is unsubscribed; "
            + "one it cannot tell about still gets theirs")
    void formerCoordinatorWhoNeverActsIsUnsubscribedAtSendTime() {
        // GIVEN cora and ed subscribed as coordinators and got two digests; the second offers Send nudge
        Member cora = scheduledWithStalledWalk();
        Member ed = bot.member("ed");
        Reply earlier = digestsTo(cora).get(1).reply();

        // AND cora has since lost the role (she never uses a digest command in the server again), while Discord
        // cannot say for ed (no answer in time)
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.messenger().cannotTellCoordinator(TestBot.GUILD, ed.id());
        int asked = bot.messenger().coordinatorQuestions().size();

        // WHEN next Monday's digest is planned
        bot.advance(Duration.ofDays(7));

        // THEN the platform was asked about each subscriber once; cora gets no digest, ed does
        assertThat(bot.messenger().coordinatorQuestions().subList(asked, bot.messenger().coordinatorQuestions()
                .size())).containsExactly(List.of(TestBot.GUILD, cora.id()), List.of(TestBot.GUILD, ed.id()));
        assertThat(digestsTo(cora)).hasSize(2);
        assertThat(digestsTo(ed)).hasSize(3);

        // AND she is no longer listed as a subscriber
        assertThat(bot.coordinator("ed").runs("digest status").plainText()).contains("Subscribers (1)",
                "<@" + ed.id() + ">").doesNotContain("<@" + cora.id() + ">");

        // AND Send nudge on the digest still in her DMs (which carry no roles) is refused, and bea gets no nudge
        Member coraInDm = bot.member("cora");
        coraInDm.reads(earlier);
        assertThat(coraInDm.presses("Send nudge 1").text()).contains("can send nudges from the digest");
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bot.member("bea").id())).isEmpty();

        // AND the following Monday asks about ed alone, and nothing is asked between digests
        bot.advance(Duration.ofDays(7));
        assertThat(bot.messenger().coordinatorQuestions()).hasSize(asked + 3);
        assertThat(digestsTo(cora)).hasSize(2);
        assertThat(digestsTo(ed)).hasSize(4);
    }

    @Test
    @DisplayName("when the weekly check drops the last subscriber (no coordinators' channel), the server's owner is "
            + "told by DM, once, that the digest now reaches nobody and how to fix it")
    void lastSubscriberDroppedTellsTheOwner() {
        // GIVEN cora alone gets the Monday digest by DM (no coordinators' channel), in a server olga owns
        Member cora = bot.coordinator("cora");
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());
        bot.messenger().namesServer(TestBot.GUILD, "Eastside Health Coalition");
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        assertThat(digestsTo(cora)).hasSize(1);

        // AND Discord says she has since lost the coordinator role
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);

        // WHEN next Monday's digest is planned
        bot.advance(Duration.ofDays(7));

        // THEN cora gets none, and olga hears by DM that it reaches nobody now, why, and the two ways out
        assertThat(digestsTo(cora)).hasSize(1);
        List<RecordingMessenger.Sent> toOlga = bot.messenger().directTo(olga.id());
        assertThat(toOlga).hasSize(1);
        assertThat(toOlga.get(0).reply().plainText()).isEqualTo("The weekly digest of Eastside Health Coalition lost "
                + "its last subscriber: <@" + cora.id() + "> is no longer a coordinator there, so their subscription "
                + "ended. " + DigestFeature.NOBODY_GETS_IT);

        // AND the Monday after, with nobody subscribed still, she is not told again
        bot.advance(Duration.ofDays(7));
        assertThat(bot.messenger().directTo(olga.id())).hasSize(1);
    }

    @Test
    @DisplayName("when the weekly check drops the last subscriber and the coordinators' channel fails (deleted, or the "
            + "bot may not post there), the owner is told by DM, once, that it reaches nobody, the channel's trouble "
            + "and what to do")
    void lastSubscriberDroppedWhileTheChannelFailsTellsTheOwner() {
        // GIVEN cora alone gets the Monday digest by DM, and it posts in a coordinators' channel, in a server olga owns
        Member cora = bot.coordinator("cora");
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());
        bot.messenger().namesServer(TestBot.GUILD, "Eastside Health Coalition");
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#777000>");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        assertThat(digestsTo(cora)).hasSize(1);

        // AND the channel has since been deleted, and Discord says cora lost the coordinator role
        bot.messenger().cannotPostIn(777_000L, org.partnercoach.chat.ChannelTrouble.gone());
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);

        // WHEN next Monday's digest is planned
        bot.advance(Duration.ofDays(7));

        // THEN olga hears by DM that it reaches nobody now: cora's subscription ended, the channel fails, and the ways out
        List<RecordingMessenger.Sent> toOlga = bot.messenger().directTo(olga.id());
        assertThat(toOlga).hasSize(1);
        assertThat(toOlga.get(0).reply().plainText()).isEqualTo("The weekly digest of Eastside Health Coalition lost "
                + "its last subscriber: <@" + cora.id() + "> is no longer a coordinator there, so their subscription "
                + "ended. ⚠️ As it stands, nobody gets it: no one is subscribed and its coordinators' channel fails: "
                + "<#777000> was deleted, or the bot can't see it. Pick a text channel the bot can see with "
                + "`/digest setup channel:`. Or run `/digest subscribe` to get it by DM.");

        // AND the Monday after, with nobody subscribed still, she is not told again
        bot.advance(Duration.ofDays(7));
        assertThat(bot.messenger().directTo(olga.id())).hasSize(1);
    }

    @Test
    @DisplayName("when the bot may not post in the coordinators' channel and the check drops the last subscriber, the "
            + "owner's DM names what the bot lacks there and what to give it")
    void lastSubscriberDroppedWhileTheBotMayNotPostTellsTheOwner() {
        // GIVEN cora alone gets the Monday digest by DM and in a coordinators' channel, in a server olga owns
        Member cora = bot.coordinator("cora");
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#777000>");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00

        // AND the bot may no longer post there, and cora lost the role
        bot.messenger().cannotPostIn(777_000L, org.partnercoach.chat.ChannelTrouble.lacks(
                java.util.Set.of(org.partnercoach.chat.Capability.SEND_MESSAGES)));
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);

        // WHEN next Monday's digest is planned
        bot.advance(Duration.ofDays(7));

        // THEN olga hears what the bot lacks there and what to give it
        List<RecordingMessenger.Sent> toOlga = bot.messenger().directTo(olga.id());
        assertThat(toOlga).hasSize(1);
        assertThat(toOlga.get(0).reply().plainText()).contains("lost its last subscriber", "its coordinators' "
                + "channel fails: the bot lacks Send Messages in <#777000>.", "Give the bot's role",
                "`/digest subscribe`");
    }

    /** The DMs to {@code m} that are not the weekly digest itself (the notes about it). */
    private List<RecordingMessenger.Sent> notesTo(Member m) {
        return bot.messenger().directTo(m.id()).stream().filter(s -> !digestsTo(m).contains(s)).toList();
    }

    @Test
    @DisplayName("a subscriber the weekly check drops (no longer a coordinator) hears by DM, once, that their digest "
            + "stopped, why, and whom to ask; one who left the server is sent nothing")
    void droppedSubscriberIsTold() {
        // GIVEN cora and ed get the Monday digest by DM, in Eastside Health Coalition, which olga owns
        Member cora = scheduledWithStalledWalk();
        Member ed = bot.member("ed");
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());
        bot.messenger().namesServer(TestBot.GUILD, "Eastside Health Coalition");
        assertThat(notesTo(cora)).isEmpty();

        // AND Discord says cora has lost the coordinator role, and that ed left the server
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.messenger().reportsCoordinator(TestBot.GUILD, ed.id(), false);
        bot.messenger().leaves(TestBot.GUILD, ed.id());

        // WHEN next Monday's digest is planned
        bot.advance(Duration.ofDays(7));

        // THEN cora gets no digest but one short DM: it stopped, why, whom to ask, and how to get it back
        assertThat(digestsTo(cora)).hasSize(2);
        assertThat(notesTo(cora)).hasSize(1);
        assertThat(notesTo(cora).get(0).reply().plainText()).isEqualTo("Your weekly digest from Eastside Health "
                + "Coalition has stopped: you no longer have the coordinator role there, so your subscription ended. "
                + "If you should still be a coordinator, ask <@" + olga.id() + "> (the server's owner) to give you "
                + "the role back, then run `/digest subscribe` in the server.");
        // AND ed, who left, is sent nothing at all
        assertThat(notesTo(ed)).isEmpty();

        // AND the Monday after, nobody subscribed, she is not told again
        bot.advance(Duration.ofDays(7));
        assertThat(notesTo(cora)).hasSize(1);
    }

    @Test
    @DisplayName("the note that a digest stopped is dropped for one who has it again (the role back, subscribed) "
            + "before it goes out; with no owner known it says to ask whoever set the bot up")
    void droppedSubscriberBackBeforeTheNoteGoes() {
        // GIVEN cora and ed get the Monday digest, in a server whose owner Discord does not say; cora loses the role
        Member cora = scheduledWithStalledWalk();
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);

        // WHEN next Monday's check drops her, while Discord is unreachable (her note and ed's digest wait for a retry)
        bot.messenger().failNext(2);
        bot.advance(Duration.ofDays(7));
        assertThat(notesTo(cora)).isEmpty();

        // AND she has the role back and subscribes again before the retry
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), true);
        assertThat(cora.runs("digest subscribe").text()).contains("You're subscribed");
        bot.advance(Duration.ofHours(2));

        // THEN the retry sends ed's digest, and her note is not sent: it is no longer true
        assertThat(digestsTo(bot.member("ed"))).hasSize(3);
        assertThat(notesTo(cora)).isEmpty();

        // WHEN she loses the role again, the next Monday, with no owner known
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.advance(Duration.ofDays(7));

        // THEN she is told, and to ask whoever set the bot up
        assertThat(notesTo(cora)).hasSize(1);
        assertThat(notesTo(cora).get(0).reply().plainText()).isEqualTo("Your weekly digest has stopped: you no "
                + "longer have the coordinator role in its server, so your subscription ended. If you should still be "
                + "a coordinator, ask whoever set the bot up to give you the role back, then run `/digest subscribe` "
                + "in the server.");
    }

    @Test
    @DisplayName("a note that a digest stopped which cannot be delivered (DMs closed) is listed by its own name in "
            + "/coach status")
    void droppedSubscribersNoteThatFailsIsListed() {
        Member cora = scheduledWithStalledWalk();
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.messenger().closeDmsOf(cora.id());

        bot.advance(Duration.ofDays(7));

        assertThat(notesTo(cora)).isEmpty();
        assertThat(bot.coordinator("ed").runs("coach status").plainText())
                .contains("a “your digest stopped” note to <@" + cora.id() + ">: their DMs are closed. No need to "
                        + "send it again: their digest stopped because they no longer have the coordinator role. If "
                        + "they should still have it, give it back, and they can run `/digest subscribe`.");
    }

    @Test
    @DisplayName("when the owner's DMs are closed, the note that the digest reaches nobody fails: /digest status and "
            + "the list of sends given up say so, with what a coordinator can do, until it reaches someone again")
    void nobodyNoticeThatFailsShowsInStatus() {
        // GIVEN cora alone gets the Monday digest by DM, in a server olga owns, whose DMs are closed
        Member cora = bot.coordinator("cora");
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());
        bot.messenger().closeDmsOf(olga.id());
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00

        // WHEN cora loses the role, and next Monday's check drops her
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.advance(Duration.ofDays(7));
        assertThat(bot.messenger().directTo(olga.id())).isEmpty();

        // THEN ed, a coordinator who looks, reads that olga was not told, why, and what nobody gets
        Member ed = bot.coordinator("ed");
        String status = ed.runs("digest status").plainText();
        assertThat(status).contains(DigestFeature.NOBODY_GETS_IT, "⚠️ <@" + olga.id() + ">, the server's owner, "
                + "could not be told by DM that the digest lost its last subscriber (<@" + cora.id() + ">, no longer "
                + "a coordinator) and reaches nobody now: their DMs are closed.");

        // AND /coach status lists it by its name, with what to do instead of resending it
        assertThat(ed.runs("coach status").plainText()).contains("the “digest reaches nobody” note to <@"
                + olga.id() + ">: their DMs are closed. No need to send it again: so that the digest reaches someone, "
                + "run `/digest subscribe` to get it by DM, or `/digest setup channel:` to post it in a coordinators' "
                + "channel.");

        // WHEN ed subscribes, the digest reaches someone again, and /digest status no longer warns
        ed.runs("digest subscribe");
        assertThat(ed.runs("digest status").plainText()).doesNotContain("could not be told", "nobody gets it");
    }

    /** As {@link #nobodyNoticeThatFailsShowsInStatus}: cora, dropped, was the last subscriber; olga was not told. */
    private Member ownerNotToldThatItReachesNobody() {
        Member cora = bot.coordinator("cora");
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());
        bot.messenger().closeDmsOf(olga.id());
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.advance(Duration.ofDays(7));                 // Monday 16 March: cora dropped, olga not told
        assertThat(bot.coordinator("ed").runs("digest status").plainText()).contains("could not be told");
        return olga;
    }

    @Test
    @DisplayName("when the digest reaches nobody again later, for another reason, /digest status tells that reason "
            + "only, not the old note that could not reach the owner")
    void oldNobodyNoticeIsNotShownForALaterReason() {
        // GIVEN olga was not told that the digest lost cora; then ed subscribes and gets two Mondays' digests
        ownerNotToldThatItReachesNobody();
        Member ed = bot.coordinator("ed");
        ed.runs("digest subscribe");
        bot.advance(Duration.ofDays(14));
        assertThat(digestsTo(ed)).hasSize(2);

        // WHEN ed, the last subscriber, unsubscribes himself
        ed.runs("digest unsubscribe");

        // THEN /digest status says it reaches nobody, and nothing of cora's loss of the role or of olga's closed DMs
        assertThat(ed.runs("digest status").plainText()).contains(DigestFeature.NOBODY_GETS_IT)
                .doesNotContain("could not be told", "no longer a coordinator");
        // AND the list of sends given up no longer offers that note's way out: the digest reached someone since
        assertThat(ed.runs("coach status").plainText()).doesNotContain("“digest reaches nobody” note");
    }

    @Test
    @DisplayName("a subscription started and stopped within the week leaves the old note out of /digest status")
    void oldNobodyNoticeIsNotShownAfterAShortSubscription() {
        // GIVEN olga was not told that the digest lost cora
        ownerNotToldThatItReachesNobody();
        Member ed = bot.coordinator("ed");

        // WHEN ed subscribes and unsubscribes the same day
        ed.runs("digest subscribe");
        ed.runs("digest unsubscribe");

        // THEN /digest status tells only that nobody gets it now
        assertThat(ed.runs("digest status").plainText()).contains(DigestFeature.NOBODY_GETS_IT)
                .doesNotContain("could not be told");
    }

    @Test
    @DisplayName("a coordinators' channel set and cleared again leaves the old note out of /digest status")
    void oldNobodyNoticeIsNotShownAfterAChannelSetAndCleared() {
        ownerNotToldThatItReachesNobody();
        Member ed = bot.coordinator("ed");

        ed.runs("digest setup", "channel", "<#777000>");
        ed.runs("digest setup", "clear", "channel");

        assertThat(ed.runs("digest status").plainText()).contains(DigestFeature.NOBODY_GETS_IT)
                .doesNotContain("could not be told");
    }

    @Test
    @DisplayName("a change of the digest's time alone, while it still reaches nobody, keeps the note in /digest status")
    void nobodyNoticeKeptWhileNothingReachesAnyone() {
        ownerNotToldThatItReachesNobody();
        Member ed = bot.coordinator("ed");

        ed.runs("digest setup", "time", "10:00");
        bot.advance(Duration.ofDays(7));

        assertThat(ed.runs("digest status").plainText()).contains(DigestFeature.NOBODY_GETS_IT, "could not be told");
    }

    @Test
    @DisplayName("the week whose check ended the last subscription shows in /digest status as ended for that "
            + "reason, not as a week when no one was subscribed")
    void lastWeekNobodyGotSaysTheSubscriptionsEnded() {
        // GIVEN cora alone got the Monday digest by DM; she loses the role and next Monday's check drops her
        Member cora = bot.coordinator("cora");
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.advance(Duration.ofDays(7));                 // Monday 16 March 09:00

        // WHEN ed, a coordinator, looks at the digest's status
        String status = bot.coordinator("ed").runs("digest status").plainText();

        // THEN the last week says why nobody got it: its last subscriber's subscription ended, as she lost the role
        assertThat(status).contains("The digest of 9 Mar – 16 Mar was due <t:1773651600:f>, but nobody got "
                + "it: its last subscriber was no longer a coordinator, so that subscription ended, and it had no "
                + "coordinators' channel. Run `/digest subscribe` to get the next one by DM.")
                .doesNotContain("no one was subscribed");
        // AND the subscribers' field does not say nobody subscribed "yet", as if no one ever had
        assertThat(status).contains("Subscribers (0): Nobody now. Coordinators run `/digest subscribe` to get it by DM.")
                .doesNotContain("Nobody yet");
    }

    @Test
    @DisplayName("a subscriber dropped while the digest still goes to a coordinators' channel, or to another "
            + "subscriber, tells the owner nothing: it still reaches someone")
    void droppedWhileItStillReachesSomeoneTellsNobody() {
        // GIVEN cora and ed get the Monday digest by DM, in a server olga owns
        Member cora = scheduledWithStalledWalk();
        Member olga = bot.member("olga");
        bot.messenger().ownedBy(TestBot.GUILD, olga.id());

        // WHEN cora loses the role and next Monday's digest is planned
        bot.messenger().reportsCoordinator(TestBot.GUILD, cora.id(), false);
        bot.advance(Duration.ofDays(7));

        // THEN ed still gets it, and olga hears nothing
        assertThat(digestsTo(bot.member("ed"))).hasSize(3);
        assertThat(bot.messenger().directTo(olga.id())).isEmpty();

        // WHEN ed, alone now, loses the role too while the digest also posts in a coordinators' channel
        bot.coordinator("ed").runs("digest setup", "channel", "<#777000>");
        bot.messenger().reportsCoordinator(TestBot.GUILD, bot.member("ed").id(), false);
        bot.advance(Duration.ofDays(7));

        // THEN the channel still gets it, and olga still hears nothing
        assertThat(bot.messenger().postsIn(777_000L)).hasSize(1);
        assertThat(bot.messenger().directTo(olga.id())).isEmpty();
    }

    @Test
    @DisplayName("GIVEN it is 23:00, in the member's quiet hours, WHEN cora sends a nudge from the digest THEN the reply "
            + "says it reaches them at 08:00, and it does; by day the reply says nothing of it")
    void nudgeInQuietHoursSaysWhenItArrives() {
        Member cora = scheduledWithStalledWalk();
        bot.clock().advance(Duration.ofHours(14));   // Monday 16 March 23:00 UTC
        cora.reads(digestsTo(cora).get(1).reply());

        String sent = cora.presses("Send nudge 1").text();

        java.time.Instant eight = java.time.Instant.parse("2026-03-17T08:00:00Z");
        assertThat(sent).contains("Nudge on its way to", "(it's quiet hours for them, so it reaches them "
                + org.partnercoach.chat.TimeMarkup.both(eight) + ")", "signed by you");
        Member bea = bot.member("bea");
        bot.advance(Duration.ofHours(8).plusMinutes(59));
        assertThat(bot.messenger().directTo(bea.id())).isEmpty();
        bot.advance(Duration.ofMinutes(2));
        assertThat(bot.messenger().directTo(bea.id())).hasSize(1);
    }

    @Test
    @DisplayName("cora's nudge waits for bea's quiet hours and cora asks to be forgotten meanwhile: it goes signed by a "
            + "former member, and bea's export keeps cora's name nowhere")
    void nudgeOfAForgottenCoordinatorNamesHerNoMore() throws Exception {
        // GIVEN at 23:00, in bea's quiet hours, cora sends her a nudge from the digest
        Member cora = scheduledWithStalledWalk();
        bot.clock().advance(Duration.ofHours(14));   // Monday 16 March 23:00 UTC
        cora.reads(digestsTo(cora).get(1).reply());
        assertThat(cora.presses("Send nudge 1").text()).contains("Nudge on its way to", "signed by you");

        // WHEN cora asks to be forgotten before it goes
        cora.runs("privacy forget");
        cora.presses("Delete my data");

        // THEN bea's export names the nudge as from a former member, and cora's name is nowhere in it
        Member bea = bot.member("bea");
        String export = new String(bea.runs("privacy export").files().get(0).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode messages = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(export).get("messages_and_reminders");
        assertThat(messages).singleElement().satisfies(m -> assertThat(m.get("about").asText())
                .endsWith("(from a former member)"));
        assertThat(export).doesNotContain("cora");
        // AND the nudge that reaches her in the morning is signed by a former member, not by cora
        bot.advance(Duration.ofHours(9).plusMinutes(1));
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("A nudge from your coordinator", "— a former member")
                .doesNotContain("cora"));
    }

    @Test
    @DisplayName("a coordinator still nudges from the digest in their DM")
    void coordinatorStillNudges() {
        Member cora = scheduledWithStalledWalk();
        cora.reads(digestsTo(cora).get(1).reply());
        assertThat(cora.presses("Send nudge 1").text()).contains("Nudge on its way").doesNotContain("quiet hours");
    }

    @Test
    @DisplayName("a coordinator who presses Send nudge on her own stalled walk in the channel's digest is told "
            + "that's her, and gets no nudge; her own DM copy does not list her")
    void coordinatorDoesNotNudgeHerself() {
        // GIVEN cora's own 5 tips walk stalls, and the Monday digest posted in the coordinators' channel lists her
        // among the members who stalled (her own DM copy leaves her out: it tells her whom to nudge)
        Member cora = bot.coordinator("cora");
        long channel = 777_000L;
        cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "<#" + channel + ">");
        cora.runs("digest subscribe");
        cora.runs("coach start");
        bot.advance(Duration.ofDays(6).plusHours(18));
        bot.advance(Duration.ofDays(7));
        assertThat(digestsTo(cora).get(1).reply().buttons()).isEmpty();
        cora.reads(bot.messenger().postsIn(channel).get(1).reply());

        // WHEN she presses her own Send nudge there
        String said = cora.presses("Send nudge 1").text();

        // THEN she is told it is her own walk and how to pick it up, and no nudge reaches her
        assertThat(said).contains("That's you", "/coach start", "Nothing was sent").doesNotContain("on its way");
        bot.advance(Duration.ofHours(1));
        assertThat(bot.messenger().directTo(cora.id())).noneMatch(s -> s.reply().cards().stream()
                .anyMatch(c -> c.title().startsWith("A nudge")));
    }
}
