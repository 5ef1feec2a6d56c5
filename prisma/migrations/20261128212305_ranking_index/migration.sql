-- DropIndex
DROP INDEX "Paper_publishedAt_id_idx";

-- CreateIndex
CREATE INDEX "Paper_ranking_idx" ON "Paper"("publishedAt" DESC, "id" DESC, "votes", "externalUpvotes", "hasCode", "topics");
