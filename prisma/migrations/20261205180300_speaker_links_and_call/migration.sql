-- Speakers' personal links (token hashed), their photo and slides, and a light call for proposals.
ALTER TABLE "Event" ADD COLUMN "callOpen" BOOLEAN NOT NULL DEFAULT false, ADD COLUMN "callClosesOn" TEXT;
ALTER TABLE "Session" ADD COLUMN "draft" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Speaker" ADD COLUMN "bio" TEXT, ADD COLUMN "linkTokenHash" TEXT, ADD COLUMN "linkCreatedAt" TIMESTAMP(3), ADD COLUMN "confirmedAt" TIMESTAMP(3);
CREATE UNIQUE INDEX "Speaker_linkTokenHash_key" ON "Speaker"("linkTokenHash");

CREATE TYPE "SpeakerFileKind" AS ENUM ('PHOTO', 'SLIDES');
CREATE TABLE "SpeakerFile" (
    "speakerId" TEXT NOT NULL,
    "kind" "SpeakerFileKind" NOT NULL,
    "bytes" BYTEA NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SpeakerFile_pkey" PRIMARY KEY ("speakerId", "kind")
);
ALTER TABLE "SpeakerFile" ADD CONSTRAINT "SpeakerFile_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'LATER');
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "formatId" TEXT NOT NULL,
    "abstract" TEXT NOT NULL,
    "constraints" TEXT,
    "speakers" JSONB NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "sessionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Proposal_sessionId_key" ON "Proposal"("sessionId");
CREATE INDEX "Proposal_eventId_createdAt_idx" ON "Proposal"("eventId", "createdAt");
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;
