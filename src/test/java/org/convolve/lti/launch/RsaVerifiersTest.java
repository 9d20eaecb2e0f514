package org.convolve.lti.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class RsaVerifiersTest {
    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    @Test
    void theSameKeyReadAgainFromTheKeySetGetsTheVerifierMadeTheFirstTime() throws Exception {
        RsaVerifiers verifiers = new RsaVerifiers();
        RSAKey platformKey = key("k1");
        RSAKey sameKeyParsedAgain = RSAKey.parse(platformKey.toPublicJWK().toJSONString());

        assertSame(verifiers.of(platformKey.toPublicJWK()), verifiers.of(sameKeyParsedAgain));
    }

    @Test
    void aRotatedKeyGetsItsOwnVerifierThatChecksItsSignatures() throws Exception {
        RsaVerifiers verifiers = new RsaVerifiers();
        RSAKey old = key("k1");
        RSAKey rotated = key("k2");
        SignedJWT signed = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k2").build(),
                new JWTClaimsSet.Builder().subject("learner").build());
        signed.sign(new RSASSASigner(rotated));

        assertNotSame(verifiers.of(old.toPublicJWK()), verifiers.of(rotated.toPublicJWK()));
        assertTrue(signed.verify(verifiers.of(rotated.toPublicJWK())));
        assertFalse(signed.verify(verifiers.of(old.toPublicJWK())));
    }
}
