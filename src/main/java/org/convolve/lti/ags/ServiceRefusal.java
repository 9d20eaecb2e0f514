package org.convolve.lti.ags;

/** The platform answered, but not with what the call needed (an error status or an unreadable body). */
public final class ServiceRefusal extends Exception {
    private final ServiceResponse response;

    public ServiceRefusal(String message, ServiceResponse response) {
        super(message);
        this.response = response;
    }

    public ServiceResponse response() {
        return response;
    }

    public int status() {
        return response.status();
    }
}
