package org.convolve.lti.keys;

import java.util.List;

/** Persistence for the tool's own key pairs, shared by every tool instance. */
public interface ToolKeyRepository {

    List<StoredKey> all();

    void add(StoredKey key);

    void update(StoredKey key);
}
