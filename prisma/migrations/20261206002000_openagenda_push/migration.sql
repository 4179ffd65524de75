-- The event's copy on the instance's OpenAgenda agenda, written by the push job.
CREATE TYPE "OpenAgendaPushStatus" AS ENUM ('PENDING', 'PUBLISHED', 'FAILED');

CREATE TABLE "OpenAgendaPush" (
    "eventId" TEXT NOT NULL,
    "status" "OpenAgendaPushStatus" NOT NULL DEFAULT 'PENDING',
    "agendaUid" TEXT NOT NULL,
    "eventUid" TEXT,
    "locationUid" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pushedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "OpenAgendaPush_pkey" PRIMARY KEY ("eventId")
);

ALTER TABLE "OpenAgendaPush" ADD CONSTRAINT "OpenAgendaPush_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
