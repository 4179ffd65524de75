-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "diagnosticId" TEXT,
ADD COLUMN     "level" INTEGER,
ADD COLUMN     "objective" TEXT,
ADD COLUMN     "suggestedFormats" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Diagnostic" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "territoryId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "ecosystem" INTEGER NOT NULL,
    "events" INTEGER NOT NULL,
    "engagement" INTEGER NOT NULL,
    "computedLevel" INTEGER NOT NULL,
    "chosenLevel" INTEGER,
    "overrideReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Diagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Diagnostic_organisationId_territoryId_createdAt_idx" ON "Diagnostic"("organisationId", "territoryId", "createdAt");

-- CreateIndex
CREATE INDEX "Event_diagnosticId_idx" ON "Event"("diagnosticId");

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic"("id") ON DELETE SET NULL ON UPDATE CASCADE;
