package org.convolve.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;

/**
 * How pages are compressed for browsers that accept gzip (all of them). Javalin's default level,
 * 6, takes about 300 µs to compress the 34 KB first lesson page into 7.6 KB; level 1 takes about
 * 60 µs for 8.6 KB (PageCompressionBenchmark, JMH). A lecture hall's launches are paid for in the
 * tool's CPU, and 1 KB is nothing on any network that can carry the iframe, so the fast level wins.
 */
final class PageCompression {
    static final int GZIP_LEVEL = 1;

    private PageCompression() {
    }

    static CompressionStrategy strategy() {
        return new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
    }
}
