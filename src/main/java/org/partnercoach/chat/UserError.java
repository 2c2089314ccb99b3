package org.partnercoach.chat;

/**
 * A request the bot cannot do as asked (a name too long, an unknown partner, a missing permission). The router
 * shows the message to the member as it is, so it must be friendly and say what to do instead.
 */
public class UserError extends RuntimeException {
    public UserError(String friendlyMessage) {
        super(friendlyMessage, null, false, false);
    }
}
