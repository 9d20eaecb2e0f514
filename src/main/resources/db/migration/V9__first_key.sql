-- One row per key purpose, inserted with the first key: instances that start together on an empty
-- database race to insert it, and only the winner's key is kept.
CREATE TABLE rsa_key_first (
    purpose VARCHAR(32) PRIMARY KEY
);
INSERT INTO rsa_key_first (purpose) SELECT DISTINCT purpose FROM rsa_key;
