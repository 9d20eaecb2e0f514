package org.convolve.web;

/** The handlers {@link Routes} delegates to. */
record Controllers(HomeController home, LoginController login, LaunchController launch, PageController pages,
                   RegistrationController registration, DeepLinkController deepLinks,
                   GradeSyncController gradeSync, ActivityController activities) {
}
