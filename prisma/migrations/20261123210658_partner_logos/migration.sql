-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "logo" BYTEA,
ADD COLUMN     "logoType" TEXT;
