-- Issue 16.6: signed attendance sheets sent back as scans, kept with the event and the day.

-- CreateTable
CREATE TABLE "SignedSheet" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "halfDay" TEXT,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignedSheet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignedSheet_eventId_date_idx" ON "SignedSheet"("eventId", "date");

-- AddForeignKey
ALTER TABLE "SignedSheet" ADD CONSTRAINT "SignedSheet_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
