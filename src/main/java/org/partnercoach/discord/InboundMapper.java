package org.partnercoach.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import org.partnercoach.chat.Capability;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.exceptions.DetachedEntityException;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.components.selections.StringSelectInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CoordinatorRoles;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Surface;

/** Reads JDA's interactions and messages into the platform-neutral chat model. */
final class InboundMapper {

    private final CoordinatorRule coordinators;

    InboundMapper(String coordinatorRoleName, CoordinatorRoles coordinatorRoles) {
        this(new CoordinatorRule(coordinatorRoleName, coordinatorRoles));
    }

    InboundMapper(CoordinatorRule coordinators) {
        this.coordinators = coordinators;
    }

    Caller caller(Interaction interaction) {
        Guild guild = interaction.getGuild();
        User user = interaction.getUser();
        Member member = interaction.getMember();
        Surface surface = guild == null ? Surface.DM : surface(interaction.getChannelType());
        return new Caller(guild == null ? 0 : guild.getIdLong(), interaction.getChannelIdLong(), user.getIdLong(),
                member != null ? member.getEffectiveName() : user.getEffectiveName(),
                isCoordinator(interaction, guild, member), surface);
    }

    /** A server the bot is not a member of: JDA sees it only through the interactions that come from it. */
    static boolean notJoined(Guild guild) {
        return guild != null && guild.isDetached();
    }

    private static Surface surface(ChannelType type) {
        return type != null && type.isThread() ? Surface.THREAD : Surface.SERVER;
    }

    /**
     * The {@linkplain CoordinatorRule coordinator rule}: Manage Server, the role the server chose in /coach setup, or
     * a role with the configured coordinator name. In a server the bot has not joined (the app was added without its
     * bot user) JDA knows the member only from the interaction: their permissions in the channel they used, and no
     * roles; that is all this asks there.
     */
    boolean isCoordinator(Interaction interaction, Guild guild, Member member) {
        if (guild == null || member == null) {
            return false;
        }
        if (notJoined(guild)) {
            GuildChannel channel = interaction.getGuildChannel();
            try {
                return channel != null && member.hasPermission(channel, Permission.MANAGE_SERVER);
            } catch (DetachedEntityException e) {
                return false;
            }
        }
        return coordinators.isCoordinator(guild.getIdLong(), member);
    }

    Inbound.Command command(SlashCommandInteraction event) {
        Picked picked = picked(event.getOptions(), event.getGuild() != null);
        return new Inbound.Command(caller(event), event.getFullCommandName(), options(event.getOptions()),
                botLacks(event), picked.bots(), picked.outsiders());
    }

    /** The users the options name that are bot accounts, and those who are not members of the server, by name. */
    private record Picked(Set<Long> bots, Map<Long, String> outsiders) {
    }

    /**
     * What Discord says with the command about the users its options name: the user object (bot accounts marked)
     * and, in a server, a member object for each who is a member of it; none for anyone else (a former member, or
     * anyone Discord let the member pick). In a DM nobody is a member of anything, so nobody is an outsider there.
     */
    private static Picked picked(List<OptionMapping> options, boolean inServer) {
        Set<Long> bots = new java.util.HashSet<>();
        Map<Long, String> outsiders = new java.util.HashMap<>();
        for (OptionMapping option : options) {
            if (option.getType() == net.dv8tion.jda.api.interactions.commands.OptionType.USER
                    || option.getType() == net.dv8tion.jda.api.interactions.commands.OptionType.MENTIONABLE) {
                try {
                    User user = option.getAsUser();
                    if (user != null && user.isBot()) {
                        bots.add(user.getIdLong());
                    }
                    if (user != null && inServer && option.getAsMember() == null) {
                        outsiders.put(user.getIdLong(), user.getEffectiveName());
                    }
                } catch (IllegalStateException e) {
                    // a role named where a user or role may be, or no user object came with it: not a user
                }
            }
        }
        return new Picked(bots, outsiders);
    }

