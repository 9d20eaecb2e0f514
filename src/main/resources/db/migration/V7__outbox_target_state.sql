-- A learner who answers again and again leaves many delivered rows under one target; queuing a
-- score and claiming one look only for that target's PENDING rows, so they must not read the
-- delivered ones too.
CREATE INDEX score_outbox_target_state ON score_outbox (target_key, state);
