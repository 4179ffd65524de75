-- A budget line entered with its actual amount only: not forecast, so no gap and no explanation.
ALTER TABLE "BudgetLine" ADD COLUMN "unplanned" BOOLEAN NOT NULL DEFAULT false;
