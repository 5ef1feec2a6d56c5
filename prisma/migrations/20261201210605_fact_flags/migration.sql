-- CreateTable
CREATE TABLE "FactFlag" (
    "paperId" INTEGER NOT NULL,
    "factKey" TEXT NOT NULL,
    "addressHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactFlag_pkey" PRIMARY KEY ("paperId","factKey","addressHash")
);

-- AddForeignKey
ALTER TABLE "FactFlag" ADD CONSTRAINT "FactFlag_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A flag changes how the paper page shows a fact: cached pages must hear of it.
CREATE TRIGGER "FactFlag_notify_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FactFlag"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
