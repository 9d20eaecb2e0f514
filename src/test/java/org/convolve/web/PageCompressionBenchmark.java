package org.convolve.web;

import io.javalin.compression.GzipCompressor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a browser's {@code Accept-Encoding: gzip} adds to every page: compressing the first lesson
 * page as Javalin does, at the level the tool uses and at Javalin's default. Not a test: run with
 * JMH (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageCompressionBenchmark {
    @Param({"1", "6"})
    public int gzipLevel;

    private byte[] firstPage;

    @Setup
    public void setUp() {
        LessonPageBenchmark page = new LessonPageBenchmark();
        page.setUp();
        firstPage = page.renderTheFirstLessonPage();
    }

    /** @return the compressed size, so that the work cannot be left out */
    @Benchmark
    public int gzipTheFirstLessonPage() throws IOException {
        CountingSink sink = new CountingSink();
        try (OutputStream gzip = new GzipCompressor(gzipLevel).compress(sink)) {
            gzip.write(firstPage);
        }
        return sink.count;
    }

    /** Counts what the compressor writes, so the benchmark measures compressing, not copying. */
    private static final class CountingSink extends OutputStream {
        int count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
