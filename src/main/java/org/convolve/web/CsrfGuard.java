package org.convolve.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection for everything a launch session posts. The token is an HMAC of the session's
 * handle under a key every instance shares, so it needs no storage and works on any instance.
 *
 * <p>Use: {@link SessionResolver#model} puts {@code token(session)} into the page model, and every
 * form that posts to /s/{handle}/... carries {@code <input type="hidden" name="csrf"
 * value="{{session.csrf}}">}; a script may send it in the {@code X-CSRF-Token} header instead. {@link SessionResolver#checkPost} runs before
 * every POST under /s/{handle}/, so a handler never has to remember to.
 */
public final class CsrfGuard {
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final SecretKeySpec key;

    public CsrfGuard(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String token(LaunchSession session) {
        return token(session.handle());
    }

    /** Refuses the request with 403 unless it carries this session's token. */
    public void check(Context ctx, LaunchSession session) {
        check(ctx, session.handle());
    }

    private void check(Context ctx, String handle) {
        String presented = ctx.header(HEADER);
        if (presented == null) {
            presented = ctx.formParam(FIELD);
        }
        if (presented == null || !MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.US_ASCII), token(handle).getBytes(StandardCharsets.US_ASCII))) {
            throw new HttpProblem(403, "This form cannot be accepted",
                    "It did not come from a Convolve page of your session (its security token is missing or wrong).",
                    "Go back, reload the page and send it again.");
        }
    }

    String token(String handle) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal(("csrf:" + handle).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
