-- Messages stored before link tokens were sealed kept them in plain text: mask them. A message still
-- queued keeps its link until it is sent (delivery masks it then, lib/server/mail/deliver.ts).
UPDATE "OutboxEmail"
SET text = regexp_replace(text, '/(inscription|q)/[A-Za-z0-9_-]{20,}', '/\1/••••••••', 'g')
WHERE status <> 'QUEUED' AND "sealedTokens" IS NULL;
