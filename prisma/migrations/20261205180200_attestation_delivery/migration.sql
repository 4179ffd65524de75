-- Issue 16.7: attestations de présence e-mailed once per person.

-- CreateTable
CREATE TABLE "AttestationDelivery" (
    "registrationId" TEXT NOT NULL,
    "outboxEmailId" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttestationDelivery_pkey" PRIMARY KEY ("registrationId")
);

-- CreateIndex
CREATE INDEX "AttestationDelivery_outboxEmailId_idx" ON "AttestationDelivery"("outboxEmailId");

-- AddForeignKey
ALTER TABLE "AttestationDelivery" ADD CONSTRAINT "AttestationDelivery_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttestationDelivery" ADD CONSTRAINT "AttestationDelivery_outboxEmailId_fkey" FOREIGN KEY ("outboxEmailId") REFERENCES "OutboxEmail"("id") ON DELETE SET NULL ON UPDATE CASCADE;
