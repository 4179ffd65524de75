-- Co-organisers not on Trame (issue 15.13) and results gathered outside Trame (issue 15.15).

-- CreateTable
CREATE TABLE "OutsideCoOrganiser" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siret" TEXT,
    "invitedOrganisationId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutsideCoOrganiser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutsideResult" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sourceLabel" TEXT NOT NULL,
    "responseCount" INTEGER NOT NULL,
    "scores" JSONB NOT NULL DEFAULT '[]',
    "quotes" JSONB NOT NULL DEFAULT '[]',
    "origin" TEXT NOT NULL DEFAULT 'saisie',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutsideResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutsideCoOrganiser_eventId_idx" ON "OutsideCoOrganiser"("eventId");

-- CreateIndex
CREATE INDEX "OutsideResult_eventId_idx" ON "OutsideResult"("eventId");

-- AddForeignKey
ALTER TABLE "OutsideCoOrganiser" ADD CONSTRAINT "OutsideCoOrganiser_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutsideResult" ADD CONSTRAINT "OutsideResult_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
