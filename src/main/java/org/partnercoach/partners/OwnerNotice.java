package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.OutboxJob;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * The DM to the member who looks after a partner that someone else archived, restored, deleted or handed on: her
 * check-in reminders stop (or start again) with it, so she hears who did it, the reason they gave, and what she can do. When
 * her own plan for it was paused or went too, or her request for an introduction there, this one DM says so (she gets
 * no {@link PlanGoneNotice} or {@link IntroGoneNotice} besides). The row's {@code about} is
 * {@code "<what> <member who did it>[ plan][ intro]"}; its payload the reason given (archived), the partner's name
 * (deleted, as the partner is gone when it is sent) or the member it was handed to (handed on: when it has changed
 * hands again by the time the DM goes out, the DM names whoever looks after it then, or says nobody does). A member
 * who asks to be forgotten is 0 in both from then on: the DM says "a former member" did it, and to ask a coordinator.
 */
final class OwnerNotice implements SendKind.NamesMembers {

    static final String KIND = "owner-news";

    enum What {
        ARCHIVED, RESTORED, DELETED, HANDED_ON
    }

    /**
     * What to tell {@code partner}'s owner: {@code by} did it; {@code plan}, {@code intro}: what of hers it touched;
     * {@code handedTo}: who looks after it now (handed on only).
     */
    record News(Partner partner, long by, What what, boolean plan, boolean intro, long handedTo) {

        News(Partner partner, long by, What what, boolean plan, boolean intro) {
            this(partner, by, what, plan, intro, 0);
        }

        /**
         * The news for {@code before}'s owner when {@code by} handed it to {@code to}, if she is someone else, and not
         * among those the platform said have {@code left} the server.
         */
        static Optional<News> handedOn(Partner before, long by, long to, java.util.Set<Long> left) {
            long owner = toTell(before, by);
            return owner == 0 || left.contains(owner) ? Optional.empty()
                    : Optional.of(new News(before, by, What.HANDED_ON, false, false, to));
        }

        /**
         * The news for {@code p}'s owner when {@code by} changed it, if she is someone else, and not among those the
         * platform said have {@code left} the server (a DM to her would only be refused).
         */
        static Optional<News> of(Partner p, long by, What what, java.util.Set<Long> plans,
                                 java.util.Collection<Long> waitingForIntro, java.util.Set<Long> left) {
            long owner = toTell(p, by);
            if (owner == 0 || left.contains(owner)) {
                return Optional.empty();
            }
            return Optional.of(new News(p, by, what, plans.contains(p.ownerId()),
                    waitingForIntro.contains(p.ownerId())));
        }

        long owner() {
            return partner.ownerId();
        }
    }

    /**
     * The member told when {@code by} archived, restored or deleted {@code p}: its owner, when someone else did it; 0
     * for none. The command's reply names her by the same rule; when the platform said, before the command, that she
     * has left the server, she is told nothing ({@link News#of}) and the reply says so instead ({@link #told}).
     */
    static long toTell(Partner p, long by) {
        return p.hasOwner() && p.ownerId() != by ? p.ownerId() : 0;
    }

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final PartnerStore partners;
    private final ServerSettings settings;

