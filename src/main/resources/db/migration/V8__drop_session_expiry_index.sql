-- No query looks sessions up by expiry alone (a session is found by its handle, and sessions are
-- kept past expiry for the learner names the class views show), so the index only cost a write
-- per launch.
DROP INDEX launch_session_expiry;
