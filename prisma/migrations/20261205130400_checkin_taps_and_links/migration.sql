-- Check-in you can trust: who marked a status and when (last write wins per person and day), every tap
-- kept once (replays are recognised by the device's tap id), and volunteers' check-in links.
ALTER TABLE "Attendance" ADD COLUMN "tappedAt" TIMESTAMP(3), ADD COLUMN "markedBy" TEXT;

CREATE TABLE "CheckInLink" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "pinHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckInLink_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CheckInLink_secretHash_key" ON "CheckInLink"("secretHash");
CREATE INDEX "CheckInLink_eventId_idx" ON "CheckInLink"("eventId");
ALTER TABLE "CheckInLink" ADD CONSTRAINT "CheckInLink_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CheckInTap" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "status" "AttendanceStatus",
    "tappedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "markedBy" TEXT NOT NULL,
    "userId" TEXT,
    "checkInLinkId" TEXT,
    "applied" BOOLEAN NOT NULL,
    CONSTRAINT "CheckInTap_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CheckInTap_registrationId_date_tappedAt_idx" ON "CheckInTap"("registrationId", "date", "tappedAt");
ALTER TABLE "CheckInTap" ADD CONSTRAINT "CheckInTap_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CheckInTap" ADD CONSTRAINT "CheckInTap_checkInLinkId_fkey" FOREIGN KEY ("checkInLinkId") REFERENCES "CheckInLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;
