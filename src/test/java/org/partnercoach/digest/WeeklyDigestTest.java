package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.StoredSend;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("The weekly nudge digest")
class WeeklyDigestTest {

    private TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    private Member cora() {
        return bot.coordinator("cora");
    }

    /** cora sets Mondays 09:00 (UTC) and subscribes; the clock starts Monday 2 March 15:00. */
    private Member scheduled() {
        Member cora = cora();
        cora.runs("coach setup", "cadence", "7");
        assertThat(cora.runs("digest setup", "day", "monday", "time", "09:00").text()).contains("Saved",
                "Monday at 09:00 (UTC)");
        assertThat(cora.runs("digest subscribe").text()).contains("You're subscribed");
        return cora;
    }

    private List<RecordingMessenger.Sent> digestsTo(Member m) {
        return DigestTestSupport.digestsTo(bot, m);
    }

    /** Seeds week 1: two partners, a touchpoint, bea starts the 5 tips and answers once. */
    private void seedWeekOne() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.presses("Answer");
        bea.submits("answer", "Eastside Food Bank");
    }

    @Test
    @DisplayName("the digest names the sectors with no partner at all in the words of /coalition gaps, the report and "
            + "the map, in its card and its CSV")
    void gapsInTheWordsOfCoalitionGaps() {
        // GIVEN the food bank and Grace Church are on the list, both only being researched
        Member cora = scheduled();
        seedWeekOne();
        assertThat(cora.runs("coalition gaps").plainText()).contains("with no partner at all");

        // WHEN she previews the digest
        Reply digest = cora.runs("digest preview");

        // THEN its list of sectors says "with no partner at all", as /coalition gaps does
        assertThat(digest.plainText()).contains("Sectors with no partner at all or only researched (20): "
                        + "• **Public health**: ")
                .doesNotContain("missing at the table", "Missing or only researched");
        // AND its CSV says the same of each sector, with the only researched ones marked
        String csv = CsvText.of(digest.files().get(1));
        assertThat(csv).contains("sector,,Public health,no partner at all,", "sector,,Food and nutrition,only researched,")
                .doesNotContain("missing at the table");
    }

    @Test
    @DisplayName("a partner moved on from and brought back within the week is no stage move, as the quarterly report "
            + "counts it; moving on alone is one")
    void movedOnAndBackIsNoStageMove() {
        // GIVEN this week ana moves the food bank to connecting, moves on from it by mistake and brings it back, and
        // moves on from Grace Church for good
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "connecting");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Paused by mistake");
        ana.runs("partner restore", "partner", "Eastside Food Bank");
        ana.runs("partner archive", "partner", "Grace Church", "reason", "Closed for the year");

        // WHEN a coordinator looks at the week so far
        Reply preview = cora().runs("digest preview");

        // THEN two stage moves: to connecting, and Grace Church's moving on (the coalition's first week: nothing to
        // compare with)
        assertThat(preview.plainText()).contains("**Stage moves:** 2\n");
    }

    @Test
    @DisplayName("/digest preview says it is a preview for the one who asked and when the real one goes out, not that "
            + "it was sent to coordinators")
    void previewSaysItIsAPreview() {
        // GIVEN a partner added this week, and no digest scheduled yet
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN a coordinator previews it THEN it is a preview, and she hears how to schedule the real one
        Reply unscheduled = cora().runs("digest preview");
        assertThat(unscheduled.text()).startsWith("Here is a preview of the digest of the last 7 days, only for you.")
                .contains("No digest goes out yet: `/digest setup` chooses its day and time.");

        // WHEN digests go out on Mondays at 09:00 (the clock: Monday 2 March, 15:00) and she previews again
        scheduled();
        Reply preview = cora().runs("digest preview");

        // THEN the reply says when the real one goes out, and the card's footer that it is her preview
        assertThat(preview.text()).contains("The next digest comes <t:"
                + java.time.Instant.parse("2026-03-09T09:00:00Z").getEpochSecond() + ":f>");
        assertThat(preview.cards()).extracting(Card::footer).containsExactly("Partner Coach · a preview, only for you");
        assertThat(preview.plainText()).doesNotContain("sent to coordinators");
    }

    @Test
    @DisplayName("Active members counts, as /report quarter does, a member who only rated a partner, said she knows "
            + "someone there, asked for an introduction or agreed to make one in the week")
    void activeMembersCountWhatTheReportCountsAsTakingPart() {
        // GIVEN last week ana added the food bank and logged a coffee there (the trust pulse asked in the reply)
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Reply pulse = ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        bot.advance(Duration.ofDays(8));
        // AND this week ana only rates it, bea only says she knows someone there, eve only asks for an
        // introduction, and bea agrees to make it
        ana.pressesId(((org.partnercoach.chat.Row.Buttons) pulse.rows().get(0)).buttons().get(3).id());
        Member bea = bot.member("bea");
        bea.runs("partner know", "partner", "Eastside Food Bank");
        bot.member("eve").runs("partner intro", "partner", "Eastside Food Bank");
        bot.advance(Duration.ZERO);
        List<RecordingMessenger.Sent> toBea = bot.messenger().directTo(bea.id());
        bea.reads(toBea.get(toBea.size() - 1).reply());
        bea.presses("I'll introduce you");

        // WHEN a coordinator previews the week
        Reply preview = cora().runs("digest preview");

        // THEN all three took part in it, as the quarterly report counts them
        assertThat(preview.plainText()).contains("**Active members:** 3 (+2 on the week before)");
    }

    @Test
    @DisplayName("a week in which members only answered in a group session is no quiet week: they count as active "
            + "members, and the numbers say how many answers they wrote (never their words); the next week compares")
    void groupSessionAnswersAreTakingPart() {
        // GIVEN Monday digests at 09:00, and this week bea's circle, in which she and ben answered question 1
        Member cora = scheduled();
        Member bea = bot.member("bea");
        Member ben = bot.member("ben");
        bea.runs("session start", "plan", "tip-1", "title", "Circle");
        bot.app().scheduler().runDue();
        long thread = bot.messenger().threads().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        Reply q1 = lastQuestion(thread);
        bea.answersInThread(thread, q1, "The Zebra Pantry and the library");
        ben.answersInThread(thread, q1, "Heron Street Chapel");

        // WHEN the week's digest goes out (Monday 9 March, 09:00)
        bot.advance(Duration.ofDays(6).plusHours(18));
        String week1 = digestsTo(cora).get(0).reply().plainText();

        // THEN it is no quiet week: both took part, and the numbers count their two answers
        assertThat(week1).doesNotContain("A quiet week", "nothing new was logged")
                .contains(FIRST_WEEK + ": **Active members:** 2\n**Walks started:** 0\n**Walks finished:** 0\n"
                        + "**Answers in group sessions:** 2\n**Partners added:** 0\n")
                // AND what they wrote stays in the session's thread
                .doesNotContain("Zebra Pantry", "Heron Street");

        // WHEN the circle meets again on Tuesday, where only ben answers question 2
        bot.advance(Duration.ofDays(1));
        bea.readsInThread(thread, q1);
        bea.presses("Next question");
        bot.app().scheduler().runDue();
        ben.answersInThread(thread, lastQuestion(thread), "Their food drive in May");
        bot.advance(Duration.ofDays(6));

        // THEN the next digest compares with the week of the first answers: the coalition had begun
        String week2 = digestsTo(cora).get(1).reply().plainText();
        assertThat(week2).contains("The week in numbers: **Active members:** 1 (−1 on the week before)",
                "**Answers in group sessions:** 1 (−1 on the week before)").doesNotContain(FIRST_WEEK);
    }

    @Test
    @DisplayName("a coalition whose first step was a group session charts its weeks from then, as it has begun")
    void chartStartsAtTheFirstGroupSessionAnswer() {
        // GIVEN the only thing ever done here: bea answered in her circle in the week to Monday 9 March
        Member bea = bot.member("bea");
        bea.runs("session start", "plan", "tip-1", "title", "Circle");
        bot.app().scheduler().runDue();
        long thread = bot.messenger().threads().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        bea.answersInThread(thread, lastQuestion(thread), "The library");

        // WHEN the third digest draws its chart THEN it has the three weeks since, as 0 touchpoints each
        assertThat(touchChart("2026-03-23T09:00:00Z").getValue()).satisfies(bars -> {
            assertThat(bars.labels()).containsExactly("9 Mar", "16 Mar", "23 Mar");
            assertThat(bars.values()).isEqualTo(List.of(0, 0, 0));
        });
    }

    @Test
    @DisplayName("a coalition without group sessions reads no line about them in its numbers")
    void noSessionsNoSessionLine() {
        // GIVEN a partner added this week, and no group session ever
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN a coordinator previews the week THEN its numbers say nothing of group sessions
        assertThat(cora().runs("digest preview").plainText()).contains("**Partners added:** 1")
                .doesNotContain(DigestComposer.SESSION_ANSWERS);
    }

    /** The latest question the bot posted in a session's thread. */
    private Reply lastQuestion(long thread) {
        List<RecordingMessenger.Sent> posts = bot.messenger().postsIn(thread);
        for (int i = posts.size() - 1; i >= 0; i--) {
            if (posts.get(i).reply().plainText().startsWith("Question ")) {
                return posts.get(i).reply();
            }
        }
        throw new AssertionError("no question in the thread");
    }

    @Test
    @DisplayName("a seeded week: numbers with deltas, then the cold list, stalled members with a nudge, the gaps")
    void seededWeeks() {
        Member cora = scheduled();
        seedWeekOne();

        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        List<RecordingMessenger.Sent> first = digestsTo(cora);
        assertThat(first).hasSize(1);
        String week1 = first.get(0).reply().plainText();
        assertThat(week1).contains("Weekly digest · 2 Mar – 9 Mar")
                .contains(FIRST_WEEK + ": **Active members:** 2\n")
                .contains("**Walks started:** 1\n")
                .contains("**Partners added:** 2\n")
                .contains("**Touchpoints logged:** 1\n")
                .doesNotContain("Sent late", "on the week before");
        assertThat(first.get(0).reply().files()).extracting(Attachment::fileName)
                .containsExactly("digest-2026-W11.png", "digest-2026-W11.csv");

        bot.advance(Duration.ofDays(7));                 // Monday 16 March 09:00, a week with nothing new
        // (what was added on Monday 2 March is 14 days old by the calendar, though 18 hours short of 14 x 24 hours)
        List<RecordingMessenger.Sent> both = digestsTo(cora);
        assertThat(both).hasSize(2);
        Reply week2 = both.get(1).reply();
        assertThat(week2.plainText())
                .contains("**Partners added:** 0 (−2 on the week before)")
                .contains("**Active members:** 0 (−2 on the week before)")
                .contains("Going cold (2) · days since the last contact", "; cadence 7 days unless a line gives its own",
                        "**Grace Church**", "14 days since added")
                .contains("Members who stalled (1)", "5 tips", "untouched 14 days", "`/coach start` picks up")
                .contains("Sectors with no partner at all or only researched (", "**Public health**", "more (in the CSV)");
        assertThat(week2.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 1");
        String csv = CsvText.of(week2.files().get(1));
        assertThat(csv).startsWith("list,who,what,detail,days").contains("going cold").contains("stalled")
                .contains("sector,,Public health,no partner at all,");

        // cora nudges bea from her DM; bea gets the line signed by cora, once a week at most
        cora.reads(week2);
        assertThat(cora.presses("Send nudge 1").text()).contains("Nudge on its way", "signed by you");
        cora.reads(week2);
        assertThat(cora.presses("Send nudge 1").text()).contains("already got a nudge from you",
                "one a week is plenty", "Nothing was sent.");
        bot.advance(Duration.ofMinutes(1));
        Member bea = bot.member("bea");
        List<RecordingMessenger.Sent> nudges = bot.messenger().directTo(bea.id());
        assertThat(nudges).hasSize(1);
        assertThat(nudges.get(0).reply().plainText()).contains("A nudge from your coordinator", "step 1 of 5",
                "— cora");
    }

    @Test
    @DisplayName("a digest by DM names its server in its title (a DM carries no server: a coordinator of two could "
            + "not tell them apart); the post in the server's own coordinators' channel does not")
    void digestByDmNamesItsServer() {
        // GIVEN the server is called "Eastside Health Coalition", and the digest also goes to a coordinators' channel
        bot.messenger().namesServer(TestBot.GUILD, "Eastside Health Coalition");
        Member cora = scheduled();
        cora.runs("digest setup", "channel", "<#777000>");
        seedWeekOne();

        // WHEN the first digest goes out (Monday 9 March 09:00)
        bot.advance(Duration.ofDays(6).plusHours(18));

        // THEN cora's DM is titled with the server's name, and the channel's post with the week alone
        assertThat(digestsTo(cora).get(0).reply().cards().get(0).title())
                .isEqualTo("Weekly digest · Eastside Health Coalition · 2 Mar – 9 Mar");
        assertThat(bot.messenger().postsIn(777_000L).get(0).reply().cards().get(0).title())
                .isEqualTo("Weekly digest · 2 Mar – 9 Mar");
    }

    @Test
    @DisplayName("a quiet week's digest by DM names its server too; a name full of Markdown or very long shows as "
            + "typed, cut short")
    void quietDigestByDmNamesItsServer() {
        // GIVEN a server with a long name full of Markdown, and nothing logged all week
        bot.messenger().namesServer(TestBot.GUILD, "**Eastside** " + "x".repeat(200));
        Member cora = scheduled();

        // WHEN the first digest goes out
        bot.advance(Duration.ofDays(6).plusHours(18));

        // THEN its title names the server, escaped and cut, then the week
        String title = digestsTo(cora).get(0).reply().cards().get(0).title();
        assertThat(title).startsWith("Weekly digest · \\*\\*Eastside\\*\\* xxx").endsWith("… · 2 Mar – 9 Mar");
        assertThat(title.length()).isLessThan(120);
    }

    /** The numbers' title in the first week anything was recorded: there is no week before to compare with. */
    private static final String FIRST_WEEK = "The week in numbers · your first week, so nothing to compare with yet";

    @Test
    @DisplayName("the first digest of a coalition new to the bot compares with no week before it (\"+6 on the week "
            + "before\" said nothing); a later week after a quiet one still compares")
    void firstWeekComparesWithNothing() {
        // GIVEN the bot is new here: cora schedules the digest, and the first partners, contact and walk come this week
        Member cora = scheduled();
        seedWeekOne();

        // WHEN the first digest goes out (Monday 9 March 09:00)
        bot.advance(Duration.ofDays(6).plusHours(18));

        // THEN it says it is the first week and gives each number without a change from a week before it existed
        String first = digestsTo(cora).get(0).reply().plainText();
        assertThat(first).contains(FIRST_WEEK + ": **Active members:** 2\n**Walks started:** 1\n"
                        + "**Walks finished:** 0\n**Partners added:** 2\n**Stage moves:** 0\n**Touchpoints logged:** 1")
                .doesNotContain("on the week before", "same as the week before");
        // AND her preview of the same week says so too
        assertThat(cora.runs("digest preview").plainText()).contains(FIRST_WEEK + ": **Active members:** 2\n");

        // WHEN a quiet week passes (16 March), then ana adds a partner in the week to 23 March
        bot.advance(Duration.ofDays(7));
        bot.member("ana").runs("partner add", "name", "Westside Library", "sector", "food");
        bot.advance(Duration.ofDays(7));

        // THEN that week is compared with the quiet one: the coalition was there, it just did nothing
        String third = digestsTo(cora).get(2).reply().plainText();
        assertThat(third).contains("The week in numbers: **Active members:** 1 (+1 on the week before)",
                "**Partners added:** 1 (+1 on the week before)").doesNotContain("first week");
    }

    @Test
    @DisplayName("a touchpoint logged on Tuesday for the Friday before, after that week's digest went out, counts in "
            + "the digest of the week it was logged in, which is no quiet week; the week after compares with what that "
            + "digest said, and the chart agrees")
    void touchpointLoggedLateCountsInTheWeekItWasLogged() {
        // GIVEN the food bank was added this week, and the first digest (Monday 9 March 09:00) went out with no contact
        Member cora = scheduled();
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.advance(Duration.ofDays(6).plusHours(18));
        assertThat(digestsTo(cora).get(0).reply().plainText()).contains("**Touchpoints logged:** 0");

        // WHEN on Tuesday ana logs the meeting she had on Friday 6 March, in the week that digest covered
        bot.advance(Duration.ofDays(1));
        assertThat(ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Met Maria at the pantry",
                "when", "2026-03-06").text()).contains("on Mar 6, 2026");
        bot.advance(Duration.ofDays(6));
        bot.advance(Duration.ofDays(7));

        // THEN the digest of 9 – 16 March reports it, with ana among the active members, and is no quiet week
        String week = digestsTo(cora).get(1).reply().plainText();
        assertThat(week).contains("**Active members:** 1 (same as the week before)",
                "**Touchpoints logged:** 1 (+1 on the week before)")
                .doesNotContain("A quiet week", "nothing new was logged");
        // AND the week after compares with the 1 that digest showed
        assertThat(digestsTo(cora).get(2).reply().plainText()).contains("**Touchpoints logged:** 0 (−1 on the week "
                + "before)");
        // AND the chart draws each week as its digest counted it: none in the first, one in the second
        assertThat(touchChart("2026-03-23T09:00:00Z").getValue()).satisfies(bars -> {
            assertThat(bars.labels()).containsExactly("9 Mar", "16 Mar", "23 Mar");
            assertThat(bars.values()).isEqualTo(List.of(0, 1, 0));
        });
    }

    @Test
    @DisplayName("a partner deleted after its week's digest went out takes nothing from that week: the next digest "
            + "compares with what that digest said, and its chart draws that week's bar as that digest counted it")
    void deletedPartnerLeavesTheWeekItsDigestShowed() {
        // GIVEN the first digest (Monday 9 March 09:00) said two partners were added and one touchpoint logged, with
        // the youth club
        Member cora = scheduled();
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Alpha Pantry", "sector", "food");
        ana.runs("partner add", "name", "Beta Club", "sector", "youth");
        ana.runs("partner log", "partner", "Beta Club", "what", "Phoned them", "kind", "call");
        bot.advance(Duration.ofDays(6).plusHours(18));
        assertThat(digestsTo(cora).get(0).reply().plainText()).contains("**Partners added:** 2",
                "**Touchpoints logged:** 1");

        // WHEN ana deletes the youth club (its touchpoint goes with it), and the next week's digest goes out
        ana.runs("partner delete", "partner", "Beta Club");
        assertThat(ana.presses("Delete for good").text()).contains("Deleted “Beta Club”");
        bot.advance(Duration.ofDays(7));

        // THEN the digest of 9 – 16 March compares with the 2 and the 1 the first one showed
        assertThat(digestsTo(cora).get(1).reply().plainText()).contains(
                "**Partners added:** 0 (−2 on the week before)", "**Touchpoints logged:** 0 (−1 on the week before)");
        // AND its chart draws the week to 9 March with the touchpoint that digest counted
        assertThat(touchChart("2026-03-16T09:00:00Z").getValue()).satisfies(bars -> {
            assertThat(bars.labels()).containsExactly("9 Mar", "16 Mar");
            assertThat(bars.values()).isEqualTo(List.of(1, 0));
        });
    }

    @Test
    @DisplayName("a member who deleted her data after her week's digest went out: the next digest's active members "
            + "compare with the number that digest showed, as the other numbers do, and nothing stored names her")
    void forgottenMemberLeavesTheCountItsDigestShowed() {
        // GIVEN the first digest (Monday 9 March 09:00) counted ana and bea, who each added a partner, as active
        Member cora = scheduled();
        Member bea = bot.member("bea");
        bot.member("ana").runs("partner add", "name", "Food Bank", "sector", "food");
        bea.runs("partner add", "name", "Clinic", "sector", "health-care");
        bot.advance(Duration.ofDays(6).plusHours(18));
        assertThat(digestsTo(cora).get(0).reply().plainText()).contains("**Active members:** 2",
                "**Partners added:** 2");

        // WHEN bea deletes her data, and the next week's digest goes out
        bea.runs("privacy forget");
        bea.presses("Delete my data");
        bot.advance(Duration.ofDays(7));

        // THEN the digest of 9 – 16 March compares active members with the 2 the first one showed, as it does the
        // partners added
        String next = digestsTo(cora).get(1).reply().plainText();
        assertThat(next).contains("**Active members:** 0 (−2 on the week before)",
                "**Partners added:** 0 (−2 on the week before)");
        // AND the digest's stored weeks keep counts only: no row of the digest's names her
        assertThat(digestRowsNaming(bea)).isEmpty();
    }

    /** The columns of the digest's tables, holding ids, in which a row names {@code m}. */
    private List<String> digestRowsNaming(Member m) {
        org.partnercoach.storage.Database db = bot.storedRows();
        List<String[]> columns = db.read(c -> org.partnercoach.storage.Database.list(c,
                "SELECT table_name, column_name FROM information_schema.columns WHERE LOWER(table_name) LIKE"
                        + " 'digest%' AND UPPER(data_type) = 'BIGINT'",
                rs -> new String[] {rs.getString(1), rs.getString(2)}));
        assertThat(columns).as("the digest's columns of ids").isNotEmpty();
        return columns.stream().filter(col -> db.read(c -> org.partnercoach.storage.Database.one(c,
                        "SELECT COUNT(*) FROM " + col[0] + " WHERE " + col[1] + " = ?", rs -> rs.getInt(1), m.id())
                .orElse(0)) > 0).map(col -> col[0] + "." + col[1]).toList();
    }

    @Test
    @DisplayName("a member who left the server: an older digest's Send nudge says so and records no nudge; the next "
            + "digest, its CSV and the preview leave her out, with no button; back in the server, she can be nudged")
    void memberWhoLeftTheServerIsNotNudged() {
        // GIVEN the digest of 16 March offers cora a nudge to bea, whose walk stalled
        Member cora = scheduled();
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        bot.advance(Duration.ofDays(7));                 // Monday 16 March 09:00: bea's walk has stalled
        Reply older = digestsTo(cora).get(1).reply();
        assertThat(older.plainText()).contains("1. <@" + bea.id() + ">: ");

        // WHEN bea leaves the server, and cora presses Send nudge 1 on that digest in her DMs
        bot.messenger().leaves(TestBot.GUILD, bea.id());
        cora.reads(older);
        String said = cora.presses("Send nudge 1").text();

        // THEN she is told bea left and nothing was sent, and no DM goes to bea
        assertThat(said).isEqualTo("<@" + bea.id() + "> has left the server, so no nudge can reach them. Nothing was "
                + "sent. If they come back, the next digest lists them again.");
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bea.id())).isEmpty();

        // AND the digest of 23 March (ana added a partner that week) leaves her out, card and CSV, with no button
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.advance(Duration.ofDays(7));
        Reply next = digestsTo(cora).get(2).reply();
        assertThat(next.plainText()).doesNotContain("<@" + bea.id() + ">")
                .contains("No one in the server has a walk that stood still for 7 days or more.");
        assertThat(next.buttons()).isEmpty();
        assertThat(CsvText.of(next.files().get(1))).doesNotContain("stalled,");
        // AND so does her preview
        Reply preview = cora.runs("digest preview");
        assertThat(preview.plainText()).doesNotContain("<@" + bea.id() + ">");
        assertThat(preview.buttons()).isEmpty();

        // WHEN bea comes back THEN the preview offers her nudge again, and it goes: the press while she was away
        // recorded none that would hold it back a week
        bot.messenger().comesBack(TestBot.GUILD, bea.id());
        assertThat(cora.runs("digest preview").plainText()).contains("1. <@" + bea.id() + ">: ");
        assertThat(cora.presses("Send nudge 1").text()).startsWith("Nudge on its way to <@" + bea.id() + ">");
    }

    @Test
    @DisplayName("a coordinator whose own walk stalled while others' did too gets one line for hers under the list "
            + "of whom to nudge, with the command that picks it up; the other coordinators' copies list her instead")
    void coordinatorsOwnStalledWalkBesideOthers() {
        // GIVEN cora and dan subscribed; bea starts the 5 tips and answers once, cora starts it and leaves it
        Member cora = scheduled();
        Member dan = bot.coordinator("dan");
        dan.runs("digest subscribe");
        seedWeekOne();
        cora.runs("coach start");

        // WHEN both walks stand still for two weeks
        bot.advance(Duration.ofDays(13).plusHours(18));  // Monday 16 March 09:00

        // THEN cora's copy lists bea to nudge, one button, and one line for her own walk below the list
        String yours = "Yours has stood still too: “5 tips for reaching out to new partners”, step 1 of 5, untouched "
                + "14 days. `/coach start` picks up right where you left off.";
        Reply mine = digestsTo(cora).get(1).reply();
        assertThat(mine.plainText()).contains("Members who stalled (1): 1. <@" + bot.member("bea").id() + ">:",
                "\n" + yours).doesNotContain("<@" + cora.id() + ">: 5 tips", "No one else's");
        assertThat(mine.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 1");
        // AND her preview says the same
        assertThat(cora.runs("digest preview").plainText()).contains("\n" + yours);
        // AND dan's copy lists her to nudge, with no line of "yours"
        Reply his = digestsTo(dan).get(1).reply();
        assertThat(his.plainText()).contains("Members who stalled (2)", "<@" + cora.id() + ">: 5 tips")
                .doesNotContain("Yours has");
    }

    @Test
    @DisplayName("a coordinator whose own walk stalled is not listed to nudge in her own digest, card or CSV; the "
            + "other coordinators, and the channel, still see her")
    void coordinatorIsNotAskedToNudgeHerself() {
        // GIVEN cora and dan subscribed, a coordinators' channel, and cora and bea each starting the 5 tips
        Member cora = scheduled();
        long channel = 777_000L;
        cora.runs("digest setup", "channel", "<#" + channel + ">");
        Member dan = bot.coordinator("dan");
        dan.runs("digest subscribe");
        seedWeekOne();
        cora.runs("coach start");
        cora.presses("Answer");
        cora.submits("answer", "Eastside Food Bank");

        // WHEN both walks stand still for two weeks
        bot.advance(Duration.ofDays(13).plusHours(18));  // Monday 16 March 09:00

        // THEN cora's digest lists only bea to nudge, with one button, and her CSV has no row of her own walk
        Reply mine = digestsTo(cora).get(1).reply();
        assertThat(mine.plainText()).contains("Members who stalled (1)", "1. <@" + bot.member("bea").id() + ">:")
                .doesNotContain("<@" + cora.id() + ">: 5 tips");
        assertThat(mine.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 1");
        assertThat(csvOf(mine)).contains("stalled,https://discord.com/users/" + bot.member("bea").id())
                .doesNotContain("stalled,https://discord.com/users/" + cora.id());
        // AND so does her preview
        assertThat(cora.runs("digest preview").plainText()).contains("Members who stalled (1)")
                .doesNotContain("<@" + cora.id() + ">: 5 tips");
        // AND dan's digest, and the channel's post, list both
        Reply his = digestsTo(dan).get(1).reply();
        assertThat(his.plainText()).contains("Members who stalled (2)", "<@" + cora.id() + ">: 5 tips");
        assertThat(his.buttons()).hasSize(2);
        assertThat(csvOf(his)).contains("stalled,https://discord.com/users/" + cora.id());
        assertThat(bot.messenger().postsIn(channel)).last().satisfies(post -> assertThat(post.reply().plainText())
                .contains("Members who stalled (2)"));
    }

    @Test
    @DisplayName("a coordinator whose own walk is the only one stalled is not told that no walk stood still, nor that "
            + "nothing is waiting on her: her copy says hers did, and the command that picks it up")
    void coordinatorsOwnStalledWalkIsNotHidden() {
        // GIVEN cora starts the 5 tips and leaves it; nobody else does anything
        Member cora = scheduled();
        cora.runs("coach start");

        // WHEN it stands still for two weeks
        bot.advance(Duration.ofDays(13).plusHours(18));  // Monday 16 March 09:00

        // THEN her digest, and her preview, say her own walk waits and how to pick it up, with no button to nudge
        String yours = "No one else's walk has stood still for 7 days or more. Yours has: “5 tips for reaching out "
                + "to new partners”, step 1 of 5, untouched 14 days. `/coach start` picks up right where you left off.";
        Reply mine = digestsTo(cora).get(1).reply();
        assertThat(mine.plainText()).contains("Members who stalled: " + yours)
                .doesNotContain("No walk has stood still", "nothing is waiting on you");
        assertThat(mine.buttons()).isEmpty();
        assertThat(cora.runs("digest preview").plainText()).contains(yours).doesNotContain("nothing is waiting on you");
    }

    @Test
    @DisplayName("a partner brought back going cold says since when it is back, as its reminders count from then: "
            + "card and CSV")
    void restoredPartnerGoingColdSaysWhenItCameBack() {
        // GIVEN ana adds the food bank and Grace Church on Monday 2 March, moves on from the food bank and brings it
        // back on Thursday 5 March; nobody contacts either
        Member cora = scheduled();
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Not now");
        bot.advance(Duration.ofDays(3));
        ana.runs("partner restore", "partner", "Eastside Food Bank");

        // WHEN the digest of Monday 16 March comes
        bot.advance(Duration.ofDays(10).plusHours(18));
        Reply digest = digestsTo(cora).get(1).reply();

        // THEN the food bank's line says it is back on the list 11 days (its check-ins count from then); Grace
        // Church's line, never moved on, says nothing of it
        assertThat(digest.plainText()).contains("**Eastside Food Bank** (<@" + ana.id() + ">): 14 days since added, "
                + "back on the list 11 days;", "**Grace Church** (<@" + ana.id() + ">): 14 days since added;");
        // AND the CSV's row says when it came back
        assertThat(csvOf(digest)).contains("going cold,https://discord.com/users/" + ana.id() + ",Eastside Food Bank,"
                + "Researching (never contacted; back on the list 2026-03-05 15:00),14,",
                "Grace Church,Researching (never contacted),14,");
    }

    @Test
    @DisplayName("Send nudge on an older digest, after the member finished the walk it showed and stalled on "
            + "another, says the shown walk is finished and sends nothing; a button without the walk still nudges")
    void olderDigestNudgesAboutTheWalkItShowed() {
        // GIVEN cora's digest of 16 March shows bea stalled on the 5 tips, with a Send nudge button
        Member cora = scheduled();
        Reply older = digestOfSixteenthMarch(cora);
        assertThat(older.plainText()).contains("Members who stalled (1)", "5 tips");
        assertThat(older.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 1");

        // AND bea then finishes the 5 tips, starts Ask Yourself and leaves it for a week, so she stalls on that
        Member bea = bot.member("bea");
        bea.runs("coach start");
        while (bea.findButton("Skip").isPresent()) {
            bea.presses("Skip");
        }
        bea.runs("reflect");
        bot.advance(Duration.ofDays(8));

        // WHEN cora presses Send nudge on the older digest
        cora.reads(older);
        Reply pressed = cora.presses("Send nudge 1");

        // THEN she is told the walk it showed is finished, and nothing is stored, queued or sent to bea
        assertThat(pressed.text()).isEqualTo("<@" + bea.id() + "> has finished their “5 tips for reaching out to "
                + "new partners” since that digest, so no nudge is needed. Nothing was sent.");
        assertThat(countNudges()).isZero();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bea.id())).extracting(s -> s.reply().plainText())
                .noneMatch(t -> t.contains("A nudge from your coordinator"));

        // AND a button from a digest sent before buttons named their walk (member only) nudges about her walk now
        Reply old = cora.pressesId(org.partnercoach.chat.CustomId.of("digest", "nudge", TestBot.GUILD, bea.id()));
        assertThat(old.text()).contains("Nudge on its way", "“Ask Yourself”");
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bea.id())).extracting(s -> s.reply().plainText())
                .filteredOn(t -> t.contains("A nudge from your coordinator")).singleElement().asString()
                .contains("Ask Yourself", "— cora");
    }

    @Test
    @DisplayName("Send nudge on an older digest, with the walk it showed still stalled and the member stalled on a "
            + "newer plan as well, nudges about the walk the digest showed")
    void olderDigestStillStalledNudgesAboutThatWalk() {
        // GIVEN cora's digest of 16 March shows bea stalled on the 5 tips
        Member cora = scheduled();
        Reply older = digestOfSixteenthMarch(cora);

        // AND bea then starts a plan for Grace Church and leaves both for a week
        Member bea = bot.member("bea");
        bea.runs("partner coach", "partner", "Grace Church");
        bot.advance(Duration.ofDays(8));

        // WHEN cora presses Send nudge on the older digest
        cora.reads(older);
        Reply pressed = cora.presses("Send nudge 1");

        // THEN bea is nudged about the 5 tips the digest showed, not the plan
        assertThat(pressed.text()).contains("Nudge on its way", "“5 tips for reaching out to new partners”")
                .doesNotContain("Grace Church");
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bea.id())).extracting(s -> s.reply().plainText())
                .filteredOn(t -> t.contains("A nudge from your coordinator")).singleElement().asString()
                .contains("5 tips", "— cora").doesNotContain("Grace Church");
    }

    @Test
    @DisplayName("Send nudge on an older digest, after the member picked the walk it showed up again, says so and "
            + "sends nothing; once that walk stands still a week again, the same button nudges about it")
    void olderDigestAfterTheWalkWasPickedUp() {
        // GIVEN cora's digest of 16 March shows bea stalled on the 5 tips
        Member cora = scheduled();
        Reply older = digestOfSixteenthMarch(cora);

        // WHEN bea answers one more question of it, and cora presses Send nudge on that digest
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.presses("Skip");
        cora.reads(older);
        Reply pressed = cora.presses("Send nudge 1");

        // THEN she is told bea picked it up again, and nothing is stored
        assertThat(pressed.text()).isEqualTo("<@" + bea.id() + "> has picked their “5 tips for reaching out to new "
                + "partners” up again since that digest, so no nudge is needed. Nothing was sent; if it stalls "
                + "again, the next digest shows it.");
        assertThat(countNudges()).isZero();

        // AND once it stands still for a week again, the same button nudges about it
        bot.advance(Duration.ofDays(8));
        cora.reads(older);
        assertThat(cora.presses("Send nudge 1").text()).contains("Nudge on its way", "5 tips");
        assertThat(countNudges()).isEqualTo(1);
    }

    @Test
    @DisplayName("a nudge held for the member's quiet hours does not go out once she picked the walk up meanwhile, "
            + "where it told her in the morning that the walk she had just worked on was waiting; one she did not "
            + "pick up goes out as it was")
    void nudgeHeldForQuietHoursIsDroppedOnceTheWalkIsPickedUp() {
        // GIVEN cora's digest of 16 March shows bea stalled on the 5 tips, and ana's plan for Grace Church stalled
        Member cora = scheduled();
        seedWeekOne();
        Member ana = bot.member("ana");
        ana.runs("partner coach", "partner", "Grace Church");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        bot.advance(Duration.ofDays(7));                 // Monday 16 March 09:00
        Reply digest = digestsTo(cora).get(1).reply();
        assertThat(digest.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 1", "Send nudge 2");
        Member bea = bot.member("bea");

        // AND at 22:00, in the members' quiet hours, cora nudges both: the nudges wait for the morning
        bot.advance(Duration.ofHours(13));
        cora.reads(digest);
        String first = cora.presses("Send nudge 1").text();
        cora.reads(digest);
        String second = cora.presses("Send nudge 2").text();
        assertThat(List.of(first, second)).allSatisfy(t -> assertThat(t).contains("Nudge on its way"))
                .anySatisfy(t -> assertThat(t).contains("5 tips").doesNotContain("Grace Church"))
                .anySatisfy(t -> assertThat(t).contains("Grace Church"));
        bot.advance(Duration.ofMinutes(1));
        assertThat(nudgesTo(bea)).isEmpty();

        // WHEN bea answers the next question of her 5 tips that night, on her own, and ana does nothing
        bot.advance(Duration.ofHours(1));
        bea.runs("coach start");
        bea.presses("Answer");
        bea.submits("answer", "I volunteer at the food pantry");

        // THEN in the morning bea gets no nudge telling her the walk waits, and ana gets hers
        bot.advance(Duration.ofHours(10));
        assertThat(nudgesTo(bea)).isEmpty();
        assertThat(nudgesTo(ana)).singleElement().asString().contains("Grace Church", "— cora");
    }

    private List<String> nudgesTo(Member m) {
        return bot.messenger().directTo(m.id()).stream().map(s -> s.reply().plainText())
                .filter(t -> t.contains("A nudge from your coordinator")).toList();
    }

    @Test
    @DisplayName("Send nudge on an older digest, after the partner of the plan it showed was deleted (and the plan "
            + "with it), says so and sends nothing")
    void olderDigestAfterTheWalkWasDeleted() {
        // GIVEN cora's digest of 16 March shows bea stalled on her plan for ana's partner
        Member cora = scheduled();
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Member bea = bot.member("bea");
        bea.runs("partner coach", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofDays(6).plusHours(18));
        bot.advance(Duration.ofDays(7));
        Reply older = digestsTo(cora).get(1).reply();
        assertThat(older.plainText()).contains("Members who stalled (1)", "Eastside Food Bank");

        // WHEN ana deletes the partner for good (bea's plan goes with it), and cora presses Send nudge
        ana.runs("partner delete", "partner", "Eastside Food Bank");
        ana.presses("Delete for good");
        cora.reads(older);

        // THEN she is told the walk is gone, and nothing is stored
        assertThat(cora.presses("Send nudge 1").text()).isEqualTo("The walk that digest showed for <@" + bea.id()
                + "> is no longer there (it was deleted), so there is nothing to nudge them about. Nothing was sent.");
        assertThat(countNudges()).isZero();
    }

    private int countNudges() {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM digest_nudges WHERE guild_id = ?", rs -> rs.getInt(1), TestBot.GUILD))
                .orElse(-1);
    }

    @Test
    @DisplayName("a Sunday digest: Send nudge pressed on Sunday evening and again on Monday morning (a new calendar "
            + "week, the same digest week) sends one nudge, and the second press is told the next may go with the "
            + "next digest")
    void oneNudgeInSevenDaysAcrossTheWeekBoundary() {
        // GIVEN cora gets the digest on Sundays at 18:00 (UTC), and bea's 5 tips stood still since Monday 2 March
        Member cora = cora();
        cora.runs("digest setup", "day", "sunday", "time", "18:00");
        cora.runs("digest subscribe");
        seedWeekOne();
        Member bea = bot.member("bea");
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-15T18:00:00Z")));
        Reply digest = digestsTo(cora).get(digestsTo(cora).size() - 1).reply();
        assertThat(digest.plainText()).contains("Members who stalled (1)");

        // WHEN cora sends the nudge on Sunday evening
        cora.reads(digest);
        java.time.Instant nudged = bot.clock().instant();
        assertThat(cora.presses("Send nudge 1").text()).contains("Nudge on its way");
        bot.advance(Duration.ofMinutes(1));

        // AND presses it again on Monday morning, in the next calendar week
        bot.advance(Duration.ofHours(15));
        cora.reads(digest);
        Reply again = cora.presses("Send nudge 1");

        // THEN she is told bea had one lately, when the next may go, and bea gets only the first
        assertThat(again.text()).isEqualTo("<@" + bea.id() + "> already got a nudge from you <t:"
                + nudged.getEpochSecond() + ":R>; one a week is plenty, so the next can go from <t:"
                + nudged.plus(Duration.ofDays(7)).getEpochSecond() + ":f>. Nothing was sent.");
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(bea.id())).extracting(m -> m.reply().plainText())
                .filteredOn(t -> t.contains("A nudge from your coordinator")).hasSize(1);
        assertThat(countNudges()).isEqualTo(1);
    }

    @Test
    @DisplayName("each week's digest offers a nudge to a member nudged from the one before, saying when and by whom; "
            + "a button pressed again within the week sends nothing; a nudge pressed just before a digest goes out "
            + "holds that digest's button for 3 days, and it says when the next may go")
    void digestAfterANudgeSaysSoAndOffersNoButton() {
        // GIVEN Monday digests; bea starts the 5 tips on Monday 2 March at 15:00, dan a minute later; both leave it
        Member cora = scheduled();
        seedWeekOne();
        Member bea = bot.member("bea");
        bot.advance(Duration.ofMinutes(1));
        Member dan = bot.member("dan");
        dan.runs("coach start");
        bot.advance(Duration.ofDays(13).plusHours(17).plusMinutes(59));   // Monday 16 March 09:00
        Reply sixteenth = digestsTo(cora).get(1).reply();
        assertThat(sixteenth.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 1", "Send nudge 2");

        // AND at 10:00 cora nudges bea from it
        bot.advance(Duration.ofHours(1));
        java.time.Instant nudged = bot.clock().instant();
        cora.reads(sixteenth);
        assertThat(cora.presses("Send nudge 1").text()).contains("Nudge on its way to <@" + bea.id() + ">");

        // WHEN she presses it again on Friday THEN she is told when the next may go: as next Monday's digest goes out
        bot.advance(Duration.ofDays(4));
        java.time.Instant nextDigest = java.time.Instant.parse("2026-03-23T09:00:00Z");
        cora.reads(sixteenth);
        assertThat(cora.presses("Send nudge 1").text()).isEqualTo("<@" + bea.id() + "> already got a nudge from you "
                + "<t:" + nudged.getEpochSecond() + ":R>; one a week is plenty, so the next can go from <t:"
                + nextDigest.getEpochSecond() + ":f>. Nothing was sent.");
        assertThat(countNudges()).isEqualTo(1);

        // WHEN the next digest comes, on Monday 23 March at 09:00, an hour short of 7 days after her nudge
        bot.advance(Duration.between(bot.clock().instant(), nextDigest));
        Reply next = digestsTo(cora).get(2).reply();

        // THEN bea's line says when she was nudged and by whom, with the line to send, and her button is there
        assertThat(stalledField(next)).startsWith("1. <@" + bea.id() + ">: 5 tips for reaching out to new "
                + "partners, step 1 of 5, untouched 21 days, nudged <t:" + nudged.getEpochSecond() + ":R> by <@"
                + cora.id() + ">\n> Hi! Your “5 tips for reaching out to new partners” is waiting at step 1 of 5");
        assertThat(csvOf(next)).contains(",21,nudged 2026-03-16 10:00 by https://discord.com/users/" + cora.id()
                + ",");
        assertThat(next.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 1", "Send nudge 2");

        // WHEN cora presses it only on Monday 30 March at 08:30, half an hour before that day's digest
        bot.advance(Duration.ofDays(6).plusHours(23).plusMinutes(30));
        java.time.Instant late = bot.clock().instant();
        cora.reads(next);
        assertThat(cora.presses("Send nudge 1").text()).contains("Nudge on its way to <@" + bea.id() + ">");
        assertThat(countNudges()).isEqualTo(2);
        bot.advance(Duration.ofMinutes(30));
        Reply thirtieth = digestsTo(cora).get(3).reply();

        // THEN that digest says when she was nudged, and that the next may go 3 days after it, where the line was;
        // dan's keeps his line and his button, numbered as his line
        String again = "<t:" + late.plus(Duration.ofDays(3)).getEpochSecond() + ":f>";
        String beaLine = "1. <@" + bea.id() + ">: 5 tips for reaching out to new partners, step 1 of 5, untouched 28 "
                + "days, nudged <t:" + late.getEpochSecond() + ":R> by <@" + cora.id() + ">\n> One nudge a week is "
                + "plenty: the next can go from " + again + ", and a digest or `/digest preview` from then offers it.";
        String danLine = "2. <@" + dan.id() + ">: 5 tips for reaching out to new partners, step 1 of 5, untouched 28 "
                + "days\n> Hi! Your “5 tips for reaching out to new partners” is waiting at step 1 of 5";
        assertThat(stalledField(thirtieth)).startsWith(beaLine + "\n" + danLine);
        assertThat(thirtieth.buttons()).extracting(b -> b.label()).containsExactly("Send nudge 2");
        assertThat(thirtieth.buttons().get(0).id().longArg(1)).isEqualTo(dan.id());
        assertThat(csvOf(thirtieth)).contains(",28,nudged 2026-03-30 08:30 by https://discord.com/users/" + cora.id()
                + "; next nudge from 2026-04-02 08:30,");
        bot.advance(Duration.ofMinutes(1));
        assertThat(nudgesTo(bea)).hasSize(2);
    }

    @Test
    @DisplayName("a stalled member nudged by a coordinator whose data was forgotten reads as nudged, by nobody named")
    void nudgeByAForgottenCoordinator() {
        // GIVEN bea's walk stood still two weeks, and dan nudged her on Monday 16 March, then was forgotten
        Member cora = scheduled();
        Member dan = bot.coordinator("dan");
        dan.runs("digest subscribe");
        Reply digest = digestOfSixteenthMarch(cora);
        Member bea = bot.member("bea");
        dan.reads(digestsTo(dan).get(1).reply());
        assertThat(dan.presses("Send nudge 1").text()).contains("Nudge on its way");
        java.time.Instant nudged = bot.clock().instant();
        bot.storedRows().write(c -> org.partnercoach.storage.Database.update(c,
                "UPDATE digest_nudges SET coordinator_id = 0 WHERE guild_id = ?", TestBot.GUILD));

        // WHEN cora previews the digest THEN bea's line says she was nudged, by nobody named, and has no button
        Reply preview = cora.runs("digest preview");
        assertThat(stalledField(preview)).startsWith("1. <@" + bea.id() + ">: 5 tips for reaching out to new "
                + "partners, step 1 of 5, untouched 14 days, nudged <t:" + nudged.getEpochSecond() + ":R>\n> One "
                + "nudge a week is plenty");
        assertThat(preview.buttons()).isEmpty();
        // AND the button says the same, naming nobody
        cora.reads(digest);
        assertThat(cora.presses("Send nudge 1").text()).startsWith("<@" + bea.id() + "> already got a nudge <t:"
                + nudged.getEpochSecond() + ":R>; one a week");
    }

    /** The "Members who stalled" field of a digest's card. */
    private static String stalledField(Reply digest) {
        return digest.cards().get(0).fields().stream().filter(f -> f.name().startsWith("Members who stalled"))
                .map(Card.Field::value).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the Send nudge button from a member is refused, saying whom to ask, and queues nothing")
    void nudgeFromMemberRefused() {
        Member cora = scheduled();
        Reply digest = digestOfSixteenthMarch(cora);
        Member dan = bot.member("dan");
        dan.reads(digest);
        assertThat(dan.presses("Send nudge 1").text()).isEqualTo("Only coordinators (Manage Server, or the "
                + "coordinator role) can send nudges from the digest. Nothing was sent. If you think you should be "
                + "one, ask whoever set the bot up.");
        Member inServer = bot.member("eve");
        assertThat(inServer.pressesId(digest.buttons().get(0).id()).text()).contains("Only coordinators");
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(bot.member("bea").id())).isEmpty();
        int nudges = bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM digest_nudges WHERE guild_id = ?", rs -> rs.getInt(1), TestBot.GUILD))
                .orElse(-1);
        assertThat(nudges).isZero();
    }

    @Test
    @DisplayName("members can't run the digest commands: a clear refusal and nothing changes")
    void membersRefused() {
        Member ana = bot.member("ana");
        assertThat(ana.runs("digest setup", "day", "monday", "time", "09:00").text())
                .contains("Only coordinators", "Nothing was changed");
        assertThat(ana.runs("digest subscribe").text()).contains("Only coordinators", "Nothing was changed");
        // a command that only looks says nothing of changes
        assertThat(ana.runs("digest status").text()).contains("Only coordinators").doesNotContain("changed");
        assertThat(ana.runs("digest preview").text()).contains("Only coordinators").doesNotContain("changed");
        assertThat(ana.runs("export partners").text()).contains("Only coordinators").doesNotContain("changed");
        assertThat(cora().runs("digest status").plainText()).contains("Not scheduled yet", "Nobody yet");
    }

    @Test
    @DisplayName("an empty server gets a short friendly digest with one next step, and a chart")
    void emptyServer() {
        // GIVEN the server's time zone is set (a new server's first coordinator command would also offer it)
        cora().runs("coach setup", "timezone", "UTC");
        Reply preview = cora().runs("digest preview");
        assertThat(preview.cards()).hasSize(1);
        assertThat(preview.cards().get(0).description()).contains("A quiet week", "One next step",
                "/partner add");
        assertThat(preview.files()).hasSize(2);
    }

    @Test
    @DisplayName("a coalition where nobody has started a walk is not told that every walk moved this week")
    void noWalksIsNotEveryWalkMoved() {
        // GIVEN partners going cold, and no member has started the 5 tips or Ask Yourself
        cora().runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church 🙏", "sector", "faith");
        bot.advance(java.time.Duration.ofDays(20));

        // WHEN the coordinator previews the digest
        String preview = cora().runs("digest preview").plainText();

        // THEN the stalled-members line says what is true: no walk stood still, not that every walk moved
        assertThat(preview).contains("Going cold", "Members who stalled", "No walk has stood still for 7 days or more")
                .doesNotContain("Every walk moved");
    }

    @Test
    @DisplayName("the chart is a PNG of 1000 x 500 pixels")
    void chartIsPng() throws Exception {
        seedWeekOne();
        byte[] png = cora().runs("digest preview").files().get(0).bytes();
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
    }

    @Test
    @DisplayName("a digest set for 22:00 is posted in the coordinators' channel then; quiet hours hold only the DMs")
    void eveningDigestInChannelAndDmNextMorning() {
        // GIVEN the server's quiet hours (21:00-08:00 UTC) and a digest on Mondays at 22:00, by DM and in a channel
        Member cora = cora();
        long channel = 777_000L;
        assertThat(cora.runs("digest setup", "day", "monday", "time", "22:00", "channel", "<#" + channel + ">")
                .text()).contains("Monday at 22:00 (UTC)");
        cora.runs("digest subscribe");

        // WHEN Monday 22:00 comes (the clock starts Monday 2 March 15:00)
        bot.advance(Duration.ofHours(7).plusSeconds(30));

        // THEN the channel has it at once, and cora's DM waits for her morning
        assertThat(bot.messenger().postsIn(channel)).singleElement()
                .satisfies(post -> assertThat(post.reply().cards().get(0).title()).startsWith("Weekly digest"));
        assertThat(digestsTo(cora)).isEmpty();
        bot.advance(Duration.ofHours(9).plusMinutes(59));
        assertThat(digestsTo(cora)).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(digestsTo(cora)).hasSize(1);
        assertThat(bot.messenger().postsIn(channel)).hasSize(1);
    }

    @Test
    @DisplayName("a week across the spring daylight-saving change still ends at 09:00 local time")
    void daylightSaving() {
        Member cora = cora();
        cora.runs("coach setup", "timezone", "Europe/Berlin");
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        // Berlin moves to summer time on Sunday 29 March 2026; digests every Monday at 09:00 local, the bot running
        // all along (each Monday's goes out on its Monday: 9, 16, 23 and 30 March)
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-23T08:00:30Z")));
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-30T07:00:30Z")));
        assertThat(digestsTo(cora)).hasSize(4).last().satisfies(d -> assertThat(d.reply().cards().get(0).title())
                .isEqualTo("Weekly digest · 23 Mar – 30 Mar"));
        var weeks = bot.storedRows().read(c -> org.partnercoach.storage.Database.list(c,
                "SELECT period_start, period_end FROM digest_weeks WHERE guild_id = ? ORDER BY id",
                rs -> Duration.between(org.partnercoach.storage.Database.instant(rs, 1),
                        org.partnercoach.storage.Database.instant(rs, 2)),
                TestBot.GUILD));
        assertThat(weeks).containsExactly(Duration.ofHours(168), Duration.ofHours(168), Duration.ofHours(168),
                Duration.ofHours(167));
    }

    @Test
    @DisplayName("the chart names each week's bar by the day it ends, as its title says \"week ending\": the last bar "
            + "is the digest's own day and holds the touchpoints logged in its week")
    void chartBarsNamedByTheDayTheirWeekEnds() {
        // GIVEN a touchpoint logged on Monday 2 March, in the week to Monday 9 March 09:00 (UTC); and, seven weeks
        // later, one logged in the week to Monday 27 April for a meeting on 6 January, before the chart's 8 weeks
        seedWeekOne();
        bot.advance(Duration.ofDays(50));
        bot.member("ana").runs("partner log", "partner", "Grace Church", "what", "Met the pastor", "when",
                "2026-01-06");

        // WHEN the digest of the week to 27 April draws its chart
        var chart = touchChart("2026-04-27T09:00:00Z");

        // THEN the title and the last bar name the same day, and each of the 8 bars is named by the day its week ends
        // (the quiet weeks of a coalition that was there are drawn, as 0); the contact logged late is in the week it
        // was logged in
        assertThat(chart.getKey()).isEqualTo("Coalition digest · week ending Mon 27 Apr 2026");
        assertThat(chart.getValue().title()).isEqualTo("Touchpoints logged, by week ending");
        assertThat(chart.getValue().labels()).containsExactly("9 Mar", "16 Mar", "23 Mar", "30 Mar", "6 Apr", "13 Apr",
                "20 Apr", "27 Apr");
        assertThat(chart.getValue().values()).isEqualTo(List.of(1, 0, 0, 0, 0, 0, 0, 1));
    }

    /** The touchpoints chart of the digest of the week ending at {@code end} (UTC), with the picture's title. */
    private java.util.Map.Entry<String, DigestChart.Bars> touchChart(String end) {
        return bot.app().digest().touchChartOf(TestBot.GUILD, DigestSchedule.weekEndingAt(
                java.time.Instant.parse(end).atZone(java.time.ZoneOffset.UTC)));
    }

    @Test
    @DisplayName("a coalition's first digests chart only the weeks since it began, not zeros for weeks before the bot "
            + "was there (which read as a collapse and a rise); from its eighth week on, the last 8")
    void chartStartsWhereTheCoalitionBegan() {
        // GIVEN the bot is new here: the first partners, contact and walk come in the week to Monday 9 March
        seedWeekOne();

        // WHEN its first digest draws its chart THEN it has that one week
        assertThat(touchChart("2026-03-09T09:00:00Z").getValue()).satisfies(bars -> {
            assertThat(bars.labels()).containsExactly("9 Mar");
            assertThat(bars.values()).isEqualTo(List.of(1));
        });

        // WHEN two quiet weeks pass THEN the third digest charts three weeks, the quiet ones as 0
        assertThat(touchChart("2026-03-23T09:00:00Z").getValue()).satisfies(bars -> {
            assertThat(bars.labels()).containsExactly("9 Mar", "16 Mar", "23 Mar");
            assertThat(bars.values()).isEqualTo(List.of(1, 0, 0));
        });

        // WHEN ten weeks have passed THEN the chart keeps the last 8
        assertThat(touchChart("2026-05-11T09:00:00Z").getValue().labels()).containsExactly("23 Mar", "30 Mar",
                "6 Apr", "13 Apr", "20 Apr", "27 Apr", "4 May", "11 May");
    }

    @Test
    @DisplayName("a contact logged for a day before the coalition's first week counts in the week it was logged, "
            + "where the chart starts: no bars of 0 for weeks before anything was recorded")
    void chartStartsAtTheFirstContactLoggedForEarlier() {
        // GIVEN the first partners come this week, and ana logs a contact she had on Tuesday 17 February
        seedWeekOne();
        bot.member("ana").runs("partner log", "partner", "Grace Church", "what", "Met the pastor", "when",
                "2026-02-17");

        // WHEN the first digest draws its chart THEN it has its own week, with both contacts logged in it
        assertThat(touchChart("2026-03-09T09:00:00Z").getValue()).satisfies(bars -> {
            assertThat(bars.labels()).containsExactly("9 Mar");
            assertThat(bars.values()).isEqualTo(List.of(2));
        });
    }

    @Nested
    @DisplayName("sent in the hour the clocks change (Sundays 02:30, Berlin), every touchpoint counts in exactly one "
            + "week")
    class ClocksChange {

        /** cora's digest every Sunday at 02:30 Berlin time, from a day before {@code from}. */
        private Member sundayNight(String from) {
            bot.jump(Duration.between(bot.clock().instant(), java.time.Instant.parse(from)));
            Member cora = cora();
            cora.runs("coach setup", "timezone", "Europe/Berlin");
            assertThat(cora.runs("digest setup", "day", "sunday", "time", "02:30").text()).contains("Saved");
            cora.runs("digest subscribe");
            bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
            return cora;
        }

        private void logAt(String at) {
            bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse(at)));
            bot.member("ana").runs("partner log", "partner", "Eastside Food Bank", "what", "Call at " + at);
        }

        /** The touchpoints each digest cora got counted, and the stored weeks meeting end to start. */
        private List<Integer> touchpointsCounted(Member cora) {
            var weeks = bot.storedRows().read(c -> org.partnercoach.storage.Database.list(c,
                    "SELECT period_start, period_end FROM digest_weeks WHERE guild_id = ? ORDER BY id",
                    rs -> List.of(org.partnercoach.storage.Database.instant(rs, 1),
                            org.partnercoach.storage.Database.instant(rs, 2)), TestBot.GUILD));
            for (int i = 1; i < weeks.size(); i++) {
                assertThat(weeks.get(i).get(0)).as("week %d starts where the one before ended", i)
                        .isEqualTo(weeks.get(i - 1).get(1));
            }
            return digestsTo(cora).stream().map(d -> d.reply().plainText()).map(t -> {
                var m = java.util.regex.Pattern.compile("\\*\\*Touchpoints logged:\\*\\* (\\d+)").matcher(t);
                return m.find() ? Integer.parseInt(m.group(1)) : 0;
            }).toList();
        }

        @Test
        @DisplayName("spring forward: 02:30 on 29 March is skipped; the digest comes at 03:30, and a touchpoint an "
                + "hour after the digest of 22 March counts in the next")
        void springForward() {
            Member cora = sundayNight("2026-03-21T12:00:00Z");
            // the digest of Sunday 22 March at 02:30 (01:30 UTC); a touchpoint at 03:00 that night (02:00 UTC)
            logAt("2026-03-22T02:00:00Z");
            // the digest of 29 March at 03:30 summer time (01:30 UTC), then 5 April (each DM in the morning)
            bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-04-05T07:00:00Z")));

            assertThat(touchpointsCounted(cora)).containsExactly(0, 1, 0);
        }

        @Test
        @DisplayName("fall back: 02:30 on 25 October comes twice; the digest comes the first time, and a touchpoint "
                + "between the two counts in the next week, once")
        void fallBack() {
            Member cora = sundayNight("2026-10-24T12:00:00Z");
            // the digest of Sunday 25 October at the first 02:30 (00:30 UTC); a touchpoint at 02:45, before the
            // clocks go back (00:45 UTC)
            logAt("2026-10-25T00:45:00Z");
            bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-11-08T08:00:00Z")));

            assertThat(digestsTo(cora)).hasSize(3);
            assertThat(touchpointsCounted(cora)).containsExactly(0, 1, 0);
        }
    }

    @Test
    @DisplayName("the nudge line names the command that resumes each walk: /reflect, or /partner coach for that partner")
    void nudgeLineNamesTheWalksOwnCommand() {
        // GIVEN ana starts Ask Yourself and dan a plan for one partner; both leave them
        Member cora = scheduled();
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("reflect");
        Member dan = bot.member("dan");
        dan.runs("partner coach", "partner", "Eastside Food Bank");

        // WHEN the digest of Monday 16 March comes
        bot.advance(Duration.ofDays(6).plusHours(18));
        bot.advance(Duration.ofDays(7));
        Reply digest = digestsTo(cora).get(1).reply();

        // THEN each nudge line says how that walk resumes
        assertThat(digest.plainText()).contains("Members who stalled (2)", "`/reflect` picks up",
                "`/partner coach partner:\"Eastside Food Bank\"` picks up").doesNotContain("/coach start");

        // AND the nudge dan gets says the same
        cora.reads(digest);
        int danButton = digest.buttons().stream().map(b -> b.id().longArg(1)).toList().indexOf(dan.id()) + 1;
        assertThat(cora.presses("Send nudge " + danButton).text()).contains("Nudge on its way");
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(dan.id())).singleElement().satisfies(n -> assertThat(
                n.reply().plainText()).contains("for Eastside Food Bank",
                "`/partner coach partner:\"Eastside Food Bank\"` picks up"));
    }

    @Test
    @DisplayName("a partner's name in the nudge line shows as typed, and whole inside its command")
    void nudgeLineShowsTheNameAsTyped() {
        // GIVEN dan leaves a plan for a partner whose name has Markdown and backticks in it; cora nudges him
        String typed = "`Star` *Food* Bank";
        Nudged nudged = nudgedAbout(typed);

        // THEN the digest and his nudge name it as typed, and whole in the command
        String command = "`` /partner coach partner:\"" + typed + "\" `` picks up";
        assertThat(nudged.digest().plainText()).contains("for \\`Star\\` \\*Food\\* Bank", command);
        assertThat(nudged.nudge()).contains("for \\`Star\\` \\*Food\\* Bank", command);
    }

    @Test
    @DisplayName("a partner's name with quotes in it is written with \\\" inside the nudge's quoted command, so that "
            + "the command runs as given, as the outreach list's commands to copy write it")
    void nudgeLineEscapesQuotesInTheName() {
        // GIVEN dan leaves a plan for The "Y" Center; cora nudges him
        Nudged nudged = nudgedAbout("The \"Y\" Center");

        // THEN the command in his nudge (and in the digest) quotes the name whole
        String command = "/partner coach partner:\"The \\\"Y\\\" Center\"";
        assertThat(nudged.digest().plainText()).contains(command);
        assertThat(nudged.nudge()).contains(command);
    }

    @Test
    @DisplayName("the nudge line to copy is shown whole for a partner of an ordinary long name, as the nudge sends it, "
            + "not cut off in the middle of a word")
    void nudgeLineShownWholeForALongName() {
        // GIVEN dan leaves his plan for a partner with a long name (well within the 100 characters a name may have)
        String partner = "Eastside Community Food Bank and Pantry of Greater Springfield";
        Nudged nudged = nudgedAbout(partner);

        // THEN the card's line to copy is the whole line his nudge says
        String line = "Hi! Your “Plan for one partner” for " + partner + " is waiting at step 1 of 5 (Do your "
                + "research). Ten minutes this week would move it on: `/partner coach partner:\"" + partner
                + "\"` picks up right where you left off.";
        assertThat(nudged.nudge()).contains(line);
        assertThat(nudged.digest().cards().get(0).fields()).filteredOn(f -> f.name().startsWith("Members who stalled"))
                .singleElement().satisfies(f -> assertThat(f.value()).endsWith("> " + line));
    }

    /** The digest cora got, and the nudge dan got from it, as he reads it. */
    private record Nudged(Reply digest, String nudge) {
    }

    /**
     * Dan adds {@code partner} and leaves his plan for it; the digest of Monday 16 March comes to cora, who sends him a
     * nudge from it.
     */
    private Nudged nudgedAbout(String partner) {
        Member cora = scheduled();
        Member dan = bot.member("dan");
        dan.runs("partner add", "name", partner, "sector", "food");
        dan.runs("partner coach", "partner", partner);
        bot.advance(Duration.ofDays(6).plusHours(18));
        bot.advance(Duration.ofDays(7));
        Reply digest = digestsTo(cora).get(1).reply();
        cora.reads(digest);
        cora.presses("Send nudge 1");
        bot.advance(Duration.ofMinutes(1));
        String nudge = org.assertj.core.api.Assertions.assertThat(bot.messenger().directTo(dan.id()))
                .filteredOn(n -> n.reply().plainText().contains("A nudge")).singleElement().actual().reply()
                .plainText();
        return new Nudged(digest, nudge);
    }

    @Test
    @DisplayName("every Send nudge button matches a stalled member shown on the card")
    void nudgeButtonsMatchMembersShown() {
        // GIVEN three members leave their 5 tips walk
        Member cora = scheduled();
        List<Member> walkers = List.of(bot.member("ana"), bot.member("bea"), bot.member("dan"));
        walkers.forEach(m -> m.runs("coach start"));

        // WHEN the digest of Monday 16 March comes
        bot.advance(Duration.ofDays(6).plusHours(18));
        bot.advance(Duration.ofDays(7));
        Reply digest = digestsTo(cora).get(1).reply();
        String stalled = digest.cards().get(0).fields().stream().filter(f -> f.name().startsWith(
                "Members who stalled")).findFirst().orElseThrow().value();

        // THEN the card's list and the buttons name the same members, in the same order
        assertThat(digest.buttons()).isNotEmpty();
        for (int i = 0; i < digest.buttons().size(); i++) {
            assertThat(digest.buttons().get(i).label()).isEqualTo("Send nudge " + (i + 1));
            assertThat(stalled).contains((i + 1) + ". <@" + digest.buttons().get(i).id().longArg(1) + ">");
        }
        long shown = stalled.lines().filter(l -> l.matches("\\d+\\. <@\\d+>.*")).count();
        assertThat(digest.buttons()).hasSize((int) shown);
    }

    @Test
    @DisplayName("moved to a later weekday after this week's digest, the digest comes on that day, once")
    void movedToLaterWeekday() {
        // GIVEN Monday 9 March's digest went out
        Member cora = scheduled();
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        assertThat(digestsTo(cora)).hasSize(1);

        // WHEN cora moves it to Sundays at 10:00 (the same ISO week as 9 March runs to Sunday 15 March)
        bot.advance(Duration.ofHours(1));
        assertThat(cora.runs("digest setup", "day", "sunday", "time", "10:00").text()).contains("Sunday at 10:00");
        bot.advance(Duration.ofMinutes(5));
        assertThat(digestsTo(cora)).as("no digest right after the change").hasSize(1);

        // THEN Sunday 15 March 10:00 brings one, for the 7 days before it, and no second one after it
        bot.advance(Duration.ofDays(5).plusHours(23).plusMinutes(55));
        List<RecordingMessenger.Sent> digests = digestsTo(cora);
        assertThat(digests).hasSize(2);
        assertThat(digests.get(1).reply().plainText()).contains("Weekly digest · 8 Mar – 15 Mar")
                .doesNotContain("Sent late");
        bot.advance(Duration.ofHours(2));
        bot.advance(Duration.ofDays(1));
        assertThat(digestsTo(cora)).hasSize(2);

        // AND the next Sunday as usual
        bot.advance(Duration.ofDays(6).minusHours(2));   // Sunday 22 March 10:00
        assertThat(digestsTo(cora)).hasSize(3);
    }

    @Nested
    @DisplayName("on a file database")
    class OnFile {

        @TempDir
        Path dir;

        @Test
        @DisplayName("sent once per week across a restart, and once (late) after downtime")
        void onceAndCatchUp() {
            bot.close();
            bot = TestBot.onFile(dir);
            Member cora = scheduled();
            bot.advance(Duration.ofDays(6).plusHours(18));
            assertThat(digestsTo(cora)).hasSize(1);
            bot.restart();
            bot.advance(Duration.ofMinutes(5));
            bot.restart();
            bot.advance(Duration.ofHours(1));
            assertThat(digestsTo(cora)).hasSize(1);

            // down over Monday 16 March 09:00 and back on Wednesday: one late digest, not two
            bot.clock().advance(Duration.ofDays(9));
            bot.restart();
            bot.advance(Duration.ofSeconds(30));
            bot.advance(Duration.ofMinutes(30));
            List<RecordingMessenger.Sent> digests = digestsTo(cora);
            assertThat(digests).hasSize(2);
            assertThat(digests.get(1).reply().plainText()).contains("Sent late");
            assertThat(cora.runs("digest status").plainText()).contains("The digest of 9 Mar – 16 Mar (late), went out");
        }
    }

    @Test
    @DisplayName("going cold and the owner's reminders tell one story: after a cadence change the line says when "
            + "the owner was reminded and when the next reminder comes, and it comes then")
    void goingColdSaysWhereTheRemindersStand() {
        // GIVEN ana's partner is reminded on 16 March (14 days, the server's default), then its cadence becomes 30
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        bot.advance(Duration.ofDays(14));
        java.time.Instant reminded = bot.clock().instant();
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
        bot.advance(Duration.ofDays(1));
        ana.runs("partner cadence", "partner", "Hope Housing", "days", "30");

        // WHEN a coordinator reads the digest 33 days after it was added
        bot.advance(Duration.ofDays(18));
        Reply digest = cora().runs("digest preview");

        // THEN it is going cold, and the line says ana was reminded on 16 March and is next reminded on 15 April
        java.time.Instant next = reminded.plus(Duration.ofDays(30));
        String line = digest.plainText().lines().filter(l -> l.contains("**Hope Housing**")).findFirst()
                .orElseThrow();
        assertThat(line).contains("Going cold (1) · days since the last contact, or since added if never contacted", "33 days since added",
                "reminded <t:" + reminded.getEpochSecond() + ":R>, next <t:" + next.getEpochSecond() + ":R>");
        assertThat(CsvText.of(digest.files().get(1)))
                .startsWith("list,who,what,detail,days,reminders")
                .contains("Hope Housing,Researching (never contacted),33,reminded 2026-03-16; next reminder 2026-04-15");
        // AND ana's next reminder comes then, not before
        bot.advance(Duration.between(bot.clock().instant(), next).minusMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2);

        // AND once she pauses them, the digest says so
        for (int i = 0; i < 2; i++) {
            bot.advance(Duration.ofDays(30));
        }
        ana.reads(bot.messenger().directTo(ana.id()).get(3).reply());
        ana.presses("Pause reminders");
        assertThat(cora().runs("digest preview").plainText().lines().filter(l -> l.contains("**Hope Housing**"))
                .findFirst().orElseThrow()).contains("; reminders paused");
    }

    /** The going-cold line of a partner in a digest. */
    private static String coldLine(Reply digest, String partner) {
        return digest.plainText().lines().filter(l -> l.contains("**" + partner + "**")).findFirst().orElseThrow();
    }

    private static String csvOf(Reply digest) {
        return CsvText.of(digest.files().get(1));
    }

    @Test
    @DisplayName("the CSV is plain text for a spreadsheet: a stalled walk's command has no Discord backticks, and a "
            + "failed send names its channel in words, not as Discord's <#id>; the card keeps both for Discord")
    void csvCellsArePlainText() {
        // GIVEN bea started the 5 tips and left it for a week
        Member cora = cora();
        bot.member("bea").runs("coach start");
        bot.advance(Duration.ofDays(8));
        // AND a reminder to ana failed yesterday because the bot lacks a permission in channel 555 (as the Discord
        // adapter words that trouble)
        java.time.Instant at = bot.clock().instant().minus(Duration.ofDays(1));
        StoredSend.failed(TestBot.GUILD, "personal", bot.member("ana").id(), 3,
                "the bot lacks a permission it needs in <#555>", at).withPayload("x").withTrouble("MISSING_PERMISSIONS")
                .insert(bot.storedRows());

        // WHEN cora reads the digest
        Reply digest = cora.runs("digest preview");

        // THEN the card shows the command as code and the channel as a link
        assertThat(digest.plainText()).contains("`/coach start` picks up", "<#555>");
        // AND the CSV cells read as plain sentences
        String csv = csvOf(digest);
        assertThat(csv).contains("this week would move it on: /coach start picks up right where you left off.",
                "the bot lacks a permission it needs in channel 555").doesNotContain("`", "<#");
    }

    @Test
    @DisplayName("going cold at night: a partner due in its owner's quiet hours is not \"on its way\"; the line gives "
            + "the morning its reminder goes out, and it goes out then")
    void goingColdAtNightSaysTheMorning() {
        // GIVEN ana adds a partner at 22:00 on 2 March; it falls due at 22:00 on 16 March, in her quiet hours (21-08)
        Member ana = bot.member("ana");
        bot.advance(Duration.ofHours(7));
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");

        // WHEN a coordinator reads the digest at 23:00 that night
        bot.advance(Duration.ofDays(14).plusHours(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        Reply digest = cora().runs("digest preview");

        // THEN the line says the reminder goes out at 08:00 the next morning, after her quiet hours
        java.time.Instant morning = java.time.Instant.parse("2026-03-17T08:00:00Z");
        assertThat(coldLine(digest, "Hope Housing")).contains("14 days since added",
                "reminder goes out <t:" + morning.getEpochSecond() + ":f> (after quiet hours)")
                .doesNotContain("on its way");
        assertThat(csvOf(digest)).contains("Hope Housing,Researching (never contacted),14,reminder goes out 2026-03-17 08:00 (after "
                + "quiet hours)");
        // AND it goes out then, not before
        bot.advance(Duration.between(bot.clock().instant(), morning).minusMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("going cold after a reminder could not be delivered: the line gives the next try, a day later, and "
            + "why, not \"on its way\"")
    void goingColdAfterAnUndeliveredReminderSaysTheNextTry() {
        // GIVEN ana's partner falls due on 16 March at 15:00, and Discord is down for all four tries (to 15:36)
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        bot.messenger().failNext(4);
        bot.advance(Duration.ofDays(14));
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofMinutes(5));
        bot.advance(Duration.ofMinutes(30));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        java.time.Instant nextTry = bot.clock().instant().plus(Duration.ofDays(1));

        // WHEN a coordinator reads the digest an hour later
        bot.advance(Duration.ofHours(1));
        Reply digest = cora().runs("digest preview");

        // THEN the line says when the next try is, and why
        assertThat(coldLine(digest, "Hope Housing")).contains("reminder goes out <t:" + nextTry.getEpochSecond()
                + ":f> (the last reminder could not be delivered)").doesNotContain("on its way");
        assertThat(csvOf(digest)).contains("reminder goes out 2026-03-17 15:36 (the last reminder could not be "
                + "delivered)");
        // AND that is when it goes out
        bot.advance(Duration.between(bot.clock().instant(), nextTry).minusMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("going cold while its owner is away from the server: the line says she left and to hand it on with "
            + "/partner owner, not \"on its way\" nor a next try; the failed send is listed once, however many days "
            + "pass")
    void goingColdWhileItsOwnerIsAwaySaysSheLeft() {
        // GIVEN ana left the server, and her partner's check-in was given up because of it, three days ago
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());
        bot.advance(Duration.ofDays(14));
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofDays(3));

        // WHEN a coordinator reads the digest
        Reply digest = cora().runs("digest preview");

        // THEN the going-cold line says she left and what to do
        assertThat(coldLine(digest, "Hope Housing")).contains("<@" + ana.id() + ">", "no reminders: they left the "
                + "server (hand it on with `/partner owner`)").doesNotContain("on its way", "goes out",
                "could not be delivered");
        assertThat(csvOf(digest)).contains("Hope Housing,Researching (never contacted),17,none: owner left the server");
        // AND the failed check-in is listed once, saying the same
        assertThat(digest.plainText().split("A cultivate reminder to", -1)).hasSize(2);
        assertThat(digest.plainText()).contains("A cultivate reminder to <@" + ana.id() + ">: they have left the "
                + "server. Hand their partners to someone else with `/partner owner`");
    }

    @Test
    @DisplayName("going cold with nobody looking after it and no reminder channel: the line says nobody is reminded; "
            + "no check-in is listed among the sends that failed, nor in the CSV, however many days pass")
    void goingColdWithNobodyToRemindListsNoFailedSend() {
        // GIVEN ana's partner, which nobody looks after since she deleted her data, on a server with no reminder
        // channel, a month on
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "City Council", "sector", "government");
        ana.runs("privacy forget");
        ana.presses("Delete my data");
        bot.advance(Duration.ofDays(30));

        // WHEN a coordinator reads the digest
        Reply digest = cora().runs("digest preview");

        // THEN the going-cold line names the partner and says nobody is reminded
        assertThat(coldLine(digest, "City Council")).contains("(nobody looks after it)",
                "nobody is reminded (no reminder channel)");
        // AND no check-in was tried and given up for it, day after day
        assertThat(digest.plainText()).doesNotContain("A cultivate reminder", "Sends that failed");
        assertThat(csvOf(digest)).doesNotContain("failed send");
    }

    @Test
    @DisplayName("a partner with a one-day cadence, a day without contact: the going-cold line reads \"1 day\"")
    void goingColdForOneDay() {
        // GIVEN ana's partner may go 1 day without contact; it was reminded when that day ended
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        ana.runs("partner cadence", "partner", "Hope Housing", "days", "1");
        bot.advance(Duration.ofDays(1).plusHours(1));

        // WHEN a coordinator reads the digest
        String line = coldLine(cora().runs("digest preview"), "Hope Housing");

        // THEN the line counts one day, in words a person would write
        assertThat(line).contains("**Hope Housing** (<@" + ana.id() + ">): 1 day since added")
                .doesNotContain("1 days");
    }

    @Test
    @DisplayName("going cold and stalled walks count calendar days in the server's zone: touched on a Monday evening "
            + "in Chicago, read on the Tuesday morning a week later, is 8 days, not 7")
    void daysAreCalendarDaysInTheServersZone() {
        // GIVEN the server runs on Chicago time and partners may go 7 days without contact
        Member cora = cora();
        cora.runs("coach setup", "timezone", "America/Chicago", "cadence", "7");
        // AND on Monday 2 March at 21:00 in Chicago (03:00 on Tuesday in UTC) ana adds a partner and bea starts
        // the 5 tips, then neither does anything more
        bot.advance(Duration.ofHours(12));
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        bot.member("bea").runs("coach start");

        // WHEN a coordinator reads the digest on Tuesday 10 March at 09:00 in Chicago (7 days and 11 hours later)
        bot.advance(Duration.ofDays(7).plusHours(11));
        Reply digest = cora.runs("digest preview");

        // THEN both count the days from Monday to Tuesday a week later, as a calendar in Chicago does
        assertThat(coldLine(digest, "Hope Housing")).contains("**Hope Housing** (<@" + ana.id() + ">): 8 days "
                + "since added");
        assertThat(digest.plainText()).contains("Members who stalled (1)", "untouched 8 days");
        assertThat(csvOf(digest)).contains("going cold,https://discord.com/users/" + ana.id() + ",Hope Housing,Researching (never contacted),8,")
                .containsPattern("stalled,https://discord.com/users/\\d+,5 tips.*,8,,2026-03-03 09:00,2026-03-10 09:00,\\r?\\n");
    }

    /**
     * The week-one seed, then the digests of Monday 9 and Monday 16 March 09:00: the one of 16 March, which shows bea
     * stalled on the 5 tips.
     */
    private Reply digestOfSixteenthMarch(Member cora) {
        seedWeekOne();
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        bot.advance(Duration.ofDays(7));                 // Monday 16 March 09:00
        return digestsTo(cora).get(1).reply();
    }

    /** The "Asks coming up" field of a digest, or "" when it has none. */
    private static String asksComingUp(Reply digest) {
        return digest.cards().get(0).fields().stream().filter(f -> f.name().startsWith("Asks coming up"))
                .map(f -> f.name() + ": " + f.value()).findFirst().orElse("");
    }

    @Test
    @DisplayName("asks coming up: a reminder due as the digest goes out is not listed (it went out with it); one due "
            + "as the next digest goes out is, in this one only")
    void remindersComingUpAfterTheDigestGoesOut() {
        // GIVEN the digest on Mondays at 09:00, and ana's reminders for Monday 9 March 09:00 and 16 March 09:00
        Member cora = scheduled();
        Member ana = bot.member("ana");
        assertThat(ana.runs("remind", "when", "2026-03-09 09:00", "what", "Email the food bank", "timezone", "UTC")
                .text()).contains("Got it");
        // AND she is told, as she sets it, that coordinators see it in their digest
        assertThat(ana.runs("remind", "when", "2026-03-16 09:00", "what", "Call the library", "timezone", "UTC")
                .text()).contains("Got it", "Coordinators see the coming week's reminders in their weekly digest.");

        // WHEN Monday 9 March 09:00 comes
        bot.advance(Duration.ofDays(6).plusHours(18));

        // THEN ana has her first reminder, and the digest lists only her second as coming up
        assertThat(bot.messenger().directTo(ana.id())).anySatisfy(dm -> assertThat(dm.reply().plainText())
                .contains("Email the food bank"));
        String first = asksComingUp(digestsTo(cora).get(0).reply());
        assertThat(first).contains("Asks coming up (1)", "<@" + ana.id() + ">: Call the library")
                .doesNotContain("Email the food bank");

        // AND the next digest, sent as that reminder goes out, does not list it again
        bot.advance(Duration.ofDays(7));
        assertThat(bot.messenger().directTo(ana.id())).anySatisfy(dm -> assertThat(dm.reply().plainText())
                .contains("Call the library"));
        assertThat(digestsTo(cora)).hasSize(2);
        assertThat(asksComingUp(digestsTo(cora).get(1).reply())).doesNotContain("Call the library");
    }

    @Test
    @DisplayName("asks coming up gives the time a member's reminder reaches them: one asked for in their quiet hours "
            + "waits for their morning, and the digest says so")
    void asksComingUpGiveTheTimeAfterQuietHours() {
        // GIVEN the digest on Mondays at 09:00, and ana, in Tokyo, asks to be reminded at 07:00 on Friday 13 March,
        // in her quiet hours (21:00-08:00): it reaches her at 08:00 her time
        Member cora = scheduled();
        Member ana = bot.member("ana");
        assertThat(ana.runs("remind", "when", "2026-03-13 07:00", "what", "Call the library", "timezone",
                "Asia/Tokyo").text()).contains("Got it");
        java.time.Instant tokyoMorning = java.time.Instant.parse("2026-03-12T23:00:00Z");

        // WHEN the digest goes out on Monday 9 March
        bot.advance(Duration.ofDays(6).plusHours(18));

        // THEN it lists her reminder at 08:00 Tokyo time, after her quiet hours, not at the 07:00 she asked for
        String asks = asksComingUp(digestsTo(cora).get(0).reply());
        assertThat(asks).contains("Asks coming up (1)", "<t:" + tokyoMorning.getEpochSecond() + ":f> <@" + ana.id()
                + ">: Call the library (after quiet hours)").doesNotContain("<t:" + tokyoMorning.minus(Duration
                .ofHours(1)).getEpochSecond());
        // AND that is when it reaches her
        bot.advance(Duration.between(bot.clock().instant(), tokyoMorning).minusMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).noneSatisfy(dm -> assertThat(dm.reply().plainText())
                .contains("Call the library"));
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).anySatisfy(dm -> assertThat(dm.reply().plainText())
                .contains("Call the library"));
    }

    @Test
    @DisplayName("asks coming up: a member's reminder waiting for another try after a failed send says it is being "
            + "sent again, not that it waits for quiet hours, in the card and the CSV")
    void asksComingUpSayARetryIsBeingSentAgain() {
        // GIVEN ana's reminder for 16:00 on Monday 2 March, and Discord down for its first three tries (16:00,
        // 16:01, 16:06): the last try comes at 16:36
        Member ana = bot.member("ana");
        assertThat(ana.runs("remind", "when", "2026-03-02 16:00", "what", "Call the library", "timezone", "UTC")
                .text()).contains("Got it");
        bot.messenger().failNext(3);
        bot.advance(Duration.ofHours(1));
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofMinutes(5));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        java.time.Instant nextTry = bot.clock().instant().plus(Duration.ofMinutes(30));

        // WHEN a coordinator reads the digest meanwhile
        Reply digest = cora().runs("digest preview");

        // THEN the reminder is listed at its next try, said to be sent again, with no word of quiet hours
        assertThat(asksComingUp(digest)).contains("<t:" + nextTry.getEpochSecond() + ":f> <@" + ana.id()
                + ">: Call the library (being sent again)").doesNotContain("quiet hours");
        assertThat(csvOf(digest)).contains("reminder due,https://discord.com/users/" + ana.id()
                + ",Call the library,2026-03-02 16:36 (being sent again),").doesNotContain("quiet hours");
        // AND that is when it goes out
        bot.advance(Duration.between(bot.clock().instant(), nextTry).minusMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("asks coming up: a reminder whose next try after a failed send falls in the member's quiet hours "
            + "is listed at the morning it reaches her, said to be both sent again and after quiet hours")
    void asksComingUpSayARetryInQuietHoursIsBoth() {
        // GIVEN ana's reminder for 20:40 on Monday 2 March, and Discord down for its first three tries (20:40,
        // 20:41, 20:46): the next try, 21:16, falls in the server's quiet hours (21:00-08:00 UTC)
        Member ana = bot.member("ana");
        assertThat(ana.runs("remind", "when", "2026-03-02 20:40", "what", "Call the library", "timezone", "UTC")
                .text()).contains("Got it");
        bot.messenger().failNext(3);
        bot.advance(Duration.ofHours(5).plusMinutes(40));
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofMinutes(5));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        java.time.Instant morning = java.time.Instant.parse("2026-03-03T08:00:00Z");

        // WHEN a coordinator reads the digest meanwhile
        Reply digest = cora().runs("digest preview");

        // THEN the reminder is listed at the morning, with both reasons it comes later than asked
        assertThat(asksComingUp(digest)).contains("<t:" + morning.getEpochSecond() + ":f> <@" + ana.id()
                + ">: Call the library (being sent again, after quiet hours)");
        assertThat(csvOf(digest)).contains("reminder due,https://discord.com/users/" + ana.id()
                + ",Call the library,\"2026-03-03 08:00 (being sent again, after quiet hours)\",");
        // AND that is when it goes out
        bot.advance(Duration.between(bot.clock().instant(), morning).minusMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("a member's reminder and shared answer show in the digest as typed, each on its own line: no link, "
            + "spoiler or heading made of their Markdown, no line break that splits the list")
    void memberTextShowsAsTyped() {
        // GIVEN ana's reminder and a shared answer, each with Markdown a member could type and a line break
        Member cora = cora();
        Member ana = bot.member("ana");
        assertThat(ana.runs("remind", "when", "in 2 days", "what",
                "Ask about the [free food](https://example.org) ||boxes||\n# Bring flyers", "timezone", "UTC")
                .text()).contains("Got it");
        java.time.Instant at = bot.clock().instant().minus(Duration.ofDays(1));
        bot.storedRows().write(c -> {
            org.partnercoach.storage.Database.update(c, "INSERT INTO walks (guild_id, user_id, curriculum,"
                    + " subject_id, question_key, status, started_at, updated_at) VALUES (?, ?, 'five-tips', 0,"
                    + " 'research.list', 'ACTIVE', ?, ?)", TestBot.GUILD, ana.id(), at, at);
            long walkId = org.partnercoach.storage.Database.one(c, "SELECT MIN(id) FROM walks WHERE guild_id = ?",
                    rs -> rs.getLong(1), TestBot.GUILD).orElseThrow();
            org.partnercoach.storage.Database.update(c, "INSERT INTO walk_answers (guild_id, walk_id, question_key,"
                    + " answer, skipped, shared, created_at, updated_at) VALUES (?, ?, 'research.list', ?, FALSE,"
                    + " TRUE, ?, ?)", TestBot.GUILD, walkId, "**The library**\n> and the clinic", at, at);
            return null;
        });

        // WHEN a coordinator reads the digest
        Card card = cora.runs("digest preview").cards().get(0);

        // THEN the reminder reads as ana typed it, escaped, on the one line of its bullet
        String asks = card.fields().stream().filter(f -> f.name().startsWith("Asks coming up")).findFirst()
                .orElseThrow().value();
        assertThat(asks).contains("Ask about the \\[free food\\]\\(https://example.org\\) \\|\\|boxes\\|\\| "
                + "\\# Bring flyers").doesNotContain("[free food](").hasLineCount(1);
        // AND so does the answer she shared
        String shared = card.fields().stream().filter(f -> f.name().startsWith("Shared answers")).findFirst()
                .orElseThrow().value();
        assertThat(shared).contains("\\*\\*The library\\*\\* \\> and the clinic").hasLineCount(1);
    }

    @Test
    @DisplayName("the CSV gives a reminder coming up at the server's time, as the rest of the CSV does, not in UTC")
    void csvGivesRemindersAtTheServersTime() {
        // GIVEN a server on Chicago time, and ana's reminder for Friday 6 March at 09:00 there
        Member cora = cora();
        cora.runs("coach setup", "timezone", "America/Chicago");
        Member ana = bot.member("ana");
        assertThat(ana.runs("remind", "when", "2026-03-06 09:00", "what", "Call the library", "timezone",
                "America/Chicago").text()).contains("Got it");

        // WHEN a coordinator reads the digest
        Reply digest = cora.runs("digest preview");

        // THEN the card lists it, and the CSV row says 09:00, the time the coalition reads everywhere else
        assertThat(asksComingUp(digest)).contains("Call the library");
        assertThat(csvOf(digest)).contains("reminder due,https://discord.com/users/" + ana.id() + ",Call the library,2026-03-06 09:00,")
                .doesNotContain("2026-03-06T15:00:00Z");
    }

    @Test
    @DisplayName("every row of the digest's CSV says the week it covers, at the server's time, so a file opened weeks "
            + "later, or rows pasted into one sheet, still tell their week; the digest has no other cadence to say")
    void csvRowsSayTheirWeek() {
        // GIVEN a server on Chicago time with the digest on Mondays at 09:00, and a partner nobody contacted
        Member cora = scheduled();
        cora.runs("coach setup", "timezone", "America/Chicago");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN two weekly digests arrive (Monday 16 March and Monday 23 March, 09:00 in Chicago)
        bot.advance(Duration.ofDays(21));
        List<RecordingMessenger.Sent> sent = digestsTo(cora);
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2);
        List<String> last = csvOf(sent.get(sent.size() - 1).reply()).lines().toList();
        List<String> before = csvOf(sent.get(sent.size() - 2).reply()).lines().toList();

        // THEN the header names the period's columns, and every row has its own week, from send to send, before the
        // partner it is about (empty on a row about no partner)
        assertThat(last.get(0)).isEqualTo("list,who,what,detail,days,reminders,period from,period to,partner");
        assertThat(last.subList(1, last.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row).matches(".*,2026-03-16 09:00,2026-03-23 09:00,[^,]*"));
        assertThat(last).anySatisfy(row -> assertThat(row).startsWith("going cold,")
                .endsWith(",2026-03-16 09:00,2026-03-23 09:00,Eastside Food Bank"));
        assertThat(before.subList(1, before.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row).matches(".*,2026-03-09 09:00,2026-03-16 09:00,[^,]*"));
    }

    @Test
    @DisplayName("asks coming up in a late digest: reminders that fell due while the bot was down go out with it, "
            + "and it does not list them as coming up")
    void lateDigestListsOnlyRemindersStillToCome() {
        // GIVEN the digest on Mondays at 09:00, and ana's reminders for Tuesday 10 March and Friday 13 March
        Member cora = scheduled();
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "2026-03-10 09:00", "what", "Email the food bank", "timezone", "UTC");
        ana.runs("remind", "when", "2026-03-13 09:00", "what", "Call the library", "timezone", "UTC");

        // WHEN the bot is down from Sunday 8 March to Wednesday 11 March 12:00
        bot.advance(Duration.ofDays(5).plusHours(18));
        bot.clock().advance(Duration.ofDays(3).plusHours(3));
        bot.advance(Duration.ofSeconds(30));

        // THEN the late digest and the overdue reminder go out together, and only Friday's is coming up
        assertThat(bot.messenger().directTo(ana.id())).anySatisfy(dm -> assertThat(dm.reply().plainText())
                .contains("Email the food bank"));
        Reply digest = digestsTo(cora).get(0).reply();
        assertThat(digest.plainText()).contains("Sent late");
        assertThat(asksComingUp(digest)).contains("Asks coming up (1)", "Call the library")
                .doesNotContain("Email the food bank");
    }

    @Test
    @DisplayName("going cold shows its top 8, each saying when its owner was and will next be reminded, with member "
            + "ids as long as Discord's, and says how many more are in the CSV")
    void goingColdShowsItsTopEight() {
        // GIVEN ten partners, each looked after by a member with a Discord-sized id, added 16 days ago
        java.time.Instant added = bot.clock().instant().minus(Duration.ofDays(16));
        bot.storedRows().write(c -> {
            for (int i = 0; i < 10; i++) {
                String name = "Neighborhood Pantry " + i;
                org.partnercoach.storage.Database.update(c, "INSERT INTO partners (guild_id, name, name_key, sector,"
                        + " stage, owner_id, created_by, created_at, activity_at) VALUES (?, ?, ?, 'food',"
                        + " 'CULTIVATING', ?, ?, ?, ?)", TestBot.GUILD, name, name.toLowerCase(java.util.Locale.ROOT),
                        1_234_567_890_123_456_780L + i, 1_234_567_890_123_456_780L + i, added, added.plusSeconds(i));
            }
            return null;
        });
        // AND their owners were reminded at once (past the server's 14 days), so the next reminders wait 14 days
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().sent()).hasSize(10);

        // WHEN a coordinator reads the digest 6 days later
        bot.advance(Duration.ofDays(6));
        Reply digest = cora().runs("digest preview");

        // THEN the card lists 8 of them, each whole with its reminders, and the other 2 are in the CSV
        Card.Field cold = digest.cards().get(0).fields().stream().filter(f -> f.name().startsWith("Going cold"))
                .findFirst().orElseThrow();
        assertThat(cold.name()).isEqualTo("Going cold (10) · days since the last contact, or since added if never "
                + "contacted; cadence 14 days unless a line gives its own");
        List<String> lines = cold.value().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.subList(0, 8)).allSatisfy(l -> assertThat(l).startsWith("• **Neighborhood Pantry ")
                .contains("(<@123456789012345678", "22 days since added", "reminded <t:", "next <t:")
                .doesNotContain("…"));
        assertThat(lines.get(8)).isEqualTo("…and 2 more (in the CSV)");
        assertThat(digest.cards().get(0).length()).isLessThanOrEqualTo(6000);
        String csv = CsvText.of(digest.files().get(1));
        assertThat(csv.lines().filter(l -> l.startsWith("going cold,"))).hasSize(10);
    }

    @Test
    @DisplayName("a partner nobody ever contacted is not said to be days past its last contact: its line counts the "
            + "days since it was added, and the CSV says it was never contacted")
    void goingColdNeverContacted() {
        // GIVEN ana adds three partners and logs a call with one of them at once; the others are never contacted
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        // AND one of those never contacted is to be kept in touch with every 10 days, not the server's 14
        ana.runs("partner edit", "partner", "Hope Housing", "cadence", "10");

        // WHEN a coordinator reads the digest 19 days later (the server's cadence is 14 days)
        bot.advance(Duration.ofDays(19));
        Reply digest = cora().runs("digest preview");

        // THEN the contacted partner counts the days since that call, against the server's cadence in the title
        assertThat(coldLine(digest, "Eastside Food Bank")).contains("**Eastside Food Bank** (<@" + ana.id() + ">): "
                + "19 days; ").doesNotContain("added", "cadence");
        // AND the others say they count from when they were added, under a heading that says both
        assertThat(coldLine(digest, "Grace Church")).contains("**Grace Church** (<@" + ana.id() + ">): 19 days "
                + "since added; ").doesNotContain("cadence");
        assertThat(digest.plainText()).contains("Going cold (3) · days since the last contact, or since added if "
                + "never contacted; cadence 14 days unless a line gives its own");
        // AND the one with a cadence of its own says both: since when it counts, and its cadence
        assertThat(coldLine(digest, "Hope Housing")).contains("**Hope Housing** (<@" + ana.id() + ">): 19 days "
                + "since added (cadence 10); ");
        // AND the CSV beside it says which one nobody contacted
        assertThat(csvOf(digest)).contains("going cold,https://discord.com/users/" + ana.id() + ",Eastside Food Bank,Researching,19,")
                .contains("going cold,https://discord.com/users/" + ana.id() + ",Grace Church,Researching (never contacted),19,");
    }

    @Test
    @DisplayName("every list long at once: the card stays within Discord's limits, and each list it cuts shows whole "
            + "lines and says how many more are in the CSV")
    void everyListLong() {
        // GIVEN 30 of each: partners going cold with long names, partners nobody looks after, asks, stalled walks,
        // failed sends with long reasons and long shared answers
        java.time.Instant end = bot.clock().instant();
        java.time.Instant old = end.minus(Duration.ofDays(60));
        bot.storedRows().write(c -> {
            for (int i = 0; i < 30; i++) {
                String name = "The Very Long Named Community Partner Organization Number " + i;
                org.partnercoach.storage.Database.update(c, "INSERT INTO partners (guild_id, name, name_key, sector,"
                        + " stage, owner_id, created_by, created_at, activity_at) VALUES (?, ?, ?, 'food', ?, ?, ?, ?,"
                        + " ?)", TestBot.GUILD, name, name.toLowerCase(java.util.Locale.ROOT),
                        i % 2 == 0 ? "ASKING" : "CULTIVATING", i % 3 == 0 ? 0L : 1_234_567_890_123_456_000L + i,
                        1_234_567_890_123_456_000L + i, old, old);
                org.partnercoach.storage.Database.update(c, "INSERT INTO walks (guild_id, user_id, curriculum,"
                        + " subject_id, question_key, status, started_at, updated_at) VALUES (?, ?, 'five-tips', 0,"
                        + " 'research.list', 'ACTIVE', ?, ?)", TestBot.GUILD, 1_234_567_890_123_457_000L + i, old,
                        old);
                java.time.Instant at = end.minus(Duration.ofHours(1 + i));
                StoredSend.failed(TestBot.GUILD, "personal", 1_234_567_890_123_458_000L + i, 3,
                        "Missing access: " + "the channel is gone ".repeat(6), at).withPayload("x").insert(c);
            }
            long walkId = org.partnercoach.storage.Database.one(c, "SELECT MIN(id) FROM walks WHERE guild_id = ?",
                    rs -> rs.getLong(1), TestBot.GUILD).orElseThrow();
            String[] questions = {"research.list", "research.roles", "research.goals"};
            for (int i = 0; i < 3; i++) {
                java.time.Instant at = end.minus(Duration.ofDays(1 + i));
                org.partnercoach.storage.Database.update(c, "INSERT INTO walk_answers (guild_id, walk_id,"
                        + " question_key, answer, skipped, shared, created_at, updated_at) VALUES (?, ?, ?, ?, FALSE,"
                        + " TRUE, ?, ?)", TestBot.GUILD, walkId, questions[i], "We could invite them ".repeat(10), at,
                        at);
            }
            return null;
        });

        // WHEN a coordinator reads the digest
        Reply digest = cora().runs("digest preview");

        // THEN it is within Discord's limits, and every list the card cut ends whole, with how many more there are
        Card card = digest.cards().get(0);
        assertThat(card.length()).isLessThanOrEqualTo(6000);
        assertThat(card.fields()).allSatisfy(f -> assertThat(f.value().length()).isLessThanOrEqualTo(1024));
        List<Card.Field> lists = card.fields().stream().filter(f -> f.name().matches(".* \\(\\d+\\).*")).toList();
        assertThat(lists).extracting(f -> f.name().replaceAll(" \\(.*", "")).containsExactly("Going cold",
                "Partners with no one looking after them", "Asks coming up", "Members who stalled",
                "Sectors with no partner at all or only researched", "Sends that failed", "Shared answers this week");
        for (Card.Field f : lists) {
            int total = Integer.parseInt(f.name().replaceAll("^.* \\((\\d+)\\).*$", "$1"));
            List<String> lines = f.value().lines().filter(l -> !l.startsWith("> ")).toList();
            if (total > lines.size()) {
                assertThat(lines.get(lines.size() - 1)).as(f.name())
                        .isEqualTo("…and " + (total - lines.size() + 1) + " more (in the CSV)");
            }
        }
        // AND the CSV the card points to holds every line of every list, the partners nobody looks after too
        java.util.Map<String, List<String>> rowsOf = java.util.Map.of("Going cold", List.of("going cold"),
                "Partners with no one looking after them", List.of("no owner"),
                "Asks coming up", List.of("asking", "reminder due"), "Members who stalled", List.of("stalled"),
                "Sectors with no partner at all or only researched", List.of("sector"),
                "Sends that failed", List.of("failed send"), "Shared answers this week", List.of("shared answer"));
        List<String> csvRows = csvOf(digest).lines().toList();
        for (Card.Field f : lists) {
            String list = f.name().replaceAll(" \\(.*", "");
            int total = Integer.parseInt(f.name().replaceAll("^.* \\((\\d+)\\).*$", "$1"));
            assertThat(csvRows.stream().filter(r -> rowsOf.get(list).stream().anyMatch(l -> r.startsWith(l + ","))))
                    .as(list).hasSize(total);
        }
        assertThat(csvRows).anyMatch(r -> r.startsWith("no owner,,The Very Long Named Community Partner Organization "
                + "Number 3,Cultivating,"));
        assertThat(lists.get(0).value().lines().filter(l -> l.startsWith("• "))).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("10,000 partners: the digest stays within Discord's limits and the CSV carries every one")
    void tenThousandPartners() {
        var db = bot.storedRows();
        java.time.Instant old = TestBot.START.minus(Duration.ofDays(60));
        db.write(c -> {
            for (int i = 0; i < 10_000; i++) {
                org.partnercoach.storage.Database.update(c, "INSERT INTO partners (guild_id, name, name_key, sector,"
                        + " stage, owner_id, created_by, created_at, activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        TestBot.GUILD, "Org " + i, "org " + i, "food", i % 2 == 0 ? "ASKING" : "RESEARCHING",
                        1000 + i, 1000 + i, old, old);
            }
            return null;
        });
        Reply preview = cora().runs("digest preview");
        assertThat(preview.cards()).allSatisfy(card -> {
            assertThat(card.length()).isLessThanOrEqualTo(6000);
            assertThat(card.fields().size()).isLessThanOrEqualTo(25);
            card.fields().forEach(f -> assertThat(f.value().length()).isLessThanOrEqualTo(1024));
        });
        assertThat(preview.plainText()).contains("Going cold (10000)", "more (in the CSV)");
        String csv = CsvText.of(preview.files().get(1));
        assertThat(csv.lines().filter(l -> l.startsWith("going cold,"))).hasSize(10_000);
    }
}
