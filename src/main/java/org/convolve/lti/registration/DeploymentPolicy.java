package org.convolve.lti.registration;

/** Whether a platform may bring deployment ids the admin has not listed. */
public enum DeploymentPolicy {
    /** Canvas creates a deployment per course or sub-account install: record new ones as they arrive. */
    ACCEPT_NEW,
    /** Only the deployment ids the admin listed are accepted. */
    FIXED_LIST
}
