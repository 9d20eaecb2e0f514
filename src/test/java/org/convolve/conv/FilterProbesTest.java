package org.convolve.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilterProbesTest {

    @Test
    void everyProbeIsASixBySixImageOfDigits() {
        for (Probe probe : Probe.values()) {
            Grid image = probe.image();
            assertEquals(6, image.rows(), probe.name());
            assertEquals(6, image.cols(), probe.name());
            assertTrue(image.min() >= 0 && image.max() <= 9, probe.name());
            for (int r = 0; r < 6; r++) {
                for (int c = 0; c < 6; c++) {
                    assertEquals(Math.rint(image.get(r, c)), image.get(r, c), probe.name());
                }
            }
        }
    }

    @Test
    void theVerticalEdgeProbeChangesAcrossColumnsOnly() {
        Grid image = Probe.VERTICAL_EDGE.image();

        assertEquals(Probe.DARK, image.get(4, 0));
        assertEquals(Probe.BRIGHT, image.get(4, 5));
        assertEquals(image.get(0, 2), image.get(5, 2));
    }

    @Test
    void theMirroredProbeIsTheVerticalEdgeFlippedLeftToRight() {
        Grid edge = Probe.VERTICAL_EDGE.image();
        Grid mirror = Probe.MIRRORED_VERTICAL_EDGE.image();

        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                assertEquals(edge.get(r, c), mirror.get(r, 5 - c));
            }
        }
    }

    @Test
    void theHorizontalEdgeProbeIsTheVerticalEdgeTurnedOnItsSide() {
        Grid vertical = Probe.VERTICAL_EDGE.image();
        Grid horizontal = Probe.HORIZONTAL_EDGE.image();

        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                assertEquals(vertical.get(r, c), horizontal.get(c, r));
            }
        }
    }

    @Test
    void theFlatProbeIsOneNonZeroGrey() {
        Grid flat = Probe.FLAT.image();

        assertEquals(flat.min(), flat.max());
        assertTrue(flat.min() > 0, "a zero flat image would hide a filter that does not sum to zero");
        assertEquals(0, Probe.FLAT.contrast());
    }

    @Test
    void givesOneFeatureMapPerProbeInDeclarationOrder() {
        List<ProbeResponse> responses = FilterProbes.respond(Kernels.VERTICAL_EDGE);

        assertEquals(List.of(Probe.values()), responses.stream().map(ProbeResponse::probe).toList());
        for (ProbeResponse response : responses) {
            assertEquals(CrossCorrelation.apply(response.probe().image(), Kernels.VERTICAL_EDGE),
                    response.featureMap());
        }
    }

    @Test
    void aVerticalEdgeFilterLightsUpOnlyTheColumnsAroundTheEdge() {
        Grid map = FilterProbes.respond(Kernels.VERTICAL_EDGE, Probe.VERTICAL_EDGE).featureMap();

        int edgeStep = 3 * Probe.VERTICAL_EDGE.contrast();
        for (int r = 0; r < map.rows(); r++) {
            assertEquals(0.0, map.get(r, 0));
            assertEquals(edgeStep, map.get(r, 1));
            assertEquals(edgeStep, map.get(r, 2));
            assertEquals(0.0, map.get(r, 3));
        }
    }

    @Test
    void theMirrorFlipsTheSignOfAZeroSumFilter() {
        Grid edge = FilterProbes.respond(Kernels.VERTICAL_EDGE, Probe.VERTICAL_EDGE).featureMap();
        Grid mirror = FilterProbes.respond(Kernels.VERTICAL_EDGE, Probe.MIRRORED_VERTICAL_EDGE).featureMap();

        assertEquals(edge.negated(), mirror);
    }
}
