package org.partnercoach.partners;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.coaching.Walks;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * The DM to each member whose plan for a partner went with the partner ({@code /partner delete}), or was paused
 * because the coalition moved on from it ({@code /partner archive}, or a reminder's "We've moved on"): queued in that
 * change's own transaction, so that a member in the middle of that plan learns why it stopped instead of finding
 * their next answer refused or their plan silent. When the partner comes back ({@code /partner restore}), the same
 * notice tells each of them that their paused plan waits and how it opens, instead of leaving it "(paused)" in
 * {@code /coach progress} with no word. Back before the notice that it moved on went out (held for the member's quiet
 * hours, say), she is told neither: that notice is dropped when it falls due, and the restore queues no other
 * ({@link #unaware}). The partner's name travels in the row (the partner is gone when a deletion's notice is sent);
 * {@code about} says which happened (empty for a deletion, as rows queued before moving on had its notice).
 */
final class PlanGoneNotice implements SendKind {

    static final String KIND = "plan-gone";
    /** {@code about} of the notice of a plan paused because its partner moved on. */
    static final String MOVED_ON = "moved-on";
    /** {@code about} of the notice of a deletion to a member who was also waiting for an introduction there. */
    static final String DELETED_WITH_INTRO = "deleted-intro";
    /** {@code about} of the notice that the partner of a plan paused when it moved on is back on the list. */
    static final String BACK = "back";

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final OwnerNotice owners;
    private final PartnerStore partners;
    private final Walks walks;

    PlanGoneNotice(Database db, Clock clock, Outbox outbox, OwnerNotice owners, PartnerStore partners, Walks walks) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.owners = owners;
        this.partners = partners;
        this.walks = walks;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** The partner whose plan it was, by the name it had then. */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        return Optional.ofNullable(send.payload());
    }

    @Override
    public String described() {
        return "A note on a paused or stopped plan";
    }

    /**
     * Queues the notice to each of {@code members}, whose plan for {@code p} went with it (deleted); to those also in
     * {@code waitingForIntro} the one notice says their request for an introduction there went too. The news for its
     * owner, if any, is queued with them (she is not among {@code members}).
     */
    void queue(Partner p, Set<Long> members, java.util.Collection<Long> waitingForIntro,
               Optional<OwnerNotice.News> owner) {
        queue(p, members, member -> waitingForIntro.contains(member) ? DELETED_WITH_INTRO : "", owner);
    }

    /**
     * Queues the notice to each of {@code members}, whose plan for {@code p} is paused since it moved on, and the news
     * for its owner, if any (she is not among {@code members}).
     */
    void queueMovedOn(Partner p, Set<Long> members, Optional<OwnerNotice.News> owner) {
        queue(p, members, member -> MOVED_ON, owner);
    }

    /**
     * Queues the notice to each of {@code members}, whose plan for {@code p} waits now that it is back on the list, and
     * the news for its owner, if any (she is not among {@code members}: her news says her plan waits).
     */
    void queueBack(Partner p, Set<Long> members, Optional<OwnerNotice.News> owner) {
        queue(p, members, member -> BACK, owner);
    }

    /**
     * Of {@code members}, whose plans for {@code p} wait now that it is back, and its owner to be told ({@code owner}),
     * those who never heard it moved on: their notice of it (her news that it was archived, for the owner) still waits
     * to go out, and now never will ({@link #compose}), so "it is back" would only puzzle them. Read at the restore, in
     * its transaction, so that its reply can say who hears nothing; a notice being sent at that moment counts as heard.
     */
    Set<Long> unaware(Partner p, Set<Long> members, Optional<OwnerNotice.News> owner) {
        Set<Long> unaware = new java.util.HashSet<>(movedOnWaiting(p, members));
        owner.map(OwnerNotice.News::owner).filter(o -> owners.archivedNewsWaiting(p, o)).ifPresent(unaware::add);
        return unaware;
    }

    /** The restore told of in {@code news} undid an archive whose news to its owner still waits: it never goes. */
    void dropOwnersArchiveNews(OwnerNotice.News news) {
        owners.dropArchivedNews(news.partner(), news.owner());
    }

    /** Of {@code members}, those whose notice that {@code p} moved on still waits to go out (their quiet hours). */
    Set<Long> movedOnWaiting(Partner p, Set<Long> members) {
        return NoticeWaiting.among(outbox, p, KIND, members, MOVED_ON::equals);
    }

    private void queue(Partner p, Set<Long> members, java.util.function.LongFunction<String> about,
                       Optional<OwnerNotice.News> owner) {
        if (members.isEmpty() && owner.isEmpty()) {
            return;
        }
        db.write(c -> {
            for (long member : members) {
                outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), KIND, member, p.id(), p.name(),
                        about.apply(member), clock.instant()), clock.instant());
            }
            if (owner.isPresent()) {
                owners.queue(c, owner.get());
            }
            return null;
        });
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        if (BACK.equals(send.about())) {
            return back(send);
        }
        String name = Shown.text(send.payload());
        String elsewhere = " Anything else you began is as you left it: `/coach progress` shows where you are.";
        if (MOVED_ON.equals(send.about())) {
            // back on the list before this went out: nothing is left to tell (and the restore queued no notice of it)
            if (db.read(c -> partners.byId(c, send.guildId(), send.targetId())).filter(Partner::active).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(Reply.text("Just so you know: the coalition has moved on from “" + name + "” (it was "
                    + "archived on the outreach list), so I've paused your plan for it: no more questions or nudges "
                    + "about it. Your answers are kept. If it comes back with `/partner restore`, "
                    + Shown.code("/partner coach " + PartnerRef.option(send.payload())) + " picks your plan up where "
                    + "you left it." + elsewhere));
        }
        if (DELETED_WITH_INTRO.equals(send.about())) {
            return Optional.of(Reply.text("Just so you know: “" + name + "” was deleted from the coalition's outreach "
                    + "list, and your plan for it went with it, answers included, as did your request for an "
                    + "introduction there. If it was deleted by mistake, add it again with `/partner add`, then "
                    + "`/partner coach` starts a new plan and `/partner intro` asks again." + elsewhere));
        }
        return Optional.of(Reply.text("Just so you know: “" + name + "” was deleted from the "
                + "coalition's outreach list, and your plan for it went with it, answers included. If it was deleted "
                + "by mistake, add it again with `/partner add`, then `/partner coach` starts a new plan." + elsewhere));
    }

    /**
     * The partner is back: said only while it still is (not moved on again, nor deleted) and the member's plan for it
     * still waits (not finished, nor gone with a forget), in the partner's name as it is now.
     */
    private Optional<Reply> back(ScheduledSend send) {
        Optional<Partner> partner = db.read(c -> partners.byId(c, send.guildId(), send.targetId()))
                .filter(Partner::active);
        if (partner.isEmpty() || walks.aboutSubject(send.guildId(), Partners.PLAN_CURRICULUM, send.targetId()).stream()
                .noneMatch(s -> s.walk().userId() == send.recipientId() && !s.done())) {
            return Optional.empty();
        }
        Partner p = partner.get();
        return Optional.of(Reply.text("Good news: “" + Shown.text(p.name()) + "” is back on the coalition's outreach "
                + "list. Your plan for it waits where you left it, answers kept: "
                + Shown.code("/partner coach " + PartnerRef.option(p.name())) + " picks it up again."));
    }
}
