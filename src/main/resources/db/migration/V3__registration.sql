-- Secrets every tool instance must share, created once by whichever instance needs one first
-- (the CSRF token key). Stored as base64url text; never logged, never shown.
CREATE TABLE tool_secret (
    name        VARCHAR(64)  PRIMARY KEY,
    secret      VARCHAR(128) NOT NULL,
    created_at  BIGINT       NOT NULL
);