    OwnerNotice(Database db, Clock clock, Outbox outbox, PartnerStore partners, ServerSettings settings) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.partners = partners;
        this.settings = settings;
    }

    /**
     * {@link #told(long, long, String)}, unless the platform said {@code owner} has {@code left} the server: then no
     * DM is queued for her ({@link News#of}), and the sentence says that she {@code did} (as "looks after it") and has
     * left, so I won't DM her, followed by {@code instead} (what the coordinator can do about it; "" for nothing).
     */
    String told(long guildId, long owner, String since, java.util.Set<Long> left, String did, String instead) {
        if (owner != 0 && left.contains(owner)) {
            return " " + Mentions.user(owner) + ", who " + did + ", has left the server, so I won't DM them"
                    + (instead.isEmpty() ? "." : ": " + instead);
        }
        return told(guildId, owner, since);
    }

    /**
     * The command's sentence that names the {@code owner} to be told ({@link #toTell}; 0: none, no sentence), since
     * she does what {@code since} says. This DM waits for her quiet hours, so when they hold it now, the sentence says
     * when it reaches her: the member who acted is not left wondering why she hasn't answered.
     */
    String told(long guildId, long owner, String since) {
        if (owner == 0) {
            return "";
        }
        Instant now = clock.instant();
        Instant reaches = OutboxJob.afterQuietHours(settings, guildId, owner, now);
        return " I'll let " + Mentions.user(owner) + " know by DM, since they " + since + "."
                + (reaches.isAfter(now) ? " It reaches them after their quiet hours: " + TimeMarkup.full(reaches) + "."
                : "");
    }

    @Override
    public String name() {
        return KIND;
    }

    /** What happened to her partner; its name only for a delete (the others find it by id, as they go out). */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        return Optional.of(switch (What.valueOf(send.about().split(" ")[0].toUpperCase(java.util.Locale.ROOT))) {
            case DELETED -> "“" + send.payload() + "” was deleted";
            case ARCHIVED -> "a partner you looked after was archived"
                    + (send.payload().isBlank() ? "" : " (the reason given: " + send.payload() + ")");
            case RESTORED -> "a partner you looked after was restored";
            case HANDED_ON -> "a partner you looked after was handed to another member";
        });
    }

    @Override
    public String described() {
        return "A partner update";
    }

    /** The member who did it, and for a handover the member it was handed to, as 0 when it is her. */
    @Override
    public Optional<Words> withoutMember(Connection c, ScheduledSend send, long userId) {
        String[] about = send.about().split(" ", -1);
        if (about.length < 2) {
            return Optional.empty();
        }
        about[1] = SendKind.unnamed(about[1], userId);
        String payload = about[0].equalsIgnoreCase(What.HANDED_ON.name())
                ? SendKind.unnamed(send.payload(), userId) : send.payload();
        Words unnamed = new Words(payload, String.join(" ", about));
        return unnamed.about().equals(send.about()) && unnamed.payload().equals(send.payload()) ? Optional.empty()
                : Optional.of(unnamed);
    }

    /** Queues {@code news} in the caller's transaction. */
    void queue(Connection c, News news) throws SQLException {
        Partner p = news.partner();
        String payload = switch (news.what()) {
            case ARCHIVED -> p.archivedReason() == null ? "" : p.archivedReason();
            case DELETED -> p.name();
            case RESTORED -> "";
            case HANDED_ON -> String.valueOf(news.handedTo());
        };
        String about = news.what().name().toLowerCase(java.util.Locale.ROOT) + " " + news.by()
                + (news.plan() ? " plan" : "") + (news.intro() ? " intro" : "");
        outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), KIND, news.owner(), p.id(), payload, about,
                clock.instant()), clock.instant());
    }

    /** Whether the news that {@code p} was archived, to {@code owner}, still waits to go out (for her quiet hours). */
    boolean archivedNewsWaiting(Partner p, long owner) {
        return !NoticeWaiting.among(outbox, p, KIND, java.util.Set.of(owner), OwnerNotice::archived).isEmpty();
    }

    /**
     * The archive whose news to {@code owner} still waits (her quiet hours) was undone by a restore: that news is
     * dropped now, in the restore's transaction, so that it never goes, even once the partner has moved on again (her
     * own archive then tells her nothing; another's brings news of its own, with its reason).
     */
    void dropArchivedNews(Partner p, long owner) {
        outbox.history().about(p.guildId(), KIND, p.id()).stream().filter(s -> s.recipientId() == owner
                && s.status() == ScheduledSend.Status.PENDING && archived(s.about()))
                .forEach(s -> outbox.cancel(p.guildId(), KIND, owner, s.id()));
    }

    /** Whether a row's {@code about} is news that its partner was archived. */
    private static boolean archived(String about) {
        return about.startsWith(What.ARCHIVED.name().toLowerCase(java.util.Locale.ROOT) + " ");
    }

    /** Queues {@code news}, if any, on its own. */
    void queue(Optional<News> news) {
        news.ifPresent(n -> db.write(c -> {
            queue(c, n);
            return null;
        }));
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        String[] about = send.about().split(" ");
        What what = What.valueOf(about[0].toUpperCase(java.util.Locale.ROOT));
        long byId = Long.parseLong(about[1]);
        String by = Mentions.user(byId);
        boolean plan = send.about().contains(" plan");
        boolean intro = send.about().contains(" intro");
        // one who asked to be forgotten is no one to talk to: a coordinator is
        String talkTo = byId == 0 ? "ask a coordinator" : "talk to " + by;
        String talk = ", or " + talkTo + ".";
        if (what == What.DELETED) {
            String name = Shown.text(send.payload());
            String went = plan && intro ? " Your plan for it went with it, answers included, as did your request for "
                    + "an introduction there." : plan ? " Your plan for it went with it, answers included."
                    : intro ? " Your request for an introduction there went with it." : "";
            return Optional.of(Reply.text("Just so you know: " + by + " deleted “" + name + "”, which you looked "
                    + "after, from the coalition's outreach list, with its history, so I won't send you check-in "
                    + "reminders about it." + went + " If it was deleted by mistake, add it again with `/partner add`"
                    + (plan ? " (then `/partner coach` starts a new plan)" : "") + talk));
        }
        Optional<Partner> partner = db.read(c -> partners.byId(c, send.guildId(), send.targetId()));
        if (what == What.HANDED_ON) {
            // handed back to her before this went out: it is hers again, and nothing true is left to say
            long to = Long.parseLong(send.payload());
            return partner.filter(p -> p.ownerId() != send.recipientId()).map(p -> {
                String hers = "“" + Shown.text(p.name()) + "”, which you looked after";
                // handed to a member forgotten since (0): nobody looks after it now
                boolean stillTo = p.hasOwner() && p.ownerId() == to;
                String done = to == byId && to != 0 ? " took on " + hers
                        : " handed " + hers + (stillTo ? ", to " + Mentions.user(to) : ", on");
                // handed on again (or its owner forgotten) since this was queued: name who looks after it as it goes
                String keeper = stillTo ? "" : p.hasOwner() ? "; " + Mentions.user(p.ownerId()) + " looks after it now"
                        : "; nobody looks after it now";
                // a moved-on partner has no reminders to move: say what becomes of them if it comes back
                String reminders = !p.active() ? ". It has moved on, so no check-in reminders come for it"
                        + (p.hasOwner() ? "; if it comes back, they go to them." : ".")
                        : !p.hasOwner() ? ", so its check-in reminders no longer come to you."
                        : ", so its check-in reminders go to them" + (stillTo ? " now." : ".");
                return Reply.text("Just so you know: " + by + done + keeper + reminders + " If that was a mistake, "
                        + talkTo + ".");
            });
        }
        // restored or archived again since, or handed on: nothing true left to say
        return partner.filter(p -> p.ownerId() == send.recipientId() && p.active() == (what == What.RESTORED))
                .map(p -> {
            String name = Shown.text(p.name());
            String coach = Shown.code("/partner coach " + PartnerRef.option(p.name()));
            if (what == What.RESTORED) {
                return Reply.text("Just so you know: " + by + " brought “" + name + "”, which you look after, back to "
                        + "the outreach list (" + p.stage().label().toLowerCase() + " stage), so its check-in "
                        + "reminders start again." + (plan ? " Your plan for it waits where you left it: " + coach
                        + " picks it up." : "") + " If the coalition should stay moved on from it, archive it again "
                        + "with `/partner archive`" + talk);
            }
            String reason = send.payload().isBlank() ? " No reason was given."
                    : " The reason given: " + Quoted.endingSentence(send.payload());
            return Reply.text("Just so you know: " + by + " archived “" + name + "”, which you look after: the "
                    + "coalition has moved on from it, so I won't send you check-in reminders about it." + reason
                    + (plan ? " I've paused your plan for it too; your answers are kept, and " + coach + " picks it "
                    + "up once it is back." : "") + " If you still work with them, bring it back with "
                    + HandoverNotice.restore(p) + talk);
        });
    }
}
