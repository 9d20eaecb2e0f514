package org.convolve.conv;

import java.util.ArrayList;
import java.util.List;

/** Runs a filter over every probe image, in the order the probes are declared. */
public final class FilterProbes {

    private FilterProbes() {
    }

    public static List<ProbeResponse> respond(Grid filter) {
        Probe[] probes = Probe.values();
        List<ProbeResponse> responses = new ArrayList<>(probes.length);
        for (Probe probe : probes) {
            responses.add(new ProbeResponse(probe, CrossCorrelation.apply(probe.image(), filter)));
        }
        return List.copyOf(responses);
    }

    public static ProbeResponse respond(Grid filter, Probe probe) {
        return new ProbeResponse(probe, CrossCorrelation.apply(probe.image(), filter));
    }
}
