-- A refusal of the recipient's address at sending time, and the QR code attached to confirmations.
ALTER TYPE "EmailStatus" ADD VALUE 'BOUNCED';
ALTER TABLE "OutboxEmail" ADD COLUMN "checkinRegistrationId" TEXT;
