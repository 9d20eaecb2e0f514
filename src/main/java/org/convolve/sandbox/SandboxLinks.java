package org.convolve.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The links to Convolve in the sandbox course: one from the start, more added by deep linking. */
final class SandboxLinks {
    private final List<SandboxLink> links = new ArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();

    SandboxLinks(SandboxGradebook gradebook) {
        SandboxGradebook.Item item = gradebook.create("Convolutional Networks for Vision", 20,
                Optional.of(SandboxPlatform.RESOURCE_LINK_ID), Optional.empty(), Optional.empty());
        links.add(new SandboxLink(SandboxPlatform.RESOURCE_LINK_ID, "Convolutional Networks for Vision", Map.of(),
                Optional.of(item.id())));
    }

    synchronized SandboxLink add(String id, String title, Map<String, String> custom, Optional<Long> lineItemId) {
        SandboxLink link = new SandboxLink(id, title, custom, lineItemId);
        links.add(link);
        return link;
    }

    synchronized String newId() {
        return "sandbox-link-dl-" + counter.incrementAndGet();
    }

    synchronized Optional<SandboxLink> find(String id) {
        return links.stream().filter(link -> link.id().equals(id)).findFirst();
    }

    synchronized List<SandboxLink> all() {
        return List.copyOf(links);
    }
}
