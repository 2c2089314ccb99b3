package org.partnercoach.support;

/**
 * What JDA logs in its shutdown race ({@code org.partnercoach.discord.JdaShutdownRace}), as seen in an end-to-end
 * test: the tests of the bot's logging filter and of the end-to-end tests' error watch use it alike.
 */
public final class JdaShutdownRaceSample {

    /** The logger of JDA's gateway sender. */
    public static final String GATEWAY_SENDER = "net.dv8tion.jda.internal.requests.WebSocketClient";
    /** Its message when the pool refuses the next packet. */
    public static final String UNSCHEDULED =
            "Was unable to schedule next packet due to rejected execution by threadpool";
    /** The refusal's message while the pool shuts down. */
    public static final String SHUTTING_DOWN = "Task ScheduledFutureTask@2ce40e6a rejected from"
            + " java.util.concurrent.ScheduledThreadPoolExecutor@6deff82c[Shutting down, pool size = 1]";

    private JdaShutdownRaceSample() {
    }
}
