-- CreateTable
CREATE TABLE "VoteAddress" (
    "paperId" INTEGER NOT NULL,
    "addressHash" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "voterId" TEXT NOT NULL,

    CONSTRAINT "VoteAddress_pkey" PRIMARY KEY ("paperId","addressHash")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "VoteAddress_paperId_voterId_idx" ON "VoteAddress"("paperId", "voterId");

-- CreateIndex
CREATE INDEX "VoteAddress_day_idx" ON "VoteAddress"("day");

-- CreateIndex
CREATE INDEX "RateLimitBucket_updatedAt_idx" ON "RateLimitBucket"("updatedAt");

-- AddForeignKey
ALTER TABLE "VoteAddress" ADD CONSTRAINT "VoteAddress_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
