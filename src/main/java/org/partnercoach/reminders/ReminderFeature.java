package org.partnercoach.reminders;

import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.ScheduledSend;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.partners.PartnerPicker;
import org.partnercoach.settings.ServerSettings;

/** {@code /remind}, {@code /reminders list} (paged, with Cancel buttons) and {@code /reminders cancel}. */
public final class ReminderFeature implements Feature {

    /** The command paths, shared by the spec, the dispatch and tests. */
    public static final String REMIND = "remind";
    public static final String LIST = "reminders list";
    public static final String CANCEL = "reminders cancel";
    public static final String OPTION_WHEN = "when";
    public static final String OPTION_WHAT = "what";
    public static final String OPTION_PARTNER = "partner";
    public static final String OPTION_REMINDER = "reminder";
    static final String COMPONENTS = "remind";
    static final int PER_PAGE = 10;

    private static final DateTimeFormatter CHOICE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final PersonalReminders reminders;
    private final ServerSettings settings;
    private final PartnerPicker partners;

    public ReminderFeature(PersonalReminders reminders, ServerSettings settings, PartnerPicker partners) {
        this.reminders = reminders;
        this.settings = settings;
        this.partners = partners;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.leaf(REMIND, "Have the bot remind you of something",
                        OptionSpec.text(OPTION_WHEN, "When: in 3 days, in 2h, tomorrow 9am, monday, 2026-12-01 14:00")
                                .withLength(1, 40).mandatory(),
                        OptionSpec.text(OPTION_WHAT, "What to remind you of")
                                .withLength(1, PersonalReminders.MAX_WHAT).mandatory(),
                        OptionSpec.text(OPTION_PARTNER, "The partner it is about (optional)")
                                .withLength(1, PersonalReminders.MAX_ABOUT).withAutocomplete()),
                CommandSpec.group("reminders", "Your reminders",
                        CommandSpec.leaf(LIST, "See the reminders you have coming"),
                        CommandSpec.leaf(CANCEL, "Cancel one of your reminders",
                                OptionSpec.text(OPTION_REMINDER, "The reminder to cancel").withAutocomplete()
                                        .mandatory())));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(COMPONENTS);
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        Caller who = command.caller();
        return switch (command.path()) {
            case REMIND -> remind(command);
            case LIST -> list(who, 0, "");
            case CANCEL -> cancelled(reminders.cancel(who, command.option(OPTION_REMINDER).orElse("")));
            default -> throw new IllegalArgumentException(command.path());
        };
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        Caller who = press.caller();
        CustomId id = press.customId();
        int page = (int) Math.max(0, id.longArg(id.action().equals("cancel") ? 1 : 0));
        return switch (id.action()) {
            case "list" -> list(who, page, "").replacingMessage();
            case "cancel" -> list(who, page, cancelled(reminders.cancelById(who, id.longArg(0))).text())
                    .replacingMessage();
            default -> Router.stale();
        };
    }

    @Override
    public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
        Caller who = request.caller();
        if (who.guildId() == 0) {
            return List.of();
        }
        if (OPTION_PARTNER.equals(request.option())) {
            return partners.suggest(who.guildId(), request.typed());
        }
        ZoneId zone = settings.memberZone(who.guildId(), who.userId());
        String typed = request.typed() == null ? "" : request.typed().strip().toLowerCase(Locale.ROOT);
        return reminders.pending(who).stream()
                .filter(r -> r.payload().toLowerCase(Locale.ROOT).contains(typed))
                .limit(Limits.AUTOCOMPLETE_CHOICES)
                .map(r -> new OptionSpec.Choice(Limits.clip(CHOICE_TIME.format(r.requestedAt().atZone(zone)) + " · "
                        + r.payload().replace('\n', ' '), Limits.CHOICE_NAME), String.valueOf(r.id())))
                .toList();
    }

    private Reply remind(Inbound.Command command) {
        // the partner must be one on the outreach list; the reminder keeps its name as it is spelled there
        String partner = command.option(OPTION_PARTNER)
                .map(typed -> partners.pick(command.caller().guildId(), typed).name()).orElse("");
        PersonalReminders.Added added = reminders.add(command.caller(), command.option(OPTION_WHEN).orElse(""),
                command.option(OPTION_WHAT).orElse(""), partner);
        ScheduledSend r = added.reminder();
        StringBuilder text = new StringBuilder("Got it. I'll remind you ").append(TimeMarkup.both(r.requestedAt()))
                .append(":\n> ").append(Shown.text(Limits.clip(r.payload(), 300)).replace("\n", "\n> "));
        if (!r.about().isBlank()) {
            text.append("\nPartner: ").append(r.about());
        }
        if (added.sendsAt().isAfter(r.requestedAt())) {
            text.append("\nThat falls in the server's quiet hours, so it will reach you at ")
                    .append(TimeMarkup.full(added.sendsAt())).append(" instead.");
        }
        return Reply.text(text.append("\nSee all yours with `/reminders list`.").toString());
    }

    private static Reply cancelled(ScheduledSend r) {
        return Reply.text("Cancelled your reminder for " + TimeMarkup.full(r.requestedAt()) + ": "
                + Shown.text(Limits.clip(r.payload(), 200)));
    }

    /** One page of the member's reminders, with a Cancel button each and Previous / Next. */
    private Reply list(Caller who, int page, String notice) {
        List<ScheduledSend> mine = reminders.pending(who);
        if (mine.isEmpty()) {
            return Reply.text((notice.isBlank() ? "" : notice + "\n") + "You have no reminders coming. Set one with "
                    + "`/remind when:\"tomorrow 9am\" what:\"Call Lincoln High\"`.");
        }
        int pages = (mine.size() + PER_PAGE - 1) / PER_PAGE;
        int shown = Math.min(page, pages - 1);
        StringBuilder body = new StringBuilder();
        List<Button> cancels = new ArrayList<>();
        for (int i = shown * PER_PAGE; i < Math.min(mine.size(), (shown + 1) * PER_PAGE); i++) {
            ScheduledSend r = mine.get(i);
            Instant at = r.requestedAt();
            body.append(i + 1).append(". ").append(TimeMarkup.both(at)).append("\n   ")
                    .append(Shown.text(Limits.clip(r.payload().replace('\n', ' '), 200)));
            if (!r.about().isBlank()) {
                body.append(" · ").append(r.about());
            }
            body.append('\n');
            cancels.add(Button.secondary(CustomId.of(COMPONENTS, "cancel", r.id(), shown), "Cancel " + (i + 1)));
        }
        Card card = new Card("Your reminders", body.toString(), List.of(),
                (pages > 1 ? "Page " + (shown + 1) + " of " + pages + " · " : "") + mine.size() + " coming");
        Reply reply = Reply.card(card).withText(notice).withRows(Row.grid(cancels));
        return Row.pager(shown, pages, p -> CustomId.of(COMPONENTS, "list", p)).map(reply::withRow).orElse(reply);
    }
}
