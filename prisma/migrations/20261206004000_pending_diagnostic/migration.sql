-- The anonymous diagnostic made before signing up, kept until its territory is given.
ALTER TABLE "Organisation" ADD COLUMN "pendingDiagnostic" JSONB;
