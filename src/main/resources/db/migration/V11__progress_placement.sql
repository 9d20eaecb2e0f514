-- A resource link's id is unique only within its deployment (LTI 1.3), and a platform may reuse
-- one in another course: progress is filed under the deployment and the course (context) as
-- well, or a learner's answers in one course would be restored, and shown to the instructor, in
-- another. Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE lesson_progress ADD COLUMN deployment_id VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE lesson_progress ADD COLUMN context_id VARCHAR(255) DEFAULT '' NOT NULL;

-- Existing progress takes its placement from the learner's newest score for that link and lesson
-- (kept for every answer sent to a gradebook), else from their newest launch through that link,
-- both values from the same row. What neither can place keeps empty values, and the learner's
-- next visit to the link takes it over (ProgressAdoption). The index is for this update only.
CREATE INDEX score_outbox_learner_link ON score_outbox (issuer, client_id, subject, resource_link_id);
UPDATE lesson_progress SET (deployment_id, context_id) = (
        SELECT o.deployment_id, COALESCE(o.context_id, '') FROM score_outbox o
         WHERE o.issuer = lesson_progress.issuer AND o.client_id = lesson_progress.client_id
           AND o.subject = lesson_progress.subject AND o.resource_link_id = lesson_progress.resource_link_id
           AND o.lesson_id = lesson_progress.lesson_id
         ORDER BY o.id DESC FETCH FIRST 1 ROW ONLY)
 WHERE EXISTS (SELECT 1 FROM score_outbox o
         WHERE o.issuer = lesson_progress.issuer AND o.client_id = lesson_progress.client_id
           AND o.subject = lesson_progress.subject AND o.resource_link_id = lesson_progress.resource_link_id
           AND o.lesson_id = lesson_progress.lesson_id);
UPDATE lesson_progress SET (deployment_id, context_id) = (
        SELECT s.deployment_id, COALESCE(s.context_id, '') FROM launch_session s
         WHERE s.issuer = lesson_progress.issuer AND s.client_id = lesson_progress.client_id
           AND s.subject = lesson_progress.subject AND s.resource_link_id = lesson_progress.resource_link_id
         ORDER BY s.created_at DESC, s.handle DESC FETCH FIRST 1 ROW ONLY)
 WHERE deployment_id = '' AND EXISTS (SELECT 1 FROM launch_session s
         WHERE s.issuer = lesson_progress.issuer AND s.client_id = lesson_progress.client_id
           AND s.subject = lesson_progress.subject AND s.resource_link_id = lesson_progress.resource_link_id);
DROP INDEX score_outbox_learner_link;

-- One key serves every lookup: a learner's progress (all columns), a placement's class
-- statistics (all but the subject), and taking over a row of the same course and link filed
-- under another deployment (all but the deployment, which comes last). The placement index goes.
ALTER TABLE lesson_progress DROP CONSTRAINT lesson_progress_learner;
ALTER TABLE lesson_progress ADD CONSTRAINT lesson_progress_learner
    UNIQUE (issuer, client_id, context_id, resource_link_id, lesson_id, subject, deployment_id);
DROP INDEX lesson_progress_placement;
