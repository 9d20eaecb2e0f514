package org.convolve.conv;

/** What a filter made of one probe image: the feature map a page can draw as a heatmap. */
public record ProbeResponse(Probe probe, Grid featureMap) {

    public double strongestResponse() {
        return featureMap.maxAbs();
    }
}
