-- The public contact of an event and the logo of an organisation (issue 18, points 5 and 10).
ALTER TABLE "Event" ADD COLUMN "publicContactEmail" TEXT;
ALTER TABLE "Event" ADD COLUMN "publicContactPhone" TEXT;

ALTER TABLE "Organisation" ADD COLUMN "logo" BYTEA;
ALTER TABLE "Organisation" ADD COLUMN "logoType" TEXT;
