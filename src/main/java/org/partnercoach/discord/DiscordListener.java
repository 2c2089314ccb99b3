package org.partnercoach.discord;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.CoordinatorRoles;
import org.partnercoach.chat.Router;
import org.partnercoach.config.Shards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's events in, the router's answers out; one listener serves every shard of this process. Registers the
 * commands in every server of those shards (on start and on join). Every handler catches what goes wrong, logs it under a reference code and tells the member.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

    private final Router router;
    private final InboundMapper inbound;
    private final boolean registerGlobally;
    private final Runnable onReady;
    private final Runnable afterAnswer;
    private final List<SlashCommandData> commands;
    private final boolean threadMessages;
    /**
     * The servers whose commands this process registered: a connection recreated after a long outage makes every
     * server "ready" again, and registering them all again asks Discord for nothing new, spends its rate limit, and
     * could leave such a request queued while the bot stops. A registration that failed is tried again then.
     */
    private final java.util.Set<Long> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Whether this process registered the global commands (the same, for a recreated connection of shard 0). */
    private final java.util.concurrent.atomic.AtomicBoolean registeredGlobally =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param afterAnswer runs once Discord has an answer: what the handler queued in the outbox (an introduction
     *                    request, a thread post) goes out right after the reply, not at the next poll
     */
    DiscordListener(Router router, String coordinatorRoleName, CoordinatorRoles coordinatorRoles,
                    boolean registerGlobally, Runnable onReady, Runnable afterAnswer) {
        this(router, coordinatorRoleName, coordinatorRoles, registerGlobally, onReady, afterAnswer, false);
    }

    /**
     * @param threadMessages read lines typed in threads (group session answers); needs the Message Content intent
     */
    DiscordListener(Router router, String coordinatorRoleName, CoordinatorRoles coordinatorRoles,
                    boolean registerGlobally, Runnable onReady, Runnable afterAnswer, boolean threadMessages) {
        this(router, new CoordinatorRule(coordinatorRoleName, coordinatorRoles), registerGlobally, onReady,
                afterAnswer, threadMessages);
    }

    /** @param coordinators who is a coordinator, the same rule the bot's messenger asks */
    DiscordListener(Router router, CoordinatorRule coordinators, boolean registerGlobally, Runnable onReady,
                    Runnable afterAnswer, boolean threadMessages) {
        this.threadMessages = threadMessages;
        this.router = router;
        this.afterAnswer = afterAnswer;
        this.inbound = new InboundMapper(coordinators);
        this.registerGlobally = registerGlobally;
        this.onReady = onReady;
        this.commands = CommandMapper.toSlashCommands(router.catalogue().roots());
    }

    /**
     * One shard is ready (with one shard, the bot). Global commands are the application's, not a shard's: the
     * process that runs shard 0 registers them, once. Before the scheduler starts ({@code onReady}), the servers of
     * this shard that the bot has data of are compared with those Discord lists: one that is missing removed the bot
     * while it was down (a server Discord lists as unavailable is an outage, not a removal).
     */
    @Override
    public void onReady(ReadyEvent event) {
        net.dv8tion.jda.api.JDA.ShardInfo shard = event.getJDA().getShardInfo();
        log.info("connected to Discord as {} in {} server(s) (shard {} of {})", event.getJDA().getSelfUser().getName(),
                event.getGuildTotalCount(), shard.getShardId(), shard.getShardTotal());
        serversPresent(event.getJDA());
        if (registerGlobally && shard.getShardId() == 0 && !registeredGlobally.get()) {
            event.getJDA().updateCommands().addCommands(commands).queue(done -> {
                registeredGlobally.set(true);
                log.info("registered {} global command(s)", done.size());
            }, e -> log.error("could not register the global commands", e));
        }
        onReady.run();
    }

    /**
     * The connection came back after a disconnect too long to resume: JDA rebuilt its cache of servers, and the
     * events of the time in between (a removal among them) were lost. The servers are compared again, as on ready.
     */
    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        serversPresent(event.getJDA());
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        // a server that added the bot back while it was down is noted with the others once the shard is ready
        if (!registered.contains(event.getGuild().getIdLong())) {
            register(event.getGuild());
        }
    }

    /**
     * The servers this shard is in (available or not) against those the bot has data of: a server removed while
     * the bot was down is marked, one added back is cleared, in one transaction.
     */
    private void serversPresent(net.dv8tion.jda.api.JDA jda) {
        int shardId = jda.getShardInfo().getShardId();
        int total = jda.getShardInfo().getShardTotal();
        try {
            java.util.Set<Long> present = new java.util.HashSet<>();
            jda.getGuilds().forEach(g -> present.add(g.getIdLong()));
            jda.getUnavailableGuilds().forEach(id -> present.add(Long.parseLong(id)));
            router.botIn(present, guildId -> Shards.of(guildId, total) == shardId);
            log.info("noted the {} server(s) shard {} is in", present.size(), shardId);
        } catch (RuntimeException e) {
            Router.failure("noting the servers shard " + shardId + " is in", e);
        }
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        register(event.getGuild());
        serverChange(event.getGuild(), "joined", router::botAdded);
    }

    /**
     * Removed from a server (kicked, or the server deleted; not a server that is only unavailable for a while):
     * its data stays for a bot added back, and its members' DMs are told to carry on in a server that has the bot.
     */
    @Override
    public void onGuildLeave(GuildLeaveEvent event) {
        // added back later, the server gets the commands again (Discord drops them with the bot)
        registered.remove(event.getGuild().getIdLong());
        serverChange(event.getGuild(), "was removed from", router::botRemoved);
    }

    private static void serverChange(Guild guild, String what, java.util.function.LongConsumer change) {
        log.info("the bot {} server {}", what, guild.getId());
        try {
            change.accept(guild.getIdLong());
        } catch (RuntimeException e) {
            Router.failure("noting that the bot " + what + " server " + guild.getId(), e);
        }
    }

    void register(Guild guild) {
        long id = guild.getIdLong();
        guild.updateCommands().addCommands(commands).queue(done -> {
            registered.add(id);
            log.info("registered {} command(s) in server {}", done.size(), guild.getId());
        }, e -> log.error("could not register the commands in server {}", guild.getId(), e));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        safely(event, "/" + event.getFullCommandName(), () -> {
            if (InboundMapper.notJoined(event.getGuild()) && !NotJoined.works(event.getFullCommandName())) {
                log.info("/{} in server {}, which the bot has not joined: answered with the invitation",
                        event.getFullCommandName(), event.getGuild().getId());
                Responder.answer(event, NotJoined.answer(event.getJDA()), false, "the not-joined answer",
                        afterAnswer);
                return;
            }
            answerNowOrLater(event, inbound.command(event));
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        answerComponent(event, "button " + event.getComponentId(), Router.stale(), () -> inbound.button(event));
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        answerComponent(event, "menu " + event.getComponentId(), Router.staleMenu(),
                () -> inbound.selection(event));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        answerComponent(event, "form " + event.getModalId(), Router.staleForm(), () -> inbound.modal(event));
    }

    /** A button, menu or form: ours goes to the router; an id the bot never made gets the {@code stale} answer. */
    private void answerComponent(IReplyCallback event, String what, Reply stale,
                                 Supplier<Optional<? extends Inbound>> read) {
        safely(event, what, () -> read.get().ifPresentOrElse(
                in -> answerNowOrLater(event, in),
                () -> Responder.answer(event, stale, event.getGuild() == null, "an unknown " + what,
                        afterAnswer)));
    }

    /**
     * Answers a command, button or menu. One that may wait for Discord first ({@link Router#asksFirst}: a slow
     * command, or one that asks who left) may take longer than the 3 seconds Discord waits for an answer: it says
     * "thinking" first, then edits in the answer.
     */
    private void answerNowOrLater(IReplyCallback event, Inbound in) {
        boolean inDm = in.caller().inDm();
        if (router.asksFirst(in)) {
            event.deferReply(!inDm).queue(null, Responder.failed(in.describe()));
            Responder.answerDeferred(event.getHook(), router.handle(in), in.describe(), afterAnswer);
        } else {
            Responder.answer(event, router.handle(in), inDm, in.describe(), afterAnswer);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String what = "autocomplete /" + event.getFullCommandName();
        try {
            OptionType type = event.getFocusedOption().getType();
            var choices = router.suggest(inbound.autocomplete(event)).stream()
                    .map(c -> CommandMapper.choice(type, Limits.clip(c.name(), Limits.CHOICE_NAME), c.value()))
                    .toList();
            event.replyChoices(choices).queue(null, Responder.failed(what));
        } catch (RuntimeException e) {
            // the member sees "no options"; nothing else to tell
            Router.failure(what, e);
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.getAuthor().isSystem()) {
            return;
        }
        if (event.isFromGuild()) {
            if (threadMessages && event.getChannelType().isThread()) {
                threadLine(event);
            }
            return;
        }
        try {
            Inbound.TypedMessage typed = InboundMapper.typed(event.getMessage());
            Responder.send(event.getChannel(), router.handle(typed), typed.describe(), afterAnswer);
        } catch (RuntimeException e) {
            Responder.send(event.getChannel(), Router.failure("answering a direct message", e), "an error notice",
                    afterAnswer);
        }
    }

    /**
     * A line typed in a thread: a group session may take it as an answer, with no reply. A note the line leads to (it
     * did not fit in the member's answer; their first line after the session ended) is a post of the outbox, no
     * answer to an interaction: queued by the handler, it goes out under its row's nonce once the handler is done.
     * Only the notice of a failure, when nothing could be stored (no outbox row either), is sent from here.
     */
    private void threadLine(MessageReceivedEvent event) {
        try {
            Inbound.TypedMessage typed = inbound.typedInThread(event.getMessage());
            Reply reply = router.handle(typed);
            if (reply.plainText().isBlank() && reply.rows().isEmpty() && reply.files().isEmpty()) {
                afterAnswer.run();
            } else {
                Responder.send(event.getChannel(), reply, typed.describe(), afterAnswer);
            }
        } catch (RuntimeException e) {
            Router.failure("reading a line typed in a thread", e);
        }
    }

    /** Runs a handler; on an unexpected failure, logs it under a code and tells the member the code. */
    private static void safely(IReplyCallback event, String what, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            Reply sorry = Router.failure("answering " + what, e);
            tell(event, sorry, what);
        }
    }

    private static void tell(IReplyCallback event, Reply sorry, String what) {
        try {
            if (event.isAcknowledged()) {
                event.getHook().sendMessage(MessageMapper.toCreate(sorry)).setEphemeral(true)
                        .queue(null, Responder.failed(what));
            } else {
                event.reply(MessageMapper.toCreate(sorry)).setEphemeral(event.getGuild() != null)
                        .queue(null, Responder.failed(what));
            }
        } catch (RuntimeException again) {
            log.error("could not tell the member about the failure while answering {}", what, again);
        }
    }
}
