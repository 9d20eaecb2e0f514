package org.convolve.sandbox;

import java.util.Map;
import java.util.Optional;

/** A link to Convolve placed in the sandbox course, with the gradebook column it is coupled to. */
public record SandboxLink(String id, String title, Map<String, String> custom, Optional<Long> lineItemId) {
    public SandboxLink {
        custom = Map.copyOf(custom);
    }
}
