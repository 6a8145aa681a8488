-- Example queries for analysts. Each is named by a "-- name:" line and takes named
-- parameters (written :today, :horizon_end, :kind in the SQL below); run them with your SQL client's parameter
-- binding, never by pasting values into the text. They run on SQLite and PostgreSQL.

-- name: due_soon
-- Open commitments due from today to horizon_end, soonest first.
SELECT id, due_on, status, kind, what, confidence
FROM commitments
WHERE due_on BETWEEN :today AND :horizon_end
  AND status NOT IN ('cancelled', 'occurred')
ORDER BY due_on, id;

-- name: moved_commitments
-- Commitments whose date moved at least once, with the old and the new date.
SELECT c.id, c.what, h.version, h.old_due_on, h.new_due_on, h.old_status, h.new_status, h.changed_at
FROM commitment_history AS h
JOIN commitments AS c ON c.id = h.commitment_id
WHERE h.old_due_on IS NOT NULL AND h.new_due_on <> h.old_due_on
ORDER BY h.changed_at DESC, c.id;

-- name: by_kind
-- How many commitments of each kind and status.
SELECT kind, status, COUNT(*) AS commitments
FROM commitments
GROUP BY kind, status
ORDER BY kind, status;

-- name: sources_of_kind
-- Commitments of one kind with the article that last spoke of them.
SELECT c.id, c.due_on, c.status, c.what, a.title AS article_title, a.url AS article_url, a.published_at
FROM commitments AS c
LEFT JOIN articles AS a ON a.id = c.article_id
WHERE c.kind = :kind
ORDER BY c.due_on, c.id;

-- name: alerts_not_delivered
-- Alerts still waiting or given up on, with their last error.
SELECT al.id, al.reason, al.state, al.attempts, al.last_error, c.what
FROM alerts AS al
JOIN commitments AS c ON c.id = al.commitment_id
WHERE al.state <> 'sent'
ORDER BY al.id;
