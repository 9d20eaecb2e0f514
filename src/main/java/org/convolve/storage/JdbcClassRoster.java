package org.convolve.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.launch.Roles;
import org.convolve.progress.NameOrder;
import org.convolve.web.ClassRoster;
import org.jdbi.v3.core.Jdbi;

/**
 * The learners who launched the lesson in the instructor's course (its deployment and context), in
 * alphabetical order, each with the name of their newest launch.
 */
public final class JdbcClassRoster implements ClassRoster {
    private final Jdbi jdbi;

    public JdbcClassRoster(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Learner> learnersOf(LtiLaunch instructorLaunch) {
        if (instructorLaunch.context().isEmpty()) {
            return List.of();
        }
        Map<String, Learner> bySubject = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT subject, display_name, roles FROM launch_session"
                        + " WHERE issuer = :issuer AND client_id = :client AND deployment_id = :deployment"
                        + " AND context_id = :context ORDER BY created_at DESC")
                .bind("issuer", instructorLaunch.platform().issuer())
                .bind("client", instructorLaunch.platform().clientId())
                .bind("deployment", instructorLaunch.deploymentId())
                .bind("context", instructorLaunch.context().get().id())
                .map((rs, ctx) -> {
                    Roles roles = new Roles(Arrays.asList(rs.getString("roles").split(" ")));
                    String name = rs.getString("display_name");
                    return roles.isInstructor() ? null : new Learner(rs.getString("subject"),
                            name == null ? rs.getString("subject") : name);
                })
                .forEach(learner -> {
                    if (learner != null) {
                        bySubject.putIfAbsent(learner.subject(), learner);
                    }
                }));
        List<Learner> learners = new ArrayList<>(bySubject.values());
        learners.sort(NameOrder.byName(Learner::name, Learner::subject));
        return learners;
    }
}
