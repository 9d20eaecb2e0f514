package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptEncodingTest {
    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br, zstd", "br;q=1.0, GZIP;q=0.5", "x-gzip", "*", "deflate, *;q=0.1"})
    void gzipIsAccepted(String header) {
        assertTrue(AcceptEncoding.allowsGzip(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "identity", "br, zstd", "gzip;q=0", "gzip;q=0.0, br", "*;q=0", "gzip;q=0, *",
            "gzip;q=x", "gzipped"})
    void gzipIsNotAccepted(String header) {
        assertFalse(AcceptEncoding.allowsGzip(header), header);
    }

    @Test
    void noHeaderMeansNoCompression() {
        assertFalse(AcceptEncoding.allowsGzip(null));
    }
}
