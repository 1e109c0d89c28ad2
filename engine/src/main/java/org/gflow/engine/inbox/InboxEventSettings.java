package org.gflow.engine.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gflow.inbox.events.*}: the live inbox ({@code GET /api/inbox/events}).
 *
 * @param poll how often each node reads the change log for changes made on any node
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open
 * @param retention how long a change stays in the log for inboxes that reconnect
 * @param gapWait how long a missing change id is waited for (a transaction that took its id but
 *     commits late) before it is taken as rolled back
 * @param maxPerUser open streams one person may hold at once (one a tab)
 * @param streamTimeout how long one stream lasts; the browser then reconnects and resumes
 */
@ConfigurationProperties("gflow.inbox.events")
record InboxEventSettings(
        @DefaultValue("1s") Duration poll,
        @DefaultValue("20s") Duration heartbeat,
        @DefaultValue("10m") Duration retention,
        @DefaultValue("30s") Duration gapWait,
        @DefaultValue("8") int maxPerUser,
        @DefaultValue("30m") Duration streamTimeout) {}
