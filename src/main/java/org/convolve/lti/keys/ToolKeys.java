package org.convolve.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The tool's signing keys. A key is created once, on first start, and kept; rotation adds a new
 * signing key and lets the old one stay in the JWKS for a grace period.
 *
 * <p>Rotation usually happens in another process (the {@code keys-rotate} command, or another
 * instance), so the keys read from the repository are kept for {@link #DEFAULT_REFRESH} at most.
 */
public final class ToolKeys {
    /** Every running instance publishes a rotated key, and reads any other change, within this time. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(30);
    /**
     * How long a rotated key is published before it signs. Platforms keep the key set for the
     * JWKS's max-age (5 minutes); a key that signed at once would meet a platform that does not
     * know it yet, and a token request or a deep-linking answer would be refused.
     */
    public static final Duration ANNOUNCEMENT = Duration.ofMinutes(10);

    private final ToolKeyRepository repository;
    private final Clock clock;
    private final Duration refreshEvery;
    private volatile Loaded cached;
    private volatile CompletableFuture<Void> firstKey = CompletableFuture.completedFuture(null);

    private record Loaded(List<StoredKey> keys, Instant at) {
    }

    public ToolKeys(ToolKeyRepository repository, Clock clock) {
        this(repository, clock, DEFAULT_REFRESH);
    }

    public ToolKeys(ToolKeyRepository repository, Clock clock, Duration refreshEvery) {
        this.repository = repository;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
    }

    /** Creates the first key pair if there is none yet; another instance may have made it meanwhile. */
    public void ensureSigningKey() {
        if (signingKeyIfAny().isEmpty()) {
            repository.addFirst(new StoredKey(generate(), clock.instant(), Optional.empty()));
            cached = null;
        }
    }

    /**
     * Creates the first key pair, if there is none yet, on a thread of its own. Generating one
     * takes about a second on a small machine, and a launch does not need it; whatever signs or
     * publishes keys waits for it.
     */
    public void ensureSigningKeyInBackground() {
        CompletableFuture<Void> generation = new CompletableFuture<>();
        firstKey = generation;
        Thread thread = new Thread(() -> {
            try {
                ensureSigningKey();
                generation.complete(null);
            } catch (RuntimeException e) {
                generation.completeExceptionally(e);
            }
        }, "signing-key");
        thread.setDaemon(true);
        thread.start();
    }

    private void awaitFirstKey() {
        try {
            firstKey.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The tool's first signing key could not be created.", e.getCause());
        }
    }

    public RSAKey signingKey() {
        awaitFirstKey();
        Optional<RSAKey> key = signingKeyIfAny();
        if (key.isEmpty()) {
            // Another instance may have made the first key since this one last read the keys.
            cached = null;
            key = signingKeyIfAny();
        }
        return key.orElseThrow(() -> new IllegalStateException("The tool has no signing key yet."));
    }

    /** The public half of every key still published, for the JWKS URL. */
    public JWKSet publicKeySet() {
        awaitFirstKey();
        Instant now = clock.instant();
        return new JWKSet(keys().stream()
                .filter(key -> key.publishedAt(now))
                .map(key -> (com.nimbusds.jose.jwk.JWK) key.key().toPublicJWK())
                .toList());
    }

    /**
     * Adds a new signing key, which signs once it has been published for {@link #ANNOUNCEMENT};
     * the current one keeps signing until then and stays published for {@code grace}.
     */
    public StoredKey rotate(Duration grace) {
        awaitFirstKey();
        Instant now = clock.instant();
        for (StoredKey key : keys()) {
            if (key.retireAt().isEmpty()) {
                repository.update(new StoredKey(key.key(), key.createdAt(), Optional.of(now.plus(grace))));
            }
        }
        StoredKey fresh = new StoredKey(generate(), now, Optional.empty());
        repository.add(fresh);
        cached = null;
        return fresh;
    }

    /**
     * The newest published key that has been announced long enough; when none has (the first key,
     * or a rotation whose old key was retired at once), the oldest published one.
     */
    private Optional<RSAKey> signingKeyIfAny() {
        Instant now = clock.instant();
        List<StoredKey> published = keys().stream().filter(key -> key.publishedAt(now)).toList();
        return published.stream()
                .filter(key -> !key.createdAt().plus(ANNOUNCEMENT).isAfter(now))
                .max(Comparator.comparing(StoredKey::createdAt))
                .or(() -> published.stream().min(Comparator.comparing(StoredKey::createdAt)))
                .map(StoredKey::key);
    }

    private List<StoredKey> keys() {
        Loaded loaded = cached;
        Instant now = clock.instant();
        if (loaded == null || !now.isBefore(loaded.at().plus(refreshEvery))) {
            loaded = new Loaded(repository.all(), now);
            cached = loaded;
        }
        return loaded.keys();
    }

    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA key pair", e);
        }
    }
}
