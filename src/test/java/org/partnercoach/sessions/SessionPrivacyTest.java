package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;
import java.util.List;
import java.util.Map;
import java.util.Set;

@DisplayName("Group session answers in /privacy export and /privacy forget")
class SessionPrivacyTest {

    private static JsonNode sessionAnswers(Reply export) throws Exception {
        return new ObjectMapper().readTree(new String(export.files().get(0).bytes(), StandardCharsets.UTF_8))
                .get("group_sessions").get("answers");
    }

    @Test
    @DisplayName("a member's session answers are in their export, and forget deletes them and no one else's")
    void exportAndForget() throws Exception {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member bea = bot.member("bea");
            ana.runs("session start", "plan", "ask-yourself");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            for (Member m : new Member[] {ana, bea}) {
                m.answersInThread(thread, latestQuestion(bot, thread), m.name() + " thinks about their mandate");
            }

            // GIVEN bea's export holds her answer, and only hers
            JsonNode before = sessionAnswers(bea.runs("privacy export"));
            assertThat(before).hasSize(1);
            assertThat(before.get(0).get("text").asText()).isEqualTo("bea thinks about their mandate");
            // numbered as the thread showed it, with the session's title
            assertThat(before.get(0).get("question").asInt()).isEqualTo(1);
            assertThat(before.get(0).get("session").asText()).isNotBlank();

            // WHEN she asks the bot to forget her
            bea.runs("privacy forget");
            bea.presses("Delete my data");

            // THEN her session answer is gone, and ana's stays
            assertThat(sessionAnswers(bea.runs("privacy export"))).isEmpty();
            assertThat(sessionAnswers(ana.runs("privacy export"))).hasSize(1);
        }
    }

    @Test
    @DisplayName("a forget deletes that a member was told in a thread that its session had ended, and the note to them "
            + "still waiting to go out: nothing naming them is posted after it")
    void forgetTakesTheNoteThatTheSessionEnded() {
        try (TestBot bot = TestBot.inMemory(TestBot::typedAnswers)) {
            // GIVEN Ana's session ended, and Bea typed a line in its thread after the end, her note not yet sent
            Member bea = bot.member("bea");
            long thread = endedByAna(bot);
            int before = bot.messenger().postsIn(thread).size();
            bea.typesInThread(thread, "Thanks all");
            assertThat(toldEnded(bot)).isEqualTo(1);

            // WHEN she asks the bot to forget her
            bea.runs("privacy forget");
            bea.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN no note naming her is posted, and no row says she was told
            assertThat(bot.messenger().postsIn(thread).subList(before, bot.messenger().postsIn(thread).size()))
                    .noneMatch(p -> p.reply().plainText().contains("<@" + bea.id() + ">"));
            assertThat(toldEnded(bot)).isZero();
        }
    }

    @Test
    @DisplayName("a forget edits the thread's note that told a member the session had ended, so that it names no one, "
            + "as a plan or hand-over post is, where it went on naming them")
    void forgetUnnamesTheNoteThatTheSessionEnded() {
        try (TestBot bot = TestBot.inMemory(TestBot::typedAnswers)) {
            // GIVEN Bea was told in the thread, at her line typed after the end, that the session had ended
            Member bea = bot.member("bea");
            long thread = endedByAna(bot);
            bea.typesInThread(thread, "Thanks all");
            bot.app().scheduler().runDue();
            org.partnercoach.chat.Reply note = SessionTestSupport.lastPost(bot, thread);
            assertThat(note.plainText()).startsWith("<@" + bea.id() + ">, this session has ended");
            int editsBefore = bot.messenger().edits().size();

            // WHEN she asks the bot to forget her
            bea.runs("privacy forget");
            bea.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN that note is edited once, to say the same naming no one
            assertThat(bot.messenger().edits().subList(editsBefore, bot.messenger().edits().size()))
                    .extracting(e -> e.reply().plainText()).containsExactly("This session had ended, so a line typed "
                            + "here then was not kept as an answer: it stays here for the group to read. To change "
                            + "your answers, run `/session answers`.");
            assertThat(toldEnded(bot)).isZero();
        }
    }

    @Test
    @DisplayName("a forget edits the thread's note that told a member their typed line did not fit in their answer, so "
            + "that it names no one, as the note that the session had ended is, where it went on naming them")
    void forgetUnnamesTheNoteThatALineDidNotFit() {
        try (TestBot bot = TestBot.inMemory(TestBot::typedAnswers)) {
            // GIVEN Bea's typed answer to question 1 is nearly full, and a line she typed after it did not fit
            Member ana = bot.member("ana");
            Member bea = bot.member("bea");
            long thread = SessionTestSupport.startedTip1(bot, ana);
            bea.typesInThread(thread, "The food bank. ".repeat(266).strip());
            bea.typesInThread(thread, "and the clinic down the road");
            bot.app().scheduler().runDue();
            assertThat(SessionTestSupport.lastPost(bot, thread).plainText())
                    .startsWith("<@" + bea.id() + ">, I didn't add that line");
            int editsBefore = bot.messenger().edits().size();

            // WHEN she asks the bot to forget her
            bea.runs("privacy forget");
            bea.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN that note is edited once, to say what became of the line naming no one
            assertThat(bot.messenger().edits().subList(editsBefore, bot.messenger().edits().size()))
                    .extracting(e -> e.reply().plainText()).containsExactly("I didn't add a line typed here to its "
                            + "author's answer: it would have taken it past 4,000 characters. The line stays here in "
                            + "the thread for the group to read.");
            // AND nothing the thread shows names her any more
            assertThat(bot.messenger().shownIn(thread)).extracting(Reply::plainText)
                    .noneMatch(t -> t.contains("<@" + bea.id() + ">"));
        }
    }

    @Test
    @DisplayName("a note that a line did not fit stops naming its member before the bot would lose track of it, so "
            + "that a forget a month later leaves nothing naming them, where the note named them for good")
    void noteThatALineDidNotFitNamesNoOneAfterAMonth() {
        try (TestBot bot = TestBot.inMemory(TestBot::typedAnswers)) {
            // GIVEN a line Bea typed did not fit in her answer, and the thread told her so
            Member ana = bot.member("ana");
            Member bea = bot.member("bea");
            long thread = SessionTestSupport.startedTip1(bot, ana);
            bea.typesInThread(thread, "The food bank. ".repeat(266).strip());
            bea.typesInThread(thread, "and the clinic down the road");
            bot.app().scheduler().runDue();
            assertThat(SessionTestSupport.lastPost(bot, thread).plainText())
                    .startsWith("<@" + bea.id() + ">, I didn't add that line");

            // WHEN a month and more passes (the outbox forgets what it sent after 30 days), and she then asks the bot
            // to forget her
            bot.advance(Duration.ofDays(31));
            bea.runs("privacy forget");
            bea.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN nothing the thread shows names her
            assertThat(bot.messenger().shownIn(thread)).extracting(Reply::plainText)
                    .noneMatch(t -> t.contains("<@" + bea.id() + ">"))
                    .contains("I didn't add a line typed here to its author's answer: it would have taken it past "
                            + "4,000 characters. The line stays here in the thread for the group to read.");
        }
    }

    @Test
    @DisplayName("a member's export holds each session in whose thread they were told that it had ended, with its "
            + "title, when, and the note's message, as their answers and the sessions they led are, where it left "
            + "that row out")
    void exportHoldsTheNoteThatTheSessionEnded() throws Exception {
        try (TestBot bot = TestBot.inMemory(TestBot::typedAnswers)) {
            // GIVEN Bea typed a line in the thread of Ana's session after its end, and was told so there
            Member bea = bot.member("bea");
            long thread = endedByAna(bot);
            bea.typesInThread(thread, "Thanks all");
            bot.app().scheduler().runDue();
            org.partnercoach.support.RecordingMessenger.Sent note = bot.messenger().postsIn(thread)
                    .get(bot.messenger().postsIn(thread).size() - 1);
            assertThat(note.reply().plainText()).startsWith("<@" + bea.id() + ">, this session has ended");

            // WHEN she exports her data
            JsonNode told = sessionsPart(bea.runs("privacy export")).get("told_session_ended");

            // THEN it names the session, when she was told, and the note's message
            assertThat(told).hasSize(1);
            assertThat("Reflection: " + told.get(0).get("session").asText()).isEqualTo(bot.messenger().threads()
                    .get(thread));
            assertThat(told.get(0).get("session_id").asLong()).isPositive();
            assertThat(told.get(0).get("told_at").asText()).isNotBlank();
            assertThat(told.get(0).get("note_message_id").asText()).isEqualTo(bot.app().outbox().history()
                    .sentMessageId(bea.guildId(), Long.parseLong(note.nonce().substring(2))).orElseThrow().toString());
            // AND Ana's export has none of it
            assertThat(sessionsPart(bot.member("ana").runs("privacy export")).get("told_session_ended")).isEmpty();
        }
    }

    @Test
    @DisplayName("every session table of the schema is in /privacy export or names no member, and each one naming a "
            + "member holds in the export as many entries as it has rows naming them; after a forget, none names them")
    void everySessionTableIsInTheExportAndTheForget() throws Exception {
        // the export's part for each session table that names members; a table that names none is listed apart
        Map<String, String> exported = Map.of("group_sessions", "facilitated", "group_session_answers", "answers",
                "group_session_told_ended", "told_session_ended", "group_session_members", "private_sessions_joined");
        Set<String> namesNoMember = Set.of("group_session_questions");
        try (TestBot bot = TestBot.inMemory(TestBot::typedAnswers)) {
            // GIVEN Bea led a session and answered in it, and typed in its thread after its end
            Member bea = bot.member("bea");
            long thread = SessionTestSupport.startedTip1(bot, bea);
            bea.typesInThread(thread, "The food bank");
            bea.readsInThread(thread, latestQuestion(bot, thread));
            bea.presses("End");
            bot.app().scheduler().runDue();
            bea.typesInThread(thread, "Thanks all");
            bot.app().scheduler().runDue();
            // AND she started a private circle and handed it to Ben: its thread still holds her
            bea.runs("session start", "plan", "tip-2", "title", "Staff circle", "private", "true");
            bot.app().scheduler().runDue();
            bea.runsInThread(thread(bot), "session facilitator", "member", String.valueOf(bot.member("ben").id()));

            // THEN each session table is in the export or names no member
            List<String> tables = bot.storedRows().read(c -> Database.list(c, "SELECT table_name FROM "
                    + "information_schema.tables WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) LIKE "
                    + "'group_session%' ORDER BY 1", rs -> rs.getString(1)));
            assertThat(tables).as("the session tables found in the schema").contains("group_session_told_ended");
            assertThat(tables).as("session tables neither in the export nor known to name no member")
                    .allMatch(t -> exported.containsKey(t) || namesNoMember.contains(t));
            // AND each one that names her has an entry in her export for each of its rows naming her
            JsonNode export = sessionsPart(bea.runs("privacy export"));
            for (Map.Entry<String, String> part : exported.entrySet()) {
                int rows = rowsNaming(bot, part.getKey(), bea.id());
                assertThat(rows).as("rows of %s naming Bea in this story", part.getKey()).isPositive();
                assertThat(export.get(part.getValue())).as("the export's %s, for %s", part.getValue(),
                        part.getKey()).hasSize(rows);
            }
            for (String table : namesNoMember) {
                assertThat(rowsNaming(bot, table, bea.id())).as("rows of %s naming Bea", table).isZero();
            }

            // WHEN she asks the bot to forget her
            bea.runs("privacy forget");
            bea.presses("Delete my data");

            // THEN no session table names her any more
            assertThat(tables).allSatisfy(t -> assertThat(rowsNaming(bot, t, bea.id())).as("rows of %s naming Bea "
                    + "after the forget", t).isZero());
        }
    }

    /** The {@code group_sessions} part of a member's export. */
    private static JsonNode sessionsPart(Reply export) throws Exception {
        return new ObjectMapper().readTree(new String(export.files().get(0).bytes(), StandardCharsets.UTF_8))
                .get("group_sessions");
    }

    /** The rows of {@code table} with a whole-number column holding {@code userId}. */
    private static int rowsNaming(TestBot bot, String table, long userId) {
        List<String> columns = bot.storedRows().read(c -> Database.list(c, "SELECT column_name FROM "
                + "information_schema.columns WHERE LOWER(table_schema) = 'public' AND table_name = ? AND "
                + "UPPER(data_type) = 'BIGINT'", rs -> rs.getString(1), table));
        String where = String.join(" OR ", columns.stream().map(col -> "\"" + col + "\" = ?").toList());
        Object[] ids = columns.stream().map(col -> (Object) userId).toArray();
        return bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM \"" + table + "\" WHERE " + where,
                rs -> rs.getInt(1), ids).orElse(0));
    }

    private static int toldEnded(TestBot bot) {
        return bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM group_session_told_ended",
                rs -> rs.getInt(1)).orElse(0));
    }

    /** What a member reads once they confirmed {@code /privacy forget}. */
    private static String forgets(Member m) {
        m.runs("privacy forget");
        return m.presses("Delete my data").plainText();
    }

    @Test
    @DisplayName("a forget's edits of one thread (its summaries and plan) go out together, and when Discord fails them "
            + "each is tried again a minute later, as any message from the outbox is, until the thread shows none of "
            + "her words")
    void forgetEditsOfOneThreadGoTogether() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Bea leads a session that ended with her answer and Ben's, its summary posted twice
            Member bea = bot.member("bea");
            Member ben = bot.member("ben");
            bea.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);
            bea.answersInThread(thread, q1, "Zebrafish Pantry runs the Friday market");
            ben.answersInThread(thread, q1, "The harbor master");
            bea.readsInThread(thread, q1);
            bea.presses("End");
            bot.app().scheduler().runDue();
            // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
            bot.advance(java.time.Duration.ofMinutes(5));
            ben.runsInThread(thread, "session summary");
            bot.app().scheduler().runDue();
            bot.advance(java.time.Duration.ofMinutes(1));
            int groupsBefore = bot.messenger().threadEditsTogether().size();

            // WHEN she asks to be forgotten, and Discord cannot be reached for the first edit
            bot.messenger().failNextEdits(1, org.partnercoach.chat.Messenger.Delivery.failed(
                    org.partnercoach.chat.SendTrouble.NETWORK, "simulated outage"));
            bea.runs("privacy forget");
            bea.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN the two summaries and the plan were edited together, and none of them was given up: nothing
            // in the thread has changed yet
            assertThat(bot.messenger().threadEditsTogether().subList(groupsBefore,
                    bot.messenger().threadEditsTogether().size())).startsWith(3);
            assertThat(bot.messenger().shownIn(thread).stream().map(Reply::plainText))
                    .filteredOn(t -> t.contains("Summary")).hasSize(2).allMatch(t -> t.contains("Zebrafish"));

            // WHEN a minute has passed THEN they went out again, together, and the thread keeps none of her words
            bot.advance(java.time.Duration.ofMinutes(1));
            assertThat(bot.messenger().threadEditsTogether()).endsWith(3);
            assertThat(bot.messenger().shownIn(thread).stream().map(Reply::plainText))
                    .noneMatch(t -> t.contains("Zebrafish") || t.contains("<@" + bea.id() + ">"))
                    .filteredOn(t -> t.contains("Summary")).hasSize(2).allMatch(t -> t.contains("The harbor master"));
            assertThat(bot.messenger().shownIn(thread).get(0).plainText())
                    .contains("the member who led it has since asked me to forget them");
        }
    }

    @Test
    @DisplayName("the forget reply says that a member's words come out of the summaries posted in session threads, in "
            + "the words deleting one answer uses, and only to a member who answered in a session")
    void forgetSaysWhatHappensToPostedSummaries() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ben and Cy answered in Ana's session, whose summary is posted in its thread; Dee only answers in
            // Eve's session, still open; Fay never answered in one
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            Member dee = bot.member("dee");
            Member eve = bot.member("eve");
            Member fay = bot.member("fay");
            long ended = SessionTestSupport.startedTip1(bot, ana);
            Reply question = latestQuestion(bot, ended);
            ben.answersInThread(ended, question, "The harbor master");
            cy.answersInThread(ended, question, "The clinic's outreach nurse");
            ana.readsInThread(ended, question);
            ana.presses("End");
            bot.app().scheduler().runDue();
            long open = SessionTestSupport.startedTip1(bot, eve);
            dee.answersInThread(open, latestQuestion(bot, open), "The food council");

            // WHEN Ben asks to be forgotten
            // THEN he hears that his words are being taken out of the posted summary, as a deleted answer is told
            assertThat(forgets(ben)).contains("Done: I deleted what I kept about you", "Your group session answers "
                    + "are gone from their sessions, and I'm taking them out of the summary posted in their threads "
                    + "now.").doesNotContain("looked after");

            // WHEN Discord has archived the thread, and Cy asks to be forgotten
            bot.messenger().threadReaches(ended, org.partnercoach.chat.Messenger.ThreadReach.ARCHIVED_OR_GONE);
            // THEN he hears that the bot reopens it for a moment, and what a lock would mean
            assertThat(forgets(cy)).contains("Your group session answers are gone from their sessions. A session's "
                    + "thread was archived, so I'm reopening it for a moment to take them out of the summary posted "
                    + "there too.", "If a moderator locked or deleted the thread, I can't");

            // AND Dee, whose session has no summary yet, hears that her answers left it; Fay hears nothing of sessions
            assertThat(forgets(dee)).contains("Your group session answers are gone from their sessions too.")
                    .doesNotContain("summary");
            assertThat(forgets(fay)).contains("Done: I deleted").doesNotContain("session", "summary");
        }
    }

    @Test
    @DisplayName("the channel's line that a session is starting, which the bot never changes, names no one: once its "
            + "facilitator asked to be forgotten, nothing the bot shows in the channel or the thread names her")
    void startLineNamesNoOne() {
        try (TestBot bot = TestBot.inMemory()) {
            // WHEN Olivia starts a session, and a private one
            Member olivia = bot.member("olivia");
            String her = "<@" + olivia.id() + ">";
            Reply started = olivia.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");
            Reply startedPrivately = olivia.runs("session start", "plan", "tip-1", "private", "true");
            bot.app().scheduler().runDue();

            // THEN only she reads the replies to her commands, and the channel reads the bot's own posts: what is
            // starting and what to do, without her name
            assertThat(started.ephemeral()).isTrue();
            assertThat(startedPrivately.ephemeral()).isTrue();
            List<String> channel = bot.messenger().shownIn(TestBot.CHANNEL).stream().map(Reply::plainText).toList();
            assertThat(channel).hasSize(2).noneMatch(t -> t.contains(her) || t.contains("olivia"));
            assertThat(channel.get(0)).contains("A group reflection is starting: **Harbor circle**",
                    "Join its thread, <#", "to answer one question at a time");
            assertThat(channel.get(1)).contains("A private group reflection is starting in a private thread",
                    "The member who started it is in it and brings in the members taking part");
            // AND each thread's plan names her while she leads
            java.util.Set<Long> threads = bot.messenger().threads().keySet();
            assertThat(threads).hasSize(2).allSatisfy(t -> assertThat(bot.messenger().shownIn(t).get(0).plainText())
                    .contains("Facilitated by " + her));

            // WHEN she asks to be forgotten
            forgets(olivia);
            bot.app().scheduler().runDue();

            // THEN no post in the channel or in the threads names her any more
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).extracting(Reply::plainText)
                    .noneMatch(t -> t.contains(her));
            assertThat(threads).allSatisfy(t -> assertThat(bot.messenger().shownIn(t)).extracting(Reply::plainText)
                    .noneMatch(text -> text.contains(her)));
        }
    }

    @Test
    @DisplayName("the channel's notice that a session's thread could not be opened names the session, not its "
            + "facilitator, nor a `<@0>` when she asked to be forgotten while the bot was still trying")
    void couldNotOpenNoticeNamesNoOne() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN the bot may not open threads in the channel
            Member olivia = bot.member("olivia");
            String her = "<@" + olivia.id() + ">";
            bot.messenger().failThreads("Missing Permissions");

            // WHEN Olivia starts a session
            olivia.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");
            bot.app().scheduler().runDue();

            // THEN the channel hears which session failed and what to do, without her name
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).extracting(Reply::plainText).singleElement()
                    .satisfies(t -> assertThat(t).doesNotContain(her, "<@").contains("I couldn't open the thread "
                            + "for the session \"Harbor circle\" started here, so nothing was created",
                            "run `/session start` again"));

            // GIVEN Discord then does not answer when the bot asks for a thread (it may make one, so the bot tries
            // again for a while)
            bot.messenger().failThreads(null);
            bot.messenger().timeOutThreads(100, false);
            olivia.runs("session start", "plan", "tip-1", "title", "Pantry circle");
            bot.app().scheduler().runDue();

            // WHEN she asks to be forgotten meanwhile, and the bot gives up
            forgets(olivia);
            bot.advance(SessionPlanner.TRIES_FOR.plusMinutes(5));
            bot.app().scheduler().runDue();

            // THEN that notice names no one either (the channel heard that the session was starting, and then this)
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).extracting(Reply::plainText).hasSize(3).last()
                    .satisfies(t -> assertThat(t).doesNotContain("<@").contains("I couldn't open the thread for "
                            + "the session \"Pantry circle\" started here: Discord didn't answer"));
        }
    }

    @Test
    @DisplayName("a forget of session data is one transaction: when its last step fails, the summary and plan edits "
            + "it queued are not kept, and the member's answers and lead stay as they were")
    void forgetIsOneTransaction() throws Exception {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Bea leads a session that ended with her answer and Ben's, its summary posted
            Member bea = bot.member("bea");
            Member ben = bot.member("ben");
            long thread = SessionTestSupport.startedTip1(bot, bea);
            Reply q1 = latestQuestion(bot, thread);
            bea.answersInThread(thread, q1, "Zebrafish Pantry runs the Friday market");
            ben.answersInThread(thread, q1, "The harbor master");
            bea.readsInThread(thread, q1);
            bea.presses("End");
            bot.app().scheduler().runDue();
            int editsBefore = bot.messenger().edits().size();
            Database db = bot.app().database();
            long queuedBefore = queuedEdits(db, bea.guildId());

            // GIVEN the last step of a forget (taking her id off the session she leads) fails, as a crash there would
            // stop it
            db.write(c -> Database.update(c, "ALTER TABLE group_sessions ADD CONSTRAINT still_led"
                    + " CHECK (facilitator_id <> 0)"));
            PersonalData sessionsPart = SessionsData.of(db, new Sessions(db, bot.clockView(), bot.app().outbox(),
                    new SessionPlans(java.util.Map.of(), null)), bot.messenger());

            // WHEN the sessions' part of her forget runs, as a caller with no transaction of its own would run it
            assertThatThrownBy(() -> sessionsPart.forget(bea.guildId(), bea.id()))
                    .isInstanceOf(org.partnercoach.storage.StorageException.class);

            // THEN none of it was kept: no edit is waiting or goes out, her answer is still hers, and she still leads
            assertThat(queuedEdits(db, bea.guildId())).isEqualTo(queuedBefore);
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().edits()).hasSize(editsBefore);
            assertThat(sessionAnswers(bea.runs("privacy export"))).extracting(a -> a.get("text").asText())
                    .containsExactly("Zebrafish Pantry runs the Friday market");
            assertThat(bot.messenger().shownIn(thread).get(0).plainText()).contains("Facilitated by <@" + bea.id()
                    + ">");
        }
    }

    /** The edits of posts in session threads the outbox holds for the server, sent or not. */
    private static long queuedEdits(Database db, long guildId) {
        return db.read(c -> Database.one(c, "SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ?"
                + " AND payload LIKE 'edit:%'", r -> r.getLong(1), guildId).orElseThrow());
    }

    /** Ana started a session and ended it, its end posted: the thread's id. */
    private static long endedByAna(TestBot bot) {
        Member ana = bot.member("ana");
        long thread = SessionTestSupport.startedTip1(bot, ana);
        ana.readsInThread(thread, latestQuestion(bot, thread));
        ana.presses("End");
        bot.app().scheduler().runDue();
        return thread;
    }
}
