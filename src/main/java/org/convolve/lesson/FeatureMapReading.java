package org.convolve.lesson;

import java.util.List;
import java.util.Optional;

/**
 * The step where the learner interprets the feature map. The correct meanings are content, not
 * code, because they depend on the kernel the lesson chose.
 */
public record FeatureMapReading(
        String locatePrompt,
        String meaningPrompt,
        List<Meaning> meanings,
        String positiveMeans,
        String negativeMeans) {

    public FeatureMapReading {
        meanings = Copies.list(meanings);
    }

    public Optional<Meaning> meaning(String meaningId) {
        return meanings.stream().filter(m -> m.id().equals(meaningId)).findFirst();
    }
}
