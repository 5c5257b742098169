-- AlterTable
ALTER TABLE "BadReviewCase" ADD COLUMN     "submissionKey" VARCHAR(64);

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "submissionKey" VARCHAR(64);

-- CreateIndex
CREATE UNIQUE INDEX "BadReviewCase_submissionKey_key" ON "BadReviewCase"("submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_paperAttachmentId_key" ON "Evaluation"("paperAttachmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_submissionKey_key" ON "Evaluation"("submissionKey");
