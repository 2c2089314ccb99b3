package org.partnercoach.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A feature of the bot: the commands it owns, the component ids it answers, and its handlers. The router sends
 * each event to the one feature that owns it. Handlers load state, decide, write in one transaction, then return
 * the reply: the reply is sent only after the write is committed.
 */
public interface Feature {

    /** The slash commands this feature owns (their root names must be unique across features). */
    default List<CommandSpec> commands() {
        return List.of();
    }

    /** The {@link CustomId#feature()} prefixes of the buttons, menus and forms this feature answers. */
    default Set<String> componentPrefixes() {
        return Set.of();
    }

    /**
     * The server a button, menu or form of this feature acts on, when its id names one: those on the messages the
     * bot sends to DMs on its own (reminders, digests, questions), whose DM carries no server. 0 when it names none
     * (the member's DMs' server is meant). The router refuses one of a server that has removed the bot.
     */
    default long serverOf(CustomId id) {
        return 0;
    }

    /**
     * What to do instead of a button, menu or form of this feature that it answered with {@link Router#stale()}: a
     * sentence naming the command that shows a fresh one. By default, to run the command that showed it again.
     */
    default String afterStale() {
        return Router.AGAIN;
    }

    /**
     * What a command must ask the platform over the network before its transaction opens, added to the command (the
     * members a view shows who left the server, as {@link Inbound.Command#prepared}, with what it read to know whom
     * to ask, so that the handler need not read it again); by default nothing. It runs outside any transaction: it
     * reads what it needs in its own, writes nothing, and asks nothing of a caller the command will refuse.
     */
    default Inbound.Command beforeTransaction(Inbound.Command command) {
        return command;
    }

    /**
     * {@link #beforeTransaction} for a button or a menu of this feature ({@link Inbound.ButtonPress},
     * {@link Inbound.Selection}): the event, with what it must ask the platform first; by default nothing.
     */
    default Inbound beforeComponent(Inbound component) {
        return component;
    }

    /**
     * Whether a button or menu of this feature ({@code id}) may ask the platform first ({@link #beforeComponent}),
     * which may take longer than a platform waits for an answer: the adapter then acknowledges it at once, and sends
     * the answer when it is ready.
     */
    default boolean asksFirst(CustomId id) {
        return false;
    }

    /**
     * {@link #asksFirst(CustomId)} for one press or pick: a feature whose component asks the platform only for some
     * of those who use it (a member refused, not its owner) says so from the event, so that the others are answered
     * at once, in place of the message when the answer takes its place.
     */
    default boolean asksFirst(Inbound component, CustomId id) {
        return asksFirst(id);
    }

    default Reply onCommand(Inbound.Command command) {
        throw new UnsupportedOperationException(command.path());
    }

    /** A kind of component this feature never makes (a forged or garbled id): the "older message" answer. */
    default Reply onButton(Inbound.ButtonPress press) {
        return Router.stale();
    }

    /** A kind of component this feature never makes (a forged or garbled id): the "older message" answer. */
    default Reply onSelect(Inbound.Selection selection) {
        return Router.stale();
    }

    /** A kind of component this feature never makes (a forged or garbled id): the "older message" answer. */
    default Reply onModal(Inbound.ModalSubmit submit) {
        return Router.stale();
    }

    default List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
        return List.of();
    }

    /**
     * A line a member typed in a DM. Features are asked in order; the first that takes the line answers it.
     */
    default Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        return Optional.empty();
    }
}
