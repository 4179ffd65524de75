-- AlterTable
ALTER TABLE "Bilan" ADD COLUMN     "halfDaysOverride" INTEGER,
ADD COLUMN     "halfDaysReason" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "countsAsContent" BOOLEAN;
