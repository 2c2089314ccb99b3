package org.partnercoach.discord;

import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import org.partnercoach.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the router's answer back the way Discord expects it: a modal, an edit of the message a button was on, or
 * a reply (ephemeral outside DMs). A send that fails is logged: the member sees Discord's own "failed" notice.
 */
final class Responder {

    private static final Logger log = LoggerFactory.getLogger(Responder.class);
    /** Said when a form cannot be opened (a form answering a form, or after a deferral). */
    static final String CANNOT_OPEN_FORM = "Please press the button again to open the form.";

    private Responder() {
    }

    /**
     * Answers an interaction that has not been acknowledged yet.
     *
     * @param answered runs once Discord has the answer (sends the handler queued may go out now, after it)
     */
    static void answer(IReplyCallback event, Reply reply, boolean inDm, String what, Runnable answered) {
        if (reply.isForm()) {
            if (event instanceof IModalCallback modal) {
                modal.replyModal(MessageMapper.toModal(reply.form())).queue(done -> answered.run(), failed(what));
                return;
            }
            log.warn("{} answered with a form, which Discord cannot show here", what);
            reply = Reply.text(CANNOT_OPEN_FORM);
        }
        if (reply.update() && event instanceof IMessageEditCallback edit && isOnMessage(event)) {
            edit.editMessage(MessageMapper.toEdit(reply)).queue(done -> answered.run(), failed(what));
            return;
        }
        event.reply(MessageMapper.toCreate(reply)).setEphemeral(reply.ephemeral() && !inDm)
                .queue(done -> answered.run(), failed(what));
    }

    /** Answers an interaction that was deferred: the "thinking" message becomes the answer. */
    static void answerDeferred(InteractionHook hook, Reply reply, String what, Runnable answered) {
        if (reply.isForm()) {
            log.warn("{} answered with a form after deferring, which Discord cannot show", what);
            reply = Reply.text(CANNOT_OPEN_FORM);
        }
        hook.editOriginal(MessageMapper.toEdit(reply)).queue(done -> answered.run(), failed(what));
    }

    /** Answers a DM. */
    static void send(MessageChannel channel, Reply reply, String what, Runnable answered) {
        if (reply.isForm()) {
            log.warn("{} answered with a form, which cannot be sent as a message", what);
            reply = Reply.text(CANNOT_OPEN_FORM);
        }
        channel.sendMessage(MessageMapper.toCreate(reply)).queue(done -> answered.run(), failed(what));
    }

    /** A button or menu sits on a message; a form does when it was opened from a button. */
    private static boolean isOnMessage(IReplyCallback event) {
        if (event instanceof ModalInteraction modal) {
            return modal.getMessage() != null;
        }
        return event instanceof ComponentInteraction;
    }

    static Consumer<Throwable> failed(String what) {
        return e -> log.error("could not answer {}", what, e);
    }
}
