package org.convolve.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.convolve.lti.ags.ServiceRefusal;
import org.convolve.lti.ags.ServiceUnreachable;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.nrps.Member;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformRepository;
import org.convolve.progress.NameOrder;

/**
 * Every member of the instructor's course, read through NRPS (at most once a minute, see
 * {@link RecentRosters}), including those who never opened the lesson. Short role names (Moodle)
 * and full role URIs (Canvas) both count.
 */
final class CourseMembers {

    /** The roster, or why there is none; the view shows either. */
    record Roster(List<Map<String, Object>> members, Optional<String> problem) {
    }

    private final RecentRosters rosters;
    private final PlatformRepository platforms;

    CourseMembers(RecentRosters rosters, PlatformRepository platforms) {
        this.rosters = rosters;
        this.platforms = platforms;
    }

    Roster of(LtiLaunch launch, Set<String> openedLesson) {
        if (launch.nrps().isEmpty()) {
            return new Roster(List.of(), Optional.of("The platform does not share the course roster with this tool."));
        }
        Optional<Platform> platform = platforms.find(launch.platform().issuer(), launch.platform().clientId());
        if (platform.isEmpty()) {
            return new Roster(List.of(), Optional.of("The platform's registration is gone."));
        }
        List<Member> members;
        try {
            members = rosters.members(platform.get(), launch.nrps().get());
        } catch (ServiceUnreachable | ServiceRefusal e) {
            return new Roster(List.of(), Optional.of("The course roster could not be read: " + e.getMessage()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Member> active = members.stream().filter(Member::isActive)
                .sorted(NameOrder.byName(Member::displayName, Member::userId)).toList();
        for (Member member : active) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", member.displayName());
            row.put("userId", member.userId());
            row.put("roles", String.join(", ", new TreeSet<>(member.roles().shortNames())));
            row.put("learner", member.roles().isLearner());
            row.put("instructor", member.roles().isInstructor());
            row.put("opened", openedLesson.contains(member.userId()));
            rows.add(row);
        }
        return new Roster(rows, Optional.empty());
    }
}
