package org.convolve.lti.keys;

import java.util.List;

/** Persistence for the tool's own key pairs, shared by every tool instance. */
public interface ToolKeyRepository {

    List<StoredKey> all();

    void add(StoredKey key);

    /**
     * Adds the first key, unless one was ever added before. Instances that start together on an
     * empty store may all try; exactly one succeeds, so they all end up signing with one key.
     *
     * @return whether this key was added
     */
    boolean addFirst(StoredKey key);

    void update(StoredKey key);
}
