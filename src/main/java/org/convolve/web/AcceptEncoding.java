package org.convolve.web;

import java.util.Locale;

/** Reads a request's Accept-Encoding (RFC 9110 §12.5.3) as far as the tool needs it: gzip or not. */
final class AcceptEncoding {
    private AcceptEncoding() {
    }

    /** True when gzip is listed without {@code q=0}, or not named but "*" is. */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = weight(parts);
            } else if (coding.equals("*")) {
                any = weight(parts);
            }
        }
        Double decides = gzip != null ? gzip : any;
        return decides != null && decides > 0;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
