-- The J-7 reminder to speakers is claimed once per speaker.
ALTER TABLE "Speaker" ADD COLUMN "reminderSentAt" TIMESTAMP(3);
