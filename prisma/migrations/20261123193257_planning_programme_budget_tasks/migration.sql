-- CreateEnum
CREATE TYPE "EventMode" AS ENUM ('PRESENTIEL', 'DISTANCIEL', 'HYBRIDE');

-- CreateEnum
CREATE TYPE "SessionAccess" AS ENUM ('PRE_INSCRIPTION', 'ACCES_LIBRE', 'SUR_INVITATION');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SpeakerScope" AS ENUM ('LOCAL', 'NATIONAL');

-- CreateEnum
CREATE TYPE "DeclaredGender" AS ENUM ('FEMME', 'HOMME', 'AUTRE');

-- CreateEnum
CREATE TYPE "SessionSpeakerRole" AS ENUM ('SPEAKER', 'HOST');

-- CreateEnum
CREATE TYPE "BudgetKind" AS ENUM ('CHARGE', 'PRODUIT');

-- CreateEnum
CREATE TYPE "CommunityStage" AS ENUM ('IDENTIFIER', 'MOBILISER', 'ENGAGER', 'FIDELISER');

-- CreateEnum
CREATE TYPE "TaskPhase" AS ENUM ('AVANT', 'PENDANT', 'APRES');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "description" TEXT,
ADD COLUMN     "hashtag" TEXT,
ADD COLUMN     "mode" "EventMode" NOT NULL DEFAULT 'PRESENTIEL',
ADD COLUMN     "participantMax" INTEGER,
ADD COLUMN     "participantMin" INTEGER,
ADD COLUMN     "programmeVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "venueAccessible" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "venueAddress" TEXT,
ADD COLUMN     "venueHasBreakouts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "venueHasPlenary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "venueHasProjection" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "venueHasSound" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "venueName" TEXT,
ADD COLUMN     "venueNearStation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "venueNotes" TEXT,
ADD COLUMN     "visioUrl" TEXT;

-- CreateTable
CREATE TABLE "EventDay" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER,
    "equipment" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "dayId" TEXT,
    "roomId" TEXT,
    "title" TEXT NOT NULL,
    "formatId" TEXT,
    "customFormat" TEXT,
    "description" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER,
    "access" "SessionAccess" NOT NULL DEFAULT 'ACCES_LIBRE',
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "cancelReason" TEXT,
    "allRooms" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "organisation" TEXT,
    "scope" "SpeakerScope" NOT NULL DEFAULT 'LOCAL',
    "gender" "DeclaredGender",
    "email" TEXT,
    "phone" TEXT,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionSpeaker" (
    "sessionId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "role" "SessionSpeakerRole" NOT NULL DEFAULT 'SPEAKER',

    CONSTRAINT "SessionSpeaker_pkey" PRIMARY KEY ("sessionId","speakerId")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "logoPath" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAudience" (
    "eventId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "territoryTotal" INTEGER,

    CONSTRAINT "EventAudience_pkey" PRIMARY KEY ("eventId","category")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "BudgetKind" NOT NULL,
    "category" TEXT NOT NULL,
    "subCategory" TEXT,
    "label" TEXT NOT NULL,
    "forecastCents" INTEGER NOT NULL,
    "actualCents" INTEGER,
    "inKind" BOOLEAN NOT NULL DEFAULT false,
    "supplier" TEXT,
    "funderName" TEXT,
    "funderType" TEXT,
    "paymentReference" TEXT,
    "paymentMonth" TEXT,
    "payerOrganisationId" TEXT,
    "receiverOrganisationId" TEXT,
    "quantityHundredths" INTEGER,
    "unitPriceCents" INTEGER,
    "personnelDaysHundredths" INTEGER,
    "personnelDailyCostCents" INTEGER,
    "personnelWho" TEXT,
    "explanation" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "key" TEXT,
    "title" TEXT NOT NULL,
    "stage" "CommunityStage" NOT NULL,
    "phase" "TaskPhase" NOT NULL,
    "offsetDays" INTEGER,
    "dueDate" TEXT NOT NULL,
    "assigneeOrganisationId" TEXT,
    "assigneeUserId" TEXT,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationAction" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "offsetDays" INTEGER,
    "date" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunicationAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "eventId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("eventId","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventDay_eventId_date_key" ON "EventDay"("eventId", "date");

-- CreateIndex
CREATE INDEX "Room_eventId_idx" ON "Room"("eventId");

-- CreateIndex
CREATE INDEX "Session_eventId_startsAt_idx" ON "Session"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "Speaker_eventId_idx" ON "Speaker"("eventId");

-- CreateIndex
CREATE INDEX "SessionSpeaker_speakerId_idx" ON "SessionSpeaker"("speakerId");

-- CreateIndex
CREATE INDEX "Partner_eventId_idx" ON "Partner"("eventId");

-- CreateIndex
CREATE INDEX "BudgetLine_eventId_kind_idx" ON "BudgetLine"("eventId", "kind");

-- CreateIndex
CREATE INDEX "Task_eventId_dueDate_idx" ON "Task"("eventId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Task_eventId_key_key" ON "Task"("eventId", "key");

-- CreateIndex
CREATE INDEX "CommunicationAction_eventId_date_idx" ON "CommunicationAction"("eventId", "date");

-- AddForeignKey
ALTER TABLE "EventDay" ADD CONSTRAINT "EventDay_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_dayId_fkey" FOREIGN KEY ("dayId") REFERENCES "EventDay"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSpeaker" ADD CONSTRAINT "SessionSpeaker_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSpeaker" ADD CONSTRAINT "SessionSpeaker_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAudience" ADD CONSTRAINT "EventAudience_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationAction" ADD CONSTRAINT "CommunicationAction_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