    /** How each capability a feature may ask about is called on Discord. */
    static final Map<Capability, Permission> PERMISSIONS = Map.of(
            Capability.VIEW_CHANNEL, Permission.VIEW_CHANNEL,
            Capability.SEND_MESSAGES, Permission.MESSAGE_SEND,
            Capability.EMBED_LINKS, Permission.MESSAGE_EMBED_LINKS,
            Capability.ATTACH_FILES, Permission.MESSAGE_ATTACH_FILES,
            Capability.CREATE_PUBLIC_THREADS, Permission.CREATE_PUBLIC_THREADS,
            Capability.CREATE_PRIVATE_THREADS, Permission.CREATE_PRIVATE_THREADS,
            Capability.SEND_MESSAGES_IN_THREADS, Permission.MESSAGE_SEND_IN_THREADS);

    /**
     * What the bot may not do in the channel the command ran in, from its own roles and the channel's overrides as
     * JDA knows them; empty in a DM, or when JDA cannot tell (the platform then refuses the action itself).
     */
    static Set<Capability> botLacks(Interaction interaction) {
        Guild guild = interaction.getGuild();
        if (guild == null) {
            return Set.of();
        }
        try {
            GuildChannel channel = interaction.getGuildChannel();
            Member self = guild.getSelfMember();
            Set<Capability> lacking = EnumSet.noneOf(Capability.class);
            PERMISSIONS.forEach((capability, permission) -> {
                if (!self.hasPermission(channel, permission)) {
                    lacking.add(capability);
                }
            });
            return lacking;
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    Inbound.Autocomplete autocomplete(CommandAutoCompleteInteraction event) {
        return new Inbound.Autocomplete(caller(event), event.getFullCommandName(), event.getFocusedOption().getName(),
                event.getFocusedOption().getValue(), options(event.getOptions()));
    }

    /** Empty when the button is not one of ours (an id the bot never made). */
    Optional<Inbound.ButtonPress> button(ButtonInteraction event) {
        return CustomId.parse(event.getComponentId()).map(id -> new Inbound.ButtonPress(caller(event), id));
    }

    Optional<Inbound.Selection> selection(StringSelectInteraction event) {
        return CustomId.parse(event.getComponentId())
                .map(id -> new Inbound.Selection(caller(event), id, event.getValues()));
    }

    Optional<Inbound.ModalSubmit> modal(ModalInteraction event) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ModalMapping value : event.getValues()) {
            fields.put(value.getCustomId(), value.getAsString());
        }
        return CustomId.parse(event.getModalId()).map(id -> new Inbound.ModalSubmit(caller(event), id, fields));
    }

    /** A line typed in a thread (read only when the server's config counts them as group session answers). */
    Inbound.TypedMessage typedInThread(Message message) {
        User author = message.getAuthor();
        Member member = message.getMember();
        Guild guild = message.getGuild();
        // a typed line arrives through the gateway, so the bot has joined this server: no interaction is needed
        Caller caller = new Caller(guild.getIdLong(), message.getChannelIdLong(), author.getIdLong(),
                member != null ? member.getEffectiveName() : author.getEffectiveName(), isCoordinator(null, guild, member),
                Surface.THREAD);
        return new Inbound.TypedMessage(caller, message.getContentRaw());
    }

    /** A DM carries no server: guild 0, and the router files it under the member's home server. */
    static Inbound.TypedMessage typed(Message message) {
        User author = message.getAuthor();
        Caller caller = new Caller(0, message.getChannelIdLong(), author.getIdLong(), author.getEffectiveName(),
                false, Surface.DM);
        return new Inbound.TypedMessage(caller, message.getContentRaw());
    }

    /** Option values as text: numbers as digits, users, channels and roles as their ids. */
    private static Map<String, String> options(List<OptionMapping> options) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OptionMapping option : options) {
            out.put(option.getName(), option.getAsString());
        }
        return out;
    }
}
