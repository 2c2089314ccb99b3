package org.partnercoach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The outbox table: claims across processes, and pruning")
class OutboxTest {

    private static final long GUILD = TestBot.GUILD;
    private static final Instant T0 = TestBot.START;
    private static final String COUNT = "SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ?";

    private final Database db = TestBot.freshDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private long enqueue(Outbox outbox, Instant due) {
        return db.write(c -> outbox.enqueue(c, new ScheduledSend.Draft(GUILD, "personal", 7, 0, "Call", "", due),
                due));
    }

    private int rows() {
        return db.read(c -> Database.one(c, COUNT, rs -> rs.getInt(1), GUILD).orElse(0));
    }

    /** A closed row whose last event (sent, else claimed) was at {@code at}. */
    private void closedRow(ScheduledSend.Status status, Instant at) {
        StoredSend.tried(GUILD, "personal", 7, status, at).insert(db);
    }

    /** A cultivate send to member 7 tried at {@code at}: {@code status}, with {@code trouble} when given up. */
    private void tried(ScheduledSend.Status status, String trouble, Instant at) {
        StoredSend.tried(GUILD, "cultivate", 7, status, at).withTrouble(trouble).insert(db);
    }

    /** When member 7's last send was given up because she left, as lastSends and recent (which agree) tell it. */
    private Instant leftServer(Outbox outbox) {
        SendHistory.LastSends last = db.read(c -> outbox.history().lastSends(c, GUILD, "cultivate", List.of(7L),
                T0.plus(Duration.ofDays(365)))).get(7L);
        SendHistory.Recent recent = outbox.history().recent(GUILD, "cultivate", 7, T0.plus(Duration.ofDays(365)), T0);
        assertThat(recent.last() == null ? null : recent.last().leftServer())
                .isEqualTo(last == null ? null : last.leftServer());
        return last == null ? null : last.leftServer();
    }

    @Test
    @DisplayName("a recipient's last send given up because she left the server is told however long ago, until a "
            + "later one is tried or queued for her")
    void lastSendGivenUpAsSheLeft() {
        Outbox outbox = new Outbox(db, "main");
        // sent, then given up because she left: told, past any look-back
        tried(ScheduledSend.Status.SENT, null, T0);
        tried(ScheduledSend.Status.FAILED, "LEFT_SERVER", T0.plus(Duration.ofDays(1)));
        assertThat(leftServer(outbox)).isEqualTo(T0.plus(Duration.ofDays(1)));
        // one queued for her since: not told
        long queued = enqueue(outbox, T0.plus(Duration.ofDays(2)));
        db.write(c -> Database.update(c, "UPDATE scheduled_sends SET kind = 'cultivate' WHERE id = ?", queued));
        assertThat(leftServer(outbox)).isNull();
        // that one given up for another trouble: not told either
        db.write(c -> Database.update(c, "UPDATE scheduled_sends SET status = 'FAILED', trouble = 'DMS_CLOSED', "
                + "claimed_at = ? WHERE id = ?", T0.plus(Duration.ofDays(2)), queued));
        assertThat(leftServer(outbox)).isNull();
        // given up again because she left: told again
        tried(ScheduledSend.Status.FAILED, "LEFT_SERVER", T0.plus(Duration.ofDays(3)));
        assertThat(leftServer(outbox)).isEqualTo(T0.plus(Duration.ofDays(3)));
    }

