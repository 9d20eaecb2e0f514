-- Who is creating a gradebook column right now: the instance whose row this is. Another instance
-- with a score for the same new column waits for the link instead of creating a second column.
-- claimed_until (epoch milliseconds) frees the row if its instance dies while creating.
CREATE TABLE line_item_creation (
    item_key      VARCHAR(64) PRIMARY KEY,
    claimed_until BIGINT      NOT NULL
);
