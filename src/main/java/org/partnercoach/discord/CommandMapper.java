package org.partnercoach.discord;

import java.util.Collection;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.OptionSpec;

/**
 * Turns the bot's command catalogue into Discord slash commands: a root with options, or with subcommands, or with
 * groups of subcommands. Commands are usable in servers only; DMs are answered by typing.
 */
final class CommandMapper {

    private CommandMapper() {
    }

    static List<SlashCommandData> toSlashCommands(Collection<CommandSpec> roots) {
        return roots.stream().map(CommandMapper::toSlashCommand).toList();
    }

    static SlashCommandData toSlashCommand(CommandSpec root) {
        SlashCommandData data = Commands.slash(root.name(), root.description())
                .setContexts(InteractionContextType.GUILD);
        if (root.hiddenFromMembers()) {
            data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        if (root.isLeaf()) {
            return data.addOptions(options(root));
        }
        for (CommandSpec child : root.children()) {
            if (child.isLeaf()) {
                data.addSubcommands(subcommand(child));
            } else {
                SubcommandGroupData group = new SubcommandGroupData(child.name(), child.description());
                for (CommandSpec leaf : child.children()) {
                    if (!leaf.isLeaf()) {
                        throw new IllegalArgumentException("/" + root.name() + " " + child.name() + " " + leaf.name()
                                + ": Discord allows one level of subcommand groups");
                    }
                    group.addSubcommands(subcommand(leaf));
                }
                data.addSubcommandGroups(group);
            }
        }
        return data;
    }

    private static SubcommandData subcommand(CommandSpec leaf) {
        return new SubcommandData(leaf.name(), leaf.description()).addOptions(options(leaf));
    }

    /** Required options first: Discord rejects a required option after an optional one. */
    private static List<OptionData> options(CommandSpec leaf) {
        return leaf.options().stream()
                .sorted((a, b) -> Boolean.compare(b.required(), a.required()))
                .map(CommandMapper::option)
                .toList();
    }

    static OptionData option(OptionSpec spec) {
        OptionType type = type(spec.type());
        OptionData data = new OptionData(type, spec.name(), spec.description(), spec.required(), spec.autocomplete());
        for (OptionSpec.Choice choice : spec.choices()) {
            data.addChoices(choice(type, choice.name(), choice.value()));
        }
        if (type == OptionType.INTEGER) {
            if (spec.min() != null) {
                data.setMinValue(spec.min());
            }
            if (spec.max() != null) {
                data.setMaxValue(spec.max());
            }
        } else if (type == OptionType.CHANNEL) {
            // the bot posts in the channel picked (reminders, the digest): Discord offers no voice channel or category
            data.setChannelTypes(ChannelType.TEXT, ChannelType.NEWS);
        } else if (type == OptionType.STRING) {
            if (spec.min() != null) {
                data.setMinLength(spec.min().intValue());
            }
            if (spec.max() != null) {
                data.setMaxLength(spec.max().intValue());
            }
        }
        return data;
    }

    /** A choice carries a value of its option's type: a number for an integer option, text otherwise. */
    static Command.Choice choice(OptionType type, String name, String value) {
        if (type == OptionType.INTEGER) {
            return new Command.Choice(name, Long.parseLong(value));
        }
        return new Command.Choice(name, value);
    }

    static OptionType type(OptionSpec.Type type) {
        return switch (type) {
            case TEXT -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case BOOLEAN -> OptionType.BOOLEAN;
            case USER -> OptionType.USER;
            case CHANNEL -> OptionType.CHANNEL;
            case ROLE -> OptionType.ROLE;
        };
    }
}