    @Test
    @DisplayName("what became of one recipient's last sends, read as her rows and worked out in Java, is what the "
            + "planners' statements tell, whatever her history: sent, given up and why, queued, cancelled, tied times")
    void recentAgreesWithThePlannersReads() {
        Outbox outbox = new Outbox(db, "main");
        java.util.Random random = new java.util.Random(54);
        ScheduledSend.Status[] statuses = ScheduledSend.Status.values();
        String[] troubles = {null, "LEFT_SERVER", "DMS_CLOSED"};
        for (int history = 0; history < 300; history++) {
            db.write(c -> Database.update(c, "DELETE FROM scheduled_sends WHERE guild_id = ?", GUILD));
            int rows = random.nextInt(7);
            for (int i = 0; i < rows; i++) {
                ScheduledSend.Status status = statuses[random.nextInt(statuses.length)];
                // one of four times, a day apart, so that rows tie; a row never tried has no claim time
                Instant at = T0.plus(Duration.ofDays(random.nextInt(4)));
                boolean triedOnce = status != ScheduledSend.Status.PENDING || random.nextBoolean();
                String trouble = status == ScheduledSend.Status.FAILED ? troubles[random.nextInt(3)] : null;
                StoredSend row = StoredSend.tried(GUILD, "cultivate", 7, status, at).withTrouble(trouble);
                (triedOnce ? row : row.neverClaimed()).insert(db);
            }
            Instant since = T0.plus(Duration.ofHours(12 * random.nextInt(8) - 12));
            Instant triedSince = T0.plus(Duration.ofHours(12 * random.nextInt(8) - 12));

            SendHistory.Recent recent = outbox.history().recent(GUILD, "cultivate", 7, since, triedSince);

            SendHistory.LastSends last = db.read(c -> outbox.history().lastSends(c, GUILD, "cultivate", List.of(7L),
                    since)).get(7L);
            assertThat(recent.last()).as("history %d", history).isEqualTo(last);
            assertThat(recent.tried()).as("history %d", history)
                    .isEqualTo(outbox.history().lastTried(GUILD, "cultivate", 7, triedSince));
        }
    }

    @Test
    @DisplayName("sends recorded together: each SENT with its bookkeeping, and one whose bookkeeping fails is SENT "
            + "without it, holding up none of the others")
    void recordedTogether() {
        Outbox outbox = new Outbox(db, "main");
        for (int i = 0; i < 3; i++) {
            enqueue(outbox, T0);
        }
        List<ScheduledSend> claimed = outbox.claimDue(T0, s -> T0, 10).claimed();
        long broken = claimed.get(1).id();
        List<Long> kept = new java.util.ArrayList<>();
        SendKind kind = new SendKind() {
            @Override
            public String name() {
                return "personal";
            }

            @Override
            public String described() {
                return "A test message";
            }

            @Override
            public java.util.Optional<org.partnercoach.chat.Reply> compose(ScheduledSend send) {
                return java.util.Optional.empty();
            }

            @Override
            public void sent(java.sql.Connection c, ScheduledSend send, Instant at) {
                if (send.id() == broken) {
                    throw new IllegalStateException("bookkeeping failed");
                }
                kept.add(send.id());
            }
        };

        List<Outbox.Delivered> marked = outbox.markAllSent(claimed.stream()
                .map(s -> new Outbox.Delivered(s, T0, "DM", 100 + s.id(), kind)).toList());

        assertThat(marked).extracting(d -> d.send().id()).containsExactlyElementsOf(claimed.stream()
                .map(ScheduledSend::id).toList());
        assertThat(kept).containsOnly(claimed.get(0).id(), claimed.get(2).id());
        assertThat(outbox.find(GUILD, claimed.get(0).id()).orElseThrow().status()).isEqualTo(ScheduledSend.Status.SENT);
        assertThat(outbox.history().sentMessageId(GUILD, claimed.get(2).id())).contains(100 + claimed.get(2).id());
        // the one whose bookkeeping failed is SENT all the same: the member has it, and no lease sends it again
        assertThat(outbox.find(GUILD, broken).orElseThrow().status()).isEqualTo(ScheduledSend.Status.SENT);
        assertThat(outbox.history().sentMessageId(GUILD, broken)).contains(100 + broken);
    }

