package org.partnercoach.partners;

import java.util.List;
import org.partnercoach.chat.OptionSpec;

/**
 * Lets another feature take a partner as an option (e.g. {@code /remind ... partner:}): suggestions while the
 * member types on Discord (their value is the exact name), and the partner a typed or picked name means, with the same friendly "I can't find"
 * message as {@code /partner} commands.
 */
public final class PartnerPicker {

    private final PartnerLookup lookup;
    private final Sectors sectors;

    PartnerPicker(PartnerLookup lookup, Sectors sectors) {
        this.lookup = lookup;
        this.sectors = sectors;
    }

    /**
     * The partner a member means, in their own server.
     *
     * @throws org.partnercoach.chat.UserError naming close matches when there is no such partner
     */
    public Partner pick(long guildId, String typedOrPicked) {
        return lookup.resolve(guildId, PartnerRef.typed(typedOrPicked));
    }

    /**
     * What a member reads when something she sets up names a partner the coalition has moved on from (it is set all
     * the same: she may still want it): that it moved on, and the command that brings it back. Empty for a partner
     * still on the list.
     */
    public java.util.Optional<String> movedOnNote(Partner p) {
        return p.active() ? java.util.Optional.empty()
                : java.util.Optional.of("The coalition has moved on from “" + org.partnercoach.chat.Shown.text(p.name())
                        + "”, so no check-in reminders come for it; if you're reaching out again, "
                        + HandoverNotice.restore(p) + " brings it back.");
    }

    /** Up to 25 partners still on the list whose names contain what the member typed. */
    public List<OptionSpec.Choice> suggest(long guildId, String typed) {
        return lookup.suggest(guildId, typed, PartnerLookup.Which.ACTIVE, sectors);
    }
}
