package org.convolve.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.convolve.lti.ags.ServiceRefusal;
import org.convolve.lti.ags.ServiceUnreachable;
import org.convolve.lti.launch.NrpsEndpoint;
import org.convolve.lti.nrps.Member;
import org.convolve.lti.registration.Platform;

/**
 * Course rosters read in the last minute. Reading one makes the platform page through the whole
 * course (one request per page of members, a token first if needed), and an instructor moving
 * between the tool's views would otherwise do that at every view; Canvas counts such requests
 * against the tool's rate limit. A roster that could not be read is not kept.
 */
final class RecentRosters {
    /** Where rosters come from: the platform's membership service. */
    @FunctionalInterface
    interface Source {
        List<Member> members(Platform platform, NrpsEndpoint endpoint) throws ServiceUnreachable, ServiceRefusal;
    }

    static final Duration KEEP_FOR = Duration.ofMinutes(1);
    private static final int MOST_COURSES = 1_000;

    private record Course(String issuer, String clientId, URI memberships) {
    }

    private final Source source;
    private final Cache<Course, List<Member>> recent;

    RecentRosters(Source source, Duration keepFor, Ticker ticker) {
        this.source = source;
        this.recent = Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(MOST_COURSES).ticker(ticker).build();
    }

    List<Member> members(Platform platform, NrpsEndpoint endpoint) throws ServiceUnreachable, ServiceRefusal {
        Course course = new Course(platform.issuer(), platform.clientId(), endpoint.contextMembershipsUrl());
        List<Member> known = recent.getIfPresent(course);
        if (known != null) {
            return known;
        }
        List<Member> read = List.copyOf(source.members(platform, endpoint));
        recent.put(course, read);
        return read;
    }
}
