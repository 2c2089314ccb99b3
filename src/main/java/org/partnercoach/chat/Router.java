package org.partnercoach.chat;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each inbound event to the feature that owns it and turns every failure into a friendly, private answer.
 * An unexpected error is logged with its stack trace under a short reference code that the member sees, so a
 * coordinator can quote it.
 */
public final class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Feature> features;
    private final CommandCatalogue catalogue;
    private final Map<String, Feature> componentOwners = new HashMap<>();
    private final HomeServer homes;
    private final Transactions transactions;
    /** The answer to a typed line that no feature takes. */
    private final Reply unclaimed;
    /** Told of each member heard from in a server: she is in it (null: nobody is told). */
    private final Departures departures;
    private final java.time.Clock clock;
    /** {@link #unclaimed} when none is given: it names no words to type, which only the features know. */
    private static final Reply UNCLAIMED = Reply.text("Hi! I'm Partner Coach. Run `/help` in your coalition's "
            + "server to see what I can do for you.");

    /** What a server that removed the bot keeps, said in both answers below. */
    private static final String KEPT = "Everything you wrote there is kept, in case it adds me back.";
    /** Where to go instead, said in both answers below. */
    private static final String ELSEWHERE = "run `/coach progress` in a server that has me";
    /** The answer in a DM when the server the member's DMs belonged to has removed the bot. */
    static final String HOME_REMOVED_BOT = "Hi! The server where you last used me has removed me, so I can't "
            + "carry on its work here. " + KEPT + " To carry on, " + ELSEWHERE + ", then answer me here.";
    /**
     * The answer to a button, menu or form in a DM from a message of a server that has removed the bot (a reminder,
     * a digest, a question it sent before).
     */
    static final String SERVER_REMOVED_BOT = "Hi! That message is from a server that has removed me, so I can't act "
            + "on it. " + KEPT + " Its buttons work again if it does; meanwhile, " + ELSEWHERE + " to carry on there.";

    public Router(List<Feature> features, HomeServer homes) {
        this(features, homes, Transactions.NONE);
    }

    /** A router that runs each event, from its start to its reply, in one of {@code transactions}. */
    public Router(List<Feature> features, HomeServer homes, Transactions transactions) {
        this(features, homes, transactions, UNCLAIMED);
    }

    /**
     * A router whose answer to a typed line no feature takes is {@code unclaimed}: the composition root gives the
     * words of the feature that answers typed lines, so that this answer and that feature's words cannot differ.
     */
    public Router(List<Feature> features, HomeServer homes, Transactions transactions, Reply unclaimed) {
        this(features, homes, transactions, unclaimed, null, null);
    }

    /**
     * A router that also tells {@code departures}, at {@code clock}'s time, of every member it hears from in a server
     * ({@link #heard}); without it (null), nobody is told.
     */
    public Router(List<Feature> features, HomeServer homes, Transactions transactions, Reply unclaimed,
                  Departures departures, java.time.Clock clock) {
        this.departures = departures;
        this.clock = clock;
        this.unclaimed = unclaimed;
        this.features = List.copyOf(features);
        this.transactions = transactions;
        this.catalogue = new CommandCatalogue(features);
        this.homes = homes;
        for (Feature feature : features) {
            for (String prefix : feature.componentPrefixes()) {
                if (componentOwners.putIfAbsent(prefix, feature) != null) {
                    throw new IllegalStateException("two features answer components named " + prefix);
                }
            }
        }
    }

    public CommandCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Answers one event in one transaction. Never throws: whatever goes wrong becomes a reply the member can act
     * on, and a refusal ({@link UserError}) or a failure rolls back whatever the handler had written.
     */
    public Reply handle(Inbound event) {
        try {
            heard(event.caller());
            Inbound asked = event instanceof Inbound.Command c
                    ? catalogue.owner(c.path()).map(f -> f.beforeTransaction(c)).orElse(c)
                    : componentId(event).flatMap(this::component).map(f -> f.beforeComponent(event)).orElse(event);
            return transactions.inTransaction(() -> dispatch(withHome(asked)));
        } catch (UserError e) {
            return Reply.text(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a line that overflows a pattern's recursion is that event's fault: escaping, it would end the
            // console, or the Discord thread that carries everyone's events; the transaction is rolled back
            return failure("handling " + describe(event), e);
        }
    }

    /**
     * Logs an unexpected failure (in a feature, or in an adapter around it) with its stack trace under a fresh
     * reference code, and returns the friendly answer that quotes the code.
     *
     * @param what what was going on, without the member's words
     */
    public static Reply failure(String what, Throwable e) {
        String code = referenceCode();
        log.error("error {} while {}", code, what, e);
        return Reply.text("Sorry, something went wrong on my side and nothing you sent was lost. "
                + "Please try again in a moment; if it keeps happening, tell your coordinator the code `"
                + code + "`.");
    }

    /** The bot was removed from a server: DMs stop continuing its work there; none of its data is deleted. */
    public void botRemoved(long guildId) {
        transactions.inTransaction(() -> {
            homes.botRemoved(guildId);
            return null;
        });
    }

    /** The bot joined a server (again): DMs of members whose server it was continue its work there. */
    public void botAdded(long guildId) {
        transactions.inTransaction(() -> {
            homes.botAdded(guildId);
            return null;
        });
    }

    /**
     * The bot connected and is in {@code present}: of the servers it has data of that {@code ours} covers (one
     * shard's), those missing removed it while it was down, and those present have it (again). See
     * {@link HomeServer#botIn}.
     */
    public void botIn(java.util.Set<Long> present, java.util.function.LongPredicate ours) {
        transactions.inTransaction(() -> {
            homes.botIn(present, ours);
            return null;
        });
    }

    /** Suggestions for an option being typed; empty on any failure (the platform shows "no options"). */
    public List<OptionSpec.Choice> suggest(Inbound.Autocomplete request) {
        try {
            heard(request.caller());
            List<OptionSpec.Choice> choices = transactions.readOnly(() -> {
                Inbound.Autocomplete resolved = (Inbound.Autocomplete) withHome(request);
                return catalogue.owner(resolved.path())
                        .map(f -> f.onAutocomplete(resolved))
                        .orElse(List.<OptionSpec.Choice>of());
            });
            return choices.size() > Limits.AUTOCOMPLETE_CHOICES
                    ? choices.subList(0, Limits.AUTOCOMPLETE_CHOICES) : choices;
        } catch (RuntimeException | StackOverflowError e) {
            log.error("error {} while suggesting for {}", referenceCode(), describe(request), e);
            return List.of();
        }
    }

    /**
     * Every event from a server passes here: whoever sent it is a member of it now, so a planner that held her
     * messages because the platform had said she left (or one to her was refused) sends them again at its next run,
     * without asking the platform ({@link Departures#seen}). Memory only, on every event: no database, no network. A
     * DM proves nothing of any server, and is left out.
     */
    private void heard(Caller caller) {
        if (departures != null && !caller.inDm() && caller.guildId() != 0) {
            departures.seen(caller.guildId(), caller.userId(), clock.instant());
        }
    }

    private Reply dispatch(Inbound event) {
        if (event instanceof Inbound.Command c) {
            return catalogue.owner(c.path())
                    .map(f -> f.onCommand(c))
                    .orElseGet(() -> Reply.text("I don't know the command `/" + c.path()
                            + "`. Try `/coach start` to begin, or `/coach progress` to see where you are."));
        }
        if (event instanceof Inbound.ButtonPress b) {
            return component(b.customId()).map(f -> worded(b, f, f.onButton(b))).orElseGet(() -> stale(b, AGAIN));
        }
        if (event instanceof Inbound.Selection s) {
            return component(s.customId()).map(f -> worded(s, f, f.onSelect(s))).orElseGet(() -> stale(s, AGAIN));
        }
        if (event instanceof Inbound.ModalSubmit m) {
            return component(m.customId()).map(f -> worded(m, f, f.onModal(m))).orElseGet(() -> stale(m, AGAIN));
        }
        if (event instanceof Inbound.TypedMessage t) {
            return typed(t);
        }
        throw new IllegalArgumentException("autocomplete is answered by suggest()");
    }

    private Reply typed(Inbound.TypedMessage message) {
        for (Feature feature : features) {
            Optional<Reply> reply = feature.onTypedMessage(message);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        return unclaimed;
    }

    private Optional<Feature> component(CustomId id) {
        return Optional.ofNullable(componentOwners.get(id.feature()));
    }

    /** The id of a button pressed or a menu chosen from; none for other events (a form asks nothing first). */
    private static Optional<CustomId> componentId(Inbound event) {
        return event instanceof Inbound.ButtonPress b ? Optional.of(b.customId())
                : event instanceof Inbound.Selection s ? Optional.of(s.customId()) : Optional.empty();
    }

    /**
     * Whether answering {@code event} may first wait for the platform ({@link Feature#asksFirst}, or a command marked
     * {@link CommandSpec#slow}): the adapter acknowledges it at once, then sends the answer.
     */
    public boolean asksFirst(Inbound event) {
        if (event instanceof Inbound.Command c) {
            return catalogue.leaf(c.path()).map(CommandSpec::slow).orElse(false);
        }
        return componentId(event).flatMap(id -> component(id).map(f -> f.asksFirst(event, id))).orElse(false);
    }

    /**
     * The next step after a button, menu or form the bot can no longer follow, when its feature names none of its own
     * ({@link Feature#afterStale}): the message may have come from any command, or on its own.
     */
    public static final String AGAIN = "Run the command that showed it again for a fresh one (`/help` lists them "
            + "all).";

    /**
     * A button from a message the bot no longer understands (an old version, or content that changed). A feature
     * answers any of its out-of-date buttons, menus and forms with it; the router then words it for what was used
     * (a menu, a form, whose words come back) with the feature's next step ({@link Feature#afterStale}).
     */
    public static Reply stale() {
        return stale("button", AGAIN);
    }

    /** {@link #stale()} for a menu pick, when nothing more is known (an id the bot never made). */
    public static Reply staleMenu() {
        return stale("menu", AGAIN);
    }

    /** {@link #stale()} for a form, when nothing more is known (an id the bot never made). */
    public static Reply staleForm() {
        return stale("form", AGAIN);
    }

    private static Reply stale(String what, String next) {
        return Reply.text("That " + what + " belongs to an older message that I can no longer follow, so nothing "
                + "was changed. " + next);
    }

    /** The out-of-date answer for {@code event}'s button, menu or form, with {@code next} to do instead. */
    private static Reply stale(Inbound event, String next) {
        String what = event instanceof Inbound.Selection ? "menu" : event instanceof Inbound.ModalSubmit ? "form"
                : "button";
        return Reply.text(withWritten(stale(what, next).text(), event));
    }

    /** {@code reply}, or when it is {@link #stale()}, that answer worded for {@code event} and its feature. */
    private static Reply worded(Inbound event, Feature feature, Reply reply) {
        return reply.equals(stale()) ? stale(event, feature.afterStale()) : reply;
    }

    /**
     * DMs carry no server: file them under the member's home server; server commands update that home. A typed
     * line, button, menu or form in a DM whose server has removed the bot is refused with what to do instead.
     */
    private Inbound withHome(Inbound event) {
        Caller caller = event.caller();
        if (caller.inDm() && caller.guildId() == 0) {
            long home = homes.homeOf(caller.userId());
            // a component of a message the bot pushed names its own server, which may not be the member's home
            long named = namedServer(event);
            if (named > 0 && named != home && homes.botRemovedFrom(named)) {
                throw new UserError(withWritten(SERVER_REMOVED_BOT, event));
            }
            if (home == 0 && named <= 0 && !(event instanceof Inbound.Command)
                    && !(event instanceof Inbound.Autocomplete) && homes.homeRemovedBot(caller.userId())) {
                throw new UserError(withWritten(HOME_REMOVED_BOT, event));
            }
            return event.withCaller(caller.inGuild(home));
        }
        if (!caller.inDm() && caller.guildId() != 0 && event instanceof Inbound.Command) {
            homes.remember(caller.userId(), caller.guildId());
        }
        return event;
    }

    /** The server a button, menu or form names, by its feature's reading of its id; 0 for none. */
    private long namedServer(Inbound event) {
        CustomId id = event instanceof Inbound.ButtonPress b ? b.customId()
                : event instanceof Inbound.Selection s ? s.customId()
                : event instanceof Inbound.ModalSubmit m ? m.customId() : null;
        return id == null ? 0 : component(id).map(f -> f.serverOf(id)).orElse(0L);
    }

    /**
     * {@code answer} to a form that was not taken (its server removed the bot, or it is out of date), with the form's
     * words, so that none are lost; other events' answers as they are.
     */
    private static String withWritten(String answer, Inbound event) {
        StringBuilder text = new StringBuilder(answer);
        if (event instanceof Inbound.ModalSubmit form) {
            String written = form.fields().values().stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
            if (!written.isEmpty()) {
                text.append("\n\nWhat you wrote, to keep: “")
                        .append(Limits.clip(Shown.text(written), Limits.MESSAGE_CONTENT - answer.length() - 40))
                        .append("”");
            }
        }
        return text.toString();
    }

    /** What happened, without the member's words (user text is never logged at INFO or above). */
    private static String describe(Inbound event) {
        Caller c = event.caller();
        return event.describe() + " by user " + c.userId() + " in guild " + c.guildId();
    }

    static String referenceCode() {
        char[] code = new char[6];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
