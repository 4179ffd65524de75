-- Issue 19.2: a produit line carries its grant's references (SCDL « subventions » subset).

-- AlterTable
ALTER TABLE "BudgetLine" ADD COLUMN "grantReference" TEXT,
ADD COLUMN "grantAgreementDate" TEXT,
ADD COLUMN "grantAmountCents" INTEGER,
ADD COLUMN "grantEuCofinanced" BOOLEAN NOT NULL DEFAULT false;
