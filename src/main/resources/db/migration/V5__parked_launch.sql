-- A launch waiting while the browser reads its binding back from the platform's postMessage
-- storage: the id_token stays here instead of travelling through a page of ours.
CREATE TABLE parked_launch (
    state       VARCHAR(64)    PRIMARY KEY,
    id_token    VARCHAR(65536) NOT NULL,
    expires_at  BIGINT         NOT NULL
);
