package org.partnercoach.outbox;

import org.partnercoach.reminders.PersonalReminders;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("The outbox job: quiet hours, retries, restarts")
class OutboxJobTest {

    /** A kind of message that says hello to its payload; each test overrides what it breaks. */
    private abstract static class Greeting implements SendKind {
        @Override
        public String name() {
            return "greeting";
        }

        @Override
        public String described() {
            return "A test message";
        }

        @Override
        public java.util.Optional<org.partnercoach.chat.Reply> compose(ScheduledSend send) {
            return java.util.Optional.of(org.partnercoach.chat.Reply.text("Hello " + send.payload()));
        }
    }

    /** A greeting for {@code member} due at {@code at}, with {@code text} as its payload. */
    private static ScheduledSend.Draft greeting(Member member, String text, Instant at) {
        return new ScheduledSend.Draft(member.guildId(), "greeting", member.id(), 0, text, "", at);
    }

    /** This bot's outbox job, sending {@code kind} only. */
    private OutboxJob jobWith(SendKind kind) {
        return jobWith(kind, List.of());
    }

    /** This bot's outbox job, sending {@code kind} only, with {@code planners}. */
    private OutboxJob jobWith(SendKind kind, List<DuePlanner> planners) {
        return new OutboxJob(outbox(), new Courier(bot.messenger(), bot.app().settings()), bot.app().settings(),
                List.of(kind), planners, bot.clock());
    }

    /** A planner that queues nothing, whose rehearsal hands the job these parts. */
    private static DuePlanner rehearsingInParts(Runnable... parts) {
        return new DuePlanner() {
            @Override
            public void plan(Instant at) {
            }

            @Override
            public void rehearseQueuing(Instant at, java.util.function.Consumer<Runnable> part) {
                java.util.Arrays.stream(parts).forEach(part);
            }
        };
    }

    @TempDir
    Path dir;
    private TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    private Outbox outbox() {
        return bot.app().outbox();
    }

    private ScheduledSend only(Member m) {
        return only(m, PersonalReminders.KIND);
    }

