-- Co-organising needs the invited organisation's consent; funders are told apart by a unique SIRET;
-- a registration can hold a second (re-sent) link; outbox messages keep their tokens sealed.

-- CreateEnum
CREATE TYPE "CoOrganiserStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- DropIndex
DROP INDEX "EventCoOrganiser_organisationId_idx";

-- AlterTable: co-organisers named before this change keep their access (they become ACCEPTED).
ALTER TABLE "EventCoOrganiser" ADD COLUMN     "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "status" "CoOrganiserStatus" NOT NULL DEFAULT 'ACCEPTED';
UPDATE "EventCoOrganiser" SET "respondedAt" = CURRENT_TIMESTAMP;
ALTER TABLE "EventCoOrganiser" ALTER COLUMN "status" SET DEFAULT 'PENDING';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "sealedTokens" TEXT;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "resentTokenHash" TEXT;

-- CreateIndex
CREATE INDEX "EventCoOrganiser_organisationId_status_idx" ON "EventCoOrganiser"("organisationId", "status");

-- A SIRET claimed twice before this change stays with the oldest organisation; the others lose it
-- (they can enter it again, and a duplicate is then refused with a message).
UPDATE "Organisation" o SET siret = NULL
WHERE siret IS NOT NULL AND EXISTS (
  SELECT 1 FROM "Organisation" older
  WHERE older.siret = o.siret AND (older."createdAt", older.id) < (o."createdAt", o.id)
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_siret_key" ON "Organisation"("siret");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_resentTokenHash_key" ON "Registration"("resentTokenHash");
