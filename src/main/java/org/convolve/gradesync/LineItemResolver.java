package org.convolve.gradesync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.convolve.lti.ags.LineItem;
import org.convolve.lti.ags.LineItemService;
import org.convolve.lti.ags.ServiceRefusal;
import org.convolve.lti.ags.ServiceUnreachable;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.registration.Platform;
import org.convolve.storage.UniqueViolation;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The line item a score goes to when the launch named none: the one already found or created,
 * else the container's item with this link and tag, else a new one when the platform lets the
 * tool create columns (scoreMaximum = the XP on offer).
 */
final class LineItemResolver {
    /**
     * Locks by item key: a lecture hall's first scores for a new column would otherwise each create
     * one. Between instances, a row in line_item_creation does the same.
     */
    private static final int LOCK_STRIPES = 64;

    private final Jdbi jdbi;
    private final LineItemService lineItems;
    private final Clock clock;
    private final Duration creationLease;
    private final Object[] locks = new Object[LOCK_STRIPES];

    /** @param creationLease how long another instance waits for one that died while creating a column */
    LineItemResolver(Jdbi jdbi, LineItemService lineItems, Clock clock, Duration creationLease) {
        this.jdbi = jdbi;
        this.lineItems = lineItems;
        this.clock = clock;
        this.creationLease = creationLease;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Empty when the platform has no such item and does not let the tool create one.
     *
     * @throws ColumnBeingCreated while another instance finds or creates the same column
     */
    Optional<URI> resolve(Platform platform, OutboxEntry entry)
            throws ServiceUnreachable, ServiceRefusal, ColumnBeingCreated {
        if (entry.lineItem().isPresent()) {
            return entry.lineItem();
        }
        URI container = entry.lineItems().orElseThrow(() -> new IllegalStateException(
                "An outbox row has neither a line item nor a container"));
        String link = entry.resourceLinkId().orElse("");
        String key = Sha256.of(platform.issuer(), platform.clientId(), container.toString(), link, entry.tag());
        Optional<URI> known = remembered(key);
        if (known.isPresent()) {
            return known;
        }
        synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
            if (!reserveCreation(key)) {
                throw new ColumnBeingCreated();
            }
            try {
                // Another thread or instance may have found or created it while this one waited.
                known = remembered(key);
                return known.isPresent() ? known : findOrCreate(platform, entry, container, link, key);
            } finally {
                jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM line_item_creation WHERE item_key = :key")
                        .bind("key", key).execute());
            }
        }
    }

    /** True when this instance may find or create the column: nobody else is, or the one who was has died. */
    private boolean reserveCreation(String key) {
        long now = clock.millis();
        long until = now + creationLease.toMillis();
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO line_item_creation (item_key, claimed_until) VALUES (:key, :until)")
                    .bind("key", key).bind("until", until).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
        }
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE line_item_creation SET claimed_until = :until"
                        + " WHERE item_key = :key AND claimed_until < :now")
                .bind("until", until).bind("key", key).bind("now", now).execute()) == 1;
    }

    private Optional<URI> remembered(String key) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT line_item_url FROM line_item_link WHERE item_key = :key")
                .bind("key", key).mapTo(String.class).findOne().map(URI::create));
    }

    private Optional<URI> findOrCreate(Platform platform, OutboxEntry entry, URI container, String link, String key)
            throws ServiceUnreachable, ServiceRefusal {
        Optional<URI> found = lineItems.find(platform, entry.scopes(), container, link, entry.tag())
                .flatMap(LineItem::id);
        if (found.isEmpty()) {
            if (!entry.scopes().contains(AgsEndpoint.SCOPE_LINEITEM)) {
                return Optional.empty();
            }
            LineItem created = lineItems.create(platform, entry.scopes(), container, new LineItem(Optional.empty(),
                    entry.label(), entry.scoreMaximum(), entry.resourceLinkId(), Optional.of(entry.tag()),
                    Optional.of(entry.lessonId() + entry.activityId().map(id -> "/" + id).orElse(""))));
            found = created.id();
        }
        found.ifPresent(url -> remember(key, url));
        return found;
    }

    private void remember(String key, URI url) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO line_item_link (item_key, line_item_url,"
                            + " created_at) VALUES (:key, :url, :now)")
                    .bind("key", key).bind("url", url.toString()).bind("now", clock.millis()).execute());
        } catch (UnableToExecuteStatementException e) {
            // Another instance recorded it first; either URL names a usable item.
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
        }
    }
}