    private ScheduledSend only(Member m, String kind) {
        List<ScheduledSend> open = outbox().open(m.guildId(), kind, m.id());
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** A bot on a file database (so it can restart), where Ana has asked for these reminders. */
    private Member anaOnFile(String... whenWhat) {
        bot.close();
        bot = TestBot.onFile(dir);
        Member ana = bot.member("ana");
        for (int i = 0; i + 1 < whenWhat.length; i += 2) {
            ana.runs("remind", "when", whenWhat[i], "what", whenWhat[i + 1]);
        }
        return ana;
    }

    private void advanceTo(Instant at) {
        bot.advance(Duration.between(bot.clock().instant(), at));
    }

    /** Whether another transaction could lock the outbox's row {@code id} at once, asked from another thread. */
    private boolean lockableElsewhere(long id) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return bot.app().database().write(c -> org.partnercoach.storage.Database.list(c,
                        "SELECT id FROM scheduled_sends WHERE id = ? FOR UPDATE NOWAIT", rs -> rs.getLong(1), id))
                        .size() == 1;
            } catch (org.partnercoach.storage.StorageException locked) {
                return false;
            }
        }).join();
    }

    @Test
    @DisplayName("the rehearsal of a run rolls each part back before the next begins: the rows a part wrote are "
            + "free again for members' actions and other processes while the rest is rehearsed")
    void rehearsalPartsHoldTheirRowsAlone() {
        // GIVEN a greeting for ana, due tomorrow
        Member ana = bot.member("ana");
        Instant now = bot.clock().instant();
        org.partnercoach.storage.Database db = bot.app().database();
        long id = db.write(c -> outbox().enqueue(c, greeting(ana, "Ana", now.plus(Duration.ofDays(1))), now));
        List<Boolean> lockable = new java.util.ArrayList<>();
        // AND a planner whose rehearsal changes it in a first part, then looks at it from a second
        OutboxJob job = jobWith(new Greeting() { }, List.of(rehearsingInParts(() -> {
            db.write(c -> org.partnercoach.storage.Database.update(c,
                    "UPDATE scheduled_sends SET payload = 'Bea' WHERE id = ?", id));
            lockable.add(lockableElsewhere(id));
        }, () -> lockable.add(lockableElsewhere(id)))));

        // WHEN the run is rehearsed
        job.rehearse(now);

        // THEN the row was held while its part ran and free in the next, and the change was rolled back
        assertThat(lockable).containsExactly(false, true);
        assertThat(only(ana, "greeting").payload()).isEqualTo("Ana");
        assertThat(bot.messenger().sent()).isEmpty();
    }

    @Test
    @DisplayName("after an outage, the sends waiting from before lead every part's claim: each part of the rehearsal "
            + "composes one slice of them, not all, in each of its two passes, and nothing is sent or changed")
    void rehearsalPartsTakeOneSliceOfABacklog() {
        // GIVEN 60 greetings due from before, of a kind the rehearsal composes
        Instant now = bot.clock().instant();
        List<Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            members.add(bot.member("member" + i));
        }
        bot.app().database().write(c -> {
            outbox().enqueueAll(c, members.stream().map(m -> greeting(m, m.name(), now.minusSeconds(60))).toList(),
                    now);
            return null;
        });
        java.util.concurrent.atomic.AtomicInteger composed = new java.util.concurrent.atomic.AtomicInteger();
        SendKind rehearsable = new Greeting() {
            @Override
            public java.util.Optional<org.partnercoach.chat.Reply> compose(ScheduledSend send) {
                composed.incrementAndGet();
                return super.compose(send);
            }

            @Override
            public boolean rehearsable() {
                return true;
            }
        };
        // AND a planner whose rehearsal has two parts, queuing nothing
        OutboxJob job = jobWith(rehearsable, List.of(rehearsingInParts(() -> { }, () -> { })));

        // WHEN the run is rehearsed
        job.rehearse(now);

        // THEN each part composed a slice of 25 of them, in each of the rehearsal's two passes through the parts, and
        // all 60 are still waiting, unsent
        assertThat(composed.get()).isEqualTo(2 * 2 * OutboxJob.RECORD_EVERY);
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(members).allSatisfy(m -> assertThat(only(m, "greeting").status())
                .isEqualTo(ScheduledSend.Status.PENDING));
        // AND the run sends all of them
        assertThat(job.runDue(now)).isEqualTo(60);
        assertThat(bot.messenger().sent()).hasSize(60);
    }

    @Test
    @DisplayName("a slow platform never lets a claim lapse: past half the lease, the rest of the batch waits unsent")
    void slowSendsGiveTheRestBack() {
        // GIVEN ten members' reminders due at once, and a platform taking a minute per message
        List<Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Member m = bot.member("m" + i);
            m.runs("remind", "when", "in 1h", "what", "Call the food bank " + i);
            members.add(m);
        }
        bot.clock().advance(Duration.ofHours(1));
        bot.messenger().onEachSend(() -> bot.clock().advance(Duration.ofMinutes(1)));

        // WHEN one run claims them all
        int sent = bot.app().scheduler().runSends();

        // THEN it sends while the claim is less than half its lease old (2.5 minutes): three messages
        assertThat(sent).isEqualTo(3);
        assertThat(bot.messenger().sent()).hasSize(3);
        // AND the other seven are waiting again, unclaimed and not counted as a try
        List<ScheduledSend> waiting = members.stream().flatMap(m -> outbox().open(m.guildId(),
                PersonalReminders.KIND, m.id()).stream()).toList();
        assertThat(waiting).hasSize(7).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING);
            assertThat(s.attempts()).isZero();
        });
        // AND the next runs send them, each once
        bot.messenger().onEachSend(() -> { });
        assertThat(bot.app().scheduler().runSends()).isEqualTo(7);
        assertThat(bot.messenger().sent()).extracting(RecordingMessenger.Sent::userId)
                .containsExactlyInAnyOrderElementsOf(members.stream().map(Member::id).toList());
    }

    @Test
    @DisplayName("a server whose messages go out slowly (Discord rate-limits them) does not hold up another server's: "
            + "once a run was slowed by it, its backlog waits behind what fell due elsewhere meanwhile")
    void slowServerHoldsUpNoOtherServer() {
        // GIVEN 250 greetings of this server queued ten minutes ago, each taking Discord two seconds to take (a rate
        // limit), and Bo's greeting in another server, queued a minute ago
        Member ana = bot.member("ana");
        Member bo = bot.memberOfOtherServer("bo");
        Instant now = bot.clock().instant();
        int backlog = 250;
        bot.app().database().write(c -> {
            List<ScheduledSend.Draft> drafts = new java.util.ArrayList<>();
            for (int i = 0; i < backlog; i++) {
                drafts.add(greeting(ana, "a" + i, now.minus(Duration.ofMinutes(10)).plusMillis(i)));
            }
            drafts.add(greeting(bo, "bo", now.minus(Duration.ofMinutes(1))));
            outbox().enqueueAll(c, drafts, now);
            return null;
        });
        RecordingMessenger messenger = bot.messenger();
        messenger.onEachSend(() -> {
            List<RecordingMessenger.Sent> sent = messenger.sent();
            if (sent.get(sent.size() - 1).userId() == ana.id()) {
                bot.clock().advance(Duration.ofSeconds(2));
            }
        });
        OutboxJob job = jobWith(new Greeting() {
        });

        // WHEN a run sends what it can of the backlog before half its lease is gone, and the next run starts
        job.runDue(bot.clock().instant());
        int first = messenger.sent().size();
        assertThat(first).as("sent in the first run").isLessThan(backlog);
        job.runDue(bot.clock().instant());

        // THEN Bo's greeting is the first message of the next run, not behind the rest of the backlog
        assertThat(messenger.sent().get(first).reply().plainText()).isEqualTo("Hello bo");
        // AND the backlog still goes out, each message once
        for (int run = 0; run < 10; run++) {
            job.runDue(bot.clock().instant());
        }
        assertThat(messenger.sent()).hasSize(backlog + 1);
        assertThat(messenger.directTo(ana.id())).extracting(m -> m.reply().plainText()).doesNotHaveDuplicates();
        assertThat(outbox().open(ana.guildId(), "greeting", ana.id())).isEmpty();
    }

    @Test
    @DisplayName("when a kind cannot compose a slice of sends together, each is composed alone: only the broken one fails")
    void oneBrokenSendAmongOthers() {
        // GIVEN three sends of a kind whose messages are read together, where Bo's cannot be built
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        Member cy = bot.member("cy");
        Instant now = bot.clock().instant();
        bot.app().database().write(c -> {
            for (Member m : List.of(ana, bo, cy)) {
                outbox().enqueue(c, greeting(m, m.name(), now), now);
            }
            return null;
        });
        List<List<String>> together = new java.util.ArrayList<>();
        SendKind greeting = new Greeting() {
            @Override
            public java.util.Optional<org.partnercoach.chat.Reply> compose(ScheduledSend send) {
                if (send.payload().equals("bo")) {
                    throw new IllegalStateException("no partner list for bo");
                }
                return java.util.Optional.of(org.partnercoach.chat.Reply.text("Hello " + send.payload()));
            }

            @Override
            public List<java.util.Optional<org.partnercoach.chat.Reply>> composeAll(List<ScheduledSend> sends) {
                together.add(sends.stream().map(ScheduledSend::payload).toList());
                return sends.stream().map(this::compose).toList();
            }
        };
        OutboxJob job = jobWith(greeting);

        // WHEN the job runs
        int sent = job.runDue(now);

        // THEN the kind was asked for the three at once, then Ana and Cy got their messages
        assertThat(together).containsExactly(List.of("ana", "bo", "cy"));
        assertThat(sent).isEqualTo(2);
        assertThat(bot.messenger().directTo(ana.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).isEqualTo("Hello ana"));
        assertThat(bot.messenger().directTo(cy.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).isEqualTo("Hello cy"));
        // AND Bo's waits for a retry in a minute, with why it failed
        assertThat(bot.messenger().directTo(bo.id())).isEmpty();
        assertThat(only(bo, "greeting")).satisfies(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING);
            assertThat(s.dueAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
            assertThat(s.lastError()).isEqualTo("the bot could not write the message");
            assertThat(s.trouble()).isEqualTo(org.partnercoach.chat.SendTrouble.BOT_FAULT);
        });
    }

    @Test
    @DisplayName("a message whose composing overflows the stack fails alone: the messages after it go out in the same "
            + "run, and the next runs still send")
    void stackOverflowInOneSendHoldsUpNothing() {
        // GIVEN Bo's greeting, due first, whose text sends the kind's composing into endless recursion; then Ana's
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        Instant now = bot.clock().instant();
        long bos = bot.app().database().write(c -> {
            long id = outbox().enqueue(c, greeting(bo, "bo", now.minus(Duration.ofMinutes(1))), now);
            outbox().enqueue(c, greeting(ana, "ana", now), now);
            return id;
        });
        SendKind greeting = new Greeting() {
            @Override
            public java.util.Optional<org.partnercoach.chat.Reply> compose(ScheduledSend send) {
                return java.util.Optional.of(org.partnercoach.chat.Reply.text("Hello " + nested(send.payload())));
            }

            private String nested(String text) {
                return text.equals("bo") ? nested(text) + "!" : text;
            }
        };
        OutboxJob job = jobWith(greeting);

        // WHEN the job runs
        int sent = job.runDue(now);

        // THEN Ana got her greeting, and Bo's waits for a retry in a minute, with why
        assertThat(sent).isEqualTo(1);
        assertThat(bot.messenger().directTo(ana.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).isEqualTo("Hello ana"));
        assertThat(outbox().find(bo.guildId(), bos)).get().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING);
            assertThat(s.dueAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
            assertThat(s.lastError()).isEqualTo("the bot could not write the message");
        });
        // AND a message queued later still goes out on the next run
        bot.app().database().write(c -> outbox().enqueue(c, new ScheduledSend.Draft(ana.guildId(), "greeting",
                ana.id(), 0, "ana again", "", now), now));
        assertThat(job.runDue(now)).isEqualTo(1);
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2);
    }

    @Test
    @DisplayName("edits of earlier messages: in a channel each goes on its own; in a thread they go together, and the "
            + "one left when the others could not be written goes on its own, still reopening its archived thread")
    void editsAloneAndTogether() {
        // GIVEN two cards posted in a channel, and two in each of two threads, the first of which Discord archived
        long guild = TestBot.GUILD;
        RecordingMessenger messenger = bot.messenger();
        long[] inChannel = {posted(guild, 300), posted(guild, 300)};
        long[] inArchived = {posted(guild, 400), posted(guild, 400)};
        long[] inThread = {posted(guild, 500), posted(guild, 500)};
        messenger.threadReaches(400, org.partnercoach.chat.Messenger.ThreadReach.ARCHIVED_OR_GONE);
        // AND an edit of each queued, the second card of the archived thread's edit unable to be written
        Instant now = bot.clock().instant();
        java.util.Map<Long, Long> rows = new java.util.LinkedHashMap<>();
        bot.app().database().write(c -> {
            for (long[] cards : List.of(inChannel, inArchived, inThread)) {
                long channel = cards == inChannel ? 300 : cards == inArchived ? 400 : 500;
                for (long card : cards) {
                    rows.put(card, outbox().enqueue(c, new ScheduledSend.Draft(guild, "card", 0, card, channel,
                            card == inArchived[1] ? "broken" : "Card " + card + ", updated", "", now), now));
                }
            }
            return null;
        });
        SendKind card = new SendKind() {
            @Override
            public String name() {
                return "card";
            }

            @Override
            public String described() {
                return "A test message";
            }

            @Override
            public java.util.Optional<org.partnercoach.chat.Reply> compose(ScheduledSend send) {
                if (send.payload().equals("broken")) {
                    throw new IllegalStateException("no card to show");
                }
                return java.util.Optional.of(org.partnercoach.chat.Reply.text(send.payload()));
            }

            @Override
            public long replaces(ScheduledSend send) {
                return send.targetId();
            }

            @Override
            public long threadParent(ScheduledSend send) {
                return send.channelId() == 300 ? 0 : 30;
            }
        };
        OutboxJob job = new OutboxJob(outbox(), new Courier(messenger, bot.app().settings()),
                bot.app().settings(), List.of(card), List.of(), bot.clock());

        // WHEN the job runs
        int sent = job.runDue(now);

        // THEN the channel's cards and the thread's were edited, and the archived thread's card that could be
        // written, reopening its thread: the thread's two together, every other on its own
        assertThat(sent).isEqualTo(5);
        assertThat(messenger.threadEditsTogether()).containsExactly(2);
        assertThat(messenger.edits()).extracting(e -> e.channelId() + ": " + e.reply().plainText())
                .containsExactlyInAnyOrder("300: Card " + inChannel[0] + ", updated",
                        "300: Card " + inChannel[1] + ", updated", "400: Card " + inArchived[0] + ", updated",
                        "500: Card " + inThread[0] + ", updated", "500: Card " + inThread[1] + ", updated");
        rows.forEach((cardId, row) -> assertThat(outbox().find(guild, row)).get().satisfies(r -> assertThat(
                r.status()).isEqualTo(cardId == inArchived[1] ? ScheduledSend.Status.PENDING
                : ScheduledSend.Status.SENT)));
        // AND the card that could not be written waits for a retry in a minute
        assertThat(outbox().find(guild, rows.get(inArchived[1]))).get()
                .satisfies(r -> assertThat(r.dueAt()).isEqualTo(now.plus(Duration.ofMinutes(1))));
    }

    @Test
    @DisplayName("an edit whose earlier message cannot be read from its row waits for a retry, and neither holds up "
            + "the messages after it nor sends the one before it twice")
    void unreadableEditHoldsUpNothing() {
        // GIVEN Ana's greeting, then an edit whose row no longer says which message it edits, then Bo's greeting
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        Instant now = bot.clock().instant();
        long garbled = bot.app().database().write(c -> {
            outbox().enqueue(c, greeting(ana, "ana", now.minus(Duration.ofMinutes(2))), now);
            long id = outbox().enqueue(c, new ScheduledSend.Draft(ana.guildId(), "greeting", 0, 0, 300, "edit:??",
                    "", now.minus(Duration.ofMinutes(1))), now);
            outbox().enqueue(c, greeting(bo, "bo", now), now);
            return id;
        });
        SendKind greeting = new Greeting() {
            @Override
            public long replaces(ScheduledSend send) {
                return send.payload().startsWith("edit:") ? Long.parseLong(send.payload().substring(5)) : 0;
            }
        };
        OutboxJob job = jobWith(greeting);

        // WHEN the job runs
        int sent = job.runDue(now);

        // THEN Ana and Bo got their greetings, and the edit waits for a retry in a minute, with why
        assertThat(sent).isEqualTo(2);
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
        assertThat(bot.messenger().directTo(bo.id())).hasSize(1);
        assertThat(outbox().find(ana.guildId(), garbled)).get().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING);
            assertThat(s.dueAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
            assertThat(s.lastError()).isEqualTo("the bot could not write the message");
        });

        // WHEN its tries run out THEN it is given up, and Ana never got her greeting twice
        for (int i = 0; i < 4; i++) {
            bot.clock().advance(Duration.ofMinutes(31));
            job.runDue(bot.clock().instant());
        }
        assertThat(outbox().find(ana.guildId(), garbled)).get()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
        assertThat(bot.messenger().directTo(bo.id())).hasSize(1);
    }

    @Test
    @DisplayName("a message given up whose kind's bookkeeping fails is marked failed without it: the messages after it "
            + "go out in the same run, once each")
    void failingBookkeepingHoldsUpNothing() {
        // GIVEN Cy's greeting, due first, whose DMs are closed in a server without a reminder channel, and whose
        // kind's bookkeeping for a message given up fails; then Ana's and Bo's greetings
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        Member cy = bot.member("cy");
        bot.messenger().closeDmsOf(cy.id());
        Instant now = bot.clock().instant();
        long cys = bot.app().database().write(c -> {
            long id = outbox().enqueue(c, greeting(cy, "cy", now.minus(Duration.ofMinutes(2))), now);
            outbox().enqueue(c, greeting(ana, "ana", now.minus(Duration.ofMinutes(1))), now);
            outbox().enqueue(c, greeting(bo, "bo", now), now);
            return id;
        });
        List<Long> bookkept = new java.util.ArrayList<>();
        SendKind greeting = new Greeting() {
            @Override
            public void failed(java.sql.Connection c, ScheduledSend send, String reason,
                               org.partnercoach.chat.SendTrouble trouble, Instant at) {
                bookkept.add(send.id());
                throw new IllegalStateException("bookkeeping failed");
            }
        };
        OutboxJob job = jobWith(greeting);

        // WHEN the job runs
        int sent = job.runDue(now);

        // THEN Ana and Bo got their greetings in that run, recorded as sent
        assertThat(sent).isEqualTo(2);
        assertThat(bot.messenger().directTo(ana.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).isEqualTo("Hello ana"));
        assertThat(bot.messenger().directTo(bo.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).isEqualTo("Hello bo"));
        assertThat(outbox().open(ana.guildId(), "greeting", ana.id())).isEmpty();
        assertThat(outbox().open(bo.guildId(), "greeting", bo.id())).isEmpty();
        // AND Cy's is given up, with why a coordinator can read, though its bookkeeping could not be done
        assertThat(outbox().find(cy.guildId(), cys)).get().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED);
            assertThat(s.lastError()).contains("their DMs are closed");
            assertThat(s.trouble()).isEqualTo(org.partnercoach.chat.SendTrouble.DMS_CLOSED);
        });
        assertThat(bookkept).containsExactly(cys);

        // WHEN the job runs again once every claim would have lapsed
        bot.clock().advance(Outbox.LEASE.plusMinutes(1));
        assertThat(job.runDue(bot.clock().instant())).isZero();

        // THEN nobody got anything twice, and Cy's is not tried again
        assertThat(bot.messenger().sent()).hasSize(2);
        assertThat(bookkept).containsExactly(cys);
        assertThat(outbox().history().failedSince(cy.guildId(), TestBot.START)).extracting(ScheduledSend::id)
                .containsExactly(cys);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "its SENT mark recorded alone: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    @DisplayName("a message sent whose kind's bookkeeping fails is marked sent without it: it never goes out again, "
            + "and the other messages of the run go out in it, once each")
    void failingSentBookkeepingHoldsUpNothing(boolean alone) {
        // GIVEN Ana's, Bo's and Cy's greetings due, and a kind whose bookkeeping for Bo's, once sent, fails: quick
        // sends are recorded together (Bo's first); at 100 ms a send, two by two, and the last (Bo's) alone
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        Member cy = bot.member("cy");
        Instant now = bot.clock().instant();
        List<Member> order = alone ? List.of(ana, cy, bo) : List.of(bo, ana, cy);
        long bos = bot.app().database().write(c -> {
            long id = 0;
            for (int i = 0; i < order.size(); i++) {
                Member m = order.get(i);
                long row = outbox().enqueue(c, greeting(m, m.name(), now.minus(Duration.ofMinutes(3 - i))), now);
                id = m == bo ? row : id;
            }
            return id;
        });
        List<String> bookkept = new java.util.ArrayList<>();
        SendKind greeting = new Greeting() {
            @Override
            public void sent(java.sql.Connection c, ScheduledSend send, Instant at) {
                if (send.payload().equals("bo")) {
                    throw new IllegalStateException("bookkeeping failed");
                }
                bookkept.add(send.payload());
            }
        };
        bot.messenger().onEachSend(() -> bot.clock().advance(Duration.ofMillis(alone ? 100 : 0)));
        OutboxJob job = jobWith(greeting);

        // WHEN the job runs
        int sent = job.runDue(now);

        // THEN all three got their greetings in that run, each recorded as sent, Bo's without its bookkeeping
        assertThat(sent).isEqualTo(3);
        assertThat(bot.messenger().sent()).extracting(m -> m.reply().plainText())
                .containsExactlyElementsOf(order.stream().map(m -> "Hello " + m.name()).toList());
        assertThat(outbox().find(bo.guildId(), bos)).get()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.SENT));
        for (Member m : List.of(ana, bo, cy)) {
            assertThat(outbox().open(m.guildId(), "greeting", m.id())).isEmpty();
        }
        assertThat(bookkept).containsExactlyInAnyOrder("ana", "cy");

        // WHEN the job runs again once every claim would have lapsed THEN nobody gets anything twice
        bot.clock().advance(Outbox.LEASE.plusMinutes(1));
        assertThat(job.runDue(bot.clock().instant())).isZero();
        assertThat(bot.messenger().sent()).hasSize(3);
    }

    @Test
    @DisplayName("a database that fails for a run's records after some messages went out: once it is back, those "
            + "messages are recorded as sent and never go out again")
    void databaseFailingAfterSendsKeepsWhatWasSent() {
        // GIVEN Ana's, Bo's and Cy's greetings due, and a database that stops taking the outbox's writes once Bo's
        // greeting went out (the outbox's table out of reach, as a database failing under the bot is)
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        Member cy = bot.member("cy");
        Instant now = bot.clock().instant();
        bot.app().database().write(c -> {
            List<Member> order = List.of(ana, bo, cy);
            for (int i = 0; i < order.size(); i++) {
                Member m = order.get(i);
                outbox().enqueue(c, greeting(m, m.name(), now.minus(Duration.ofMinutes(3 - i))), now);
            }
            return null;
        });
        bot.messenger().onEachSend(() -> {
            if (bot.messenger().sent().size() == 2) {
                outboxTableAway(true);
            }
        });
        OutboxJob job = jobWith(new Greeting() {
        });

        // WHEN the job runs, and runs again while the database still fails
        try {
            job.runDue(now);
        } catch (RuntimeException brokenOff) {
            // the run may break off: the database failed under it
        }
        bot.messenger().onEachSend(() -> { });
        assertThat(bot.messenger().sent()).hasSize(3);
        bot.clock().advance(Duration.ofMinutes(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.runDue(bot.clock().instant()))
                .isInstanceOf(RuntimeException.class);

        // WHEN the database comes back, and the job runs once every claim would have lapsed
        outboxTableAway(false);
        bot.clock().advance(Outbox.LEASE.plusMinutes(1));
        job.runDue(bot.clock().instant());

        // THEN each got their greeting once, recorded as sent
        assertThat(bot.messenger().sent()).extracting(m -> m.reply().plainText())
                .containsExactly("Hello ana", "Hello bo", "Hello cy");
        for (Member m : List.of(ana, bo, cy)) {
            assertThat(outbox().open(m.guildId(), "greeting", m.id())).isEmpty();
        }
        // AND a later run sends nothing again
        bot.clock().advance(Outbox.LEASE.plusMinutes(1));
        assertThat(job.runDue(bot.clock().instant())).isZero();
        assertThat(bot.messenger().sent()).hasSize(3);
    }

    /** Takes the outbox's table out of the database's reach (every statement on it fails), or brings it back. */
    private void outboxTableAway(boolean away) {
        String from = away ? "scheduled_sends" : "scheduled_sends_away";
        String to = away ? "scheduled_sends_away" : "scheduled_sends";
        bot.storedRows().write(c -> org.partnercoach.storage.Database.update(c,
                "ALTER TABLE " + from + " RENAME TO " + to));
    }

    private long posted(long guildId, long channelId) {
        return bot.messenger().post(guildId, channelId, org.partnercoach.chat.Reply.text("Card"), null).id();
    }

    @Test
    @DisplayName("nothing is sent at night in the recipient's zone: their own, else the server's")
    void quietHoursAcrossZones() {
        // GIVEN quiet hours 21:00-08:00; Ana lives in Tokyo, Bo in Chicago, Cy follows the server (UTC)
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        Member cy = bot.member("cy");
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        bo.runs("settings timezone", "zone", "America/Chicago");
        // WHEN all three are due at 22:00 UTC: 07:00 in Tokyo, 16:00 in Chicago, 22:00 in UTC
        for (Member m : List.of(ana, bo, cy)) {
            m.runs("remind", "when", "in 7h", "what", "Call " + m.name());
        }
        bot.advance(Duration.ofHours(7));

        // THEN only Bo, in his afternoon, gets his now
        assertThat(bot.messenger().sent()).extracting(RecordingMessenger.Sent::userId).containsExactly(bo.id());
        // AND Ana's waits for 08:00 in Tokyo (23:00 UTC), Cy's for 08:00 UTC
        bot.advance(Duration.ofMinutes(59));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
        advanceTo(Instant.parse("2026-03-03T07:59:00Z"));
        assertThat(bot.messenger().directTo(cy.id())).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(cy.id())).hasSize(1);
        assertThat(bot.messenger().sent()).hasSize(3);
    }

    @Test
    @DisplayName("a reminder held for the night goes out on the next run once a coordinator turns quiet hours off")
    void heldReminderGoesOutWhenQuietHoursAreTurnedOff() {
        // GIVEN Ana's reminder fell due at 22:00 UTC and waits for 08:00
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 7h", "what", "Call the clinic");
        bot.advance(Duration.ofHours(7));
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(only(ana).dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));

        // WHEN a coordinator turns quiet hours off at 23:00
        bot.advance(Duration.ofHours(1));
        bot.coordinator("cora").runs("coach setup", "quiet", "off");

        // THEN it goes out on the next run, not at 08:00
        bot.advance(Duration.ofSeconds(1));
        assertThat(bot.messenger().directTo(ana.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).contains("Call the clinic"));
    }

    @Test
    @DisplayName("a member who sets her zone after her reminder was held gets it in her new morning")
    void heldReminderFollowsTheMembersNewZone() {
        // GIVEN Ana follows the server (UTC); her reminder fell due at 22:00 UTC and waits for 08:00 UTC
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 7h", "what", "Call the clinic");
        bot.advance(Duration.ofHours(7));
        assertThat(only(ana).dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));

        // WHEN she sets her zone to Tokyo at 22:10 UTC (07:10 there, still her night)
        bot.advance(Duration.ofMinutes(10));
        ana.runs("settings timezone", "zone", "Asia/Tokyo");

        // THEN it waits for 08:00 in Tokyo (23:00 UTC), not 08:00 UTC
        bot.advance(Duration.ofSeconds(1));
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(only(ana).dueAt()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
        advanceTo(Instant.parse("2026-03-02T22:59:00Z"));
        assertThat(bot.messenger().sent()).isEmpty();
        advanceTo(Instant.parse("2026-03-02T23:00:00Z"));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("a new server zone moves the held reminders of those who follow it, not of those with their own")
    void heldRemindersFollowTheServersNewZone() {
        // GIVEN Ana lives in London, Cy follows the server (UTC); both reminders fell due at 22:00 and wait for 08:00
        Member ana = bot.member("ana");
        Member cy = bot.member("cy");
        ana.runs("settings timezone", "zone", "Europe/London");
        for (Member m : List.of(ana, cy)) {
            m.runs("remind", "when", "in 7h", "what", "Call " + m.name());
        }
        bot.advance(Duration.ofHours(7));
        assertThat(bot.messenger().sent()).isEmpty();

        // WHEN a coordinator moves the server to Chicago at 23:00 UTC (17:00 there)
        bot.advance(Duration.ofHours(1));
        bot.coordinator("cora").runs("coach setup", "timezone", "America/Chicago");

        // THEN Cy's goes out on the next run; Ana's still waits for 08:00 in London
        bot.advance(Duration.ofSeconds(1));
        assertThat(bot.messenger().sent()).extracting(RecordingMessenger.Sent::userId).containsExactly(cy.id());
        assertThat(only(ana).dueAt()).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
    }

    @Test
    @DisplayName("a send waiting for a retry keeps its time when quiet hours or a zone change")
    void retryKeepsItsTimeWhenSettingsChange() {
        // GIVEN Ana's reminder failed at 16:00 and waits for its retry at 16:01
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call the clinic");
        bot.messenger().failNext(1);
        bot.advance(Duration.ofHours(1));
        ScheduledSend waiting = only(ana);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.dueAt()).isEqualTo(Instant.parse("2026-03-02T16:01:00Z"));

        // WHEN quiet hours are turned off and she sets her zone before the retry
        bot.clock().advance(Duration.ofSeconds(20));
        bot.coordinator("cora").runs("coach setup", "quiet", "off");
        ana.runs("settings timezone", "zone", "Asia/Tokyo");

        // THEN the row is as it was: still due at 16:01, one try
        assertThat(only(ana)).satisfies(s -> {
            assertThat(s.dueAt()).isEqualTo(waiting.dueAt());
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING);
        });
    }

    @Test
    @DisplayName("the morning after a daylight-saving change is the new local 08:00")
    void quietHoursAcrossDst() {
        // GIVEN a member in New York, where clocks spring forward in the night of 7 to 8 March
        Member ana = bot.member("ana");
        ana.runs("settings timezone", "zone", "America/New_York");
        // WHEN her reminder falls due at 23:00 EST on Saturday
        ana.runs("remind", "when", "2026-03-07 23:00", "what", "Weekend call");
        advanceTo(Instant.parse("2026-03-08T04:00:00Z"));
        assertThat(bot.messenger().sent()).isEmpty();

        // THEN it waits until 08:00 EDT (12:00 UTC), not 08:00 EST (13:00 UTC)
        advanceTo(Instant.parse("2026-03-08T11:59:00Z"));
        assertThat(bot.messenger().sent()).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("a crash between claim and send neither loses nor repeats the reminder")
    void restartBetweenClaimAndSend() {
        Member ana = anaOnFile("in 1h", "Call Lincoln High");

        // GIVEN a poller claimed the due reminder and the bot died before sending it
        bot.clock().advance(Duration.ofHours(1));
        Outbox.Batch batch = outbox().claimDue(bot.clock().instant(), s -> bot.clock().instant(), 10);
        ScheduledSend lostClaim = batch.claimed().get(0);
        bot.restart();

        // WHEN the bot starts again, it takes its own claim back at once instead of waiting for the lease
        bot.app().scheduler().runDue();
        // THEN the reminder is sent right away, once, with the row's nonce (a copy Discord already has is not shown
        // twice)
        assertThat(bot.messenger().directTo(ana.id())).singleElement()
                .satisfies(sent -> assertThat(sent.nonce()).isEqualTo("pc" + lostClaim.id()));
        bot.advance(Duration.ofDays(2));
        bot.restart().app().scheduler().runDue();
        assertThat(bot.messenger().sent()).hasSize(1);
        // AND the dead poller's late outcome cannot overwrite the real one
        Outbox.Delivered late = new Outbox.Delivered(lostClaim, bot.clock().instant(), "DM", 1,
                new PersonalReminders(outbox(), null, null, bot.clock()));
        assertThat(outbox().markSent(late)).isFalse();
        assertThat(outbox().markAllSent(List.of(late, late))).isEmpty();
        ScheduledSend stored = outbox().find(TestBot.GUILD, lostClaim.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ScheduledSend.Status.SENT);
        assertThat(stored.attempts()).isEqualTo(2);
    }

    @Test
    @DisplayName("a reminder that stopped the bot each time it was in hand is given up after its tries, and the "
            + "reminders after it go out")
    void reminderThatAlwaysStopsTheBotIsGivenUp() {
        Member ana = anaOnFile("in 1h", "Call Lincoln High");
        Member bo = bot.member("bo");
        bo.runs("remind", "when", "in 2h", "what", "Call the food bank");
        ScheduledSend anas = only(ana);

        // GIVEN Ana's reminder was claimed, and the bot died before its outcome, at each of its four tries
        bot.clock().advance(Duration.ofHours(1));
        for (int i = 0; i < 4; i++) {
            Outbox.Batch batch = outbox().claimDue(bot.clock().instant(), s -> bot.clock().instant(), 10);
            assertThat(batch.claimed()).extracting(ScheduledSend::id).containsExactly(anas.id());
            bot.restart();
        }

        // WHEN the bot runs again once Bo's reminder is due too
        bot.clock().advance(Duration.ofHours(1));
        bot.app().scheduler().runDue();

        // THEN Ana's reminder is given up, with why a coordinator can read, and Bo's goes out
        assertThat(outbox().find(TestBot.GUILD, anas.id())).get().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED);
            assertThat(s.lastError()).isEqualTo(OutboxJob.NEVER_CLOSED);
            assertThat(s.trouble()).isEqualTo(org.partnercoach.chat.SendTrouble.BOT_FAULT);
        });
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        assertThat(bot.messenger().directTo(bo.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).contains("Call the food bank"));
    }

    @Test
    @DisplayName("work that fell due while the bot was down is sent once on start")
    void missedWorkSentOnceOnStart() {
        Member ana = anaOnFile("in 1 day", "First", "in 2 days", "Second", "in 30 days", "Later");

        // GIVEN the bot is down for a week
        bot.clock().advance(Duration.ofDays(7));
        bot.restart();

        // WHEN it starts, it runs due work: the two missed reminders go out, once each, in one message
        assertThat(bot.app().scheduler().runDue()).isEqualTo(2);
        assertThat(bot.app().scheduler().runDue()).isZero();
        assertThat(bot.messenger().directTo(ana.id())).extracting(s -> s.reply().plainText())
                .singleElement().satisfies(t -> assertThat(t).contains("First", "Second"));
        assertThat(outbox().open(TestBot.GUILD, PersonalReminders.KIND, ana.id()))
                .extracting(ScheduledSend::payload).containsExactly("Later");
    }

    @Test
    @DisplayName("a failing send is retried after 1, 5 and 30 minutes, then marked failed with its reason")
    void retriedThenFailed() {
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
        long id = only(ana).id();
        bot.messenger().failNext(4);

        bot.advance(Duration.ofHours(1));
        assertThat(outbox().find(TestBot.GUILD, id).orElseThrow().lastError()).isEqualTo("simulated outage");
        bot.advance(Duration.ofSeconds(59));
        assertThat(outbox().find(TestBot.GUILD, id).orElseThrow().attempts()).isEqualTo(1);
        bot.advance(Duration.ofSeconds(1));
        assertThat(outbox().find(TestBot.GUILD, id).orElseThrow().attempts()).isEqualTo(2);
        bot.advance(Duration.ofMinutes(5));
        assertThat(outbox().find(TestBot.GUILD, id).orElseThrow().attempts()).isEqualTo(3);
        bot.advance(Duration.ofMinutes(30));

        ScheduledSend failed = outbox().find(TestBot.GUILD, id).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScheduledSend.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).isEqualTo("simulated outage");
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().sent()).isEmpty();
        // the weekly digest can find it, in this server only
        assertThat(outbox().history().failedSince(TestBot.GUILD, TestBot.START)).extracting(ScheduledSend::id)
                .containsExactly(id);
        assertThat(outbox().history().failedSince(TestBot.OTHER_GUILD, TestBot.START)).isEmpty();
    }

    @Test
    @DisplayName("two reminders due for one member in one run go as one message: when Discord fails it, both wait for "
            + "the retry, and then both are sent, once")
    void remindersTogetherShareTheirOutcome() {
        // GIVEN Ana's two reminders fall due in the same minute, and Discord fails the first try
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
        ana.runs("remind", "when", "in 1h", "what", "Send the flyer");
        bot.messenger().failNext(1);

        // WHEN the hour passes
        bot.advance(Duration.ofHours(1));

        // THEN both wait for the retry in a minute, one try each
        assertThat(outbox().open(TestBot.GUILD, PersonalReminders.KIND, ana.id())).hasSize(2).allSatisfy(s -> {
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.dueAt()).isEqualTo(TestBot.START.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(1)));
        });
        // AND the retry sends them in one message, both recorded as sent
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(ana.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).contains("Call Lincoln High", "Send the flyer"));
        assertThat(outbox().open(TestBot.GUILD, PersonalReminders.KIND, ana.id())).isEmpty();
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().sent()).hasSize(1);
    }

    @Test
    @DisplayName("ten long reminders full of Markdown and @everyone, due at once, fit in one message within Discord's "
            + "limits, each with when it was asked for, pinging nobody")
    void longRemindersTogetherFit() {
        // GIVEN Ana's ten reminders of 500 characters each, all Markdown and mentions, due in the same minute
        Member ana = bot.member("ana");
        String what = "*_@everyone ".repeat(50).substring(0, PersonalReminders.MAX_WHAT);
        for (int i = 0; i < 10; i++) {
            // each its own (the same one set twice is kept once)
            ana.runs("remind", "when", "in 1h", "what", what.substring(0, what.length() - 1) + i);
        }

        // WHEN the hour passes
        bot.advance(Duration.ofHours(1));

        // THEN they come in one card within Discord's limits, each saying when it was asked for, mentioning nobody
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> {
            org.partnercoach.chat.Card card = dm.reply().cards().get(0);
            assertThat(card.length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_TOTAL);
            assertThat(card.fields()).hasSize(10).allSatisfy(f -> {
                assertThat(f.value().length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_FIELD_VALUE);
                assertThat(f.value()).contains("\\*\\_@everyone").contains("Asked for: <t:");
            });
            assertThat(dm.reply().mentionUsers()).isEmpty();
        });
        assertThat(outbox().open(TestBot.GUILD, PersonalReminders.KIND, ana.id())).isEmpty();
    }

    /** The menus under a message, in their order. */
    private static List<org.partnercoach.chat.SelectMenu> menusOf(org.partnercoach.chat.Reply message) {
        return message.rows().stream().filter(r -> r instanceof org.partnercoach.chat.Row.Select)
                .map(r -> ((org.partnercoach.chat.Row.Select) r).menu()).toList();
    }

    /** Every reminder a message offers in its menus, by row id. */
    private static List<Long> offeredIn(org.partnercoach.chat.Reply message) {
        return menusOf(message).stream().flatMap(m -> m.options().stream())
                .map(o -> Long.parseLong(o.value())).toList();
    }

    /** Ana sets {@code count} reminders for the same minute, in an hour; the last is 500 characters of Markdown. */
    private List<ScheduledSend> remindersDueTogether(Member ana, int count) {
        for (int i = 1; i < count; i++) {
            ana.runs("remind", "when", "in 1h", "what", "Reminder " + i + ": call partner " + i);
        }
        ana.runs("remind", "when", "in 1h", "what", lastOf(count));
        List<ScheduledSend> open = outbox().open(TestBot.GUILD, PersonalReminders.KIND, ana.id());
        assertThat(open).hasSize(count);
        return open;
    }

    /** The words of the last reminder: Markdown, a mention and an emoji, 500 characters, ending in its number. */
    private static String lastOf(int count) {
        String tail = " the end of reminder " + count + " 🎉";
        return ("*_@everyone ".repeat(50)).substring(0, PersonalReminders.MAX_WHAT - tail.length()) + tail;
    }

    @Test
    @DisplayName("twenty-five reminders due for one member in one run come as one message within Discord's limits; "
            + "its menu opens each one in full, the 25th too, for her only; each is marked sent, once")
    void twentyFiveRemindersInOneMessage() {
        // GIVEN Ana's 25 reminders due in the same minute, the last one 500 characters long
        Member ana = bot.member("ana");
        List<ScheduledSend> due = remindersDueTogether(ana, 25);

        // WHEN the hour passes
        bot.advance(Duration.ofHours(1));

        // THEN one message comes, within Discord's limits, and its menu offers every one of the 25
        org.partnercoach.chat.Reply message = org.assertj.core.api.Assertions.assertThat(
                bot.messenger().directTo(ana.id())).singleElement().actual().reply();
        assertThat(message.text().length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.MESSAGE_CONTENT);
        assertThat(message.cards()).singleElement().satisfies(card -> {
            assertThat(card.title()).contains("25 reminders");
            assertThat(card.length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_TOTAL);
            assertThat(card.fields()).hasSizeLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_FIELDS);
            assertThat(card.fields()).last().satisfies(f -> assertThat(f.name()).isEqualTo("…and 15 more"));
        });
        assertThat(message.rows()).hasSizeLessThanOrEqualTo(org.partnercoach.chat.Limits.ROWS);
        assertThat(offeredIn(message)).containsExactlyElementsOf(due.stream().map(ScheduledSend::id).toList());
        assertThat(message.mentionUsers()).isEmpty();

        // AND picking the 25th shows it whole, Markdown shown as typed, with when it was asked for, to her only
        ana.reads(message);
        org.partnercoach.chat.Reply opened = ana.picks(String.valueOf(due.get(24).id()));
        assertThat(opened.ephemeral()).isTrue();
        assertThat(opened.plainText()).contains(org.partnercoach.chat.Shown.text(lastOf(25)), "Asked for");
        ana.reads(message);
        assertThat(ana.picks(String.valueOf(due.get(0).id())).plainText()).contains("Reminder 1: call partner 1");

        // AND Bo, shown her message, cannot open her reminders
        Member bo = bot.member("bo");
        bo.reads(message);
        assertThat(bo.picks(String.valueOf(due.get(24).id())).plainText()).contains("someone else's")
                .doesNotContain("the end of reminder");

        // AND every one of them is marked sent, once, at the same moment; nothing more comes
        for (ScheduledSend s : due) {
            assertThat(outbox().find(TestBot.GUILD, s.id())).get().satisfies(row -> {
                assertThat(row.status()).isEqualTo(ScheduledSend.Status.SENT);
                assertThat(row.attempts()).isEqualTo(1);
                assertThat(row.sentAt()).isEqualTo(TestBot.START.plus(Duration.ofHours(1)));
            });
        }
        bot.advance(Duration.ofDays(2));
        assertThat(bot.messenger().sent()).hasSize(1);
    }

    @Test
    @DisplayName("a member's hundred reminders, the most she can have, due together come as one message whose menus "
            + "reach every one: the 100th opens from the fourth menu")
    void aHundredRemindersInOneMessage() {
        Member ana = bot.member("ana");
        List<ScheduledSend> due = remindersDueTogether(ana, PersonalReminders.MAX_PENDING);

        bot.advance(Duration.ofHours(1));

        org.partnercoach.chat.Reply message = org.assertj.core.api.Assertions.assertThat(
                bot.messenger().directTo(ana.id())).singleElement().actual().reply();
        assertThat(message.rows()).hasSizeLessThanOrEqualTo(org.partnercoach.chat.Limits.ROWS);
        assertThat(menusOf(message)).hasSize(4).allSatisfy(m -> assertThat(m.options())
                .hasSizeLessThanOrEqualTo(org.partnercoach.chat.Limits.SELECT_OPTIONS));
        assertThat(menusOf(message)).extracting(m -> m.id().encode()).doesNotHaveDuplicates();
        assertThat(offeredIn(message)).containsExactlyElementsOf(due.stream().map(ScheduledSend::id).toList());
        assertThat(message.cards().get(0).length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_TOTAL);
        ana.reads(message);
        assertThat(ana.picksIn(3, String.valueOf(due.get(99).id())).plainText())
                .contains(org.partnercoach.chat.Shown.text(lastOf(PersonalReminders.MAX_PENDING)));
        assertThat(outbox().open(TestBot.GUILD, PersonalReminders.KIND, ana.id())).isEmpty();
    }

    @Test
    @DisplayName("a member's two reminders that fell due while the bot was down, with more of others' between them "
            + "than one claim takes, still come to her as one message")
    void remindersStraddlingAClaimComeAsOneMessage() {
        // GIVEN Ana's reminder due in an hour, then 200 other members' due in the same minute, then Ana's second,
        // due 10 minutes later: hers are the first and the last of 202 rows, one claim taking 200
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 60 minutes", "what", "Call Lincoln High");
        List<Member> others = new java.util.ArrayList<>();
        for (int i = 0; i < OutboxJob.BATCH; i++) {
            Member other = bot.member("member" + i);
            other.runs("remind", "when", "in 60 minutes", "what", "Reminder of member " + i);
            others.add(other);
        }
        ana.runs("remind", "when", "in 70 minutes", "what", "Send the flyer");

        // WHEN the bot, down meanwhile, runs once two hours on
        bot.clock().advance(Duration.ofHours(2));
        bot.app().scheduler().runDue();

        // THEN Ana gets one message with both reminders, each other member one with theirs, and nothing is left
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("Call Lincoln High", "Send the flyer"));
        for (Member other : others) {
            assertThat(bot.messenger().directTo(other.id())).hasSize(1);
        }
        assertThat(outbox().open(TestBot.GUILD, PersonalReminders.KIND, ana.id())).isEmpty();
        assertThat(bot.messenger().sent()).hasSize(OutboxJob.BATCH + 1);
    }

    @Test
    @DisplayName("the bot killed after Discord took a message of 25 reminders, before it marked them sent: on start "
            + "it sends the same message again under the same nonce (Discord shows it once) and marks all 25 sent")
    void twentyFiveRemindersSurviveARestart() {
        // GIVEN Ana's 25 reminders on a file database, due now; the database stops taking the outbox's writes once
        // the message went out, as if the bot died there
        Member ana = anaOnFile();
        List<ScheduledSend> due = remindersDueTogether(ana, 25);
        bot.clock().advance(Duration.ofHours(1));
        bot.messenger().onEachSend(() -> outboxTableAway(true));
        try {
            bot.app().scheduler().runDue();
        } catch (RuntimeException brokenOff) {
            // the run may break off: the database failed under it
        }
        bot.messenger().onEachSend(() -> { });
        outboxTableAway(false);
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);

        // WHEN the bot starts again (what it held in memory is gone) and runs
        bot.restart();
        bot.app().scheduler().runDue();

        // THEN the one message went again under the first one's nonce, with all 25 in its menu
        List<RecordingMessenger.Sent> sent = bot.messenger().directTo(ana.id());
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).nonce()).isEqualTo(sent.get(0).nonce()).isEqualTo(ScheduledSend.nonceOf(due));
        assertThat(offeredIn(sent.get(1).reply())).containsExactlyElementsOf(due.stream().map(ScheduledSend::id)
                .toList());
        // AND all 25 are marked sent, and nothing goes out again after another restart
        for (ScheduledSend s : due) {
            assertThat(outbox().find(TestBot.GUILD, s.id()).orElseThrow().status())
                    .isEqualTo(ScheduledSend.Status.SENT);
        }
        bot.advance(Duration.ofDays(1));
        bot.restart().app().scheduler().runDue();
        assertThat(bot.messenger().sent()).hasSize(2);
        // AND its menu still opens the 25th after the restart
        ana.reads(sent.get(1).reply());
        assertThat(ana.picks(String.valueOf(due.get(24).id())).plainText()).contains("the end of reminder 25");
    }

    @Test
    @DisplayName("reminders held for quiet hours come in the morning's one message in the order they were asked for, "
            + "not the order they were set")
    void heldRemindersComeInTheOrderAskedFor() {
        // GIVEN at 15:00 (UTC, quiet hours 21:00-08:00) Ana asks first for midnight, then for 23:00
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 9h", "what", "Call the clinic at midnight");
        ana.runs("remind", "when", "in 8h", "what", "Send the flyer at eleven");

        // WHEN both wait for the morning and come together
        advanceTo(Instant.parse("2026-03-03T08:00:00Z"));

        // THEN the one message lists 23:00's first, then midnight's
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().cards().get(0).fields()).extracting(org.partnercoach.chat.Card.Field::value)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Send the flyer at eleven"),
                        second -> assertThat(second).startsWith("Call the clinic at midnight")));
    }

    @Test
    @DisplayName("a send that fails twice goes out on the third try, once")
    void recoversAfterFailures() {
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
        bot.messenger().failNext(2);

        bot.advance(Duration.ofHours(1));
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().sent()).isEmpty();
        bot.advance(Duration.ofMinutes(5));
        bot.advance(Duration.ofHours(2));

        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("closed DMs: the reminder goes to the reminder channel, mentioning only that member")
    void dmClosedFallsBackToChannel() {
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
        bot.messenger().closeDmsOf(ana.id());

        bot.advance(Duration.ofHours(1));

        List<RecordingMessenger.Sent> sent = bot.messenger().sent();
        assertThat(sent).hasSize(1);
        RecordingMessenger.Sent post = sent.get(0);
        assertThat(post.direct()).isFalse();
        assertThat(post.channelId()).isEqualTo(555);
        assertThat(post.guildId()).isEqualTo(TestBot.GUILD);
        assertThat(post.reply().text()).startsWith("<@" + ana.id() + ">");
        assertThat(post.reply().plainText()).contains("Call Lincoln High");
        assertThat(post.reply().mentionUsers()).isEqualTo(Set.of(ana.id()));
        assertThat(post.reply().ephemeral()).isFalse();
    }

    @Test
    @DisplayName("closed DMs and no reminder channel: marked failed at once, with the reason")
    void dmClosedWithoutChannelFails() {
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
        long id = only(ana).id();
        bot.messenger().closeDmsOf(ana.id());

        bot.advance(Duration.ofHours(1));

        ScheduledSend failed = outbox().find(TestBot.GUILD, id).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScheduledSend.Status.FAILED);
        assertThat(failed.lastError()).contains("DMs are closed", "no reminder channel");
        assertThat(bot.messenger().sent()).isEmpty();
    }

    @Test
    @DisplayName("channel mode posts in the reminder channel, mentioning only that member")
    void channelMode() {
        bot.coordinator("cora").runs("coach setup", "channel", "555", "delivery", "channel");
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");

        bot.advance(Duration.ofHours(1));

        assertThat(bot.messenger().sent()).singleElement().satisfies(post -> {
            assertThat(post.channelId()).isEqualTo(555);
            assertThat(post.reply().mentionUsers()).containsExactly(ana.id());
        });
    }

    @Test
    @DisplayName("channel mode, and the reminder channel was deleted: the reminder comes by DM instead of failing")
    void channelGoneFallsBackToDm() {
        bot.coordinator("cora").runs("coach setup", "channel", "555", "delivery", "channel");
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
        bot.messenger().cannotPostIn(555, ChannelTrouble.gone());

        bot.advance(Duration.ofHours(1));

        assertThat(bot.messenger().postsIn(555)).isEmpty();
        assertThat(bot.messenger().directTo(ana.id())).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).contains("Call Lincoln High"));
    }

    @Test
    @DisplayName("channel mode, the bot lost Send Messages there and the member's DMs are closed: failed at once, "
            + "with both reasons")
    void channelClosedAndDmClosedFails() {
        bot.coordinator("cora").runs("coach setup", "channel", "555", "delivery", "channel");
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
        long id = only(ana).id();
        bot.messenger().cannotPostIn(555, ChannelTrouble.lacks(Set.of(Capability.SEND_MESSAGES)));
        bot.messenger().closeDmsOf(ana.id());

        bot.advance(Duration.ofHours(1));

        ScheduledSend failed = outbox().find(TestBot.GUILD, id).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScheduledSend.Status.FAILED);
        assertThat(failed.lastError()).isEqualTo("the bot lacks Send Messages in <#555>, and their DMs are closed");
        assertThat(bot.messenger().sent()).isEmpty();
    }
}
