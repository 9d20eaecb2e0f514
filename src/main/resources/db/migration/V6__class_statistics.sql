-- Class statistics read a whole placement at once (every learner of one resource link and
-- lesson), and look up the names learners launched with; both would otherwise scan every row
-- of the platform.
CREATE INDEX lesson_progress_placement ON lesson_progress (issuer, client_id, resource_link_id, lesson_id);
CREATE INDEX launch_session_person ON launch_session (issuer, client_id, subject);
