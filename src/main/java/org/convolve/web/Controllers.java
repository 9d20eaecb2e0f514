package org.convolve.web;

/** The handlers {@link Routes} delegates to. */
record Controllers(HomeController home, LoginController login, LaunchController launch, PageController pages,
                   ActivityController activities) {
}
