package org.convolve.web;

import java.util.Optional;
import org.convolve.lti.launch.LtiLaunch;

public interface LaunchSessionStore {

    LaunchSession create(LtiLaunch launch);

    Optional<LaunchSession> find(String handle);
}
