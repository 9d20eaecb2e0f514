package org.convolve.lti.ags;

/** The platform answered, but not with what the call needed (an error status or an unreadable body). */
public final class ServiceRefusal extends Exception {
    private final ServiceResponse response;
    private final boolean fromTokenEndpoint;

    public ServiceRefusal(String message, ServiceResponse response) {
        this(message, response, false);
    }

    private ServiceRefusal(String message, ServiceResponse response, boolean fromTokenEndpoint) {
        super(message);
        this.response = response;
        this.fromTokenEndpoint = fromTokenEndpoint;
    }

    /** The token endpoint refused: usually a registration or network setting an admin can correct. */
    public static ServiceRefusal byTokenEndpoint(String message, ServiceResponse response) {
        return new ServiceRefusal(message, response, true);
    }

    public boolean fromTokenEndpoint() {
        return fromTokenEndpoint;
    }

    public ServiceResponse response() {
        return response;
    }

    public int status() {
        return response.status();
    }
}
