-- One noun in code and data (#12): "technique" for what was called "topic". Renames only: no
-- row is rewritten, and every index, constraint and trigger keeps working under its new name.
-- The public names (the /topics/{slug} pages, `topics=` in URLs, `topics` in the API) stay.
ALTER TABLE "PaperTopic" RENAME TO "PaperTechnique";
ALTER TABLE "PaperTechnique" RENAME COLUMN "topic" TO "technique";
ALTER TABLE "PaperTechnique" RENAME CONSTRAINT "PaperTopic_pkey" TO "PaperTechnique_pkey";
ALTER TABLE "PaperTechnique" RENAME CONSTRAINT "PaperTopic_paperId_fkey" TO "PaperTechnique_paperId_fkey";
ALTER INDEX "PaperTopic_topic_score_idx" RENAME TO "PaperTechnique_technique_score_idx";
ALTER INDEX "PaperTopic_taggerVersion_idx" RENAME TO "PaperTechnique_taggerVersion_idx";
ALTER TRIGGER "PaperTopic_notify_data_change" ON "PaperTechnique" RENAME TO "PaperTechnique_notify_data_change";

ALTER TABLE "Paper" RENAME COLUMN "topics" TO "techniques";
ALTER INDEX "Paper_topics_idx" RENAME TO "Paper_techniques_idx";

ALTER TABLE "Subscriber" RENAME COLUMN "topics" TO "techniques";
