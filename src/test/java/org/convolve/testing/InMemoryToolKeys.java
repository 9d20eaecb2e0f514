package org.convolve.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.convolve.lti.keys.StoredKey;
import org.convolve.lti.keys.ToolKeyRepository;
import org.convolve.lti.keys.ToolKeys;

/** The tool's keys in memory, for tests that need no database; tests may look at {@link #keys()}. */
public class InMemoryToolKeys implements ToolKeyRepository {
    private final List<StoredKey> keys = new CopyOnWriteArrayList<>();

    /** A repository that already holds one signing key, as after a first start. */
    public static InMemoryToolKeys withOneKey() {
        InMemoryToolKeys repository = new InMemoryToolKeys();
        repository.add(new StoredKey(ToolKeys.generate(), Instant.now(), Optional.empty()));
        return repository;
    }

    public List<StoredKey> keys() {
        return List.copyOf(keys);
    }

    @Override
    public List<StoredKey> all() {
        return List.copyOf(keys);
    }

    @Override
    public void add(StoredKey key) {
        keys.add(key);
    }

    @Override
    public synchronized boolean addFirst(StoredKey key) {
        if (!keys.isEmpty()) {
            return false;
        }
        keys.add(key);
        return true;
    }

    @Override
    public void update(StoredKey key) {
        keys.replaceAll(k -> k.kid().equals(key.kid()) ? key : k);
    }
}
