package org.partnercoach.discord;

import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Messenger.Delivery;
import org.partnercoach.chat.SendTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a send that JDA or Discord refused, or that never got an answer, is called for coordinators: its kind of
 * trouble ({@link SendTrouble}) in plain words. The error itself goes to the log where the send failed.
 */
final class SendFailures {

    private static final Logger log = LoggerFactory.getLogger(JdaMessenger.class);
    /** What JDA's messenger throws before the bot has logged in. */
    static final String NOT_CONNECTED = "the bot is not connected to Discord yet";

    private SendFailures() {
    }

    /**
     * What kind of trouble a failed send met, from what JDA or Discord answered (a network failure reaches us as
     * an error response that carries the exception), said in plain words.
     */
    static Delivery of(Throwable cause, long channelId) {
        if (cause instanceof ErrorResponseException error) {
            Exception io = error.getResponse() == null ? null : error.getResponse().getException();
            if (io != null) {
                return io instanceof java.io.InterruptedIOException
                        ? Delivery.failed(SendTrouble.TIMEOUT)
                        : Delivery.failed(SendTrouble.NETWORK);
            }
            int status = error.getResponse() == null ? 0 : error.getResponse().code;
            ErrorResponse why = error.getErrorResponse();
            if (why == ErrorResponse.UNKNOWN_CHANNEL && channelId != 0) {
                return Delivery.failed(ChannelTrouble.gone(), channelId);
            }
            if (why == ErrorResponse.MISSING_PERMISSIONS || why == ErrorResponse.MISSING_ACCESS) {
                return lacksPermission(channelId);
            }
            if (why == ErrorResponse.UNKNOWN_USER && channelId == 0) {
                return Delivery.failed(SendTrouble.ACCOUNT_GONE);
            }
            if (status == 429) {
                return Delivery.failed(SendTrouble.RATE_LIMITED);
            }
            if (status >= 500 || status <= 0 && error.isServerError()) {
                return Delivery.failed(SendTrouble.DISCORD_ERROR);
            }
            return Delivery.failed(SendTrouble.REFUSED);
        }
        if (cause instanceof net.dv8tion.jda.api.exceptions.RateLimitedException) {
            return Delivery.failed(SendTrouble.RATE_LIMITED);
        }
        if (cause instanceof net.dv8tion.jda.api.exceptions.InsufficientPermissionException) {
            return lacksPermission(channelId);
        }
        if (cause instanceof java.io.InterruptedIOException) {
            return Delivery.failed(SendTrouble.TIMEOUT);
        }
        if (cause instanceof java.io.IOException || cause instanceof java.io.UncheckedIOException) {
            return Delivery.failed(SendTrouble.NETWORK);
        }
        if (cause instanceof IllegalStateException && jdaNotConnected(cause)) {
            return notConnected();
        }
        return Delivery.failed(SendTrouble.BOT_FAULT);
    }

    static Delivery notConnected() {
        log.warn("could not send: {}", NOT_CONNECTED);
        return Delivery.failed(SendTrouble.NETWORK, "the bot was not connected to Discord yet");
    }

    private static boolean jdaNotConnected(Throwable cause) {
        return NOT_CONNECTED.equals(cause.getMessage());
    }

    private static Delivery lacksPermission(long channelId) {
        return channelId == 0 ? Delivery.failed(SendTrouble.REFUSED)
                : Delivery.failed(SendTrouble.MISSING_PERMISSIONS, "the bot lacks a permission it needs in "
                + org.partnercoach.chat.Mentions.channel(channelId));
    }

    /** "10 seconds", "1 second", "500 ms". */
    static String seconds(Duration d) {
        long s = d.toSeconds();
        return s == 0 ? d.toMillis() + " ms" : Count.of(s, "second");
    }
}
