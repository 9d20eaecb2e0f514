package org.convolve.lti.login;

import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.convolve.lti.LtiLimits;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformRepository;

/** Step one of an LTI launch: answer the platform's login initiation with an OIDC authentication request. */
public final class OidcLogin {
    private final PlatformRepository platforms;
    private final LoginStateStore states;
    private final URI redirectUri;
    private final Duration stateLifetime;
    private final Clock clock;

    public OidcLogin(PlatformRepository platforms, LoginStateStore states, URI redirectUri,
                     Duration stateLifetime, Clock clock) {
        this.platforms = platforms;
        this.states = states;
        this.redirectUri = redirectUri;
        this.stateLifetime = stateLifetime;
        this.clock = clock;
    }

    /**
     * @param browserBinding a secret only this browser holds (a cookie, or a value kept in the
     *                       platform's storage); the launch must show it again
     */
    public AuthenticationRedirect start(LoginRequest request, String browserBinding) throws LoginRejected {
        requirePresent(request.issuer(), "iss");
        requirePresent(request.loginHint(), "login_hint");
        requirePresent(request.targetLinkUri(), "target_link_uri");
        if (!LtiLimits.fits(request.targetLinkUri(), LtiLimits.MAX_URL_LENGTH)) {
            throw new LoginRejected(LtiLimits.tooLong("The login initiation's target_link_uri", request.targetLinkUri(),
                    LtiLimits.MAX_URL_LENGTH));
        }
        Platform platform = findPlatform(request);
        checkDeployment(platform, request);

        PendingLogin pending = new PendingLogin(
                BrowserBinding.newRandomValue(),
                BrowserBinding.newRandomValue(),
                platform.issuer(),
                platform.clientId(),
                request.targetLinkUri(),
                BrowserBinding.hash(browserBinding),
                clock.instant().plus(stateLifetime));
        states.save(pending);
        return new AuthenticationRedirect(authenticationRequest(platform, request, pending), pending);
    }

    private Platform findPlatform(LoginRequest request) throws LoginRejected {
        if (request.clientId().isPresent()) {
            return platforms.find(request.issuer(), request.clientId().get())
                    .orElseThrow(() -> new LoginRejected("No platform is registered with issuer '"
                            + request.issuer() + "' and client id '" + request.clientId().get() + "'."));
        }
        List<Platform> candidates = platforms.findByIssuer(request.issuer());
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new LoginRejected("No platform is registered with issuer '" + request.issuer() + "'.");
        }
        throw new LoginRejected("Several registrations share issuer '" + request.issuer()
                + "', and the login did not say which client id it is for (client_id is missing).");
    }

    private static void checkDeployment(Platform platform, LoginRequest request) throws LoginRejected {
        // The id_token is checked again at launch; refusing here spares the learner a round trip.
        String deployment = request.deploymentId().orElse(null);
        if (deployment != null && !platform.acceptsDeployment(deployment)) {
            throw new LoginRejected("Deployment '" + deployment + "' is not registered for " + platform.key() + ".");
        }
    }

    private URI authenticationRequest(Platform platform, LoginRequest request, PendingLogin pending) {
        AuthenticationRequest.Builder builder = new AuthenticationRequest.Builder(
                ResponseType.IDTOKEN, new Scope("openid"), new ClientID(platform.clientId()), redirectUri)
                .endpointURI(platform.authorizationEndpoint())
                .responseMode(ResponseMode.FORM_POST)
                .prompt(new Prompt(Prompt.Type.NONE))
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .loginHint(request.loginHint());
        request.ltiMessageHint().ifPresent(hint -> builder.customParameter("lti_message_hint", hint));
        return builder.build().toURI();
    }

    private static void requirePresent(String value, String parameter) throws LoginRejected {
        if (value == null || value.isBlank()) {
            throw new LoginRejected("The login initiation is missing the '" + parameter + "' parameter.");
        }
    }
}
