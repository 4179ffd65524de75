-- CreateTable
CREATE TABLE "RegistrationChange" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "authorId" TEXT,
    "byParticipant" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegistrationChange_registrationId_createdAt_idx" ON "RegistrationChange"("registrationId", "createdAt");

-- AddForeignKey
ALTER TABLE "RegistrationChange" ADD CONSTRAINT "RegistrationChange_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationChange" ADD CONSTRAINT "RegistrationChange_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
