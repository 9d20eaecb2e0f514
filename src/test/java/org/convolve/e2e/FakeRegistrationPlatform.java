package org.convolve.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A platform's side of LTI Dynamic Registration on 127.0.0.1, behaving like Moodle (single-use
 * registration token, required fields checked, deployment_id in the answer) or like Canvas
 * (no deployment_id, 422 {"errors": [...]} when it refuses).
 */
final class FakeRegistrationPlatform implements AutoCloseable {
    enum Flavour { MOODLE, CANVAS }

    static final String TOKEN = "registration-token-abc";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Flavour flavour;
    final List<String> authorizationHeaders = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    volatile JsonNode lastRegistration;
    volatile String issuerOverride;
    volatile String refusal;
    private volatile boolean tokenUsed;
    /** The key the platform signs id_tokens with, published at /certs. */
    final com.nimbusds.jose.jwk.RSAKey signingKey = org.convolve.lti.keys.ToolKeys.generate();

    FakeRegistrationPlatform(Flavour flavour) {
        this.flavour = flavour;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/openid-configuration", this::configuration);
        server.createContext("/register", this::register);
        server.createContext("/certs", exchange -> respond(exchange, 200,
                new com.nimbusds.jose.jwk.JWKSet(signingKey.toPublicJWK()).toString()));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String configurationUrl() {
        return base() + "/openid-configuration";
    }

    /** Where the platform opens the tool's registration, as an admin's paste of the tool's URL leads it. */
    String registrationPath() {
        return "/lti/register?openid_configuration=" + URLEncoder.encode(configurationUrl(), StandardCharsets.UTF_8)
                + "&registration_token=" + TOKEN;
    }

    private void configuration(HttpExchange exchange) throws IOException {
        authorizationHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"invalid_token\",\"error_description\":\"registration token missing\"}");
            return;
        }
        ObjectNode config = JSON.createObjectNode();
        config.put("issuer", issuerOverride != null ? issuerOverride : base());
        config.put("authorization_endpoint", base() + "/auth");
        config.put("token_endpoint", base() + "/token");
        config.put("jwks_uri", base() + "/certs");
        config.put("registration_endpoint", base() + "/register");
        config.putArray("scopes_supported").add("openid")
                .add("https://purl.imsglobal.org/spec/lti-ags/scope/score")
                .add("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        config.putArray("response_types_supported").add("id_token");
        config.putArray("subject_types_supported").add("public");
        config.putArray("id_token_signing_alg_values_supported").add("RS256");
        config.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
        config.putArray("claims_supported").add("sub").add("iss").add("name").add("email");
        ObjectNode platform = config.putObject("https://purl.imsglobal.org/spec/lti-platform-configuration");
        platform.put("product_family_code", flavour == Flavour.MOODLE ? "moodle" : "canvas");
        platform.put("version", flavour == Flavour.MOODLE ? "4.5" : "vCloud");
        platform.putArray("messages_supported").addObject().put("type", "LtiResourceLinkRequest");
        respond(exchange, 200, config.toString());
    }

    private void register(HttpExchange exchange) throws IOException {
        authorizationHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (!"POST".equals(exchange.getRequestMethod())
                || !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        if (flavour == Flavour.MOODLE && tokenUsed) {
            respond(exchange, 401, "{\"error\":\"token_already_used\"}");
            return;
        }
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        lastRegistration = request;
        String problem = refusal != null ? refusal : missingField(request);
        if (problem != null) {
            if (flavour == Flavour.CANVAS) {
                respond(exchange, 422, "{\"errors\":[{\"field\":\"scope\",\"message\":\"" + problem + "\"}]}");
            } else {
                respond(exchange, 400, "{\"error\":\"invalid_client_metadata\",\"error_description\":\"" + problem + "\"}");
            }
            return;
        }
        tokenUsed = true;
        ObjectNode answer = ((ObjectNode) request).deepCopy();
        answer.put("client_id", flavour == Flavour.MOODLE ? "moodle-client-7" : "10000000000042");
        if (flavour == Flavour.MOODLE) {
            ((ObjectNode) answer.get("https://purl.imsglobal.org/spec/lti-tool-configuration")).put("deployment_id", "7");
        }
        respond(exchange, 200, answer.toString());
    }

    /** The checks Moodle's registration helper makes before it creates a tool. */
    private static String missingField(JsonNode request) {
        JsonNode tool = request.path("https://purl.imsglobal.org/spec/lti-tool-configuration");
        if (!request.path("response_types").toString().contains("id_token")) {
            return "response_types must include id_token";
        }
        for (String field : List.of("initiate_login_uri", "client_name", "jwks_uri")) {
            if (!request.path(field).isTextual()) {
                return field + " is required";
            }
        }
        if (!request.path("redirect_uris").isArray()) {
            return "redirect_uris must be an array";
        }
        if (!"private_key_jwt".equals(request.path("token_endpoint_auth_method").asText())) {
            return "token_endpoint_auth_method must be private_key_jwt";
        }
        if (!tool.path("domain").isTextual() || !tool.path("target_link_uri").isTextual()) {
            return "the tool configuration needs domain and target_link_uri";
        }
        if (request.has("application_type") && !"web".equals(request.path("application_type").asText())) {
            return "application_type must be web";
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
