-- Issue 19.3: networks (organisations of kind RESEAU), their members, cycle events and core questions.

-- AlterEnum
ALTER TYPE "OrganisationKind" ADD VALUE 'RESEAU';

-- CreateTable
CREATE TABLE "NetworkMembership" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "memberOrganisationId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joinedAt" TIMESTAMP(3),
    CONSTRAINT "NetworkMembership_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "NetworkMembership_not_itself" CHECK ("networkId" <> "memberOrganisationId")
);

-- CreateTable
CREATE TABLE "NetworkCycleEvent" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NetworkCycleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoreQuestion" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "frozenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CoreQuestion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "CoreQuestion_kind_check" CHECK ("kind" IN ('scale', 'choice'))
);

-- CreateIndex
CREATE UNIQUE INDEX "NetworkMembership_networkId_memberOrganisationId_key" ON "NetworkMembership"("networkId", "memberOrganisationId");
CREATE INDEX "NetworkMembership_memberOrganisationId_idx" ON "NetworkMembership"("memberOrganisationId");
CREATE UNIQUE INDEX "NetworkCycleEvent_networkId_eventId_key" ON "NetworkCycleEvent"("networkId", "eventId");
CREATE INDEX "NetworkCycleEvent_eventId_idx" ON "NetworkCycleEvent"("eventId");
CREATE INDEX "CoreQuestion_networkId_position_idx" ON "CoreQuestion"("networkId", "position");

-- AddForeignKey
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NetworkMembership" ADD CONSTRAINT "NetworkMembership_memberOrganisationId_fkey" FOREIGN KEY ("memberOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NetworkCycleEvent" ADD CONSTRAINT "NetworkCycleEvent_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NetworkCycleEvent" ADD CONSTRAINT "NetworkCycleEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CoreQuestion" ADD CONSTRAINT "CoreQuestion_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
