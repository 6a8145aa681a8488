-- Example queries for analysts. Each is named by a "-- name:" line and takes named
-- parameters (written :today, :horizon_end, :kind, :min_sources in the SQL below); run them
-- with your SQL client's parameter binding, never by pasting values into the text. They run
-- on SQLite and PostgreSQL alike (a test runs every one on both). The views they read are
-- described column by column in sql/views.sql.

-- name: due_soon
-- Open commitments due from today to horizon_end, soonest first, with how many reports back
-- each one.
SELECT id, due_on, status, kind, what, confidence, source_count, latest_source_url
FROM upcoming_commitments
WHERE due_on BETWEEN :today AND :horizon_end
ORDER BY due_on, id;

-- name: moved_commitments
-- Every move of a date, newest first: the old and the new date and the article that said so.
SELECT commitment_id, what, version, change, old_due_on, new_due_on, changed_at,
       feed_name, article_url
FROM commitment_changes
WHERE old_due_on IS NOT NULL AND new_due_on <> old_due_on
ORDER BY changed_at DESC, commitment_id;

-- name: by_kind
-- How many commitments of each kind and status.
SELECT kind, status, COUNT(*) AS commitments
FROM commitments
GROUP BY kind, status
ORDER BY kind, status;

-- name: sources_of_kind
-- Every report of the commitments of one kind: which feed, which sentence, what it said.
SELECT s.commitment_id, c.what, s.feed_name, s.reported_due_on, s.reported_status,
       s.confidence, s.sentence, s.article_url
FROM commitment_sources AS s
JOIN commitments AS c ON c.id = s.commitment_id
WHERE c.kind = :kind
ORDER BY s.commitment_id, s.seen_at, s.source_id;

-- name: well_supported
-- Open commitments backed by at least min_sources reports from more than one feed.
SELECT u.id, u.due_on, u.what, u.source_count,
       (SELECT COUNT(DISTINCT s.feed_name) FROM commitment_sources AS s
        WHERE s.commitment_id = u.id) AS feeds
FROM upcoming_commitments AS u
WHERE u.source_count >= :min_sources
ORDER BY u.source_count DESC, u.due_on, u.id;

-- name: corrections_by_people
-- What people corrected, confirmed, merged or dismissed, and why.
SELECT commitment_id, what, change, changed_by, changed_at, old_due_on, new_due_on,
       old_status, new_status, note
FROM commitment_changes
WHERE changed_by <> 'extractor'
ORDER BY changed_at, commitment_id;

-- name: alerts_not_delivered
-- Alerts still waiting or given up on, with their last error.
SELECT al.id, al.reason, al.state, al.attempts, al.last_error, c.what
FROM alerts AS al
JOIN commitments AS c ON c.id = al.commitment_id
WHERE al.state <> 'sent'
ORDER BY al.id;
