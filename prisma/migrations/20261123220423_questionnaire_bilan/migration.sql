-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "days" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "sendOn" TEXT NOT NULL,
    "reminderOn" TEXT,
    "closesOn" TEXT,
    "sentAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireInvitation" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "QuestionnaireInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireResponse" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "verbatim" TEXT,
    "verbatimConsent" BOOLEAN NOT NULL DEFAULT false,
    "verbatimSelected" BOOLEAN NOT NULL DEFAULT false,
    "submittedOn" TEXT NOT NULL,

    CONSTRAINT "QuestionnaireResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bilan" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "evaluationWhy" TEXT,
    "evaluationWho" TEXT,
    "evaluationHow" TEXT,
    "evaluationWhat" TEXT,
    "evaluationReview" TEXT,
    "introduction" TEXT,
    "analysis" TEXT,
    "keep" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "improve" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "consider" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "staffEventPeople" INTEGER,
    "staffEventHours" INTEGER,
    "staffPrepPeople" INTEGER,
    "staffPrepDays" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bilan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BilanVersion" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "validatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validatedById" TEXT NOT NULL,

    CONSTRAINT "BilanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BilanShare" (
    "id" TEXT NOT NULL,
    "bilanVersionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sharedById" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "BilanShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BilanLink" (
    "id" TEXT NOT NULL,
    "bilanVersionId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BilanLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_eventId_key" ON "Questionnaire"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireInvitation_tokenHash_key" ON "QuestionnaireInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireInvitation_questionnaireId_registrationId_key" ON "QuestionnaireInvitation"("questionnaireId", "registrationId");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_questionnaireId_idx" ON "QuestionnaireResponse"("questionnaireId");

-- CreateIndex
CREATE UNIQUE INDEX "Bilan_eventId_key" ON "Bilan"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "BilanVersion_eventId_number_key" ON "BilanVersion"("eventId", "number");

-- CreateIndex
CREATE INDEX "BilanShare_organisationId_idx" ON "BilanShare"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "BilanShare_bilanVersionId_organisationId_key" ON "BilanShare"("bilanVersionId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "BilanLink_tokenHash_key" ON "BilanLink"("tokenHash");

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireInvitation" ADD CONSTRAINT "QuestionnaireInvitation_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireInvitation" ADD CONSTRAINT "QuestionnaireInvitation_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bilan" ADD CONSTRAINT "Bilan_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilanVersion" ADD CONSTRAINT "BilanVersion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilanVersion" ADD CONSTRAINT "BilanVersion_validatedById_fkey" FOREIGN KEY ("validatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilanShare" ADD CONSTRAINT "BilanShare_bilanVersionId_fkey" FOREIGN KEY ("bilanVersionId") REFERENCES "BilanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilanShare" ADD CONSTRAINT "BilanShare_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilanShare" ADD CONSTRAINT "BilanShare_sharedById_fkey" FOREIGN KEY ("sharedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilanLink" ADD CONSTRAINT "BilanLink_bilanVersionId_fkey" FOREIGN KEY ("bilanVersionId") REFERENCES "BilanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BilanLink" ADD CONSTRAINT "BilanLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
