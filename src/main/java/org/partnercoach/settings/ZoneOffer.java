package org.partnercoach.settings;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;

/**
 * A new server runs on UTC with quiet hours 21:00-08:00: the first time a coordinator uses a command there, its
 * answer also says so and offers the time zone in a menu (once per server, remembered). Wraps every feature, so
 * the offer comes with whatever the coordinator ran first.
 */
public final class ZoneOffer {

    static final String ACTION = "zone";
    /** Discord's embeds per message. */
    private static final int MAX_EMBEDS = 10;
    /** Time zones a coalition is likely to be in; any other is one {@code /coach setup timezone:} away. */
    static final List<String> COMMON = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Toronto",
            "America/Vancouver", "America/Halifax", "America/Mexico_City", "America/Sao_Paulo", "Europe/London",
            "Europe/Dublin", "Europe/Paris", "Europe/Berlin", "Africa/Lagos", "Africa/Nairobi",
            "Africa/Johannesburg", "Asia/Kolkata", "Asia/Manila", "Asia/Tokyo", "Australia/Sydney",
            "Pacific/Auckland", "UTC");

    private final ServerSettings settings;
    private final Prompts prompts;

    private ZoneOffer(ServerSettings settings, Prompts prompts) {
        this.settings = settings;
        this.prompts = prompts;
    }

    /** The features, each answering as before, with the offer added to a coordinator's first command. */
    public static List<Feature> around(List<Feature> features, ServerSettings settings, Prompts prompts) {
        ZoneOffer offer = new ZoneOffer(settings, prompts);
        return features.stream().<Feature>map(f -> new Offering(f, offer)).toList();
    }

    /** The menu of time zones that {@link SettingsFeature} answers. */
    static Row menu() {
        return new Row.Select(SelectMenu.single(CustomId.of(SettingsFeature.COMPONENTS, ACTION),
                "Pick this server's time zone", COMMON.stream().map(z -> new SelectMenu.Option(z,
                        z.replace('_', ' '), null)).toList()));
    }

    Reply offer(Caller who, Reply reply) {
        if (!who.coordinator() || who.inDm() || who.guildId() == 0 || reply.isForm() || !reply.ephemeral()
                || reply.rows().size() >= Limits.ROWS || reply.cards().size() >= MAX_EMBEDS) {
            return reply;
        }
        Settings now = settings.of(who.guildId());
        if (!now.zone().equals(TimeZones.UTC) || !prompts.due(who.guildId(), 0, Prompts.SERVER_ZONE)) {
            return reply;
        }
        String quiet = now.quietHours().none() ? "at any hour, since quiet hours are off"
                : "and none go out in quiet hours, " + now.quietHours().describe() + " UTC";
        Card card = Card.of("🕘 This server runs on UTC", "Reminders are read and sent on UTC time, " + quiet
                + ". Pick your coalition's time zone below, "
                + "or run `/coach setup timezone:` and start typing a city. Members can set their own with "
                + "`/settings timezone`. I'll only mention this once.");
        int embeds = reply.cards().stream().mapToInt(Card::length).sum() + card.length();
        if (embeds > Limits.EMBED_TOTAL || !prompts.asked(who.guildId(), 0, Prompts.SERVER_ZONE)) {
            return reply;
        }
        return reply.withCard(card).withRow(menu());
    }

    /** One feature, unchanged except for the offer on commands. */
    private record Offering(Feature inner, ZoneOffer offer) implements Feature {
        @Override
        public List<CommandSpec> commands() {
            return inner.commands();
        }

        @Override
        public Set<String> componentPrefixes() {
            return inner.componentPrefixes();
        }

        @Override
        public long serverOf(CustomId id) {
            return inner.serverOf(id);
        }

        @Override
        public String afterStale() {
            return inner.afterStale();
        }

        @Override
        public Inbound.Command beforeTransaction(Inbound.Command command) {
            return inner.beforeTransaction(command);
        }

        @Override
        public Inbound beforeComponent(Inbound component) {
            return inner.beforeComponent(component);
        }

        @Override
        public boolean asksFirst(CustomId id) {
            return inner.asksFirst(id);
        }

        @Override
        public boolean asksFirst(Inbound component, CustomId id) {
            return inner.asksFirst(component, id);
        }

        @Override
        public Reply onCommand(Inbound.Command command) {
            return offer.offer(command.caller(), inner.onCommand(command));
        }

        @Override
        public Reply onButton(Inbound.ButtonPress press) {
            return inner.onButton(press);
        }

        @Override
        public Reply onSelect(Inbound.Selection selection) {
            return inner.onSelect(selection);
        }

        @Override
        public Reply onModal(Inbound.ModalSubmit submit) {
            return inner.onModal(submit);
        }

        @Override
        public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
            return inner.onAutocomplete(request);
        }

        @Override
        public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
            return inner.onTypedMessage(message);
        }
    }
}
