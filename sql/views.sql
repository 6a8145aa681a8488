-- The analysts' views. Alembic migration 0007 makes them as they are now (on SQLite and PostgreSQL alike)
-- from the same statements; tests/test_sql_queries.py checks that this file and the
-- migration agree. Dates are ISO calendar dates; instants are UTC.

-- upcoming_commitments: every open commitment that has a due date (not cancelled, occurred,
-- dismissed or merged), past or future; filter on due_on for a window, e.g.
-- WHERE due_on BETWEEN :today AND :horizon_end.
--   id                 the commitment's id (`deadlines show ID`)
--   due_on             the date it falls due
--   status             scheduled, postponed, extended, advanced, expected or proposed
--   kind               tariff, truce, meeting, rule, deadline, sanction, vote, ruling, other
--   what               a short description, from the report that last changed it
--   actors             JSON list of the parties bound by it
--   previous_due_on    the date it had before its last move, if it moved
--   confidence         the extractor's confidence (0 to 1) in the report that last changed it
--   version            1 when first seen, raised by every change (and the calendar SEQUENCE + 1)
--   confirmed_by       the person who confirmed it, if anyone did
--   source_count       how many reports (article sentences) support it
--   latest_source_url  the link of the article that last changed it
--   first_seen_at      when the store first recorded it
--   updated_at         when it last changed
--   disputed           true when feeds give other dates that have not been settled
--   dissent            JSON list of those dates: [{"due": ..., "votes": ..., "feeds": [...]}]
CREATE VIEW upcoming_commitments AS
SELECT c.id, c.due_on, c.status, c.kind, c.what, c.actors, c.previous_due_on, c.confidence,
       c.version, c.confirmed_by,
       (SELECT COUNT(*) FROM sources AS s WHERE s.commitment_id = c.id) AS source_count,
       a.url AS latest_source_url, c.first_seen_at, c.updated_at, c.disputed, c.dissent
FROM commitments AS c
LEFT JOIN articles AS a ON a.id = c.article_id
WHERE c.due_on IS NOT NULL
  AND c.status NOT IN ('cancelled', 'occurred', 'dismissed', 'merged');

-- commitment_changes: the history, one row per entry, newest last within a commitment.
--   commitment_id      the commitment it belongs to
--   version            the commitment's version after this entry (confirmations keep it)
--   change             new, moved, postponed, extended, advanced, cancelled, occurred,
--                      confirmed (a report or a person said the same again), kept (a report
--                      disagreed with a person's correction, which stood), corrected,
--                      dismissed, merged
--   changed_at         when the store recorded it
--   old_due_on, new_due_on   the due date before and after
--   old_status, new_status   the status before and after (old_status is empty for "new")
--   previous_due_on    the commitment's previous due date after this entry
--   changed_by         "extractor", or the person who made a correction
--   note               the person's reason, for corrections
--   evidence           the sentence of the report, for extracted entries
--   kind, what         the commitment's kind and current description
--   article_id, article_title, article_url   the article that said so (empty for people)
--   feed_name          the feed the article came from
CREATE VIEW commitment_changes AS
SELECT h.commitment_id, h.version, h.change, h.changed_at, h.old_due_on, h.new_due_on,
       h.old_status, h.new_status, h.previous_due_on,
       COALESCE(h.changed_by, 'extractor') AS changed_by,
       h.note, h.evidence, c.kind, c.what, h.article_id, a.title AS article_title,
       a.url AS article_url, f.name AS feed_name
FROM commitment_history AS h
JOIN commitments AS c ON c.id = h.commitment_id
LEFT JOIN articles AS a ON a.id = h.article_id
LEFT JOIN feeds AS f ON f.id = a.feed_id;

-- commitment_sources: every report of every commitment: the claims its state is derived
-- from (see docs/store.md).
--   commitment_id      the commitment the report supports
--   source_id          the report's own id
--   seen_at            when the store read it
--   reported_due_on    the date the report gave (empty for "postponed by a year" and the like)
--   reported_status    the status the report gave
--   change_cue         the words that told a change ("postponed to"), empty for a plain report
--   reported_previous_due_on   the old date the report gave for a change
--   reported_shift     how far it moved a date it did not give, e.g. P1Y
--   date_text          the words that gave the date, e.g. "November 10"
--   confidence         the extractor's confidence in this report (0 to 1)
--   sentence           the sentence the commitment was read from
--   article_id, article_title, article_url, published_at   the article (published_at is
--                      when the claim was made: the order the state is derived in)
--   feed_name          the feed the article came from
CREATE VIEW commitment_sources AS
SELECT s.commitment_id, s.id AS source_id, s.seen_at, s.reported_due_on, s.reported_status,
       s.change_cue, s.reported_previous_due_on, s.reported_shift,
       s.date_text, s.confidence, s.sentence, s.article_id, a.title AS article_title,
       a.url AS article_url, a.published_at, f.name AS feed_name
FROM sources AS s
LEFT JOIN articles AS a ON a.id = s.article_id
LEFT JOIN feeds AS f ON f.id = a.feed_id;