    @Test
    @DisplayName("the same send queued again joins the one waiting untried; once that one was claimed, or tried and "
            + "waits for a retry, a new one is queued")
    void sameSendJoinsOnlyAnUntriedOne() {
        Outbox outbox = new Outbox(db, "main");
        ScheduledSend.Draft edit = ScheduledSend.Draft.post(GUILD, "session", 900, 5, "edit:summary:77", T0);
        long first = db.write(c -> outbox.enqueueOrJoin(c, edit, T0));
        long again = db.write(c -> outbox.enqueueOrJoin(c, edit, T0));
        assertThat(again).isEqualTo(first);
        long otherMessage = db.write(c -> outbox.enqueueOrJoin(c, ScheduledSend.Draft.post(GUILD, "session", 900, 5,
                "edit:summary:78", T0), T0));
        assertThat(otherMessage).isNotEqualTo(first);
        assertThat(rows()).isEqualTo(2);

        // WHEN a poller claimed it, the same send is queued anew: the claimed one may be built already
        ScheduledSend claimed = outbox.claimDue(T0, s -> T0, 10).claimed().stream().filter(s -> s.id() == first)
                .findFirst().orElseThrow();
        long whileClaimed = db.write(c -> outbox.enqueueOrJoin(c, edit, T0));
        assertThat(whileClaimed).isNotIn(first, otherMessage);

        // AND once the claimed one failed and waits for its retry, the same send joins the untried one, not it
        outbox.retry(claimed, T0.plusSeconds(60), "Discord did not answer", org.partnercoach.chat.SendTrouble.TIMEOUT);
        long afterRetry = db.write(c -> outbox.enqueueOrJoin(c, edit, T0.plusSeconds(1)));
        assertThat(afterRetry).isEqualTo(whileClaimed);
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    @DisplayName("a claim made by another process is honoured until its lease runs out, even across our restart")
    void otherProcessClaimHonouredUntilLease() {
        Outbox other = new Outbox(db, "worker-2");
        Outbox main = new Outbox(db, "main");
        long id = enqueue(other, T0);
        assertThat(other.claimDue(T0, s -> T0, 10).claimed()).extracting(ScheduledSend::id).containsExactly(id);

        // WHEN "main" starts, it takes back only its own claims: none
        assertThat(main.releaseOwnClaims(T0)).isZero();

        // THEN it leaves the row alone while the other process's lease runs
        assertThat(main.claimDue(T0.plus(Outbox.LEASE).minusSeconds(1), s -> T0, 10).claimed()).isEmpty();
        assertThat(main.find(GUILD, id).orElseThrow().status()).isEqualTo(ScheduledSend.Status.CLAIMED);
        // AND takes it over once the lease is over (the other process died), as a second attempt
        Instant late = T0.plus(Outbox.LEASE);
        assertThat(main.claimDue(late, s -> late, 10).claimed()).singleElement()
                .satisfies(s -> assertThat(s.attempts()).isEqualTo(2));
    }

    @Test
    @DisplayName("a restart takes back its own claim at once, not after the lease")
    void ownClaimReleasedAtOnce() {
        Outbox main = new Outbox(db, "main");
        long id = enqueue(main, T0);
        main.claimDue(T0, s -> T0, 10);

        assertThat(new Outbox(db, "main").releaseOwnClaims(T0.plusSeconds(5))).isEqualTo(1);

        assertThat(main.claimDue(T0.plusSeconds(5), s -> T0, 10).claimed()).extracting(ScheduledSend::id)
                .containsExactly(id);
    }

    @Test
    @DisplayName("pruning deletes sent and cancelled rows after 30 days and failed ones after 90, never open ones")
    void pruneByRetention() {
        Outbox outbox = new Outbox(db, "main");
        Instant now = T0.plus(Duration.ofDays(200));
        closedRow(ScheduledSend.Status.SENT, now.minus(Duration.ofDays(31)));
        closedRow(ScheduledSend.Status.CANCELLED, now.minus(Duration.ofDays(31)));
        closedRow(ScheduledSend.Status.SENT, now.minus(Duration.ofDays(29)));
        closedRow(ScheduledSend.Status.FAILED, now.minus(Duration.ofDays(89)));
        closedRow(ScheduledSend.Status.FAILED, now.minus(Duration.ofDays(91)));
        long pending = enqueue(outbox, now.minus(Duration.ofDays(120)));

        assertThat(outbox.prune(now)).isEqualTo(3);

        assertThat(rows()).isEqualTo(3);
        assertThat(outbox.find(GUILD, pending)).isPresent();
        assertThat(outbox.history().failedSince(GUILD, now.minus(Duration.ofDays(90)))).hasSize(1);
        assertThat(outbox.prune(now)).isZero();
    }

    @Test
    @DisplayName("pruning keeps, past 90 days, the last send given up because its recipient had left the server "
            + "while nothing was tried for her after it, and prunes older ones; /coach status counts neither")
    void pruneKeepsTheLastRefusalOfOneWhoLeft() {
        Outbox outbox = new Outbox(db, "main");
        Instant now = T0.plus(Duration.ofDays(300));
        // member 7: sent, refused as she had left, refused so again later; another member's DM closed, long ago
        tried(ScheduledSend.Status.SENT, null, now.minus(Duration.ofDays(200)));
        tried(ScheduledSend.Status.FAILED, "LEFT_SERVER", now.minus(Duration.ofDays(150)));
        tried(ScheduledSend.Status.FAILED, "LEFT_SERVER", now.minus(Duration.ofDays(100)));
        closedRow(ScheduledSend.Status.FAILED, now.minus(Duration.ofDays(91)));

        assertThat(outbox.prune(now)).isEqualTo(3);

        // the last refusal stays, and still tells that she had left
        assertThat(rows()).isEqualTo(1);
        assertThat(leftServer(outbox)).isEqualTo(now.minus(Duration.ofDays(100)));
        assertThat(outbox.prune(now)).isZero();
        // and is not counted nor listed among the failed sends
        assertThat(outbox.history().counts(GUILD, now).failed()).isZero();
        assertThat(outbox.history().latestFailed(GUILD, 5, now)).isEmpty();
        // once something is tried for her after it, it goes after 30 days, as sent rows do, with what came after it
        tried(ScheduledSend.Status.SENT, null, now.minus(Duration.ofDays(20)));
        assertThat(outbox.prune(now)).isEqualTo(1);
        assertThat(leftServer(outbox)).isNull();
        assertThat(outbox.prune(now.plus(Duration.ofDays(11)))).isEqualTo(1);
        assertThat(rows()).isZero();
    }

    @Test
    @DisplayName("a refusal because its recipient had left, with a send that went out after it, goes after 30 days, "
            + "no later than that send: the refusal never stands alone as the last word about her")
    void pruneKeepsWhatCameAfterARefusal() {
        Outbox outbox = new Outbox(db, "main");
        Instant now = T0.plus(Duration.ofDays(300));
        // given up because she had left, 25 days ago; back since, a check-in reached her 10 days ago
        tried(ScheduledSend.Status.FAILED, "LEFT_SERVER", now.minus(Duration.ofDays(25)));
        tried(ScheduledSend.Status.SENT, null, now.minus(Duration.ofDays(10)));
        assertThat(outbox.prune(now)).isZero();
        assertThat(leftServer(outbox)).isNull();

        // the refusal past its 30 days goes, and the check-in after it stays
        assertThat(outbox.prune(now.plus(Duration.ofDays(6)))).isEqualTo(1);
        assertThat(rows()).isEqualTo(1);
        assertThat(leftServer(outbox)).isNull();
        // both past 30 days at once (a bot that was down): both go in the same pruning, the refusal first
        tried(ScheduledSend.Status.FAILED, "LEFT_SERVER", now.minus(Duration.ofDays(9)));
        tried(ScheduledSend.Status.SENT, null, now.minus(Duration.ofDays(8)));
        assertThat(outbox.prune(now.plus(Duration.ofDays(60)))).isEqualTo(3);
        assertThat(rows()).isZero();
    }

    @Test
    @DisplayName("pruning works in chunks of 1,000 rows until all old rows are gone")
    void pruneInChunks() {
        Outbox outbox = new Outbox(db, "main");
        Instant old = T0.minus(Duration.ofDays(40));
        db.write(c -> {
            for (int i = 0; i < 2 * Outbox.PRUNE_CHUNK_ROWS + 500; i++) {
                StoredSend.tried(GUILD, "personal", 7, ScheduledSend.Status.SENT, old).insert(c);
            }
            return null;
        });

        assertThat(outbox.prune(T0)).isEqualTo(2 * Outbox.PRUNE_CHUNK_ROWS + 500);
        assertThat(rows()).isZero();
    }

    @Test
    @DisplayName("the outbox job prunes on its first run, then at most once an hour")
    void jobPrunesHourly() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
            bot.advance(Duration.ofHours(1));
            long sent = bot.app().outbox().open(GUILD, "personal", ana.id()).size();
            assertThat(sent).isZero();
            Database botDb = bot.storedRows();
            String count = "SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? AND status = 'SENT'";
            java.util.function.IntSupplier sentRows = () -> botDb.read(c -> Database.one(c, count,
                    rs -> rs.getInt(1), GUILD).orElse(0));

            // 31 days later the sent reminder is pruned on the next run
            bot.advance(Duration.ofDays(31));
            assertThat(sentRows.getAsInt()).isZero();

            // an old row that appears now waits for the next hourly prune
            Instant old = bot.clock().instant().minus(Duration.ofDays(40));
            StoredSend.tried(GUILD, "personal", 7, ScheduledSend.Status.SENT, old).insert(botDb);
            bot.advance(Duration.ofMinutes(59));
            assertThat(sentRows.getAsInt()).isEqualTo(1);
            bot.advance(Duration.ofMinutes(1));
            assertThat(sentRows.getAsInt()).isZero();
        }
    }

    @Test
    @DisplayName("the planning turn: one process at a time; free again when handed back, or when its holder's lease ends")
    void planningTurn() {
        Outbox first = new Outbox(db, "bot-1");
        Outbox second = new Outbox(db, "bot-2");
        // one process takes the turn; the other cannot while it is held, the holder can again (a restart)
        assertThat(first.takeTurn(Outbox.PLANNING, T0)).isTrue();
        assertThat(second.takeTurn(Outbox.PLANNING, T0.plusSeconds(1))).isFalse();
        assertThat(first.takeTurn(Outbox.PLANNING, T0.plusSeconds(2))).isTrue();
        // handed back: the other takes it at once
        first.endTurn(Outbox.PLANNING, T0.plusSeconds(3));
        assertThat(second.takeTurn(Outbox.PLANNING, T0.plusSeconds(3))).isTrue();
        // a holder that died: the turn is free once its lease has run out, not before
        assertThat(first.takeTurn(Outbox.PLANNING, T0.plus(Outbox.LEASE))).isFalse();
        assertThat(first.takeTurn(Outbox.PLANNING, T0.plusSeconds(3).plus(Outbox.LEASE))).isTrue();
    }

    /** Sends of a kind with nothing to do when they are marked sent. */
    private static final SendKind PLAIN = new SendKind() {
        @Override
        public String name() {
            return "personal";
        }

        @Override
        public String described() {
            return "A test message";
        }

        @Override
        public java.util.Optional<org.partnercoach.chat.Reply> compose(ScheduledSend send) {
            return java.util.Optional.empty();
        }
    };

    private long remindAt(long recipientId, String words, Instant due) {
        return db.write(c -> new Outbox(db, "main").enqueue(c, new ScheduledSend.Draft(GUILD, "personal",
                recipientId, 0, words, "", due), due));
    }

    /** Claims every row due at {@code at} and marks them sent then, as a run of the outbox does. */
    private List<ScheduledSend> sendDue(Outbox outbox, Instant at) {
        List<ScheduledSend> claimed = outbox.claimDue(at, s -> at, 200).claimed();
        outbox.markAllSent(claimed.stream().map(s -> new Outbox.Delivered(s, at, "DM", 900 + s.recipientId(), PLAIN))
                .toList());
        return claimed;
    }

    @Test
    @DisplayName("the reminders sent in one message are found from its first: that member's of that claim, not "
            + "another member's sent with them, nor hers of an earlier message; nothing once they are pruned")
    void sentTogether() {
        Outbox outbox = new Outbox(db, "main");
        long before = remindAt(7, "Earlier", T0.minus(Duration.ofHours(1)));
        sendDue(outbox, T0.minus(Duration.ofHours(1)));
        long first = remindAt(7, "Call Maria", T0);
        long second = remindAt(7, "Book the hall", T0);
        remindAt(8, "Someone else's", T0);
        sendDue(outbox, T0);

        assertThat(outbox.history().sentTogetherWith(GUILD, "personal", 7, first)).extracting(ScheduledSend::id)
                .containsExactly(first, second);
        assertThat(outbox.history().sentTogetherWith(GUILD, "personal", 7, before)).extracting(ScheduledSend::id)
                .containsExactly(before);
        assertThat(outbox.history().sentTogetherWith(GUILD + 1, "personal", 7, first)).isEmpty();

        outbox.prune(T0.plus(Outbox.KEEP_CLOSED).plus(Duration.ofDays(1)));
        assertThat(outbox.history().sentTogetherWith(GUILD, "personal", 7, first)).isEmpty();
    }

    @Test
    @DisplayName("several sends set again in one transaction: each once (one set again before comes back, marked "
            + "so), and none at all when the new ones would pass the most a recipient may have waiting")
    void setAgainTogether() {
        Outbox outbox = new Outbox(db, "main");
        long a = remindAt(7, "Call Maria", T0);
        long b = remindAt(7, "Book the hall", T0);
        long c = remindAt(7, "Send the flyer", T0);
        sendDue(outbox, T0);
        Instant later = T0.plus(Duration.ofHours(1));
        java.util.function.LongFunction<ScheduledSend.Draft> again = id -> new ScheduledSend.Draft(GUILD, "personal",
                7, id, "again", "", later);
        ScheduledSend firstA = outbox.enqueueOnceFrom(again.apply(a), T0, 100).orElseThrow();

        // WHEN all three are set again with room for two more waiting THEN nothing is queued
        java.util.Optional<List<Outbox.Queued>> tooMany = db.write(x -> outbox.enqueueOnceFromAll(x,
                List.of(again.apply(a), again.apply(b), again.apply(c)), T0, 2));
        assertThat(tooMany).isEmpty();
        assertThat(outbox.open(GUILD, "personal", 7)).hasSize(1);

        // WHEN with room for three THEN a's earlier copy comes back and b and c are queued, once
        List<Outbox.Queued> queued = db.write(x -> outbox.enqueueOnceFromAll(x, List.of(again.apply(a),
                again.apply(b), again.apply(c)), T0, 3)).orElseThrow();
        assertThat(queued).extracting(Outbox.Queued::earlier).containsExactly(true, false, false);
        assertThat(queued.get(0).send().id()).isEqualTo(firstA.id());
        assertThat(queued).extracting(q -> q.send().targetId()).containsExactly(a, b, c);
        assertThat(db.write(x -> outbox.enqueueOnceFromAll(x, List.of(again.apply(b), again.apply(c)), T0, 3))
                .orElseThrow()).extracting(Outbox.Queued::earlier).containsExactly(true, true);
        assertThat(outbox.open(GUILD, "personal", 7)).hasSize(3)
                .extracting(ScheduledSend::requestedAt).containsOnly(later);
    }
}
