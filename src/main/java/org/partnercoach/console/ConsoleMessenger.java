package org.partnercoach.console;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;

/** Messages the bot sends on its own, printed to the terminal with who or where they went to. */
final class ConsoleMessenger implements Messenger {

    private final ConsolePrinter printer;
    private final ConsoleMembers members;
    private final LongSupplier currentUser;
    /** The console's one server's name ({@code console.serverName}). */
    private final String serverName;
    /** Discord's epoch (2015), from which its ids count milliseconds. */
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    /**
     * Message and thread ids made as Discord makes them, from the time (the wall clock, not the console's, which
     * {@code :advance} moves), so that a later run never hands out an id an earlier one did: a group session keeps
     * its thread's id across runs.
     */
    private final AtomicLong nextId = new AtomicLong((System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22);
    /**
     * The posts with buttons of this run, by message id: what the printer keeps their buttons under, so that an edit
     * takes them away, as Discord's replaces them.
     */
    private final java.util.Map<Long, Long> printedAs = new java.util.concurrent.ConcurrentHashMap<>();

    ConsoleMessenger(ConsolePrinter printer, ConsoleMembers members, String serverName, LongSupplier currentUser) {
        this.serverName = serverName;
        this.printer = printer;
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    public Delivery sendDirect(long userId, Reply message, String nonce) {
        if (members.hasLeft(userId)) {
            // as on Discord, which refuses a bot's DMs to anyone who shares no server with it, as if their DMs were
            // closed; the bot then finds out that they left
            printer.note("a DM to " + members.nameOf(userId) + " was refused: they have left the server (`:member "
                    + members.nameOf(userId) + "` brings them back)");
            return Delivery.dmClosed();
        }
        String where = userId == currentUser.getAsLong() ? "DM" : "DM to " + members.nameOf(userId);
        printer.print(where, message, Surface.DM, userId, 0);
        return Delivery.sent(nextId.incrementAndGet());
    }

    @Override
    public Delivery post(long guildId, long channelId, Reply message, String nonce) {
        long printed = printer.print("#" + members.channelName(channelId), message,
                members.isThread(channelId) ? Surface.THREAD : Surface.SERVER, ConsolePrinter.EVERYONE, channelId);
        long id = nextId.incrementAndGet();
        if (printed != 0) {
            printedAs.put(id, printed);
        }
        return Delivery.sent(id);
    }

    /**
     * Prints the message as it reads now; the buttons it had go (a post of an earlier run is not known by its id
     * here: its buttons stay pressable, as before the edit).
     */
    @Override
    public Delivery edit(long guildId, long channelId, long messageId, Reply message) {
        long printed = printer.print("#" + members.channelName(channelId) + ", edited", message, Surface.THREAD,
                ConsolePrinter.EVERYONE, channelId);
        Long before = printedAs.remove(messageId);
        if (before != null) {
            printer.edited(before);
        }
        if (printed != 0) {
            printedAs.put(messageId, printed);
        }
        return Delivery.sent(messageId);
    }

    /** The console's one server knows its members and who is a coordinator; another server is none it knows. */
    @Override
    public Optional<Boolean> isCoordinator(long guildId, long userId) {
        if (guildId != ConsoleMembers.GUILD_ID) {
            return Optional.empty();
        }
        return Optional.of(members.isCoordinator(userId));
    }

    /** The console's server is named as the config says ({@code console.serverName}); another is none it knows. */
    @Override
    public Optional<String> serverName(long guildId) {
        return guildId == ConsoleMembers.GUILD_ID ? Optional.of(serverName) : Optional.empty();
    }

    /** The console's server is owned by the member the console starts as; another server is none it knows. */
    @Override
    public Optional<Long> ownerOf(long guildId) {
        return guildId == ConsoleMembers.GUILD_ID ? Optional.of(ConsoleMembers.idOf(members.owner()))
                : Optional.empty();
    }

    /**
     * Those of the console's server who left it in this run ({@code :leave}), and the names of those in it; another
     * server is none it knows.
     */
    @Override
    public Membership membership(long guildId, java.util.Collection<Long> userIds) {
        if (guildId != ConsoleMembers.GUILD_ID) {
            return Membership.EVERYONE_HERE;
        }
        return new Membership(userIds.stream().filter(members::hasLeft).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.of(), memberNames(guildId, userIds));
    }

    /** The names of the console's members who are in its server now; another server is none it knows. */
    @Override
    public java.util.Map<Long, String> memberNames(long guildId, java.util.Collection<Long> userIds) {
        java.util.Map<Long, String> known = new java.util.LinkedHashMap<>();
        if (guildId == ConsoleMembers.GUILD_ID) {
            userIds.stream().filter(id -> members.isMember(id)).forEach(id -> known.put(id, members.nameOf(id)));
        }
        return known;
    }

    @Override
    public Delivery openThread(long guildId, long channelId, String name) {
        long id = nextId.incrementAndGet();
        members.nameChannel(id, name);
        printer.note("a thread \"" + name + "\" opened under #" + members.channelName(channelId));
        return Delivery.sent(id);
    }
}
