package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
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
    private final Member dan = bot.member("dan");

    @BeforeEach
    void list() {
        ana.runs("partner add", "name", "Food Bank", "sector", "food");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    /** What the outbox's next run sends: the DMs the last command queued. */
    private void outboxRuns() {
        bot.advance(Duration.ZERO);
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

        assertThat(asked.plainText()).contains("I'm asking ").contains("<@" + bea.id() + ">")
                .contains("<@" + carl.id() + ">").contains("by DM for an introduction to someone at “Food Bank”")
                .contains("on its way");
        // the requests are queued with the command and go out on the outbox's next run, after the reply
        assertThat(bot.messenger().sent()).isEmpty();
        outboxRuns();
        assertThat(dmTo(bea).plainText()).contains("<@" + ana.id() + "> is reaching out to **Food Bank**");
        assertThat(bot.messenger().directTo(bea.id()).get(0).nonce()).startsWith("pc");

        bea.reads(dmTo(bea));
        Reply yes = bea.presses("I'll introduce you");
        assertThat(yes.plainText()).contains("Thank you! I'll let <@" + ana.id() + "> know by DM");
        assertThat(yes.update()).isTrue();
        outboxRuns();
        assertThat(dmTo(ana).plainText()).contains("<@" + bea.id() + "> will introduce you to someone at “Food Bank”");

        carl.reads(dmTo(carl));
        // carl is told he still counts as knowing someone there, and how to take that back
        assertThat(carl.presses("I don't know them well").plainText()).isEqualTo("Thanks for saying so. I'll let <@"
                + ana.id() + "> know by DM, so they can look for another way in. You're still listed as knowing "
                + "someone at “Food Bank”; if you no longer do, `/partner unknow partner:\"Food Bank\"` in the server "
                + "takes it back, so you aren't asked again.");
        outboxRuns();
        assertThat(dmTo(ana).plainText()).contains("doesn't know anyone at “Food Bank” well enough");
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2);

        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).contains("<@" + bea.id() + "> will introduce them")
                .contains("<@" + carl.id() + "> doesn't know them well");
    }

    /** The introduction requests {@code member} has received by DM. */
    private long requestsTo(Member member) {
        return bot.messenger().directTo(member.id()).stream()
                .filter(s -> s.reply().plainText().contains("is reaching out to")).count();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** ana asks for an introduction; bea agrees, carl doesn't know them well. */
    private void beaAgreesCarlDeclines() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        carl.reads(dmTo(carl));
        carl.presses("I don't know them well");
        outboxRuns();
    }

    @Test
    @DisplayName("the agreement tells the asker the whole command to log the introduction, with the partner's name")
    void agreementGivesTheCommandToLogIt() {
        ana.runs("partner add", "name", "St. Mark's `Pantry`", "sector", "food");
        bea.runs("partner know", "partner", "St. Mark's `Pantry`");
        ana.runs("partner intro", "partner", "St. Mark's `Pantry`");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        outboxRuns();

        assertThat(dmTo(ana).plainText()).contains("Once you've met, log it with "
                + "`` /partner log partner:\"St. Mark's `Pantry`\" kind:intro what: `` and a line about it.");
    }

    @Test
    @DisplayName("logging the introduction settles the asker's requests: the page says so, and a helper who answers later is thanked and the asker hears nothing more")
    void loggedIntroductionSettlesTheRequests() {
        // dan is asked too, and has not answered
        dan.runs("partner know", "partner", "Food Bank");
        beaAgreesCarlDeclines();
        int toAna = bot.messenger().directTo(ana.id()).size();
        bot.advance(Duration.ofDays(2));

        ana.runs("partner log", "partner", "Food Bank", "what", "Bea introduced me to their director", "kind", "intro");

        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).contains("asked <@" + bea.id() + ">; introduced, logged")
                .contains("asked <@" + dan.id() + ">; introduced, logged")
                .contains("<@" + carl.id() + "> doesn't know them well")
                .doesNotContain("waiting for an answer").doesNotContain("will introduce them");

        dan.reads(dmTo(dan));
        Reply late = dan.presses("I'll introduce you");
        outboxRuns();
        assertThat(late.plainText()).contains("<@" + ana.id() + "> has since logged an introduction to “Food Bank”, "
                + "so nothing more is needed from you");
        assertThat(late.update()).isTrue();
        assertThat(bot.messenger().directTo(ana.id())).hasSize(toAna);
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("asked <@" + dan.id() + ">; introduced, logged");
    }

    /** The DMs asking {@code member} whether an agreed introduction happened. */
    private List<String> followUpsTo(Member member) {
        return bot.messenger().directTo(member.id()).stream().map(s -> s.reply().plainText())
                .filter(t -> t.contains("Have you met?")).toList();
    }

    @Test
    @DisplayName("a week after \"I'll introduce you\", the asker is asked once whether they have met, with the command to log it")
    void followUpAWeekAfterTheAgreement() {
        beaAgreesCarlDeclines();

        bot.advance(Duration.ofDays(6));
        assertThat(followUpsTo(ana)).isEmpty();
        bot.advance(Duration.ofDays(2));

        assertThat(followUpsTo(ana)).singleElement().satisfies(t -> assertThat(t)
                .contains("A week ago, <@" + bea.id() + "> said they'd introduce you to someone at “Food Bank”. "
                        + "Have you met? Press **We've met** to log it, or log it with "
                        + "`/partner log partner:\"Food Bank\" kind:intro what:`")
                .contains("A friendly note to <@" + bea.id() + "> helps"));
        assertThat(followUpsTo(bea)).isEmpty();
        bot.advance(Duration.ofDays(30));
        assertThat(followUpsTo(ana)).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN bea agreed to introduce ana and then left the server WHEN the week's follow-up comes THEN it "
            + "says she left, with a button to ask anyone else, not a friendly note to her")
    void followUpAfterTheHelperLeft() {
        // GIVEN bea said she'd introduce ana, and has left the server since
        beaAgreesCarlDeclines();
        bot.messenger().leaves(TestBot.GUILD, bea.id());

        // WHEN the follow-up comes, a week after bea agreed
        bot.advance(Duration.ofDays(8));

        // THEN it still asks whether they met, says bea left, and offers to ask someone else
        var followUp = bot.messenger().directTo(ana.id()).stream()
                .filter(m -> m.reply().plainText().contains("Have you met?")).toList();
        assertThat(followUp).singleElement().satisfies(m -> {
            assertThat(m.reply().plainText()).contains("Press **We've met** to log it", "Not yet? <@" + bea.id()
                    + "> has left the server since, so that introduction may not happen: press **Ask for an "
                    + "introduction** to ask anyone else who knows someone there")
                    .doesNotContain("friendly note", "asks them again");
            assertThat(m.reply().buttons()).extracting(b -> b.label()).containsExactly("We've met",
                    "Ask for an introduction");
        });
    }

    @Test
    @DisplayName("GIVEN bea agreed to introduce ana WHEN the partner is cultivating by the week's follow-up THEN it "
            + "does not promise that /partner intro asks bea again (it asks nobody there now), and says why")
    void followUpOnceTheCoalitionIsInTouch() {
        // GIVEN bea said she'd introduce ana; then the coalition starts cultivating the food bank
        beaAgreesCarlDeclines();
        ana.runs("partner stage", "partner", "Food Bank", "stage", "cultivating");

        // WHEN the follow-up comes, a week after bea agreed
        bot.advance(Duration.ofDays(8));

        // THEN it asks whether they have met, and says what is true of /partner intro now
        assertThat(followUpsTo(ana)).singleElement().satisfies(t -> assertThat(t)
                .contains("Have you met? Press **We've met** to log it")
                .contains("Not yet? A friendly note to <@" + bea.id() + "> helps. “Food Bank” is in the cultivating "
                        + "stage now, so the coalition is in touch with them and `/partner intro` asks nobody there; "
                        + "`/partner show partner:\"Food Bank\"` says who looks after it.")
                .doesNotContain("asks them again"));
        // AND a month on, /partner intro indeed asks nobody
        bot.advance(Duration.ofDays(31));
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("is in the cultivating stage, so there's no introduction to ask for")
                .doesNotContain("I'm asking");

        // AND a partnered one says so in its words
        ana.runs("partner add", "name", "Clinic", "sector", "health-care");
        bea.runs("partner know", "partner", "Clinic");
        ana.runs("partner intro", "partner", "Clinic");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        ana.runs("partner stage", "partner", "Clinic", "stage", "partnered");
        bot.advance(Duration.ofDays(8));
        assertThat(followUpsTo(ana)).last().asString().contains("“Clinic” is partnered now, so the coalition is in "
                + "touch with them").doesNotContain("asks them again");
    }

    @Test
    @DisplayName("\"We've met\" under the follow-up logs the introduction for the asker: the page shows it, once")
    void weveMetLogsTheIntroduction() {
        beaAgreesCarlDeclines();
        bot.advance(Duration.ofDays(8));
        Reply followUp = dmTo(ana);
        assertThat(followUp.plainText()).contains("Have you met?");

        bea.reads(followUp);
        assertThat(bea.presses("We've met").plainText()).contains("someone else's, so I logged nothing");
        ana.reads(followUp);
        Reply met = ana.presses("We've met");

        assertThat(met.plainText()).contains("Logged your introduction to “Food Bank” for today. Nice work!")
                .contains("`/partner log partner:\"Food Bank\" kind:intro what:`");
        assertThat(met.update()).isTrue();
        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).contains("asked <@" + bea.id() + ">; introduced, logged")
                .contains("Introduction by <@" + ana.id() + ">: Met them through a coalition member's introduction");
        ana.reads(followUp);
        assertThat(ana.presses("We've met").plainText()).contains("already logged");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText()).as("no second touchpoint")
                .isEqualTo(page);
    }

    @Test
    @DisplayName("no follow-up once the introduction is logged, or when the partner has moved on")
    void noFollowUpWhenSettled() {
        ana.runs("partner add", "name", "Clinic", "sector", "health-care");
        bea.runs("partner know", "partner", "Clinic");
        beaAgreesCarlDeclines();
        ana.runs("partner intro", "partner", "Clinic");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        outboxRuns();

        bot.advance(Duration.ofDays(3));
        ana.runs("partner log", "partner", "Food Bank", "what", "Bea introduced me to Maria", "kind", "intro");
        ana.runs("partner archive", "partner", "Clinic");
        bot.advance(Duration.ofDays(10));

        assertThat(followUpsTo(ana)).isEmpty();
    }

    @Test
    @DisplayName("a partner that has moved on: asking is refused with the way back, and a helper answering late is thanked without the asker being nudged")
    void movedOnPartner() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        ana.runs("partner archive", "partner", "Food Bank", "reason", "not this year");
        int sentBefore = bot.messenger().sent().size();

        bea.reads(dmTo(bea));
        Reply late = bea.presses("I'll introduce you");
        Reply again = dan.runs("partner intro", "partner", "Food Bank");
        bot.advance(Duration.ofDays(10));

        assertThat(late.plainText()).contains("“Food Bank” has moved on from the coalition's outreach list since <@"
                + ana.id() + "> asked, so no introduction is needed for now. I've noted your answer. If the coalition "
                + "takes it up again, <@" + ana.id() + "> can ask you again.");
        assertThat(again.plainText()).contains("“Food Bank” has moved on, so I didn't ask anyone")
                .contains("`/partner restore`").doesNotContain("I'm asking");
        assertThat(bot.messenger().sent()).as("no DM to the asker, no new request").hasSize(sentBefore);
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("For <@" + ana.id() + ">: asked <@" + bea.id() + ">, who offered an introduction after it "
                        + "had moved on, when none was needed")
                .doesNotContain("will introduce them");
        // carl has not answered
        assertThat(statusesOf(ana)).containsExactlyInAnyOrder("AGREED_MOVED_ON", "ASKED");
    }

    /** bea says she knows someone at the Food Bank, and ana asks her for an introduction: the request bea gets. */
    private Reply anaAsksBea() {
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        return dmTo(bea);
    }

    /** The statuses of {@code requester}'s introduction requests, as stored, oldest first. */
    private List<String> statusesOf(Member requester) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.list(c, "SELECT status FROM partner_intros"
                + " WHERE guild_id = ? AND requester_id = ? ORDER BY id", rs -> rs.getString(1), TestBot.GUILD,
                requester.id()));
    }

    @Test
    @DisplayName("\"I'll introduce you\" pressed while the partner had moved on promises nothing after its restore: no follow-up, and /partner intro asks the helper again")
    void agreedWhileMovedOnIsAskedAgainAfterTheRestore() {
        // GIVEN ana asked bea, and the Food Bank moved on before bea answered "I'll introduce you"
        Reply request = anaAsksBea();
        ana.runs("partner archive", "partner", "Food Bank", "reason", "Focus shifted");
        bea.reads(request);
        bea.presses("I'll introduce you");
        // WHEN it comes back, and a week goes by
        ana.runs("partner restore", "partner", "Food Bank");
        bot.advance(Duration.ofDays(8));

        // THEN nobody asks ana whether bea introduced her, and the page does not say bea will
        assertThat(followUpsTo(ana)).isEmpty();
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("asked <@" + bea.id() + ">, who offered an introduction after it had moved on")
                .doesNotContain("will introduce them");

        // WHEN ana asks again, bea is asked afresh, by DM
        long before = requestsTo(bea);
        Reply again = ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        assertThat(again.plainText()).contains("I'm asking <@" + bea.id() + "> by DM for an introduction")
                .doesNotContain("already said they'll introduce you");
        assertThat(requestsTo(bea)).isEqualTo(before + 1);
        assertThat(statusesOf(ana)).containsExactly("AGREED_MOVED_ON", "ASKED");

        // AND her answer now is an agreement, followed up a week later
        bea.reads(dmTo(bea));
        assertThat(bea.presses("I'll introduce you").plainText()).contains("Thank you! I'll let <@" + ana.id()
                + "> know by DM");
        bot.advance(Duration.ofDays(8));
        assertThat(followUpsTo(ana)).hasSize(1);
        assertThat(statusesOf(ana)).containsExactly("AGREED_MOVED_ON", "WILL_INTRODUCE");
    }

    @Test
    @DisplayName("an agreement given before the partner moved on stands: pressing \"I'll introduce you\" again meanwhile changes nothing")
    void agreementBeforeTheArchiveStands() {
        Reply request = anaAsksBea();
        bea.reads(request);
        bea.presses("I'll introduce you");
        ana.runs("partner archive", "partner", "Food Bank");

        bea.reads(request);
        Reply pressedAgain = bea.presses("I'll introduce you");
        ana.runs("partner restore", "partner", "Food Bank");

        assertThat(pressedAgain.plainText()).doesNotContain("can ask you again");
        assertThat(statusesOf(ana)).containsExactly("WILL_INTRODUCE");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("<@" + bea.id() + "> will introduce them");
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("<@" + bea.id() + "> already said they'll introduce you");
    }

    @Test
    @DisplayName("an agreement given before the partner moved on, whose week's follow-up fell while it had, is followed "
            + "up a week after the restore, saying it still stands; once, and not at all once the introduction is logged")
    void agreementFollowedUpAfterTheRestore() {
        // GIVEN bea agreed to introduce ana, and the Food Bank moved on before the week's follow-up
        Reply request = anaAsksBea();
        bea.reads(request);
        bea.presses("I'll introduce you");
        bot.advance(Duration.ofDays(2));
        ana.runs("partner archive", "partner", "Food Bank");
        // AND the follow-up's day passed while it had moved on: nothing went
        bot.advance(Duration.ofDays(10));
        assertThat(followUpsTo(ana)).isEmpty();

        // WHEN it comes back, and a week goes by
        ana.runs("partner restore", "partner", "Food Bank");
        bot.advance(Duration.ofDays(6));
        assertThat(followUpsTo(ana)).isEmpty();
        bot.advance(Duration.ofDays(2));

        // THEN ana is asked once whether they met, in words true of an agreement from before the step back
        assertThat(followUpsTo(ana)).singleElement().satisfies(text -> assertThat(text)
                .startsWith("Before the coalition stepped back from “Food Bank”, <@" + bea.id() + "> said they'd "
                        + "introduce you to someone there, and it's back on the list now. Have you met?")
                .doesNotContain("A week ago"));
        bot.advance(Duration.ofDays(20));
        assertThat(followUpsTo(ana)).hasSize(1);
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("<@" + bea.id() + "> will introduce them");
    }

    @Test
    @DisplayName("a partner moved on and back within the week of an agreement: its follow-up goes once, as usual")
    void agreementFollowedUpOnceWhenBackWithinTheWeek() {
        Reply request = anaAsksBea();
        bea.reads(request);
        bea.presses("I'll introduce you");
        ana.runs("partner archive", "partner", "Food Bank");
        bot.advance(Duration.ofDays(2));
        ana.runs("partner restore", "partner", "Food Bank");

        bot.advance(Duration.ofDays(20));

        assertThat(followUpsTo(ana)).singleElement().satisfies(text -> assertThat(text)
                .startsWith("A week ago, <@" + bea.id() + "> said they'd introduce you"));
    }

    @Test
    @DisplayName("an introduction logged settles an offer made while the partner had moved on, as it does an agreement")
    void introductionLoggedSettlesAnOfferWhileMovedOn() {
        Reply request = anaAsksBea();
        ana.runs("partner archive", "partner", "Food Bank");
        bea.reads(request);
        bea.presses("I'll introduce you");
        ana.runs("partner restore", "partner", "Food Bank");

        ana.runs("partner log", "partner", "Food Bank", "what", "Met their director through bea", "kind", "intro");

        assertThat(statusesOf(ana)).containsExactly("INTRODUCED");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .doesNotContain("offered an introduction after it had moved on");
    }

    @Test
    @DisplayName("a touchpoint of another kind, or logged by someone else, leaves the requests open")
    void otherTouchpointsLeaveRequestsOpen() {
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        ana.runs("partner log", "partner", "Food Bank", "what", "Called their front desk", "kind", "call");
        carl.runs("partner log", "partner", "Food Bank", "what", "Met their director", "kind", "intro");

        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("For <@" + ana.id() + ">: asked <@" + bea.id() + ">, waiting for an answer");
    }

    @Test
    @DisplayName("asking again does not ask those who already answered: the asker hears what they said; only new helpers are asked")
    void answeredHelpersAreNotAskedAgain() {
        beaAgreesCarlDeclines();
        bot.advance(Duration.ofDays(1));
        dan.runs("partner know", "partner", "Food Bank");

        Reply again = ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        assertThat(again.plainText()).contains("I'm asking <@" + dan.id() + "> by DM")
                .contains("<@" + bea.id() + "> already said they'll introduce you: look out for their message, "
                        + "or reach out to them directly")
                .contains("<@" + carl.id() + "> said they don't know anyone at “Food Bank” well enough")
                .doesNotContain("I'm asking <@" + bea.id()).doesNotContain("nobody new to ask");
        assertThat(requestsTo(bea)).isEqualTo(1);
        assertThat(requestsTo(carl)).isEqualTo(1);
        assertThat(requestsTo(dan)).isEqualTo(1);
        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(count(page, "<@" + bea.id() + "> will introduce them")).isEqualTo(1);
        assertThat(count(page, "<@" + carl.id() + "> doesn't know them well")).isEqualTo(1);
        assertThat(page).contains("asked <@" + dan.id() + ">, waiting for an answer");
    }

    @Test
    @DisplayName("asking again when everyone has answered queues nothing and says how to go on")
    void nobodyLeftToAsk() {
        beaAgreesCarlDeclines();
        bot.advance(Duration.ofDays(1));
        int sentBefore = bot.messenger().sent().size();

        Reply again = ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        assertThat(again.plainText()).doesNotContain("I'm asking")
                .contains("<@" + bea.id() + "> already said they'll introduce you")
                .contains("<@" + carl.id() + "> said they don't know anyone")
                .contains("nobody new to ask, so I sent no request").contains("/partner know");
        assertThat(bot.messenger().sent()).hasSize(sentBefore);
        // another member asking is a request of their own
        Reply dans = dan.runs("partner intro", "partner", "Food Bank");
        assertThat(dans.plainText()).contains("I'm asking ").contains("<@" + bea.id() + ">")
                .contains("<@" + carl.id() + ">");
    }

    @Test
    @DisplayName("an agreement older than 30 days with nothing logged since may be followed up once; a logged contact settles it")
    void followUpAfterThirtyDays() {
        beaAgreesCarlDeclines();
        bot.advance(Duration.ofDays(29));
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText()).contains("already said");

        bot.advance(Duration.ofDays(2));
        Reply later = ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        assertThat(later.plainText()).contains("I'm asking <@" + bea.id() + "> by DM")
                .contains("<@" + carl.id() + "> said they don't know anyone");
        assertThat(requestsTo(bea)).isEqualTo(2);
        assertThat(requestsTo(carl)).isEqualTo(1);
        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).contains("asked <@" + bea.id() + ">, waiting for an answer")
                .doesNotContain("<@" + bea.id() + "> will introduce them");

        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        bot.advance(Duration.ofDays(5));
        ana.runs("partner log", "partner", "Food Bank", "what", "Met Maria through bea", "kind", "intro");
        bot.advance(Duration.ofDays(40));
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("You've logged an introduction to “Food Bank” since you asked <@" + bea.id()
                        + ">, so I didn't ask them again.");
        outboxRuns();
        assertThat(requestsTo(bea)).isEqualTo(2);
    }

    @Test
    @DisplayName("nobody knows anyone there: the asker hears how to find a way in, and no DM goes out")
    void nobody() {
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("Nobody in the coalition has said they know someone").contains("/partner know");
        ana.runs("partner know", "partner", "Food Bank");
        // the asker alone knows someone there: still nobody else to ask
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("You're the only member who has said they know someone");
        assertThat(bot.messenger().sent()).isEmpty();
    }

    @Test
    @DisplayName("two members asked are named as a sentence names them, and their answers waited for")
    void twoAskedInASentence() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");

        // in the order the bot keeps them, one or the other first
        String both = ana.runs("partner intro", "partner", "Food Bank").plainText();
        String pair = both.contains("<@" + bea.id() + "> and") ? "<@" + bea.id() + "> and <@" + carl.id() + ">"
                : "<@" + carl.id() + "> and <@" + bea.id() + ">";
        assertThat(both).startsWith("I'm asking " + pair + " by DM for an introduction");
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText()).startsWith("You've already asked "
                + pair + "; their answers haven't come in yet.");
    }

    @Test
    @DisplayName("asking twice does not DM again while the first request is open; closed DMs are reported")
    void repeatsAndClosedDms() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        bot.messenger().closeDmsOf(carl.id());

        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        Reply second = ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        assertThat(second.plainText()).contains("You've already asked <@" + bea.id() + ">; their answer hasn't come "
                + "in yet. A friendly word to them directly can help");
        assertThat(bot.messenger().directTo(bea.id())).hasSize(1);
        // carl's DMs are closed and the server has no reminder channel: the request is given up, marked so, and
        // ana hears it by DM
        assertThat(dmTo(ana).plainText()).contains("I couldn't reach <@" + carl.id() + "> by DM");
        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).contains("couldn't reach <@" + carl.id() + "> by DM");
        assertThat(count(page, "couldn't reach <@" + carl.id() + ">")).as("one line for ana's requests to carl").isEqualTo(1);
        // (an unreachable helper is asked again when the member asks again: their DMs may be open by then)
        assertThat(bot.app().outbox().history().failedSince(TestBot.GUILD, TestBot.START)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.recipientId()).isEqualTo(carl.id()));
    }

    @Test
    @DisplayName("a request that keeps failing is retried like a reminder, then given up and reported")
    void retriedThenGivenUp() {
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        bot.messenger().failNext(4);

        outboxRuns();
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofMinutes(5));
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText()).contains("waiting for an answer");
        bot.advance(Duration.ofMinutes(30));
        outboxRuns();

        assertThat(bot.app().outbox().history().failedSince(TestBot.GUILD, TestBot.START)).singleElement()
                .satisfies(s -> assertThat(s.lastError()).isEqualTo("simulated outage"));
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("couldn't reach <@" + bea.id() + "> by DM");
        assertThat(bot.messenger().directTo(bea.id())).isEmpty();
        assertThat(dmTo(ana).plainText()).contains("I couldn't reach <@" + bea.id() + ">");
    }

    @Test
    @DisplayName("an answer button pressed by someone else, or naming another server, changes nothing")
    void wrongPerson() {
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        CustomId yes = dmTo(bea).buttons().get(0).id();

        carl.reads(dmTo(bea));
        assertThat(carl.pressesId(yes).plainText()).contains("meant for someone else");
        CustomId otherServer = CustomId.of("partner", "introyes", TestBot.OTHER_GUILD, yes.arg(1));
        assertThat(bea.pressesId(otherServer).plainText()).contains("can't find that introduction request");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText()).contains("waiting for an answer");
    }

    @Test
    @DisplayName("a helper who deletes their data: the asker's requests stay on the page, by a former member, and say no answer will come")
    void helperForgetsTheirData() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        dan.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        dan.reads(dmTo(dan));
        dan.presses("I don't know them well");
        outboxRuns();
        Reply carlsRequest = dmTo(carl);

        bea.runs("privacy forget");
        bea.presses("Delete my data");
        carl.runs("privacy forget");
        carl.presses("Delete my data");

        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).doesNotContain("none asked yet").doesNotContain("<@" + bea.id() + ">")
                .doesNotContain("<@" + carl.id() + ">").doesNotContain("waiting for an answer")
                .contains("<@" + dan.id() + "> doesn't know them well");
        assertThat(count(page, "For <@" + ana.id() + ">: asked a former member, who can't answer any more"))
                .as("one line for each of the two requests").isEqualTo(2);
        // carl's old DM no longer acts on anything
        carl.reads(carlsRequest);
        assertThat(carl.presses("I'll introduce you").plainText()).contains("nothing to do here");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .doesNotContain("will introduce them");
    }

    @Test
    @DisplayName("a partner deleted for good: each other member waiting for an introduction there is told by DM, "
            + "once, with what to do next")
    void waitingMembersAreToldWhenThePartnerIsDeleted() {
        // GIVEN dan waiting for bea's answer, carl waiting for anyone who knows someone there, and ana (who added
        // it) asking too
        bea.runs("partner know", "partner", "Food Bank");
        dan.runs("partner intro", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        ana.runs("partner add", "name", "Clinic", "sector", "food");
        carl.runs("partner intro", "partner", "Clinic");
        outboxRuns();

        // WHEN ana deletes both for good
        ana.runs("partner delete", "partner", "Food Bank");
        Reply deleted = ana.presses("Delete for good");
        ana.runs("partner delete", "partner", "Clinic");
        ana.presses("Delete for good");

        // THEN the reply says who will hear of it, and dan and carl each get one short DM naming the partner
        assertThat(deleted.plainText()).contains("I'll let <@" + dan.id() + "> know by DM, since they were waiting "
                + "for an introduction there.");
        outboxRuns();
        assertThat(introGoneTo(dan)).singleElement().extracting(Reply::plainText).isEqualTo("Just so you know: "
                + "“Food Bank” was deleted from the coalition's outreach list, so your request for an introduction "
                + "there went with it. If that was a mistake, add it again with `/partner add`, then ask with "
                + "`/partner intro`.");
        assertThat(introGoneTo(carl)).singleElement().extracting(Reply::plainText).asString()
                .contains("“Clinic” was deleted");
        // AND ana, who deleted it, and bea, who was asked, are not told
        assertThat(introGoneTo(ana)).isEmpty();
        assertThat(introGoneTo(bea)).isEmpty();
    }

    @Test
    @DisplayName("a partner deleted for good: a member who had a plan for it and was waiting for an introduction "
            + "there gets one DM that says both")
    void planAndIntroductionGoneInOneDm() {
        // GIVEN dan began his plan for Food Bank and asked bea for an introduction there
        bea.runs("partner know", "partner", "Food Bank");
        dan.runs("partner coach", "partner", "Food Bank");
        dan.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        int before = bot.messenger().directTo(dan.id()).size();

        // WHEN ana deletes it for good
        ana.runs("partner delete", "partner", "Food Bank");
        Reply deleted = ana.presses("Delete for good");
        outboxRuns();

        // THEN dan gets one DM, about his plan and his request both, with what to do next
        List<RecordingMessenger.Sent> toDan = bot.messenger().directTo(dan.id());
        assertThat(toDan).hasSize(before + 1);
        assertThat(toDan.get(toDan.size() - 1).reply().plainText()).isEqualTo("Just so you know: “Food Bank” was "
                + "deleted from the coalition's outreach list, and your plan for it went with it, answers included, "
                + "as did your request for an introduction there. If it was deleted by mistake, add it again with "
                + "`/partner add`, then `/partner coach` starts a new plan and `/partner intro` asks again. Anything "
                + "else you began is as you left it: `/coach progress` shows where you are.");
        // AND ana's reply names him once
        assertThat(deleted.plainText().split("<@" + dan.id() + ">", -1)).hasSize(2);
    }

    @Test
    @DisplayName("a member asked for an introduction deletes their data: the member waiting on them is told by DM, "
            + "with a button to ask someone else")
    void askerIsToldWhenTheHelperForgets() {
        // GIVEN ana asked bea and carl; bea agreed to introduce her, carl has not answered
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        dan.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        outboxRuns();
        int before = bot.messenger().directTo(ana.id()).size();

        // WHEN carl deletes his data
        carl.runs("privacy forget");
        carl.presses("Delete my data");
        outboxRuns();

        // THEN ana is told no answer will come, and can ask someone else with one press
        List<RecordingMessenger.Sent> toAna = bot.messenger().directTo(ana.id());
        assertThat(toAna).hasSize(before + 1);
        Reply told = toAna.get(toAna.size() - 1).reply();
        assertThat(told.plainText()).isEqualTo("A member you asked for an introduction at “Food Bank” has deleted "
                + "their data here, so no answer will come from them. Press **Ask for an introduction** to ask anyone "
                + "else who knows someone there, or look for a mutual partner who could introduce you.");
        ana.reads(told);
        assertThat(ana.presses("Ask for an introduction").plainText()).contains("You've already asked");

        // AND when bea, who had agreed, deletes hers, ana hears that the introduction may not happen
        bea.runs("privacy forget");
        bea.presses("Delete my data");
        outboxRuns();
        toAna = bot.messenger().directTo(ana.id());
        assertThat(toAna).hasSize(before + 2);
        assertThat(toAna.get(toAna.size() - 1).reply().plainText()).startsWith("A member who said they'd introduce "
                + "you to someone at “Food Bank” has deleted their data here, so that introduction may not happen.");
        // AND a week on, no follow-up asks her about bea's introduction
        bot.advance(Duration.ofDays(8));
        assertThat(bot.messenger().directTo(ana.id())).extracting(sent -> sent.reply().plainText())
                .noneMatch(text -> text.startsWith("A week ago"));
        // AND the partner's page says what her DM said, not that someone will introduce her
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("• For <@" + ana.id() + ">: a member who said they'd introduce them has deleted their data "
                        + "here, so that introduction may not happen (")
                .doesNotContain("will introduce them");
    }

    /** The DMs telling {@code member} that an introduction they waited for will not come. */
    private List<Reply> introGoneTo(Member member) {
        return bot.messenger().directTo(member.id()).stream().map(RecordingMessenger.Sent::reply)
                .filter(r -> r.plainText().contains("for an introduction")
                        && (r.plainText().contains("was deleted") || r.plainText().contains("deleted their data")))
                .toList();
    }

    @Test
    @DisplayName("an asker who deletes their data takes their requests with them: the helper's button then says the "
            + "member who asked has left the coalition's records")
    void askerForgetsTheirData() {
        bea.runs("partner know", "partner", "Food Bank");
        dan.runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        dan.runs("privacy forget");
        dan.presses("Delete my data");

        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText()).contains("none asked yet");
        bea.reads(dmTo(bea));
        assertThat(bea.presses("I'll introduce you").plainText()).startsWith("The member who asked for that "
                + "introduction has since left the coalition's records");
    }

    /** The DMs telling {@code member} that someone now knows someone at a partner they found nobody to ask about. */
    private List<Reply> someoneKnowsTo(Member member) {
        return bot.messenger().directTo(member.id()).stream().map(RecordingMessenger.Sent::reply)
                .filter(r -> r.plainText().contains("just said they know someone at")
                        || r.plainText().contains("said while it was set aside that they know someone there")).toList();
    }

    @Test
    @DisplayName("GIVEN bea waits to hear of someone who knows someone at the food bank WHEN it is archived and "
            + "restored at once, and dan then says he knows someone there THEN bea is told by DM, as without the "
            + "archive, and the archive's reply said her wait is kept")
    void waitKeptThroughAnArchive() {
        assertThat(bea.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("I'll let you know by DM when someone does");

        Reply archived = ana.runs("partner archive", "partner", "Food Bank", "reason", "on hold");
        assertThat(archived.plainText()).contains("<@" + bea.id() + "> is waiting to hear of someone who knows "
                + "someone there, for an introduction: if it's brought back, I'll still let them know by DM when "
                + "someone says so.");
        assertThat(ana.runs("partner restore", "partner", "Food Bank").plainText())
                .doesNotContain("looking for an introduction");
        Reply known = dan.runs("partner know", "partner", "Food Bank");
        outboxRuns();

        assertThat(known.plainText()).contains("<@" + bea.id() + "> was looking for an introduction there: I'll let "
                + "them know by DM, so they may ask you.");
        assertThat(someoneKnowsTo(bea)).singleElement().satisfies(dm -> assertThat(dm.plainText())
                .contains("Good news: <@" + dan.id() + "> just said they know someone at “Food Bank”"));
    }

    @Test
    @DisplayName("GIVEN bea waits to hear of someone who knows someone at the food bank WHEN carl says he does while "
            + "it has moved on THEN bea hears nothing until it is restored; then she is told of carl by DM, once, and "
            + "the restore's reply says so")
    void someoneWhoKnowsWhileMovedOnIsToldAtTheRestore() {
        bea.runs("partner intro", "partner", "Food Bank");
        ana.runs("partner archive", "partner", "Food Bank", "reason", "on hold");
        bot.advance(Duration.ofHours(1));
        carl.runs("partner know", "partner", "Food Bank");
        bot.advance(Duration.ofHours(1));
        assertThat(someoneKnowsTo(bea)).isEmpty();

        Reply restored = ana.runs("partner restore", "partner", "Food Bank");
        outboxRuns();

        assertThat(restored.plainText()).contains("<@" + bea.id() + "> was looking for an introduction there, and "
                + "someone has said since that they know someone there: I'll let them know by DM, so they may ask.");
        assertThat(someoneKnowsTo(bea)).singleElement().satisfies(dm -> assertThat(dm.plainText())
                .contains("Good news: “Food Bank” is back on the coalition's outreach list, and <@" + carl.id()
                        + "> said while it was set aside that they know someone there, where you were looking for an "
                        + "introduction.").doesNotContain("just said"));
        // AND told once: the next member to say so is no second DM, as without the archive
        dan.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        assertThat(someoneKnowsTo(bea)).hasSize(1);
    }

    @Test
    @DisplayName("nobody to ask: the asker waits; the first member to say they know someone there is named to them by DM, once, with a button that asks them")
    void waitingAskerIsToldWhenSomeoneKnows() {
        Reply nobody = ana.runs("partner intro", "partner", "Food Bank");
        assertThat(nobody.plainText()).contains("Nobody in the coalition has said they know someone at “Food Bank”")
                .contains("I'll let you know by DM when someone does");
        assertThat(dan.runs("partner show", "partner", "Food Bank").plainText())
                .contains("Waiting for someone who knows someone there: <@" + ana.id() + ">")
                .doesNotContain("none asked yet");

        Reply knows = bea.runs("partner know", "partner", "Food Bank");
        assertThat(knows.plainText()).contains("<@" + ana.id() + "> was looking for an introduction there: I'll let "
                + "them know by DM");
        assertThat(bot.messenger().sent()).as("the DM goes out with the outbox, after the reply").isEmpty();
        outboxRuns();
        carl.runs("partner know", "partner", "Food Bank");
        outboxRuns();

        assertThat(someoneKnowsTo(ana)).singleElement().satisfies(dm -> {
            assertThat(dm.plainText()).contains("Good news: <@" + bea.id() + "> just said they know someone at "
                    + "“Food Bank”, where you were looking for an introduction.");
            assertThat(dm.buttons()).extracting(b -> b.label()).containsExactly("Ask for an introduction");
        });
        assertThat(someoneKnowsTo(bea)).isEmpty();
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .doesNotContain("Waiting for someone who knows someone there").contains("none asked yet");

        ana.reads(someoneKnowsTo(ana).get(0));
        Reply asked = ana.presses("Ask for an introduction");
        outboxRuns();
        assertThat(asked.plainText()).contains("I'm asking ").contains("<@" + bea.id() + ">")
                .contains("<@" + carl.id() + ">").contains("by DM for an introduction to someone at “Food Bank”");
        assertThat(requestsTo(bea)).isEqualTo(1);
        assertThat(requestsTo(carl)).isEqualTo(1);

        // asking ended the wait: the next member to know someone there is not named to ana
        dan.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        assertThat(someoneKnowsTo(ana)).hasSize(1);
    }

    /** Ana finds nobody to ask for an introduction to the food bank; then bea says she knows someone there. */
    private void beaKnowsWhileAnaWaits() {
        ana.runs("partner intro", "partner", "Food Bank");
        bea.runs("partner know", "partner", "Food Bank");
        outboxRuns();
    }

    @Test
    @DisplayName("the DM's Ask for an introduction, once someone knows someone there, asks Discord first as "
            + "/partner intro does: bea, who left since, is not asked, and the reply says so at once; carl is")
    void dmButtonSkipsWhoLeft() {
        // GIVEN ana found nobody to ask; bea, then carl, said they know someone there, and ana heard of bea by DM
        beaKnowsWhileAnaWaits();
        carl.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        // WHEN bea leaves the server, and ana presses the DM's button
        bot.messenger().leaves(TestBot.GUILD, bea.id());
        ana.reads(someoneKnowsTo(ana).get(0));
        String asked = ana.presses("Ask for an introduction").plainText();
        outboxRuns();

        // THEN Discord was asked about both, bea is left out and ana is told why, and only carl gets a request
        assertThat(bot.messenger().membersAskedAbout()).last().isEqualTo(Set.of(bea.id(), carl.id()));
        assertThat(asked).contains("I'm asking <@" + carl.id() + "> by DM")
                .contains("<@" + bea.id() + "> has left the server, so I didn't ask them")
                .doesNotContain("I'm asking <@" + bea.id() + ">");
        assertThat(requestsTo(bea)).isZero();
        assertThat(requestsTo(carl)).isEqualTo(1);
    }

    @Test
    @DisplayName("the DM's Ask for an introduction for a partner deleted since asks Discord nothing, and says it is "
            + "gone")
    void dmButtonForADeletedPartner() {
        beaKnowsWhileAnaWaits();
        ana.runs("partner delete", "partner", "Food Bank");
        ana.presses("Delete for good");
        int questions = bot.messenger().membersAskedAbout().size();

        ana.reads(someoneKnowsTo(ana).get(0));
        String pressed = ana.presses("Ask for an introduction").plainText();

        assertThat(bot.messenger().membersAskedAbout()).hasSize(questions);
        assertThat(pressed).contains("Food Bank").doesNotContain("I'm asking");
        assertThat(requestsTo(bea)).isZero();
    }

    @Test
    @DisplayName("GIVEN dan logged the introduction bea made WHEN he asks for an introduction again THEN he is told he "
            + "has had it and kept in no wait: the page lists no one waiting, and the next member who knows someone "
            + "there is asked at his next request, not named to him by DM")
    void askingAgainAfterALoggedIntroduction() {
        // GIVEN bea agreed to introduce dan, and dan logged the introduction
        bea.runs("partner know", "partner", "Food Bank");
        dan.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        outboxRuns();
        dan.runs("partner log", "partner", "Food Bank", "what", "Bea introduced me to Maria", "kind", "intro");

        // WHEN he asks again
        Reply again = dan.runs("partner intro", "partner", "Food Bank");

        // THEN he reads that he has had his introduction, with no promise of a DM
        assertThat(again.plainText()).isEqualTo("You've logged an introduction to “Food Bank” since you asked <@"
                + bea.id() + ">, so I didn't ask them again.\nThere's nobody new to ask, so I sent no request: you've "
                + "had your introduction there. Log each contact with `/partner log`; should another member say they "
                + "know someone there with `/partner know`, `/partner intro` asks them.");
        // AND the page, read by bea, lists no one waiting for someone who knows someone there
        String page = bea.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(page).contains("Knows someone there: <@" + bea.id() + ">")
                .contains("For <@" + dan.id() + ">: asked <@" + bea.id() + ">; introduced, logged")
                .doesNotContain("Waiting for");
        // AND carl, who says he knows someone there, is not named to dan by DM; dan's next request asks him
        carl.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        assertThat(someoneKnowsTo(dan)).isEmpty();
        assertThat(dan.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("I'm asking <@" + carl.id() + "> by DM");
    }

    @Test
    @DisplayName("GIVEN bea, who knows someone there, doesn't know them well WHEN ana finds nobody new to ask THEN the "
            + "page lists ana as waiting for another member who knows someone there, not for \"someone\", beside bea")
    void waiterBesideAListedMember() {
        // GIVEN bea said she doesn't know them well, so ana's second request finds nobody new to ask
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I don't know them well");
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("nobody new to ask, so I sent no request").contains("I'll let you know by DM");

        // WHEN bea and dan read the page
        String hers = bea.runs("partner show", "partner", "Food Bank").plainText();
        String his = dan.runs("partner show", "partner", "Food Bank").plainText();

        // THEN it never says ana waits for "someone" who knows someone there while it lists bea as one
        assertThat(hers).contains("Knows someone there: <@" + bea.id() + ">")
                .contains("• Waiting for another member who knows someone there: <@" + ana.id() + ">")
                .doesNotContain("Waiting for someone who knows someone there", "`/partner know` if you do");
        assertThat(his).contains("• Waiting for another member who knows someone there: <@" + ana.id()
                + "> (`/partner know` if you do)").doesNotContain("Waiting for someone who knows someone there");
    }

    @Test
    @DisplayName("everyone already answered: the asker waits too, and hears of the next member who knows someone there")
    void nobodyNewToAskWaitsToo() {
        beaAgreesCarlDeclines();
        Reply again = ana.runs("partner intro", "partner", "Food Bank");
        assertThat(again.plainText()).contains("nobody new to ask, so I sent no request")
                .contains("I'll let you know by DM");

        dan.runs("partner know", "partner", "Food Bank");
        outboxRuns();

        assertThat(someoneKnowsTo(ana)).singleElement().satisfies(dm -> assertThat(dm.plainText())
                .contains("<@" + dan.id() + "> just said they know someone at “Food Bank”"));
    }

    @Test
    @DisplayName("a wait ends when the asker logs an introduction, or deletes their data (an archive keeps it: "
            + "waitKeptThroughAnArchive); export lists it")
    void waitsEnd() throws Exception {
        ana.runs("partner add", "name", "Clinic", "sector", "health-care");
        ana.runs("partner add", "name", "Library", "sector", "education");
        ana.runs("partner intro", "partner", "Clinic");
        dan.runs("partner intro", "partner", "Library");
        com.fasterxml.jackson.databind.JsonNode export = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new String(dan.runs("privacy export").files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(export.get("partners").get("waiting_for_someone_who_knows")).singleElement()
                .satisfies(row -> assertThat(row.get("partner").asText()).isEqualTo("Library"));

        ana.runs("partner log", "partner", "Clinic", "what", "Met their nurse at the fair", "kind", "intro");
        dan.runs("privacy forget");
        dan.presses("Delete my data");
        for (String partner : List.of("Clinic", "Library")) {
            bea.runs("partner know", "partner", partner);
        }
        outboxRuns();

        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(ana.runs("partner show", "partner", "Library").plainText()).doesNotContain("Waiting for");
    }

    @Test
    @DisplayName("a helper who takes back 'I know someone there' before answering: the asker is told by DM, with a button to ask someone else, and the request is closed")
    void unknowClosesTheOpenRequest() {
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        Reply beasRequest = dmTo(bea);
        carl.reads(dmTo(carl));
        carl.presses("I don't know them well");
        outboxRuns();
        int toAna = bot.messenger().directTo(ana.id()).size();

        Reply back = bea.runs("partner unknow", "partner", "Food Bank");
        carl.runs("partner unknow", "partner", "Food Bank");
        outboxRuns();

        assertThat(back.plainText()).contains("Taken back").contains("I'll let <@" + ana.id() + "> know by DM");
        assertThat(bot.messenger().directTo(ana.id())).as("one DM, about bea: carl had answered no").hasSize(toAna + 1);
        Reply told = dmTo(ana);
        assertThat(told.plainText()).contains("<@" + bea.id() + "> has taken back that they know someone at "
                + "“Food Bank”, so they won't be answering your request for an introduction.");
        assertThat(told.buttons()).extracting(b -> b.label()).containsExactly("Ask for an introduction");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("asked <@" + bea.id() + ">, who no longer knows someone there")
                .doesNotContain("waiting for an answer");

        bea.reads(beasRequest);
        assertThat(bea.presses("I'll introduce you").plainText()).contains("You've since said you don't know anyone "
                + "there");
        assertThat(bot.messenger().directTo(ana.id())).hasSize(toAna + 1);

        ana.reads(told);
        assertThat(ana.presses("Ask for an introduction").plainText()).contains("Nobody in the coalition has said")
                .contains("I'll let you know by DM");
    }

    @Test
    @DisplayName("a helper who agreed to introduce, then takes back 'I know someone there': the asker is told the "
            + "introduction may not happen, no follow-up asks them about it, and 'We've met' still logs one that did")
    void unknowAfterAgreeing() {
        // GIVEN carl said he'd introduce ana to someone at the food bank
        carl.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        carl.reads(dmTo(carl));
        carl.presses("I'll introduce you");
        outboxRuns();
        int toAna = bot.messenger().directTo(ana.id()).size();

        // WHEN he takes back that he knows someone there
        Reply back = carl.runs("partner unknow", "partner", "Food Bank");
        outboxRuns();

        // THEN he is told ana will hear of it, and ana is told, once, with what she can do next
        assertThat(back.plainText()).contains("Taken back").contains("You'd said you'll introduce <@" + ana.id()
                + ">: I'll let them know by DM that it may not happen");
        assertThat(bot.messenger().directTo(ana.id())).hasSize(toAna + 1);
        Reply told = dmTo(ana);
        assertThat(told.plainText()).contains("<@" + carl.id() + "> had said they'd introduce you to someone at "
                + "“Food Bank”, but has since taken back that they know someone there, so that introduction may not "
                + "happen.");
        assertThat(told.buttons()).extracting(b -> b.label()).containsExactly("We've met", "Ask for an introduction");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("asked <@" + carl.id() + ">, who no longer knows someone there")
                .doesNotContain("will introduce them");
        // AND a week on, no follow-up asks her whether carl's introduction happened
        bot.advance(Duration.ofDays(8));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(toAna + 1);

        // AND when they had met after all, her button logs it
        ana.reads(told);
        assertThat(ana.presses("We've met").plainText()).contains("Logged your introduction to “Food Bank”");
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("asked <@" + carl.id() + ">; introduced, logged");
    }

    @Test
    @DisplayName("a member who is the only one to have said they know someone there is not told nobody has said so")
    void onlyTheAskerKnowsSomeone() {
        // GIVEN ana alone said she knows someone at the food bank
        ana.runs("partner know", "partner", "Food Bank");

        // WHEN she asks for an introduction
        Reply asked = ana.runs("partner intro", "partner", "Food Bank");

        // THEN she is told she's the only one, and that she'll hear of the next
        assertThat(asked.plainText()).contains("You're the only member who has said they know someone at “Food Bank”, "
                + "so there's nobody else to ask for an introduction yet.").doesNotContain("Nobody in the coalition");
        bea.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        assertThat(dmTo(ana).plainText()).contains("Good news: <@" + bea.id() + "> just said they know someone at "
                + "“Food Bank”");
    }

    @Test
    @DisplayName("GIVEN bea alone knows someone at the food bank and asked for an introduction there WHEN the page "
            + "is shown THEN she is listed as waiting for another member who knows someone there, not sent to "
            + "/partner know herself; others still are")
    void askerWhoKnowsSomeoneWaitsForAnother() {
        // GIVEN ana was told of bea when bea said she knows someone there; bea then asked for an introduction herself
        ana.runs("partner intro", "partner", "Food Bank");
        bea.runs("partner know", "partner", "Food Bank");
        assertThat(bea.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("when someone else says they know someone there with `/partner know`, I'll let you know");

        // WHEN bea and dan read the page
        String hers = bea.runs("partner show", "partner", "Food Bank").plainText();
        String his = dan.runs("partner show", "partner", "Food Bank").plainText();

        // THEN bea waits for another member who knows someone there, and only dan is asked to say if he does
        assertThat(hers).contains("Knows someone there: <@" + bea.id() + ">")
                .contains("• Waiting for another member who knows someone there too: <@" + bea.id() + ">")
                .doesNotContain("Waiting for someone who knows someone there", "`/partner know` if you do");
        assertThat(his).contains("• Waiting for another member who knows someone there too: <@" + bea.id()
                + "> (`/partner know` if you do)").doesNotContain("Waiting for someone who knows someone there");
        // AND her wait is kept: the next member to say so is named to her
        carl.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        assertThat(someoneKnowsTo(bea)).singleElement().satisfies(dm -> assertThat(dm.plainText())
                .contains("Good news: <@" + carl.id() + "> just said they know someone at “Food Bank”"));
    }

    @Test
    @DisplayName("GIVEN ana and bea, who knows someone there, both wait for an introduction WHEN dan reads the page "
            + "THEN they are listed apart, and dan is sent to /partner know once")
    void waitersWhoKnowAndWhoDontAreListedApart() {
        // GIVEN bea, who knows someone there, found nobody else to ask
        bea.runs("partner know", "partner", "Food Bank");
        bea.runs("partner intro", "partner", "Food Bank");
        // AND ana waits too: bea doesn't know them well, so ana's second request finds nobody new to ask
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        bea.reads(dmTo(bea));
        bea.presses("I don't know them well");
        ana.runs("partner intro", "partner", "Food Bank");

        // WHEN dan reads the page
        String page = dan.runs("partner show", "partner", "Food Bank").plainText();

        // THEN each is on a line of their own, and the hint for dan comes once
        assertThat(page).contains("• Waiting for another member who knows someone there: <@" + ana.id() + ">\n"
                + "• Waiting for another member who knows someone there too: <@" + bea.id()
                + "> (`/partner know` if you do)");
        assertThat(count(page, "`/partner know` if you do")).isEqualTo(1);
    }

    @Test
    @DisplayName("GIVEN carl said \"I don't know them well\" when ana asked WHEN the page is shown THEN he is listed "
            + "under 'Knows someone there' with what he said and to whom, as /partner intro treats him: ana doesn't "
            + "ask him again, dan still does")
    void notWellIsSaidWhereHeIsListed() {
        // GIVEN carl knows someone at the food bank, and told ana he doesn't know them well
        carl.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        carl.reads(dmTo(carl));
        carl.presses("I don't know them well");
        outboxRuns();

        // WHEN ana (or anyone else) reads the page THEN carl's name says what he told her
        String anas = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(anas).contains("Knows someone there: <@" + carl.id() + "> (said they don't know them well when <@"
                + ana.id() + "> asked)\nIntroductions: • For <@" + ana.id() + ">: <@" + carl.id()
                + "> doesn't know them well");
        // AND carl reads it as his own word, with how to take his name off, as his answer's reply said
        assertThat(carl.runs("partner show", "partner", "Food Bank").plainText()).contains("Knows someone there: <@"
                + carl.id() + "> (you said you don't know them well when <@" + ana.id() + "> asked; if you know "
                + "nobody there, `/partner unknow` takes your name off)\n");

        // AND as the page says, ana asking again doesn't ask him, while dan's request does, and he still knows
        // someone there by his own word
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText()).contains("<@" + carl.id()
                + "> said they don't know anyone at “Food Bank” well enough.");
        dan.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        assertThat(requestsTo(carl)).isEqualTo(2);
        assertThat(carl.runs("partner know", "partner", "Food Bank").plainText()).contains("already said");
        // AND bea, who knows someone there too, is listed after him, as she said so later
        bea.runs("partner know", "partner", "Food Bank");
        assertThat(dan.runs("partner show", "partner", "Food Bank").plainText()).contains("Knows someone there: <@"
                + carl.id() + "> (said they don't know them well when <@" + ana.id() + "> asked), <@" + bea.id()
                + ">\n");
    }

    @Test
    @DisplayName("the page follows carl's latest word: 'I'll introduce you' on the same request takes the note away, "
            + "/partner unknow takes him off; said to many, the page names three and counts the others")
    void notWellFollowsTheLatestAnswer() {
        Member eve = bot.member("eve");
        Member fay = bot.member("fay");
        carl.runs("partner know", "partner", "Food Bank");
        Reply request = null;
        for (Member asker : List.of(ana, dan, eve, fay)) {
            asker.runs("partner intro", "partner", "Food Bank");
            outboxRuns();
            request = carl.reads(dmTo(carl));
            carl.presses("I don't know them well");
            bot.advance(Duration.ofMinutes(1));
        }
        // said to four: three named, in the order he answered, and the fourth counted
        assertThat(bea.runs("partner show", "partner", "Food Bank").plainText()).contains("Knows someone there: <@"
                + carl.id() + "> (said they don't know them well when <@" + ana.id() + ">, <@" + dan.id() + ">, <@"
                + eve.id() + "> and 1 other member asked)\n");

        // WHEN he changes his answer to fay's request, with the other button of her DM
        CustomId willIntroduce = request.buttons().stream().filter(b -> b.label().equals("I'll introduce you"))
                .findFirst().orElseThrow().id();
        assertThat(carl.pressesId(willIntroduce).plainText()).contains("Thank you! I'll let <@" + fay.id() + ">");
        // THEN she is no longer named with what he said
        assertThat(bea.runs("partner show", "partner", "Food Bank").plainText()).contains("Knows someone there: <@"
                + carl.id() + "> (said they don't know them well when <@" + ana.id() + ">, <@" + dan.id() + "> and <@"
                + eve.id() + "> asked)\n");

        // WHEN he takes back that he knows someone there THEN nobody is listed
        carl.runs("partner unknow", "partner", "Food Bank");
        assertThat(bea.runs("partner show", "partner", "Food Bank").plainText())
                .contains("Knows someone there: nobody has said so yet: `/partner know`");
    }

    @Test
    @DisplayName("twelve members who know someone there, each of whom told four askers they don't know them well: the "
            + "page names as many as Discord's field holds, then how many more")
    void manyNotWellFitTheField() {
        List<Member> helpers = new java.util.ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            Member helper = bot.member("helper" + n);
            helper.runs("partner know", "partner", "Food Bank");
            helpers.add(helper);
            // each said so after the one before: the page lists them in that order
            bot.advance(Duration.ofMinutes(1));
        }
        List<Member> askers = List.of(ana, bea, carl, dan);
        for (Member asker : askers) {
            asker.runs("partner intro", "partner", "Food Bank");
            outboxRuns();
            for (Member helper : helpers) {
                helper.reads(dmTo(helper));
                helper.presses("I don't know them well");
            }
        }

        Reply page = ana.runs("partner show", "partner", "Food Bank");

        String knows = page.plainText().lines().filter(l -> l.startsWith("Knows someone there: ")).findFirst()
                .orElseThrow().substring("Knows someone there: ".length());
        assertThat(knows.length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_FIELD_VALUE);
        assertThat(knows).startsWith("<@" + helpers.get(0).id() + "> (said they don't know them well when <@"
                + ana.id() + ">, <@" + bea.id() + ">, <@" + carl.id() + "> and 1 other member asked), <@"
                + helpers.get(1).id() + ">").matches(".* …and \\d+ more$");
    }

    @Test
    @DisplayName("seven members waiting for someone who knows someone there: the page names five, then how many more, "
            + "ending as its list of who knows someone there does")
    void manyWaitingNamesFive() {
        List<Member> waiting = new java.util.ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            Member asker = bot.member("asker" + n);
            asker.runs("partner intro", "partner", "Food Bank");
            waiting.add(asker);
            bot.advance(Duration.ofMinutes(1));
        }

        String line = ana.runs("partner show", "partner", "Food Bank").plainText().lines()
                .filter(l -> l.contains("Waiting for someone who knows someone there")).findFirst().orElseThrow();

        assertThat(line).contains(waiting.subList(0, 5).stream().map(m -> "<@" + m.id() + ">")
                .collect(java.util.stream.Collectors.joining(", ")) + " …and 2 more")
                .doesNotContain("<@" + waiting.get(5).id() + ">");
    }

    @Test
    @DisplayName("a helper who hasn't answered for a week is asked again when the member asks again, with the same request")
    void unansweredHelperIsAskedAgainAfterAWeek() {
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        bot.advance(Duration.ofDays(6));
        Reply soon = ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        assertThat(soon.plainText()).contains("You've already asked <@" + bea.id() + ">")
                .contains("if there's still no answer a week after I asked, `/partner intro` asks them again");
        assertThat(requestsTo(bea)).isEqualTo(1);

        bot.advance(Duration.ofDays(1));
        Reply later = ana.runs("partner intro", "partner", "Food Bank");
        outboxRuns();
        assertThat(later.plainText()).contains("<@" + bea.id() + "> hasn't answered for a week, so I'm asking them "
                + "again by DM").doesNotContain("nobody new to ask");
        assertThat(requestsTo(bea)).isEqualTo(2);
        assertThat(dmTo(bea).plainText()).contains("I asked you this a week ago and haven't heard back")
                .contains("<@" + ana.id() + "> is reaching out to **Food Bank**");
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText())
                .contains("You've already asked <@" + bea.id() + ">");
        outboxRuns();
        assertThat(requestsTo(bea)).isEqualTo(2);

        bea.reads(dmTo(bea));
        bea.presses("I'll introduce you");
        outboxRuns();
        assertThat(dmTo(ana).plainText()).contains("<@" + bea.id() + "> will introduce you");
        String page = ana.runs("partner show", "partner", "Food Bank").plainText();
        assertThat(count(page, "<@" + bea.id() + ">")).as("one line for ana's request to bea, and the contact")
                .isEqualTo(2);
        assertThat(page).contains("<@" + bea.id() + "> will introduce them");
    }

    @Test
    @DisplayName("the answer buttons still work after a restart")
    void afterRestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot onFile = TestBot.onFile(dir)) {
            onFile.member("ana").runs("partner add", "name", "Food Bank", "sector", "food");
            Member b = onFile.member("bea");
            b.runs("partner know", "partner", "Food Bank");
            onFile.member("ana").runs("partner intro", "partner", "Food Bank");
            onFile.advance(Duration.ZERO);
            Reply dm = onFile.messenger().directTo(b.id()).get(0).reply();

            onFile.restart();

            b.reads(dm);
            assertThat(b.presses("I'll introduce you").plainText()).contains("Thank you!");
        }
    }

    @Test
    @DisplayName("a member waiting for someone who knows someone there is still told after a restart")
    void waitSurvivesARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot onFile = TestBot.onFile(dir)) {
            Member a = onFile.member("ana");
            Member b = onFile.member("bea");
            a.runs("partner add", "name", "Food Bank", "sector", "food");
            a.runs("partner intro", "partner", "Food Bank");

            onFile.restart();
            b.runs("partner know", "partner", "Food Bank");
            onFile.advance(Duration.ZERO);

            assertThat(onFile.messenger().directTo(a.id())).singleElement().satisfies(dm -> assertThat(
                    dm.reply().plainText()).contains("<@" + b.id() + "> just said they know someone at “Food Bank”"));
        }
    }

    @Test
    @DisplayName("a partner the coalition already works with (cultivating, asking, partnered): nobody is asked and no "
            + "wait is kept; the reply says why, who looks after it, who knows someone there, and the way back")
    void laterStageAsksNobody() {
        // GIVEN bea knows someone at the Food Bank, which ana looks after and has moved on to partnered
        bea.runs("partner know", "partner", "Food Bank");
        ana.runs("partner stage", "partner", "Food Bank", "stage", "partnered");

        // WHEN carl asks for an introduction there
        Reply asked = carl.runs("partner intro", "partner", "Food Bank");

        // THEN nobody is asked by DM, and he is told why and what he can do
        assertThat(asked.plainText()).isEqualTo("“Food Bank” is already partnered, so there's no introduction to "
                + "ask for: the coalition is in touch with them. <@" + ana.id() + "> looks after it: ask them who "
                + "to talk to there. <@" + bea.id() + "> knows someone there too. Log each contact with "
                + "`/partner log`. If the coalition has lost touch with them, move it back with `/partner stage "
                + "partner:\"Food Bank\" stage:connecting`, then ask again.");
        outboxRuns();
        assertThat(bot.messenger().sent()).isEmpty();
        // AND its page does not send members to /partner intro
        assertThat(carl.runs("partner show", "partner", "Food Bank").plainText()).contains("none asked yet")
                .doesNotContain("`/partner intro`");
        // AND nobody who says later that they know someone there is sent to him
        dan.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        assertThat(bot.messenger().sent()).isEmpty();

        // AND the one who looks after it, in the cultivating stage, is told it is hers to carry on
        ana.runs("partner stage", "partner", "Food Bank", "stage", "cultivating");
        assertThat(ana.runs("partner intro", "partner", "Food Bank").plainText()).startsWith("“Food Bank” is in "
                + "the cultivating stage, so there's no introduction to ask for: the coalition is in touch with them. "
                + "You look after it: you're the way in.");

        // AND once moved back to connecting, the introduction is asked as before
        ana.runs("partner stage", "partner", "Food Bank", "stage", "connecting");
        assertThat(carl.runs("partner intro", "partner", "Food Bank").plainText()).contains("I'm asking ");
    }

    @Test
    @DisplayName("a partner the coalition works with, whose owner and one who knows someone there left the server: "
            + "/partner intro points to neither as the way in, and says a coordinator hands it on")
    void inTouchWithPeopleWhoLeft() {
        // GIVEN the food bank is partnered, ana looks after it, bea and dan know someone there; ana and bea have left
        bea.runs("partner know", "partner", "Food Bank");
        dan.runs("partner know", "partner", "Food Bank");
        ana.runs("partner stage", "partner", "Food Bank", "stage", "partnered");
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().leaves(TestBot.GUILD, bea.id());

        // WHEN carl asks for an introduction
        String asked = carl.runs("partner intro", "partner", "Food Bank").plainText();

        // THEN he is pointed to dan only, and told the owner has left
        assertThat(asked).contains("<@" + ana.id() + "> looks after it but has left the server: a coordinator hands "
                + "it to someone with `/partner owner`. <@" + dan.id() + "> knows someone there too.")
                .doesNotContain("ask them who to talk to there").doesNotContain("<@" + bea.id() + ">");
        assertThat(bot.messenger().membersAskedAbout()).last().isEqualTo(java.util.Set.of(ana.id(), bea.id(),
                dan.id()));
        outboxRuns();
        assertThat(bot.messenger().sent()).isEmpty();
    }

    @Test
    @DisplayName("saying you know someone at a partner the coalition already works with promises no introduction DMs, "
            + "and a member who waited since it was researching is not sent to ask")
    void knowAtALaterStage() {
        // GIVEN ana found nobody to ask while the Food Bank was researching, and it is partnered since
        ana.runs("partner intro", "partner", "Food Bank");
        ana.runs("partner stage", "partner", "Food Bank", "stage", "partnered");

        // WHEN bea says she knows someone there
        Reply known = bea.runs("partner know", "partner", "Food Bank");

        // THEN she is thanked without the promise of requests, and ana gets no DM to ask her
        assertThat(known.plainText()).startsWith("Noted: you know someone at “Food Bank”. The coalition is already in "
                + "touch with them, so nobody is asked for introductions there; a member who asks is told that you "
                + "know someone there.");
        outboxRuns();
        assertThat(bot.messenger().sent()).isEmpty();
    }

    @Test
    @DisplayName("a member who waited for an introduction while the partner was researching is not shown as waiting "
            + "once the coalition works with it, and is again if it goes back to connecting")
    void waitingNotShownAtALaterStage() {
        // GIVEN ana found nobody to ask while the Food Bank was researching
        ana.runs("partner intro", "partner", "Food Bank");
        assertThat(dan.runs("partner show", "partner", "Food Bank").plainText())
                .contains("Waiting for someone who knows someone there: <@" + ana.id() + ">");

        // WHEN the coalition starts cultivating it
        ana.runs("partner stage", "partner", "Food Bank", "stage", "cultivating");

        // THEN its page no longer sends members to /partner know for her
        assertThat(dan.runs("partner show", "partner", "Food Bank").plainText())
                .doesNotContain("Waiting for someone who knows someone there").contains("none asked yet");

        // AND back at connecting, she is shown as waiting again
        ana.runs("partner stage", "partner", "Food Bank", "stage", "connecting");
        assertThat(dan.runs("partner show", "partner", "Food Bank").plainText())
                .contains("Waiting for someone who knows someone there: <@" + ana.id() + ">");
    }

    @Test
    @DisplayName("/partner intro asks the platform first and skips whoever knows someone there but left the server: "
            + "the asker is told so, and only the others get a DM")
    void helperWhoLeftIsNotAsked() {
        // GIVEN bea and carl know someone at the food bank, and carl has since left the server
        bea.runs("partner know", "partner", "Food Bank");
        carl.runs("partner know", "partner", "Food Bank");
        bot.messenger().leaves(TestBot.GUILD, carl.id());

        // WHEN ana asks for an introduction
        Reply asked = ana.runs("partner intro", "partner", "Food Bank");

        // THEN bea is asked, and ana reads that carl left and was not asked
        assertThat(asked.plainText()).contains("I'm asking <@" + bea.id() + "> by DM")
                .contains("<@" + carl.id() + "> has left the server, so I didn't ask them, though they said they know "
                        + "someone at “Food Bank”.")
                .doesNotContain("I'm asking <@" + carl.id() + ">");
        assertThat(bot.messenger().membersAskedAbout()).contains(java.util.Set.of(bea.id(), carl.id()));
        outboxRuns();
        assertThat(requestsTo(bea)).isEqualTo(1);
        assertThat(requestsTo(carl)).isZero();
        assertThat(ana.runs("partner show", "partner", "Food Bank").plainText())
                .contains("For <@" + ana.id() + ">: asked <@" + bea.id() + ">, waiting for an answer")
                .doesNotContain("asked <@" + carl.id() + ">");
    }

    @Test
    @DisplayName("when everyone who knows someone there left the server, nobody is asked and the asker waits for "
            + "the next member who says they know someone there")
    void everyHelperLeftAskerWaits() {
        carl.runs("partner know", "partner", "Food Bank");
        bot.messenger().leaves(TestBot.GUILD, carl.id());

        Reply asked = ana.runs("partner intro", "partner", "Food Bank");

        assertThat(asked.plainText()).contains("<@" + carl.id() + "> has left the server, so I didn't ask them")
                .contains("nobody new to ask, so I sent no request");
        outboxRuns();
        assertThat(bot.messenger().sent()).isEmpty();
        // dan says he knows someone there: ana hears of it, as when nobody had said so
        dan.runs("partner know", "partner", "Food Bank");
        outboxRuns();
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("Good news: <@" + dan.id() + "> just said they know someone at"));
    }

    @Test
    @DisplayName("a request to a helper who leaves before it reaches them: Discord refuses the DM, and the asker "
            + "hears that they left, with the button to ask anyone else; the coordinators' status says so too")
    void requestRefusedBecauseTheHelperLeft() {
        // GIVEN carl knows someone there; ana opens the partner's page in a DM and asks while he is still a member
        carl.runs("partner know", "partner", "Food Bank");
        ana.reads(ana.runs("partner show", "partner", "Food Bank"));
        assertThat(ana.presses("Ask for an introduction").plainText()).contains("I'm asking <@" + carl.id() + ">");
        // WHEN carl leaves (Discord then refuses the bot's DMs to him) before the request goes out
        bot.messenger().leaves(TestBot.GUILD, carl.id());
        bot.messenger().closeDmsOf(carl.id());
        outboxRuns();
        outboxRuns();

        // THEN ana is told carl left, not that his DMs may be closed, with the button to ask anyone else
        Reply news = bot.messenger().directTo(ana.id()).get(0).reply();
        assertThat(news.plainText()).isEqualTo("<@" + carl.id() + "> has left the server, so I couldn't ask them for "
                + "an introduction to someone at “Food Bank”. Press **Ask for an introduction** to ask anyone else who "
                + "knows someone there (I'll tell you if nobody does yet), or look for a mutual partner who could "
                + "introduce you.");
        assertThat(news.buttons()).extracting(b -> b.label()).containsExactly("Ask for an introduction");
        // AND nothing was posted in a channel for him; a coordinator's status says why, and what to do
        assertThat(bot.messenger().sent()).allMatch(s -> s.channelId() == 0);
        assertThat(bot.coordinator("cora").runs("coach status").plainText())
                .contains("an introduction request to <@" + carl.id() + ">: they have left the server.");
    }

    @Test
    @DisplayName("a helper whose introduction request found them gone from the server: the partner's page asks Discord "
            + "and says they have left, and that this is why they couldn't be reached; once Discord cannot tell, it says "
            + "they had left when last asked")
    void pageSaysTheHelperHadLeft() {
        // GIVEN carl and bea know someone there; ana asks them, carl leaves, and ana's request to him is refused
        carl.runs("partner know", "partner", "Food Bank");
        bea.runs("partner know", "partner", "Food Bank");
        ana.reads(ana.runs("partner show", "partner", "Food Bank"));
        ana.presses("Ask for an introduction");
        bot.messenger().leaves(TestBot.GUILD, carl.id());
        bot.messenger().closeDmsOf(carl.id());
        outboxRuns();
        outboxRuns();
        int asked = bot.messenger().membershipQuestions().size();

        // WHEN dan reads the partner's page
        String page = dan.runs("partner show", "partner", "Food Bank").plainText();

        // THEN it says carl has left the server, and that is why he couldn't be reached; bea is named as before
        assertThat(page).contains("<@" + carl.id() + "> (has left the server)", "For <@" + ana.id() + ">: couldn't "
                + "reach <@" + carl.id() + ">, who had left the server")
                .doesNotContain("couldn't reach <@" + carl.id() + "> by DM")
                .doesNotContain("<@" + bea.id() + "> (ha");
        // AND Discord was asked once for it, about the owner and those who know someone there
        assertThat(bot.messenger().membershipQuestions()).hasSize(asked + 1);
        assertThat(bot.messenger().membersAskedAbout().get(asked)).containsExactlyInAnyOrder(ana.id(), bea.id(),
                carl.id());

        // WHEN Discord cannot tell about carl in time
        bot.messenger().comesBack(TestBot.GUILD, carl.id());
        bot.messenger().noAnswerAbout(TestBot.GUILD, carl.id());

        // THEN the page says what was stored: he had left when last asked
        assertThat(dan.runs("partner show", "partner", "Food Bank").plainText()).contains("<@" + carl.id()
                + "> (had left the server when I last asked them for an introduction, <t:")
                .doesNotContain("(has left the server)");

        // WHEN carl comes back and is asked again, and the request reaches him
        bot.messenger().comesBack(TestBot.GUILD, carl.id());
        bot.messenger().openDmsOf(carl.id());
        bot.member("eve").runs("partner intro", "partner", "Food Bank");
        outboxRuns();

        // THEN the page no longer says he had left
        assertThat(dan.runs("partner show", "partner", "Food Bank").plainText()).doesNotContain("had left");
    }
}
